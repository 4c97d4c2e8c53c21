// Import: a WhatsApp message log or a usage log rated into an invoice-like summary. The read shows
// its progress and can be cancelled; the summary stays when the user visits other screens.
import { api, toFailure } from "../api";
import { count, fileName, fill, h, money } from "../dom";
import { openScenarioText, say } from "../main";
import type { Imported, InvoiceCheck, LogReport, Step, Usage, UsageReport } from "../types";

const choice = { kind: "whatsapp" as "whatsapp" | "usage", timezone: "UTC", currency: "USD", skipInvalid: false };
let last: Imported | null = null;
/** The invoice last checked against the usage log. */
let checked: InvoiceCheck | null = null;
let running = false;
/** The read has started (a dialog closed without a file sends no step). */
let reading = false;

const KINDS = {
  whatsapp: { label: "WhatsApp message log", columns: "timestamp, contact, direction, type, category, origin", currency: "USD" },
  usage: { label: "Usage log (chats and outcomes)", columns: "timestamp, contact, event, actor, quantity (optional)", currency: "EUR" },
};

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
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
  const pass = step.pass > 1 ? "The log is not in time order: reading it again to sort it. " : "";
  text.textContent = `${pass}${percent}% (${megabytes(step.done)} of ${megabytes(step.total)})`;
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
    checked = null;
    say(`Rated ${last.path}`);
    render();
  } catch (e) {
    running = false;
    render();
    const f = toFailure(e);
    const out = document.getElementById("import-msg")!;
    if (f.kind !== "cancelled") out.textContent = f.message;
    else if (reading) out.textContent = "Cancelled: nothing was imported.";
  }
}

function skippedRows(r: { rows_read: number; rows_skipped: number; skipped?: { line: number | null; field: string; message: string }[] }): HTMLElement {
  return h(
    "div",
    {},
    h("p", { class: "muted" }, `${count(r.rows_read)} rows read, ${count(r.rows_skipped)} skipped`),
    r.skipped?.length ? h("ul", { class: "problems" }, r.skipped.map((d) => h("li", {}, `line ${d.line ?? "?"}${d.field ? ` (${d.field})` : ""}: ${d.message}`))) : null,
  );
}

/** Parts of a summary, as `fill` takes them. */
type Part = HTMLElement | HTMLElement[] | null;

function whatsappSummary(path: string, r: LogReport): Part[] {
  const reasons = (by: Record<string, number>) => Object.entries(by).map(([k, n]) => `${k.replace(/_/g, " ")}: ${count(n)}`).join(", ");
  return [
    h("h2", {}, `${fileName(path)}: WhatsApp at Meta's rates`),
    h("p", {}, "Total ", h("strong", { id: "import-total" }, money(r.total, r.currency)), r.incomplete ? h("span", { class: "badge bad" }, "incomplete: a rate is unknown") : null, h("span", { class: "muted" }, ` · account time zone ${r.timezone}`)),
    skippedRows(r),
    r.months.map((m) =>
      h(
        "section",
        { class: "month" },
        h("h3", {}, `${m.month} · pricing version ${m.version} · billed per ${m.unit}`),
        h(
          "table",
          { class: "lines" },
          h("tr", {}, h("th", {}, "Market"), h("th", {}, "Category"), h("th", { class: "n" }, "Billable"), h("th", { class: "n" }, "Free"), h("th", {}, "Free because"), h("th", { class: "n" }, "Unit price"), h("th", { class: "n" }, "Amount")),
          m.lines.map((l) =>
            h("tr", {}, h("td", {}, l.market), h("td", {}, l.category), h("td", { class: "n" }, count(l.billable)), h("td", { class: "n" }, count(l.free)), h("td", { class: "muted" }, reasons(l.free_by_reason)), h("td", { class: "n" }, l.unit_price === null ? "unknown" : money(l.unit_price, r.currency)), h("td", { class: "n" }, l.amount === null ? "unknown" : money(l.amount, r.currency))),
          ),
          h("tr", { class: "sum" }, h("td", { colspan: 6 }, "Total"), h("td", { class: "n" }, money(m.total, r.currency))),
        ),
      ),
    ),
    r.refused.first.length ? h("p", { class: "muted" }, "Refused: ", r.refused.first.map((x) => `line ${x.line} (${x.contact} at ${x.timestamp})`).join("; ")) : null,
    r.warnings.length ? h("ul", { class: "warnings" }, r.warnings.map((w) => h("li", { class: w.kind }, w.message))) : null,
  ];
}

function usageSummary(path: string, r: UsageReport, scenario: string): Part[] {
  // Plans down, months across: a log has few months and many plans. The first month's ranking
  // orders the plans.
  const plans = [...new Set(r.months.flatMap((m) => m.quotes.map((q) => q.plan)))];
  const outcomes = (usage: Usage) => Object.entries(usage).filter(([k]) => k.startsWith("outcomes.")).reduce((sum, [, n]) => sum + (n ?? 0), 0);
  const cell = (m: UsageReport["months"][number], plan: string) => {
    const q = m.quotes.find((x) => x.plan === plan);
    if (!q) return h("td", { class: "n" }, "–");
    // Its cost (the core's ranking figure), or, for a plan whose cost is not known, its bill.
    const shown = q.cost ? money(q.cost.total, q.cost.currency) : `billed ${money(q.total, q.currency)}`;
    const cheapest = m.cheapest === plan;
    return h("td", { class: `n${cheapest ? " cheapest" : ""}` }, cheapest ? h("span", { class: "badge good" }, "cheapest") : null, q.incomplete ? h("span", { class: "badge bad" }, "a price is unknown") : null, q.uncovered.length && !q.incomplete ? h("span", { class: "badge bad" }, "not ranked: work it does not sell") : null, shown);
  };
  return [
    h("h2", {}, `${fileName(path)}: every plan, month by month`),
    skippedRows(r),
    h(
      "div",
      { class: "scroll" },
      h(
        "table",
        { class: "lines", id: "import-months" },
        h("tr", {}, h("th", {}, ""), r.months.map((m) => h("th", { class: "n" }, m.month))),
        h("tr", {}, h("td", { class: "muted" }, "Engaged contacts"), r.months.map((m) => h("td", { class: "n" }, count(m.usage["contacts.engaged"] ?? 0)))),
        h("tr", {}, h("td", { class: "muted" }, "Outcomes by agents and bots"), r.months.map((m) => h("td", { class: "n" }, count(outcomes(m.usage))))),
        plans.map((p) => h("tr", {}, h("td", {}, p), r.months.map((m) => cell(m, p)))),
      ),
    ),
    h("p", { class: "muted" }, `Amounts in ${r.currency}; outcomes by the customer's own staff are not billed. "Open as a scenario" puts this usage in the form (later months as a month-by-month scenario for the simulation).`),
    h(
      "div",
      { class: "exports" },
      h("button", { id: "import-open", type: "button", onclick: () => void openScenarioText(scenario, `Scenario from ${fileName(path)} (not saved)`) }, "Open as a scenario"),
      h("button", { id: "invoice-check", type: "button", onclick: () => void checkInvoice() }, "Check an invoice against it…"),
    ),
    checked ? invoiceCheck(checked, r.currency) : null,
  ];
}

async function checkInvoice(): Promise<void> {
  const msg = document.getElementById("import-msg")!;
  msg.textContent = "";
  try {
    checked = await api.checkInvoice();
    render();
  } catch (e) {
    const f = toFailure(e);
    if (f.kind !== "cancelled") msg.textContent = f.message;
  }
}

/** An invoice beside the log's quote of its plan and month, line by line, with what would explain a difference. */
function invoiceCheck(c: InvoiceCheck, currency: string): HTMLElement {
  const amount = (a: string | null) => (a === null ? "–" : money(a, currency));
  const quantity = (q: string | null) => (q === null ? "–" : count(q));
  return h(
    "section",
    { id: "invoice-result", class: "month" },
    h("h3", {}, `Invoice ${c.plan} ${c.month}: `, c.matches ? h("span", { class: "badge good" }, "matches the log") : h("span", { class: "badge bad" }, "does not match the log")),
    c.problem ? h("p", { class: "warn" }, c.problem) : null,
    h(
      "table",
      { class: "lines" },
      h("tr", {}, h("th", {}, "Line"), h("th", {}, "Status"), h("th", { class: "n" }, "Billed"), h("th", { class: "n" }, "Log"), h("th", { class: "n" }, "Billed amount"), h("th", { class: "n" }, "Log amount")),
      c.lines.flatMap((l) => [
        h("tr", {}, h("td", {}, l.description), h("td", { class: l.status === "matches" ? "" : "warn" }, l.status.replace(/_/g, " ")), h("td", { class: "n" }, quantity(l.billed_quantity)), h("td", { class: "n" }, quantity(l.log_quantity)), h("td", { class: "n" }, amount(l.billed_amount)), h("td", { class: "n" }, amount(l.log_amount))),
        ...(l.why ?? []).map((why) => h("tr", {}, h("td", { colspan: 6, class: "muted" }, why))),
      ]),
    ),
  );
}

function render(): void {
  const root = document.getElementById("import-out");
  if (!root) return;
  if (running && !reading) {
    fill(root, h("p", { class: "muted" }, `Choose the ${KINDS[choice.kind].label.toLowerCase()} in the dialog.`));
  } else if (running) {
    fill(
      root,
      h("h2", {}, `Reading the ${KINDS[choice.kind].label.toLowerCase()}…`),
      h("progress", { id: "import-bar", max: 1, value: 0 }),
      h("p", { id: "import-step", class: "muted" }, "Starting…"),
      h("button", { id: "import-cancel", type: "button", onclick: () => void api.cancelImport() }, "Cancel"),
    );
  } else if (last) {
    fill(root, ...(last.kind === "whatsapp" ? whatsappSummary(last.path, last.report) : usageSummary(last.path, last.report, last.scenario)));
  } else {
    fill(root, h("p", { class: "muted" }, "Choose a log: it is rated month by month into an invoice-like summary. Large logs show their progress and can be cancelled."));
  }
  const start = document.getElementById("import-run") as HTMLButtonElement | null;
  if (start) start.disabled = running;
}

export function importScreen(root: HTMLElement): void {
  const kind = h("select", { id: "import-kind" }, Object.entries(KINDS).map(([k, v]) => h("option", { value: k, selected: k === choice.kind }, v.label)));
  const columns = h("small", { class: "muted" }, `Columns: ${KINDS[choice.kind].columns}`);
  const currency = h("select", { id: "import-currency" }, ["USD", "EUR"].map((c) => h("option", { value: c, selected: c === choice.currency }, c)));
  kind.addEventListener("change", () => {
    choice.kind = kind.value as "whatsapp" | "usage";
    choice.currency = KINDS[choice.kind].currency;
    currency.value = choice.currency;
    columns.textContent = `Columns: ${KINDS[choice.kind].columns}`;
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
        h("label", { class: "field" }, h("span", {}, "Log"), kind),
        columns,
        h("label", { class: "field" }, h("span", {}, "Time zone"), timezone),
        h("small", { class: "muted" }, "The account's (IANA name, such as Europe/Amsterdam): months turn over at its midnight."),
        h("label", { class: "field" }, h("span", {}, "Currency"), currency),
        h("label", { class: "check" }, skip, "Skip unreadable rows (counted and listed)"),
        h("button", { id: "import-run", type: "button", onclick: () => void run() }, "Choose a log and rate it…"),
        h("small", { class: "msg", id: "import-msg" }),
      ),
      h("section", { id: "import-out" }),
    ),
  );
  render();
}
