// A card's prices as a form: each plan's fees, unit prices, tier prices, included counts and
// discounts with their status and source, newest version first. A value the user changes is
// marked "your figure" (status `user`) unless they choose another status; only the changed rows
// are sent, and the core writes them into the card's TOML where they stand, checks the card as it
// checks any edit, and says beside each row what is wrong.
import { api, toFailure } from "../api";
import { count, decimalOf, digitsOf, fill, h, shownDate } from "../dom";
import { t } from "../i18n";
import { sourceName } from "../labels";
import { say } from "../session";
import type { CardView, Cards, Figure, FigureEdit, PlanFigures, Status } from "../types";

/** The statuses a card may write, in the order the form offers them. */
const STATUSES: Status[] = ["user", "published", "derived", "reconstructed", "unverified", "example"];

/** A row of the form: its figure, where it is, and how to read what the user left in it. */
interface Row {
  plan: PlanFigures;
  figure: Figure;
  value: HTMLInputElement;
  status: HTMLSelectElement;
  note: HTMLInputElement;
  message: HTMLElement;
}

/** "1 – 1,000", "above 1,000": a tier's units. */
function range(r: [number, number | null]): string {
  return r[1] === null ? t("app-figure-range-open", { from: count(r[0] - 1) }) : t("app-figure-range", { from: count(r[0]), to: count(r[1]) });
}

/** What a figure is, in words: "Grow plan: monthly fee", "Contacts, 1 – 250: price of the range". */
function label(f: Figure): string {
  switch (f.at.kind) {
    case "fee":
      return t("app-figure-fee", { line: f.line });
    case "included":
      return t("app-figure-included", { line: f.line });
    case "unit_price":
      return f.per === 1 ? t("app-figure-unit-price", { line: f.line }) : t("app-figure-unit-price-per", { line: f.line, per: count(f.per) });
    case "tier":
      return t(f.field.endsWith(".price") ? "app-figure-range-price" : "app-figure-tier-price", { line: f.line, range: f.range ? range(f.range) : "" });
    case "discount":
      return t("app-figure-discount", { line: f.line });
  }
}

/** The value as the field shows it: in the page's language; empty for an unknown price. */
function shown(f: Figure): string {
  return f.value === "unknown" ? "" : count(f.value);
}

/** The value the user left, as the core reads it; an empty price field is a price not known. */
function typed(row: Row): string {
  const text = row.value.value;
  if (row.figure.unit === "count") return digitsOf(text);
  return text.trim() === "" ? "unknown" : decimalOf(text);
}

function unitOf(f: Figure, currency: string): string {
  return f.unit === "money" ? currency : f.unit === "percent" ? "%" : "";
}

function row(plan: PlanFigures, f: Figure, currency: string, rows: Row[]): HTMLElement {
  const id = `figure-${f.field.replace(/[^a-z0-9]+/gi, "-")}`;
  const value = h("input", { id, class: "figure", inputmode: "decimal", size: 10, value: shown(f), placeholder: f.value === "unknown" ? t("app-figure-unknown") : undefined, "aria-describedby": `${id}-msg` });
  const status = h("select", { "aria-label": t("app-figure-status-label", { what: label(f) }) }, STATUSES.map((s) => h("option", { value: s, selected: s === f.source.status }, sourceName(s))));
  const note = h("input", { class: "note", value: f.source.note ?? "", placeholder: t("app-figure-note-hint"), "aria-label": t("app-figure-note-label", { what: label(f) }) });
  const message = h("div", { id: `${id}-msg`, class: "msg" });
  // The page the old figure was read from is not the source of the user's own.
  const url = f.source.url ? h("div", { class: "url" }, f.source.url) : null;
  const place = () => url?.toggleAttribute("hidden", status.value === "user");
  const r: Row = { plan, figure: f, value, status, note, message };
  rows.push(r);
  const tr = h(
    "tr",
    { "data-figure": f.field, class: f.source.status === "user" ? "yours" : undefined },
    h("td", {}, h("label", { for: id }, label(f)), f.own_source ? null : h("div", { class: "muted" }, t("app-figure-version-source"))),
    h("td", {}, h("span", { class: "nowrap" }, value, ` ${unitOf(f, currency)}`), message),
    h("td", { class: `source ${f.source.status}` }, status),
    h("td", {}, note, url),
  );
  // A changed value is the user's own figure, no longer what the old source said.
  value.addEventListener("input", () => {
    const changed = typed(r) !== f.value;
    tr.classList.toggle("changed", changed);
    if (changed && status.value === f.source.status) {
      status.value = "user";
      if (note.value === (f.source.note ?? "")) note.value = "";
      place();
    }
  });
  status.addEventListener("change", () => {
    tr.querySelector("td.source")!.className = `source ${status.value}`;
    place();
  });
  return tr;
}

/** The rows the user changed, as the core takes them. */
function edits(rows: Row[]): FigureEdit[] {
  return rows
    .filter((r) => typed(r) !== r.figure.value || r.status.value !== r.figure.source.status || r.note.value.trim() !== (r.figure.source.note ?? ""))
    .map((r) => ({ version: r.plan.version, plan: r.plan.plan, at: r.figure.at, value: typed(r), status: r.status.value as Status, note: r.note.value.trim() }));
}

function planTable(plan: PlanFigures, currency: string, rows: Row[]): HTMLElement {
  return h(
    "div",
    { class: "plan-prices", "data-plan": plan.id },
    h("h4", {}, plan.name),
    h(
      "table",
      { class: "lines figures" },
      h("tr", {}, h("th", {}, t("app-figure-head-what")), h("th", {}, t("app-figure-head-value")), h("th", {}, t("app-figure-head-status")), h("th", {}, t("app-head-source"))),
      plan.figures.map((f) => row(plan, f, currency, rows)),
    ),
  );
}

/**
 * The card's price form, or nothing when no plan has a figure of its own (Meta's passes its
 * tables' rates on: they are imported above). `use` takes the cards the save answers.
 */
export function priceForm(c: CardView, use: (cards: Cards) => Promise<void>): HTMLElement | null {
  const priced = c.prices.filter((p) => p.figures.length > 0);
  if (!priced.length) return null;
  const rows: Row[] = [];
  const versions = [...new Set(priced.map((p) => p.version))].sort((a, b) => b - a);
  const problems = h("ul", { class: "problems" });
  const save = async () => {
    const changed = edits(rows);
    rows.forEach((r) => fill(r.message));
    fill(problems);
    if (!changed.length) {
      say({ id: "app-prices-unchanged", args: { name: c.name } });
      return;
    }
    try {
      const cards = await api.savePrices(c.vendor, changed);
      say({ id: "app-prices-saved", args: { name: c.name, count: changed.length } });
      await use(cards);
    } catch (e) {
      const f = toFailure(e);
      const loose: string[] = [];
      for (const p of f.problems.length ? f.problems : [{ field: "", message: f.message }]) {
        const at = rows.find((r) => p.field === r.figure.field || p.field.startsWith(`${r.figure.field}.`));
        if (at) {
          fill(at.message, p.message);
        } else loose.push(p.field ? `${p.field}: ${p.message}` : p.message);
      }
      fill(problems, loose.map((m) => h("li", {}, m)));
      rows.find((r) => r.message.textContent)?.value.focus();
      say({ id: "app-prices-not-saved", args: { name: c.name } }, "error");
    }
  };
  return h(
    "section",
    { class: "prices", "data-prices": c.vendor },
    h("h3", {}, t("app-prices-title")),
    h("p", { class: "muted" }, t("app-prices-intro")),
    versions.map((v, i) => {
      const plans = priced.filter((p) => p.version === v);
      const summary = t("app-prices-version", { date: shownDate(plans[0].effective_from), plans: plans.length });
      return h("details", { open: i === 0 }, h("summary", {}, summary), plans.map((p) => planTable(p, c.currency, rows)));
    }),
    h("div", { class: "exports" }, h("button", { type: "button", class: "save-prices", onclick: () => void save() }, t("app-prices-save"))),
    problems,
  );
}
