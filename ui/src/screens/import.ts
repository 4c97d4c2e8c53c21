// Import: a WhatsApp message log or a usage log rated into an invoice-like summary. The read shows
// its progress and can be cancelled; the summary stays when the user visits other screens.
import { api, toFailure } from "../api";
import { count, fileName, fill, h, money } from "../dom";
import { t } from "../i18n";
import { categoryName, countName, problemText, words } from "../labels";
import { openScenarioText, report, say } from "../session";
import type { Imported, LogReport, Reason, Step, Usage, UsageReport } from "../types";
import { invoiceSection, resetInvoice } from "./invoice";

const choice = { kind: "whatsapp" as "whatsapp" | "usage", timezone: "UTC", currency: "USD", skipInvalid: false };
let last: Imported | null = null;
let running = false;
/** The read has started (a dialog closed without a file sends no step). */
let reading = false;

/** Each kind of log: its name, what to say while the dialog is open and while it is read, its columns (the file's own names) and currency. */
const KINDS = {
  whatsapp: { label: "app-log-whatsapp", choose: "app-choose-whatsapp", reading: "app-reading-whatsapp", columns: "timestamp, contact, direction, type, category, origin", currency: "USD" },
  usage: { label: "app-log-usage", choose: "app-choose-usage", reading: "app-reading-usage", columns: "timestamp, contact, event, actor, quantity (optional)", currency: "EUR" },
};

/** Why a unit was free, as the core names it. */
const REASONS: Record<Reason, string> = {
  free_tier: "app-reason-free_tier",
  free_entry_point: "app-reason-free_entry_point",
  customer_service_window: "app-reason-customer_service_window",
  not_charged: "app-reason-not_charged",
};

function megabytes(bytes: number): string {
  return `${count((bytes / 1_000_000).toFixed(1))} MB`;
}

/** The progress line: how much of the file is read, in which pass. */
function showStep(step: Step): void {
  if (!reading) {
    // The first step: the dialog has closed on a file, and the read can be cancelled now.
    reading = true;
    render();
  }
  const bar = document.getElementById("import-bar") as HTMLProgressElement | null;
  const text = document.getElementById("import-step");
  if (!bar || !text) return;
  bar.max = Math.max(step.total, 1);
  bar.value = step.done;
  const percent = step.total ? Math.floor((100 * step.done) / step.total) : 100;
  const progress = t("app-progress", { percent, done: megabytes(step.done), total: megabytes(step.total) });
  text.textContent = step.pass > 1 ? `${t("app-read-again")} ${progress}` : progress;
}

async function run(): Promise<void> {
  const msg = document.getElementById("import-msg")!;
  msg.textContent = "";
  running = true;
  reading = false;
  render();
  try {
    last = await api.importLog({ kind: choice.kind, timezone: choice.timezone.trim(), currency: choice.currency, skip_invalid: choice.skipInvalid }, showStep);
    running = false;
    resetInvoice();
    say({ id: "app-rated", args: { path: last.path } });
    render();
  } catch (e) {
    running = false;
    const f = toFailure(e);
    // A file was chosen and not rated: the previous file's results are not this one's.
    if (f.kind !== "cancelled" || reading) {
      last = null;
      resetInvoice();
    }
    render();
    const out = document.getElementById("import-msg")!;
    if (f.kind !== "cancelled") out.textContent = f.message;
    else if (reading) out.textContent = t("app-cancelled");
  }
}

function skippedRows(r: { rows_read: number; rows_skipped: number; skipped?: { line: number | null; field: string; message: string }[] }): HTMLElement {
  return h(
    "div",
    {},
    h("p", { class: "muted" }, t("app-rows", { count: r.rows_read, skipped: r.rows_skipped })),
    r.skipped?.length ? h("ul", { class: "problems" }, r.skipped.map((d) => h("li", {}, problemText(d)))) : null,
  );
}

/** "Export CSV…": the results shown, as the command line's `--format csv` writes them. */
function exportButton(): HTMLElement {
  const run = () => api.exportFile({ kind: "rated_log_csv" }).then((path) => say({ id: "app-exported", args: { path } })).catch(report);
  return h("button", { id: "import-export-csv", type: "button", onclick: () => void run() }, t("app-export-csv"));
}

/** Parts of a summary, as `fill` takes them. */
type Part = HTMLElement | HTMLElement[] | null;

function whatsappSummary(path: string, r: LogReport): Part[] {
  const reason = (k: string) => (k in REASONS ? t(REASONS[k as Reason]) : words(k));
  const reasons = (by: Record<string, number>) => Object.entries(by).map(([k, n]) => `${reason(k)}: ${count(n)}`).join(", ");
  const unknown = (amount: string | null) => (amount === null ? t("app-unknown") : money(amount, r.currency));
  return [
    h("h2", {}, t("app-whatsapp-title", { file: fileName(path) })),
    h("p", {}, `${t("app-total")} `, h("strong", { id: "import-total" }, money(r.total, r.currency)), r.incomplete ? h("span", { class: "badge bad" }, t("app-incomplete-rate")) : null, h("span", { class: "muted" }, ` · ${t("app-account-zone", { zone: r.timezone })}`)),
    skippedRows(r),
    r.months.map((m) =>
      h(
        "section",
        { class: "month" },
        h("h3", {}, t("app-month-title", { month: m.month, version: m.version, unit: m.unit })),
        h(
          "table",
          { class: "lines" },
          h("tr", {}, h("th", {}, t("app-head-market")), h("th", {}, t("app-head-category")), h("th", { class: "n" }, t("app-head-billable")), h("th", { class: "n" }, t("app-head-free")), h("th", {}, t("app-head-free-because")), h("th", { class: "n" }, t("app-head-unit-price")), h("th", { class: "n" }, t("app-head-amount"))),
          m.lines.map((l) =>
            h("tr", {}, h("td", {}, l.market), h("td", {}, categoryName(l.category)), h("td", { class: "n" }, count(l.billable)), h("td", { class: "n" }, count(l.free)), h("td", { class: "muted" }, reasons(l.free_by_reason)), h("td", { class: "n" }, unknown(l.unit_price)), h("td", { class: "n" }, unknown(l.amount))),
          ),
          h("tr", { class: "sum" }, h("td", { colspan: 6 }, t("app-total")), h("td", { class: "n" }, money(m.total, r.currency))),
        ),
      ),
    ),
    r.refused.first.length ? h("p", { class: "muted" }, `${t("app-refused")} `, r.refused.first.map((x) => t("app-refused-row", { line: String(x.line), contact: x.contact, time: x.timestamp })).join("; ")) : null,
    r.warnings.length ? h("ul", { class: "warnings" }, r.warnings.map((w) => h("li", { class: w.kind }, warningText(w, r)))) : null,
    h("div", { class: "exports" }, exportButton()),
  ];
}

/** A warning of the log's report: the core's sentence, or, for refused messages (whose sentence
 * points the command line at its `refused` field), the page's own words from the report's count. */
function warningText(w: LogReport["warnings"][number], r: LogReport): string {
  return w.kind === "refused_message" ? t("app-refused-warning", { count: r.refused.count }) : w.message;
}

function usageSummary(path: string, r: UsageReport, scenario: string): Part[] {
  const [invoiceButton, invoiceForm] = invoiceSection(r);
  // Plans down, months across: a log has few months and many plans. The first month's ranking
  // orders the plans.
  const plans = [...new Set(r.months.flatMap((m) => m.quotes.map((q) => q.plan)))];
  const outcomes = (usage: Usage) => Object.entries(usage).filter(([k]) => k.startsWith("outcomes.")).reduce((sum, [, n]) => sum + (n ?? 0), 0);
  const cell = (m: UsageReport["months"][number], plan: string) => {
    const q = m.quotes.find((x) => x.plan === plan);
    if (!q) return h("td", { class: "n" }, "–");
    // Its cost (the core's ranking figure), or, for a plan whose cost is not known, its bill.
    const shown = q.cost ? money(q.cost.total, q.cost.currency) : t("app-billed", { amount: money(q.total, q.currency) });
    const cheapest = m.cheapest === plan;
    return h("td", { class: `n${cheapest ? " cheapest" : ""}` }, cheapest ? h("span", { class: "badge good" }, t("app-badge-cheapest")) : null, q.incomplete ? h("span", { class: "badge bad" }, t("app-badge-unknown-price")) : null, q.uncovered.length && !q.incomplete ? h("span", { class: "badge bad" }, t("app-badge-not-sold")) : null, shown);
  };
  return [
    h("h2", {}, t("app-usage-title", { file: fileName(path) })),
    skippedRows(r),
    h(
      "div",
      { class: "scroll" },
      h(
        "table",
        { class: "lines", id: "import-months" },
        h("tr", {}, h("th", {}, ""), r.months.map((m) => h("th", { class: "n" }, m.month))),
        h("tr", {}, h("td", { class: "muted" }, countName("contacts.engaged")), r.months.map((m) => h("td", { class: "n" }, count(m.usage["contacts.engaged"] ?? 0)))),
        h("tr", {}, h("td", { class: "muted" }, t("app-row-outcomes")), r.months.map((m) => h("td", { class: "n" }, count(outcomes(m.usage))))),
        plans.map((p) => h("tr", {}, h("td", {}, p), r.months.map((m) => cell(m, p)))),
      ),
    ),
    h("p", { class: "muted" }, t("app-usage-note", { currency: r.currency, open: t("app-open-as-scenario") })),
    h(
      "div",
      { class: "exports" },
      h("button", { id: "import-open", type: "button", onclick: () => void openScenarioText(scenario, { id: "app-scenario-from", args: { file: fileName(path) } }) }, t("app-open-as-scenario")),
      invoiceButton,
      exportButton(),
    ),
    invoiceForm,
  ];
}

function render(): void {
  const root = document.getElementById("import-out");
  if (!root) return;
  if (running && !reading) {
    fill(root, h("p", { class: "muted" }, t(KINDS[choice.kind].choose)));
  } else if (running) {
    fill(
      root,
      h("h2", {}, t(KINDS[choice.kind].reading)),
      h("progress", { id: "import-bar", max: 1, value: 0 }),
      h("p", { id: "import-step", class: "muted" }, t("app-starting")),
      h("button", { id: "import-cancel", type: "button", onclick: () => void api.cancelImport() }, t("app-cancel")),
    );
  } else if (last) {
    fill(root, ...(last.kind === "whatsapp" ? whatsappSummary(last.path, last.report) : usageSummary(last.path, last.report, last.scenario)));
  } else {
    fill(root, h("p", { class: "muted" }, t("app-import-intro")));
  }
  const start = document.getElementById("import-run") as HTMLButtonElement | null;
  if (start) start.disabled = running;
}

export function importScreen(root: HTMLElement): void {
  const kind = h("select", { id: "import-kind" }, Object.entries(KINDS).map(([k, v]) => h("option", { value: k, selected: k === choice.kind }, t(v.label))));
  const columns = h("small", { class: "muted" }, t("app-columns", { columns: KINDS[choice.kind].columns }));
  const currency = h("select", { id: "import-currency" }, ["USD", "EUR"].map((c) => h("option", { value: c, selected: c === choice.currency }, c)));
  kind.addEventListener("change", () => {
    choice.kind = kind.value as "whatsapp" | "usage";
    choice.currency = KINDS[choice.kind].currency;
    currency.value = choice.currency;
    columns.textContent = t("app-columns", { columns: KINDS[choice.kind].columns });
  });
  currency.addEventListener("change", () => (choice.currency = currency.value));
  const timezone = h("input", { id: "import-timezone", value: choice.timezone, spellcheck: "false" });
  timezone.addEventListener("input", () => (choice.timezone = timezone.value));
  const skip = h("input", { id: "import-skip", type: "checkbox", checked: choice.skipInvalid });
  skip.addEventListener("change", () => (choice.skipInvalid = skip.checked));
  fill(
    root,
    h(
      "div",
      { class: "analysis" },
      h(
        "div",
        { class: "controls" },
        h("label", { class: "field" }, h("span", {}, t("app-log")), kind),
        columns,
        h("label", { class: "field" }, h("span", {}, t("app-timezone")), timezone),
        h("small", { class: "muted" }, t("app-timezone-hint")),
        h("label", { class: "field" }, h("span", {}, t("app-currency")), currency),
        h("label", { class: "check" }, skip, t("app-skip-invalid")),
        h("button", { id: "import-run", type: "button", onclick: () => void run() }, t("app-import-run")),
        h("small", { class: "msg", id: "import-msg" }),
      ),
      h("section", { id: "import-out" }),
    ),
  );
  render();
}
