// Rate cards: every vendor's card and versions with provenance, and the exchange rates with
// their dates and sources; edit a copy (saved in the app's data folder, the shipped files
// untouched) in the price form or, as the advanced view, in its TOML with line numbers, checked
// before it is used, used at once. Meta's and the ECB's own files are
// imported here in two steps: the core's report of what the file changes is shown first, and
// only applying it writes.
import { api, toFailure } from "../api";
import { codeEditor } from "../code";
import { count, fileName, fill, h } from "../dom";
import { t } from "../i18n";
import { categoryName, problemText, sourceName } from "../labels";
import { say } from "../session";
import { state } from "../state";
import { priceForm } from "./prices";
import { recompute } from "./scenario";
import type { CardView, Cards, CurrencyImport, Failure, FxImport, FxPair, MetaImport, Provenance, RateChange, RateImport } from "../types";

/** What the cards answer changes: kept, the ranking priced again on them, the screen redrawn. */
async function use(cards: Cards): Promise<void> {
  state.cards = cards.cards;
  state.fx = cards.fx;
  await recompute();
  render();
}

/**
 * A failure's problems (or its message) listed in `list`; a problem at a line of the file being
 * edited (not of a table it names) takes the editor there when clicked.
 */
function listProblems(list: HTMLElement, f: Failure, file: string, goTo: (line: number) => void): void {
  const item = (p: Failure["problems"][number]) => {
    const here = p.line !== null && (!p.file || fileName(p.file) === file);
    const line = p.line;
    return here && line !== null ? h("li", { class: "goto", tabindex: 0, title: t("app-card-go-to-line"), onclick: () => goTo(line), onkeydown: (e: Event) => (e as KeyboardEvent).key === "Enter" && goTo(line) }, problemText(p)) : h("li", {}, problemText(p));
  };
  fill(list, f.problems.length ? f.problems.map(item) : h("li", {}, f.message));
}

/** "Back to the shipped file", beside the badge of an edited copy. */
function resetButton(name: string, label: string, reset: () => Promise<Cards>): HTMLElement {
  const resetIt = async () => {
    const cards = await reset().catch((e) => {
      say(toFailure(e).message, "error");
      return null;
    });
    if (cards) {
      say({ id: "app-card-reset-done", args: { name } });
      await use(cards);
    }
  };
  return h("button", { type: "button", class: "reset-card", onclick: () => void resetIt() }, label);
}

/** What an edited copy shows beside its title: the badge, and the way back. */
function editedMark(edited: boolean, reset: () => HTMLElement): (HTMLElement | null)[] {
  return edited ? [h("span", { class: "badge warn" }, t("app-card-edited")), reset()] : [null];
}

/**
 * A file's TOML, with its line numbers, and "check and save my copy": the same editor for a
 * vendor's card (its advanced view, beside the price form) and for the exchange rates.
 */
function editor(label: string, name: string, file: string, text: string, summary: string, save: (text: string) => Promise<Cards>): HTMLElement {
  const code = codeEditor(label, text);
  const problems = h("ul", { class: "problems" });
  const saveIt = async () => {
    try {
      const cards = await save(code.area.value);
      fill(problems);
      say({ id: "app-card-saved", args: { name } });
      await use(cards);
    } catch (e) {
      listProblems(problems, toFailure(e), file, code.goTo);
      // The status line must not go on saying an earlier copy was saved.
      say({ id: "app-card-not-saved", args: { name } }, "error");
    }
  };
  const buttons = h("div", { class: "exports" }, h("button", { type: "button", onclick: () => void saveIt() }, t("app-card-save")));
  return h("details", { class: "toml" }, h("summary", {}, summary), code.root, buttons, problems);
}

/** Where a price or rate comes from: its status, and its address and note when it has them. */
function sourceCell(source: Provenance): HTMLElement {
  return h("td", { class: `source ${source.status}` }, h("span", { class: "status" }, sourceName(source.status)), source.url ? h("div", { class: "url" }, source.url) : null, source.note ? h("div", { class: "muted" }, source.note) : null);
}

function card(c: CardView): HTMLElement {
  const reset = () => resetButton(c.name, t("app-card-reset"), () => api.resetRatecard(c.vendor));
  const form = priceForm(c, use);
  return h(
    "article",
    { class: "card", "data-vendor": c.vendor },
    h("h2", {}, `${c.name} `, h("span", { class: "muted" }, `${c.vendor} · ${c.currency} · ${c.file}`), editedMark(c.edited, reset)),
    h(
      "table",
      { class: "lines" },
      h("tr", {}, h("th", {}, t("app-head-in-force")), h("th", {}, t("app-head-plans")), h("th", {}, t("app-head-source"))),
      c.versions.map((v) => h("tr", {}, h("td", {}, v.effective_from), h("td", {}, v.plans.map(([, name]) => name).join(", ")), sourceCell(v.source))),
    ),
    form,
    editor(t("app-card-label", { name: c.name }), c.name, c.file, c.text, t(form ? "app-card-edit-toml" : "app-card-edit"), (text) => api.saveRatecard(c.vendor, text)),
  );
}

function pairRow(p: FxPair): HTMLElement {
  const r = p.latest;
  return h(
    "tr",
    { "data-pair": `${r.from}-${r.to}` },
    h("td", { class: "nowrap" }, `1 ${r.from} = ${count(r.rate)} ${r.to}`),
    h("td", { class: "nowrap" }, r.date),
    h("td", { class: "n" }, count(p.rates)),
    h("td", { class: "nowrap" }, p.first),
    sourceCell(r.source),
  );
}

/** The exchange rates: each pair's newest rate with its date and source, and the file to edit. */
function exchange(): HTMLElement | null {
  const fx = state.fx;
  if (!fx) return null;
  const name = t("app-fx-title");
  return h(
    "article",
    { class: "card", id: "fx-rates" },
    h("h2", {}, `${name} `, h("span", { class: "muted" }, fx.file), editedMark(fx.edited, () => resetButton(name, t("app-fx-reset"), () => api.resetFxRates()))),
    h("p", { class: "muted" }, t("app-fx-intro")),
    h(
      "table",
      { class: "lines" },
      h("tr", {}, h("th", {}, t("app-fx-head-rate")), h("th", {}, t("app-fx-head-dated")), h("th", { class: "n" }, t("app-fx-head-held")), h("th", {}, t("app-fx-head-since")), h("th", {}, t("app-head-source"))),
      fx.pairs.map(pairRow),
    ),
    editor(name, name, fx.file, fx.text, t("app-card-edit"), (text) => api.saveFxRates(text)),
  );
}

/** A change in percent, signed (`+25.2 %`), or nothing when there is none to give. */
function change(percent: string | null): string {
  if (percent === null) return "";
  return `${percent.startsWith("-") ? "\u2212" : "+"}${count(percent.replace(/^-/, ""))} %`;
}

function metaReport(r: MetaImport): (HTMLElement | null)[] {
  const row = (c: RateChange) => h("tr", {}, h("td", {}, c.market), h("td", {}, categoryName(c.category)), h("td", { class: "n" }, c.before), h("td", { class: "n" }, c.after), h("td", { class: "n" }, change(c.percent)));
  return [
    h("p", {}, t("app-import-meta-summary", { file: fileName(r.file), currency: r.currency, effective: r.effective, markets: r.markets, changes: r.changes.length, unchanged: r.unchanged })),
    r.changes.length
      ? h("table", { class: "lines" }, h("tr", {}, h("th", {}, t("app-import-head-market")), h("th", {}, t("app-import-head-category")), h("th", { class: "n" }, t("app-import-head-before")), h("th", { class: "n" }, t("app-import-head-after")), h("th", { class: "n" }, t("app-import-head-change"))), r.changes.map(row))
      : null,
    r.absent.length ? h("details", { class: "muted" }, h("summary", {}, t("app-import-meta-absent", { count: r.absent.length })), r.absent.join(", ")) : null,
    r.replaced.length ? h("p", { class: "muted" }, t("app-import-replaced", { rows: r.replaced.map((x) => `${x.file} (${count(x.rows)})`).join(", ") })) : null,
  ];
}

function fxReport(r: FxImport): (HTMLElement | null)[] {
  const before = (c: CurrencyImport) => (c.before ? `${count(c.before.rate)} (${c.before.date}, ${sourceName(c.before.source.status)})` : "");
  const row = (c: CurrencyImport) => h("tr", {}, h("td", { class: "nowrap" }, `1 ${c.latest.from} = ${count(c.latest.rate)} ${c.latest.to}`), h("td", { class: "nowrap" }, c.latest.date), h("td", { class: "n" }, before(c)), h("td", { class: "n" }, change(c.percent)), h("td", {}, `${c.from} – ${c.to}`), h("td", { class: "n" }, count(c.months)));
  return [
    h("p", {}, t("app-import-fx-summary", { file: fileName(r.file), currencies: r.currencies.length, rates: r.rates })),
    h("table", { class: "lines" }, h("tr", {}, h("th", {}, t("app-fx-head-rate")), h("th", {}, t("app-fx-head-dated")), h("th", { class: "n" }, t("app-import-head-before")), h("th", { class: "n" }, t("app-import-head-change")), h("th", {}, t("app-import-head-span")), h("th", { class: "n" }, t("app-import-head-months"))), r.currencies.map(row)),
    r.left_out.length ? h("p", { class: "muted" }, t("app-import-fx-left-out", { currencies: r.left_out.join(", ") })) : null,
    r.replaced.length ? h("p", { class: "muted" }, t("app-import-replaced", { rows: r.replaced.join("; ") })) : null,
  ];
}

/** The report of an import not yet applied, with the choice to apply it or leave it. */
function report(root: HTMLElement, prepared: RateImport): void {
  const r = prepared.report;
  const file = fileName(r.file);
  const apply = async () => {
    try {
      const cards = await api.applyRateImport();
      fill(root);
      say({ id: "app-import-applied", args: { file } });
      await use(cards);
    } catch (e) {
      const f = toFailure(e);
      fill(root, h("p", { class: "warn" }, f.message));
      say({ id: "app-import-not-applied", args: { file } }, "error");
    }
  };
  const cancel = async () => {
    await api.cancelRateImport().catch(() => undefined);
    fill(root);
    say({ id: "app-import-left", args: { file } });
  };
  const writes = t(r.new_folder ? "app-import-writes-new" : "app-import-writes", { folder: r.folder, files: r.writes.join(", ") });
  fill(
    root,
    h("h3", {}, t("app-import-report-title")),
    prepared.kind === "meta" ? metaReport(prepared.report) : fxReport(prepared.report),
    h("p", { class: "muted" }, writes),
    h("div", { class: "exports" }, h("button", { type: "button", id: "rate-import-apply", onclick: () => void apply() }, t("app-import-apply")), h("button", { type: "button", id: "rate-import-cancel", onclick: () => void cancel() }, t("app-import-cancel"))),
  );
}

/** Imports of Meta's rate-card CSV and the ECB's reference rates, each shown before it is applied. */
function imports(): HTMLElement {
  const out = h("div", { id: "rate-import-report" });
  const effective = h("input", { id: "meta-effective", placeholder: "YYYY-MM-DD", inputmode: "numeric", size: 11, "aria-describedby": "meta-effective-msg" });
  const effectiveMsg = h("span", { id: "meta-effective-msg", class: "msg" });
  const ask = async (kind: "meta" | "ecb") => {
    fill(effectiveMsg);
    try {
      report(out, await api.prepareRateImport({ kind, effective: kind === "meta" ? effective.value : null }));
    } catch (e) {
      const f = toFailure(e);
      if (f.kind === "cancelled") return;
      const field = f.problems.find((p) => p.field === "effective");
      if (field) {
        fill(effectiveMsg, field.message);
        effective.focus();
      } else {
        fill(out, h("p", { class: "warn" }, t("app-import-refused")), h("ul", { class: "problems" }, f.problems.length ? f.problems.map((p) => h("li", {}, `${p.file ?? ""}${p.file ? ": " : ""}${problemText(p)}`)) : h("li", {}, f.message)));
      }
    }
  };
  return h(
    "section",
    { class: "card", id: "rate-imports" },
    h("h2", {}, t("app-import-rates-title")),
    h("p", { class: "muted" }, t("app-import-rates-intro")),
    h("div", { class: "import-row" }, h("label", { for: "meta-effective" }, t("app-import-meta-effective")), effective, h("button", { type: "button", id: "import-meta", onclick: () => void ask("meta") }, t("app-import-meta")), effectiveMsg),
    h("div", { class: "import-row" }, h("button", { type: "button", id: "import-ecb", onclick: () => void ask("ecb") }, t("app-import-ecb")), h("span", { class: "muted" }, t("app-import-ecb-hint"))),
    out,
  );
}

function render(): void {
  const root = document.getElementById("screen");
  if (root) ratecardsScreen(root);
}

export function ratecardsScreen(root: HTMLElement): void {
  fill(root, h("div", { class: "cards" }, h("p", { class: "muted" }, t("app-cards-intro")), imports(), exchange(), state.cards.map(card)));
}
