// The invoice check's form, under an imported usage log: the invoice's lines typed, pasted from a
// spreadsheet or imported from a CSV file (the core reads both), checked by the core against the
// log on every change, the difference shown per line and in total, and exported as a dispute
// (CSV or PDF, made by the core). The form only builds the core's input and shows its answer.
import { api, toFailure } from "../api";
import { count, fileName, fill, h, money } from "../dom";
import { language, t } from "../i18n";
import { outcomeBy, problemText, usageName, words } from "../labels";
import { say } from "../session";
import type { EnteredInvoice, EnteredLine, InvoiceCheck, Problem, UsageReport, Explanation } from "../types";

/** The invoice as typed; kept while the user visits other screens, cleared by a new import. */
let invoice: EnteredInvoice = blank();
/** The core's answer to the invoice as last typed, and the problems of the last check. */
let checked: InvoiceCheck | null = null;
let problems: Problem[] = [];
/** The form is open (its button was clicked) for the log imported. */
let open = false;
/** The newest check asked for: an older answer arriving later is dropped. */
let asked = 0;

function blank(): EnteredInvoice {
  return { plan: "", month: "", number: "", customer: "", lines: [emptyLine()] };
}

function emptyLine(): EnteredLine {
  return { description: "", quantity: "", amount: "", code: "" };
}

/** A new log: the form starts again, on its first month and cheapest plan. */
export function resetInvoice(): void {
  invoice = blank();
  checked = null;
  problems = [];
  open = false;
}

/** An invoice line's status beside the log, as the core names it. */
const CHECKS: Record<string, string> = {
  matches: "app-check-line-matches",
  differs: "app-check-line-differs",
  not_in_log: "app-check-line-not_in_log",
  not_invoiced: "app-check-line-not_invoiced",
};

/** A reason in the page's words: the same messages as the dispute document's. */
function reason(why: Explanation, currency: string): string {
  const price = (p: string) => money(p, currency);
  switch (why.kind) {
    case "no_such_line":
      return t("dispute-why-no-line");
    case "billed_twice":
      return t("dispute-why-twice", { line: why.line });
    case "not_invoiced":
      return t("dispute-why-not-invoiced");
    case "units":
      return t(why.more ? "dispute-why-more" : "dispute-why-fewer", { units: count(why.units) });
    case "too_far":
      return t("dispute-why-too-far", { quantity: count(why.quantity) });
    case "unit_price":
      return t("dispute-why-unit-price", { quantity: count(why.quantity), price: price(why.unit_price), amount: price(why.would_be) });
    case "too_large":
      return t("dispute-why-too-large", { quantity: count(why.quantity), price: price(why.unit_price) });
    case "points":
      return t(why.billing ? "dispute-why-points-more" : "dispute-why-points-fewer", { what: `${count(why.count)} × ${usageName(why.usage)}`, each: count(why.each) });
    case "bot_at_agent":
      return t("dispute-why-bot-at-agent", { what: `${count(why.count)} × ${outcomeBy(why.outcome, "bot")}`, points: count(why.agent_points) });
  }
}

/** Problems of lines read from a file or a paste, each with the file it is in. */
function readProblems(problems: Problem[]): string {
  return problems.map((p) => (p.file ? `${fileName(p.file)}: ${problemText(p)}` : problemText(p))).join("\n");
}

/** Checks the invoice as typed; nothing is said while no line has anything in it. */
async function recheck(): Promise<void> {
  const n = ++asked;
  const typed = invoice.lines.some((l) => l.description.trim() || l.quantity.trim() || l.amount.trim());
  if (!typed) {
    checked = null;
    problems = [];
    showResult();
    return;
  }
  try {
    const answer = await api.checkInvoice(invoice);
    if (n !== asked) return;
    checked = answer;
    problems = [];
  } catch (e) {
    if (n !== asked) return;
    const f = toFailure(e);
    problems = f.problems.length ? f.problems : [{ field: "", line: null, message: f.message }];
  }
  showResult();
}

/** Lines read by the core (pasted or from a file) take the place of the empty rows. */
function addLines(lines: EnteredLine[]): void {
  invoice.lines = [...invoice.lines.filter((l) => l.description || l.quantity || l.amount || l.code), ...lines];
  drawLines();
  void recheck();
}

async function paste(area: HTMLTextAreaElement): Promise<void> {
  // The pasted text is in the box once the paste is done.
  await new Promise((r) => setTimeout(r, 0));
  const text = area.value;
  if (!text.trim()) return;
  try {
    addLines(await api.readInvoiceLines(text));
    area.value = "";
    setMessage("");
  } catch (e) {
    const f = toFailure(e);
    setMessage(f.problems.length ? readProblems(f.problems) : f.message);
  }
}

async function importLines(): Promise<void> {
  try {
    const read = await api.importInvoiceLines();
    addLines(read.lines);
    setMessage(t("app-invoice-lines-read", { count: read.lines.length, file: fileName(read.path) }), false);
  } catch (e) {
    const f = toFailure(e);
    if (f.kind !== "cancelled") setMessage(f.problems.length ? readProblems(f.problems) : f.message);
  }
}

async function exportDispute(format: "csv" | "pdf"): Promise<void> {
  try {
    const path = await api.exportDispute({ invoice, format, language: language() });
    say({ id: "app-invoice-saved", args: { path } });
    setMessage("");
  } catch (e) {
    const f = toFailure(e);
    if (f.kind !== "cancelled") setMessage(f.message);
  }
}

function setMessage(text: string, bad = true): void {
  const msg = document.getElementById("invoice-msg");
  if (!msg) return;
  msg.textContent = text;
  msg.className = bad ? "msg" : "muted";
}

type Field = "description" | "quantity" | "amount";

/** Each field's column head, also its input's name for screen readers. */
const HEADS: Record<Field, string> = {
  description: "app-invoice-head-description",
  quantity: "app-invoice-head-quantity",
  amount: "app-invoice-head-amount",
};

/** The rows of lines, each field an input; a row's problems beside it. */
function drawLines(focus?: number): void {
  const body = document.getElementById("invoice-lines");
  if (!body) return;
  const cell = (i: number, field: Field) => {
    const input = h("input", { class: `invoice-${field}`, "data-line": i + 1, "data-name": field, value: invoice.lines[i][field], spellcheck: "false", "aria-label": t(HEADS[field]) });
    if (field !== "description") input.setAttribute("inputmode", "decimal");
    input.addEventListener("input", () => {
      invoice.lines[i][field] = input.value;
      void recheck();
    });
    return h("td", { class: field === "description" ? "" : "n" }, input);
  };
  fill(
    body,
    invoice.lines.map((_, i) =>
      h(
        "tr",
        {},
        cell(i, "description"),
        cell(i, "quantity"),
        cell(i, "amount"),
        h("td", {}, h("button", { type: "button", class: "remove", title: t("app-invoice-remove-line"), "aria-label": t("app-invoice-remove-line"), onclick: () => removeLine(i) }, "✕")),
      ),
    ),
  );
  if (focus !== undefined) body.querySelectorAll<HTMLInputElement>(".invoice-description")[focus]?.focus();
  markProblems();
}

function removeLine(i: number): void {
  invoice.lines.splice(i, 1);
  if (!invoice.lines.length) invoice.lines.push(emptyLine());
  drawLines();
  void recheck();
}

/** Each problem on its field (`aria-invalid`), all of them listed under the lines. */
function markProblems(): void {
  for (const el of document.querySelectorAll<HTMLElement>("#invoice-form [aria-invalid]")) el.removeAttribute("aria-invalid");
  for (const p of problems) {
    const at = p.line === null ? `#invoice-${p.field}` : `[data-line="${p.line}"][data-name="${CSS.escape(p.field)}"]`;
    document.querySelector(`#invoice-form ${at}`)?.setAttribute("aria-invalid", "true");
  }
  const box = document.getElementById("invoice-problems");
  if (box) fill(box, problems.map((p) => h("li", {}, problemText(p))));
}

/** The check's answer: line by line with the difference, the totals, what explains them, the exports. */
function showResult(): void {
  markProblems();
  const root = document.getElementById("invoice-result");
  if (!root) return;
  const c = checked;
  if (!c) {
    fill(root);
    return;
  }
  // A check the form has since left behind fades until the form is valid again.
  root.classList.toggle("stale", problems.length > 0);
  const currency = c.currency ?? "";
  const amount = (a: string | null) => (a === null ? "–" : money(a, currency));
  const quantity = (q: string | null) => (q === null ? "–" : count(q));
  const signed = (a: string | null) => (a === null ? "–" : a.startsWith("-") || Number(a) === 0 ? amount(a) : `+${amount(a)}`);
  const diff = c.difference;
  const verdict = diff === null ? null : Number(diff) > 0 ? t("app-invoice-more", { amount: amount(diff) }) : Number(diff) < 0 ? t("app-invoice-less", { amount: amount(diff.slice(1)) }) : t("app-invoice-same");
  fill(
    root,
    h("h3", {}, `${t("app-invoice-check-title", { plan: c.plan, month: c.month })} `, c.matches ? h("span", { class: "badge good" }, t("app-matches-log")) : h("span", { class: "badge bad" }, t("app-differs-from-log"))),
    c.problem ? h("p", { class: "warn" }, c.problem) : null,
    c.problem
      ? null
      : h(
          "div",
          { class: "scroll" },
          h(
            "table",
            { class: "lines", id: "invoice-table" },
            h("tr", {}, h("th", {}, t("app-head-line")), h("th", {}, t("app-head-status")), h("th", { class: "n" }, t("app-head-billed")), h("th", { class: "n" }, t("app-head-log")), h("th", { class: "n" }, t("app-head-billed-amount")), h("th", { class: "n" }, t("app-head-log-amount")), h("th", { class: "n" }, t("app-head-difference"))),
            c.lines.flatMap((l) => [
              h("tr", { class: "invoice-line" }, h("td", {}, l.description), h("td", { class: l.status === "matches" ? "" : "warn" }, l.status in CHECKS ? t(CHECKS[l.status]) : words(l.status)), h("td", { class: "n" }, quantity(l.billed_quantity)), h("td", { class: "n" }, quantity(l.log_quantity)), h("td", { class: "n" }, amount(l.billed_amount)), h("td", { class: "n" }, amount(l.log_amount)), h("td", { class: "n line-difference" }, signed(l.difference))),
              ...(l.reasons ?? []).map((why) => h("tr", {}, h("td", { colspan: 7, class: "muted" }, reason(why, currency)))),
            ]),
            h("tr", { class: "sum" }, h("td", { colspan: 4 }, t("app-total")), h("td", { class: "n" }, amount(c.billed_total)), h("td", { class: "n" }, amount(c.log_total)), h("td", { class: "n", id: "invoice-difference" }, signed(diff))),
          ),
        ),
    verdict && !c.problem ? h("p", { id: "invoice-verdict" }, verdict) : null,
    c.problem
      ? null
      : h(
          "div",
          { class: "exports" },
          h("button", { id: "invoice-export-csv", type: "button", onclick: () => void exportDispute("csv") }, t("app-invoice-export-csv")),
          h("button", { id: "invoice-export-pdf", type: "button", onclick: () => void exportDispute("pdf") }, t("app-invoice-export-pdf")),
        ),
  );
}

/** The button that opens the form, and the form once open, for the usage log `r`. */
export function invoiceSection(r: UsageReport): HTMLElement[] {
  const button = h("button", { id: "invoice-check", type: "button" }, t("app-check-invoice"));
  const section = h("section", { id: "invoice-form", class: "month" });
  button.addEventListener("click", () => {
    open = true;
    drawForm(section, r);
    section.querySelector<HTMLInputElement>(".invoice-description")?.focus();
  });
  if (open) drawForm(section, r);
  return [button, section];
}

function drawForm(section: HTMLElement, r: UsageReport): void {
  const months = r.months.map((m) => m.month);
  if (!months.includes(invoice.month)) invoice.month = months[0] ?? "";
  const plansOf = (month: string) => r.months.find((m) => m.month === month)?.quotes.map((q) => q.plan) ?? [];
  if (!plansOf(invoice.month).includes(invoice.plan)) invoice.plan = r.months.find((m) => m.month === invoice.month)?.cheapest ?? plansOf(invoice.month)[0] ?? "";
  const plan = h("select", { id: "invoice-plan" }, plansOf(invoice.month).map((p) => h("option", { value: p, selected: p === invoice.plan }, p)));
  const month = h("select", { id: "invoice-month" }, months.map((m) => h("option", { value: m, selected: m === invoice.month }, m)));
  plan.addEventListener("change", () => {
    invoice.plan = plan.value;
    void recheck();
  });
  month.addEventListener("change", () => {
    invoice.month = month.value;
    drawForm(section, r);
    void recheck();
  });
  const text = (id: "number" | "customer") => {
    const input = h("input", { id: `invoice-${id}`, value: invoice[id], spellcheck: "false" });
    input.addEventListener("input", () => (invoice[id] = input.value));
    return input;
  };
  const area = h("textarea", { id: "invoice-paste", rows: 2, placeholder: t("app-invoice-paste"), spellcheck: "false", "aria-label": t("app-invoice-paste") });
  area.addEventListener("paste", () => void paste(area));
  fill(
    section,
    h("h3", {}, t("app-invoice-form-title")),
    h("p", { class: "muted" }, t("app-invoice-form-intro")),
    h(
      "div",
      { class: "invoice-facts" },
      h("label", { class: "field" }, h("span", {}, t("app-invoice-plan")), plan),
      h("label", { class: "field" }, h("span", {}, t("app-invoice-month")), month),
      h("label", { class: "field" }, h("span", {}, t("app-invoice-number")), text("number")),
      h("label", { class: "field" }, h("span", {}, t("app-invoice-customer")), text("customer")),
    ),
    h(
      "table",
      { class: "lines invoice-entry" },
      h("thead", {}, h("tr", {}, h("th", {}, t(HEADS.description)), h("th", { class: "n" }, t(HEADS.quantity)), h("th", { class: "n" }, t(HEADS.amount)), h("th", {}, ""))),
      h("tbody", { id: "invoice-lines" }),
    ),
    area,
    h(
      "div",
      { class: "exports" },
      h("button", { id: "invoice-add", type: "button", onclick: () => { invoice.lines.push(emptyLine()); drawLines(invoice.lines.length - 1); } }, t("app-invoice-add-line")),
      h("button", { id: "invoice-import", type: "button", onclick: () => void importLines() }, t("app-invoice-import")),
    ),
    h("small", { id: "invoice-msg", class: "msg" }),
    h("ul", { id: "invoice-problems", class: "problems" }),
    h("section", { id: "invoice-result", class: "month" }),
  );
  drawLines();
  showResult();
}
