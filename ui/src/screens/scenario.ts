// The scenario form beside every plan compared, recomputed as the user types; a plan opens its
// invoice preview.
import { api, toFailure } from "../api";
import { count, fill, h, money } from "../dom";
import { ACTORS, CATEGORIES, COUNTS, OUTCOMES, check, toToml } from "../form";
import { report, say, setDirty } from "../main";
import { state, termKinds, timings } from "../state";
import type { Comparison, Problem, Quote } from "../types";

const LABELS: Record<string, string> = {
  "contacts.engaged": "Engaged contacts",
  "contacts.active": "Active customers",
  "contacts.database": "Contacts in the database",
  "agents.livechat": "Live-chat agents",
  "email.sent": "Emails sent",
};

let sequence = 0;
let startedAt = 0;

function words(name: string): string {
  return name.replace(/_/g, " ");
}

/** A labelled input bound to a path of the form, with its message slot. */
function field(label: string, path: string, value: string, set: (v: string) => void, attrs: Record<string, string> = {}): HTMLElement {
  const input = h("input", { id: `f-${path}`, "data-field": path, value, autocomplete: "off", spellcheck: "false", ...attrs });
  input.addEventListener("input", () => {
    set(input.value);
    changed();
  });
  return h("label", { class: "field" }, h("span", {}, label), input, h("small", { class: "msg", "data-msg": path }));
}

function countField(label: string, key: string, placeholder = ""): HTMLElement {
  return field(label, key, state.form.counts[key] ?? "", (v) => (state.form.counts[key] = v), { inputmode: "numeric", placeholder });
}

/** The form's sections. */
function form(): HTMLElement {
  const f = state.form;
  const basics = h(
    "fieldset",
    {},
    h("legend", {}, "Scenario"),
    field("Name", "name", f.name, (v) => (f.name = v)),
    field("Month", "month", f.month, (v) => (f.month = v), { type: "month" }),
    field("Display currency", "currency", f.currency, (v) => (f.currency = v.toUpperCase()), { maxlength: "3", list: "currencies" }),
    h("datalist", { id: "currencies" }, ["EUR", "USD", "GBP", "INR"].map((c) => h("option", { value: c }))),
  );
  const contacts = h(
    "fieldset",
    {},
    h("legend", {}, "Contacts, agents, emails"),
    COUNTS.map((k) => countField(LABELS[k], k, k === "contacts.active" || k === "contacts.database" ? "as engaged" : "0")),
  );
  const outcomes = h(
    "fieldset",
    {},
    h("legend", {}, "Completed outcomes a month"),
    h(
      "table",
      { class: "grid" },
      h("tr", {}, h("th", {}, "Outcome"), ACTORS.map((a) => h("th", {}, a === "agent" ? "by agent" : "by bot"))),
      OUTCOMES.map((o) =>
        h(
          "tr",
          {},
          h("td", {}, words(o)),
          ACTORS.map((a) => {
            const key = `outcomes.${a}.${o}`;
            const input = h("input", { id: `f-${key}`, "data-field": key, "aria-label": `${words(o)} by ${a}`, value: f.counts[key] ?? "", inputmode: "numeric", placeholder: "0" });
            input.addEventListener("input", () => {
              f.counts[key] = input.value;
              changed();
            });
            return h("td", {}, input, h("small", { class: "msg", "data-msg": key }));
          }),
        ),
      ),
    ),
  );
  return h("div", { class: "form" }, basics, contacts, outcomes, whatsapp(), terms(), h("p", { class: "msg general", id: "form-problems" }));
}

const regionNames = new Intl.DisplayNames(["en"], { type: "region" });

/** Codes the locale data names that are not countries: groupings, test codes, reserved places. */
const NOT_COUNTRIES = new Set(["EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "AC", "CP", "DG", "EA", "IC", "TA"]);

/**
 * The countries to choose from: every two-letter region the locale data names, less the ones that
 * are not countries and the old codes it maps to a current one (`DD` is named "Germany" too, but
 * Meta's markets and the core know Germany as `DE`). Worked out once: the form is redrawn whenever
 * a country is added or removed.
 */
const COUNTRIES: { code: string; name: string }[] = (() => {
  const out: { code: string; name: string }[] = [];
  for (let a = 65; a <= 90; a++)
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = regionNames.of(code);
      const current = Intl.getCanonicalLocales(`und-${code}`)[0] === `und-${code}`;
      if (name && name !== code && current && !NOT_COUNTRIES.has(code)) out.push({ code, name });
    }
  return out;
})();

/** Column heads that fit the form's width; the whole name is the head's tooltip. */
const SHORT: Record<string, string> = { authentication: "auth.", authentication_international: "auth. abroad", free_entry_point: "free entry" };

function whatsapp(): HTMLElement {
  const f = state.form;
  const list = h("datalist", { id: "countries" }, COUNTRIES.map((c) => h("option", { value: c.code }, `${c.code} ${c.name}`)));
  const rows = f.whatsapp.map((row, i) =>
    h(
      "tr",
      {},
      h("td", {}, h("span", { class: "country" }, `${row.country} ${regionNames.of(row.country) ?? ""}`), h("small", { class: "msg", "data-msg": `whatsapp[${i}].country` })),
      CATEGORIES.map((c) => {
        const path = `whatsapp[${i}].${c}`;
        const input = h("input", { id: `f-${path}`, "data-field": path, "aria-label": `${row.country} ${words(c)}`, value: row.counts[c] ?? "", inputmode: "numeric", placeholder: "0" });
        input.addEventListener("input", () => {
          row.counts[c] = input.value;
          changed();
        });
        return h("td", {}, input, h("small", { class: "msg", "data-msg": path }));
      }),
      h("td", {}, h("button", { type: "button", class: "link", title: "Remove this country", onclick: () => { f.whatsapp.splice(i, 1); changed(); redraw(); } }, "✕")),
    ),
  );
  const add = h("input", { id: "add-country", list: "countries", placeholder: "Add a country: type NL or Netherlands", autocomplete: "off" });
  add.addEventListener("change", () => {
    const typed = add.value.trim();
    const match = COUNTRIES.find((c) => c.code === typed.toUpperCase() || c.name.toLowerCase() === typed.toLowerCase() || `${c.code} ${c.name}`.toLowerCase() === typed.toLowerCase());
    if (!match) {
      say(`No country "${typed}": type its two-letter code or its name`, "error");
      return;
    }
    if (!f.whatsapp.some((r) => r.country === match.code)) f.whatsapp.push({ country: match.code, counts: {} });
    changed();
    redraw();
  });
  return h(
    "fieldset",
    {},
    h("legend", {}, "WhatsApp traffic a month (conversations or template messages)"),
    f.whatsapp.length ? h("table", { class: "grid whatsapp" }, h("tr", {}, h("th", {}, "Country"), CATEGORIES.map((c) => h("th", { title: words(c) }, SHORT[c] ?? words(c))), h("th", {})), rows) : null,
    add,
    list,
  );
}

/** What a term means and what it defaults to, under its field (an empty date shows today's date greyed, not the default). */
function hint(text: string): HTMLElement {
  return h("small", { class: "hint" }, text);
}

function terms(): HTMLElement {
  const f = state.form;
  const sets = state.cards
    .filter((c) => c.terms.length)
    .map((card) =>
      h(
        "div",
        { class: "terms" },
        h("h4", {}, card.name),
        card.terms.map((t) => {
          const path = `vendors.${card.vendor}.${t.name}`;
          const value = f.terms[card.vendor]?.[t.name] ?? "";
          const set = (v: string) => ((f.terms[card.vendor] ??= {})[t.name] = v);
          if (t.kind === "choice") {
            const select = h("select", { id: `f-${path}`, "data-field": path }, h("option", { value: "" }, "(default)"), t.values.map((v) => h("option", { value: v, selected: v === value }, words(v))));
            select.addEventListener("change", () => {
              set(select.value);
              changed();
            });
            return h("label", { class: "field" }, h("span", {}, words(t.name)), select, h("small", { class: "msg", "data-msg": path }), hint(t.description));
          }
          const attrs: Record<string, string> = t.kind === "date" ? { type: "date" } : { inputmode: t.kind === "count" ? "numeric" : "decimal" };
          const el = field(words(t.name), path, value, set, attrs);
          el.append(hint(t.description));
          return el;
        }),
      ),
    );
  return h("fieldset", {}, h("legend", {}, "Your contract terms"), sets);
}

/** Shows `problems` beside their fields; the rest above the form. */
function showProblems(problems: Problem[]): void {
  for (const el of document.querySelectorAll<HTMLElement>("[data-msg]")) el.textContent = "";
  for (const el of document.querySelectorAll<HTMLElement>("[data-field]")) el.removeAttribute("aria-invalid");
  const general: string[] = [];
  for (const p of problems) {
    const slot = document.querySelector<HTMLElement>(`[data-msg="${CSS.escape(p.field)}"]`);
    const input = document.querySelector<HTMLElement>(`[data-field="${CSS.escape(p.field)}"]`);
    if (slot) slot.textContent = p.message;
    else general.push(p.line ? `line ${p.line}: ${p.message}` : p.message);
    input?.setAttribute("aria-invalid", "true");
  }
  const box = document.getElementById("form-problems");
  if (box) box.textContent = general.join("\n");
}

/** Called on every change: check, price, show. Answers that arrive late are dropped. */
function changed(): void {
  startedAt = performance.now();
  setDirty(true);
  void recompute();
}

export async function recompute(): Promise<void> {
  const mine = ++sequence;
  const problems = check(state.form);
  if (problems.length) {
    showProblems(problems);
    markStale(true);
    return;
  }
  const text = toToml(state.form, termKinds());
  try {
    const compared = await api.compare(text);
    if (mine !== sequence) return;
    state.text = text;
    state.comparison = compared.comparison;
    showProblems([]);
    markStale(false);
    renderComparison();
    if (startedAt) {
      timings.push(Math.round((performance.now() - startedAt) * 10) / 10);
      startedAt = 0;
    }
  } catch (e) {
    if (mine !== sequence) return;
    const f = toFailure(e);
    if (f.kind === "invalid") {
      showProblems(f.problems);
      markStale(true);
    } else report(e);
  }
}

function markStale(stale: boolean): void {
  document.getElementById("comparison")?.classList.toggle("stale", stale);
}

function badge(text: string, kind: string): HTMLElement {
  return h("span", { class: `badge ${kind}` }, text);
}

/**
 * A quote that cannot be ranked: usage left out or at an unknown price, or no total in the display
 * currency (the core's `Quote::ranks`, which also decides `cheapest`, negated).
 */
function partial(q: Quote): boolean {
  return q.incomplete || q.total_in_display_currency === null || q.warnings.some((w) => w.kind === "not_offered");
}

/** What a partial quote leaves out, in the core's words. */
function leftOut(q: Quote): string[] {
  return q.warnings.filter((w) => w.kind === "not_offered" || w.kind === "unknown_price" || w.kind === "no_exchange_rate").map((w) => w.message);
}

/** One plan's row: rank (none for a partial quote), plan, totals, badges, and what it leaves out. */
function quoteRow(q: Quote, rank: number | null, c: Comparison): HTMLElement {
  const cheapest = c.cheapest === q.plan;
  const examples = q.warnings.filter((w) => w.kind === "unpublished_price").length;
  const leaves = q.warnings.some((w) => w.kind === "not_offered");
  const shown = state.selected ?? c.cheapest;
  return h(
    "tr",
    { class: `quote${cheapest ? " cheapest" : ""}${rank === null ? " partial" : ""}${shown === q.plan ? " selected" : ""}`, "data-plan": q.plan, tabindex: 0, onclick: () => select(q.plan), onkeydown: (e: Event) => (e as KeyboardEvent).key === "Enter" && select(q.plan) },
    h("td", { class: "rank" }, rank === null ? "–" : String(rank)),
    h("td", {}, h("button", { type: "button", class: "plan", "data-open": q.plan, title: "Open the invoice preview" }, h("strong", {}, q.plan)), h("div", { class: "muted" }, q.plan_name)),
    h("td", { class: "n total" }, q.total_in_display_currency ? money(q.total_in_display_currency, c.currency) : "not ranked"),
    h("td", { class: "n muted" }, q.currency !== c.currency ? money(q.total, q.currency) : ""),
    h(
      "td",
      {},
      cheapest ? badge("cheapest", "good") : null,
      q.incomplete ? badge("incomplete: a price is unknown", "bad") : null,
      leaves ? badge("leaves usage out", "bad") : null,
      examples ? badge(`${examples} example/unverified price${examples > 1 ? "s" : ""}`, "warn") : null,
      q.total_in_display_currency === null ? badge("no exchange rate", "bad") : null,
      rank === null ? leftOut(q).map((m) => h("div", { class: "reason" }, m)) : null,
    ),
  );
}

/**
 * The ranking: the plans that price all of the usage, cheapest first, numbered; below them, apart
 * and unnumbered, those whose totals leave something out (a lower total there is not a cheaper
 * plan), each saying what. The core's order (by total) is kept within each group.
 */
function renderComparison(): void {
  const c = state.comparison;
  const root = document.getElementById("comparison");
  if (!c || !root) return;
  const whole = c.quotes.filter((q) => !partial(q));
  const parts = c.quotes.filter(partial);
  const head = h("tr", {}, h("th", {}, "#"), h("th", {}, "Plan"), h("th", { class: "n" }, `Total (${c.currency})`), h("th", { class: "n" }, "Billed"), h("th", {}, ""));
  fill(
    root,
    h("h2", {}, `${c.scenario} · ${c.month} · ranked in ${c.currency}`),
    h(
      "table",
      { class: "ranking" },
      head,
      whole.map((q, i) => quoteRow(q, i + 1, c)),
      parts.length ? h("tr", { class: "group" }, h("th", { colspan: 5 }, "Not ranked: these totals do not cover all of the usage (each says why)")) : null,
      parts.map((q) => quoteRow(q, null, c)),
    ),
    c.cheapest ? null : h("p", { class: "warn" }, "No plan is marked cheapest: every quote leaves out usage it cannot price."),
    (c.notes ?? []).map((n) => h("p", { class: "warn" }, n)),
    h("div", { id: "invoice" }),
  );
  const chosen = c.quotes.find((q) => q.plan === (state.selected ?? c.cheapest));
  if (chosen) invoice(chosen);
}

function select(plan: string): void {
  state.selected = plan;
  renderComparison();
  document.getElementById("invoice")?.scrollIntoView({ block: "nearest" });
}

function source(q: Quote, i: number): HTMLElement {
  const s = q.lines[i].source;
  return h("td", { class: `source ${s.status}` }, h("span", { class: "status" }, s.status), s.url ? h("div", { class: "url" }, s.url) : null, s.note ? h("div", { class: "muted" }, s.note) : null);
}

/** A plan's invoice preview: lines, quantities, unit prices, and where each price comes from. */
function invoice(q: Quote): void {
  const root = document.getElementById("invoice");
  if (!root) return;
  fill(
    root,
    h("h3", {}, `Invoice preview: ${q.plan} (${q.plan_name}, rate card of ${q.version})`),
    q.period ? h("p", { class: "muted" }, `Billing period ${q.period.from} to ${q.period.to}`) : null,
    h(
      "table",
      { class: "lines" },
      h("tr", {}, h("th", {}, "Line"), h("th", { class: "n" }, "Quantity"), h("th", { class: "n" }, "Unit price"), h("th", { class: "n" }, "Amount"), h("th", {}, "Price from")),
      q.lines.map((l, i) => h("tr", {}, h("td", {}, l.description), h("td", { class: "n" }, count(l.quantity)), h("td", { class: "n" }, money(l.unit_price, q.currency)), h("td", { class: "n" }, money(l.amount, q.currency)), source(q, i))),
      h("tr", { class: "sum" }, h("td", {}, "Total"), h("td", {}), h("td", {}), h("td", { class: "n" }, money(q.total, q.currency)), h("td", {})),
    ),
    q.exchange && q.total_in_display_currency ? h("p", { class: "muted" }, `${money(q.total_in_display_currency, q.exchange.to)} at 1 ${q.exchange.from} = ${q.exchange.rate} ${q.exchange.to} (${q.exchange.source.status} rate of ${q.exchange.date})`) : null,
    (q.meters ?? []).map((m) => h("p", { class: "muted" }, `${m.unit}: ${count(m.used)} used, ${count(m.included)} included, ${count(m.over)} over`)),
    q.wallet ? h("p", { class: "muted" }, `Wallet: ${money(q.wallet.opening, q.currency)} at the start, ${money(q.wallet.deducted, q.currency)} deducted, ${q.wallet.top_ups.reduce((n, t) => n + t.count, 0)} top-up(s), ${money(q.wallet.closing, q.currency)} at the end; card charged ${money(q.wallet.card_charged, q.currency)}`) : null,
    h("ul", { class: "warnings" }, q.warnings.map((w) => h("li", { class: w.kind }, w.message))),
  );
}

function redraw(): void {
  const root = document.getElementById("screen");
  if (root) {
    fill(root);
    scenarioScreen(root);
  }
}

export function scenarioScreen(root: HTMLElement): void {
  fill(root, h("div", { class: "split" }, form(), h("section", { id: "comparison", "aria-live": "polite" })));
  renderComparison();
  void recompute();
}
