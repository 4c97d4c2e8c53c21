// The scenario form beside every plan compared, recomputed as the user types; a plan opens its
// invoice preview.
import { api, toFailure } from "../api";
import { count, fill, h, money } from "../dom";
import { ACTORS, CATEGORIES, COUNTS, OUTCOMES, check, toToml } from "../form";
import { report, say, setDirty } from "../main";
import { keepCompared, state, termKinds, timings } from "../state";
import type { Comparison, Line, Payee, Problem, Quote } from "../types";

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
  return h("div", { class: "form" }, basics, contacts, outcomes, whatsapp(), inHouse(), terms(), h("p", { class: "msg general", id: "form-problems" }));
}

/** The `[in_house]` costs: what the work costs the user where a plan does not sell it. */
const IN_HOUSE: [string, string][] = [
  ["outcomes.agent.*", "An outcome by your staff"],
  ["outcomes.bot.*", "An outcome by your bot"],
  ["email.sent", "An email"],
  ["agents.livechat", "A live-chat seat"],
];

function costField(label: string, key: string, attrs: Record<string, string> = {}): HTMLElement {
  const f = state.form;
  return field(label, `in_house.${key}`, f.inHouse[key] ?? "", (v) => (f.inHouse[key] = v), { inputmode: "decimal", placeholder: `${f.currency || "EUR"} 0.00`, ...attrs });
}

function inHouse(): HTMLElement {
  const f = state.form;
  const perOutcome = Object.keys(f.inHouse).some((k) => k.startsWith("outcomes.") && !k.endsWith(".*") && f.inHouse[k].trim() !== "");
  const grid = h(
    "table",
    { class: "grid" },
    h("tr", {}, h("th", {}, "Outcome"), ACTORS.map((a) => h("th", {}, a === "agent" ? "by your staff" : "by your bot"))),
    OUTCOMES.map((o) =>
      h(
        "tr",
        {},
        h("td", {}, words(o)),
        ACTORS.map((a) => {
          const key = `outcomes.${a}.${o}`;
          const path = `in_house.${key}`;
          const input = h("input", { id: `f-${path}`, "data-field": path, "aria-label": `in-house cost of ${words(o)} by ${a}`, value: f.inHouse[key] ?? "", inputmode: "decimal", placeholder: "as above" });
          input.addEventListener("input", () => {
            f.inHouse[key] = input.value;
            changed();
          });
          return h("td", {}, input, h("small", { class: "msg", "data-msg": path }));
        }),
      ),
    ),
  );
  return h(
    "fieldset",
    { id: "in-house" },
    h("legend", {}, `Your own costs, in ${f.currency || "EUR"} (where a plan does not sell the work)`),
    h("p", { class: "hint" }, "Your own estimates: a plan that does not sell the work (outcomes, emails, seats) is priced with them, flagged as your estimate. A cost per outcome, below, comes before its actor's."),
    IN_HOUSE.map(([key, label]) => costField(label, key)),
    h("details", { id: "in-house-outcomes", open: perOutcome }, h("summary", {}, "A cost per outcome"), grid),
  );
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
    state.valid = false;
    showProblems(problems);
    markStale(true);
    return;
  }
  const form = toToml(state.form, termKinds());
  try {
    const compared = await api.compare(state.base, form);
    if (mine !== sequence) return;
    keepCompared(compared);
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
    state.valid = false;
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

/** Takes the user to an in-house cost's field (opening the per-outcome costs when it is one). */
function goTo(key: string): void {
  const input = document.getElementById(`f-in_house.${key}`);
  if (!input) return;
  if (key.startsWith("outcomes.") && !key.endsWith(".*")) (document.getElementById("in-house-outcomes") as HTMLDetailsElement | null)?.setAttribute("open", "");
  input.scrollIntoView({ block: "center" });
  input.focus();
}

/** What an unranked plan needs to rank, beside it: the core's reasons, and a way to each field. */
function needs(q: Quote): HTMLElement[] {
  const out: HTMLElement[] = (state.reasons[q.plan] ?? []).map((m) => h("div", { class: "reason" }, m));
  for (const need of state.needs[q.plan] ?? []) {
    const label = IN_HOUSE.find(([k]) => k === need.key)?.[1].toLowerCase() ?? need.key;
    out.push(
      h(
        "div",
        { class: "need" },
        `Enter what ${label} costs you in-house (${need.work.join(", ")}) to rank ${q.plan}. `,
        h("button", { type: "button", class: "go", "data-need": need.key, onclick: (e: Event) => { e.stopPropagation(); goTo(need.key); } }, "Enter it"),
      ),
    );
  }
  return out;
}

/** What a cost holds beyond the vendor's invoice: `+ €57.50 in-house, €12.30 to Meta`. */
function others(q: Quote, currency: string): string {
  const c = q.cost;
  if (!c) return "";
  const zero = (m: string) => /^0(\.0*)?$/.test(m);
  const parts = [
    zero(c.by_payee.in_house) ? "" : `${money(c.by_payee.in_house, currency)} in-house`,
    zero(c.by_payee.meta) ? "" : `${money(c.by_payee.meta, currency)} to Meta`,
  ].filter(Boolean);
  return parts.length ? `+ ${parts.join(", ")}` : "";
}

/** One plan's row: its rank (none when its cost is not known), plan, cost, the vendor's bill, badges. */
function quoteRow(q: Quote, c: Comparison): HTMLElement {
  const cheapest = c.cheapest === q.plan;
  const examples = q.warnings.filter((w) => w.kind === "unpublished_price").length;
  const estimates = q.warnings.filter((w) => w.kind === "own_estimate").length;
  const shown = state.selected ?? c.cheapest;
  return h(
    "tr",
    { class: `quote${cheapest ? " cheapest" : ""}${q.rank === null ? " partial" : ""}${shown === q.plan ? " selected" : ""}`, "data-plan": q.plan, tabindex: 0, onclick: () => select(q.plan), onkeydown: (e: Event) => (e as KeyboardEvent).key === "Enter" && select(q.plan) },
    h("td", { class: "rank" }, q.rank === null ? "–" : String(q.rank)),
    h("td", {}, h("button", { type: "button", class: "plan", "data-open": q.plan, title: "Open the invoice preview" }, h("strong", {}, q.plan)), h("div", { class: "muted" }, q.plan_name)),
    h("td", { class: "n total" }, q.cost ? money(q.cost.total, c.currency) : "not ranked", q.cost ? h("div", { class: "muted" }, others(q, c.currency)) : null),
    h("td", { class: "n muted" }, money(q.total, q.currency)),
    h(
      "td",
      {},
      cheapest ? badge("cheapest", "good") : null,
      q.incomplete ? badge("a price is unknown", "bad") : null,
      q.uncovered.length && !q.incomplete ? badge("needs your in-house costs", "bad") : null,
      examples ? badge(`${examples} example/unverified price${examples > 1 ? "s" : ""}`, "warn") : null,
      estimates ? badge(`${estimates} own estimate${estimates > 1 ? "s" : ""}`, "warn") : null,
      q.rank === null ? needs(q) : null,
    ),
  );
}

/**
 * The ranking, in the core's order: the plans ranked by what the whole scenario costs on each
 * (the vendor's bill, Meta's fees paid directly, in-house work), numbered; below them, apart and
 * unnumbered, those whose cost is not known, each saying why and what would rank it.
 */
function renderComparison(): void {
  const c = state.comparison;
  const root = document.getElementById("comparison");
  if (!c || !root) return;
  const ranked = c.quotes.filter((q) => q.rank !== null);
  const apart = c.quotes.filter((q) => q.rank === null);
  const head = h("tr", {}, h("th", {}, "#"), h("th", {}, "Plan"), h("th", { class: "n" }, `Cost (${c.currency})`), h("th", { class: "n" }, "Billed"), h("th", {}, ""));
  fill(
    root,
    h("h2", {}, `${c.scenario} · ${c.month} · ranked in ${c.currency} by what each plan costs you`),
    h(
      "table",
      { class: "ranking" },
      head,
      ranked.map((q) => quoteRow(q, c)),
      apart.length ? h("tr", { class: "group" }, h("th", { colspan: 5 }, "Not ranked: what these plans cost is not known (each says why)")) : null,
      apart.map((q) => quoteRow(q, c)),
    ),
    c.cheapest ? null : h("p", { class: "warn" }, "No plan is marked cheapest: what each plan costs is not known (see each plan)."),
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

function source(l: Line): HTMLElement {
  const s = l.source;
  return h("td", { class: `source ${s.status}` }, h("span", { class: "status" }, s.status === "estimate" ? "your estimate" : s.status), s.url ? h("div", { class: "url" }, s.url) : null, s.note ? h("div", { class: "muted" }, s.note) : null);
}

/** A quote's lines by payee, each under its heading: the vendor's invoice, Meta's fees, in-house work. */
const PAYEES: [Payee, string, string][] = [
  ["vendor", "", "Total"],
  ["meta", "Paid to Meta directly", "Total to Meta"],
  ["in_house", "In-house, at your own costs", "Total in-house"],
];

/** A plan's invoice preview: its lines by payee, quantities, unit prices, and where each price comes from. */
function invoice(q: Quote): void {
  const root = document.getElementById("invoice");
  if (!root) return;
  const totals = state.totals[q.plan] ?? [];
  const sections = PAYEES.map(([payee, heading, label]) => {
    const total = totals.find((t) => t.payee === payee);
    if (!total) return null;
    const lines = q.lines.filter((l) => l.payee === payee);
    return [
      heading ? h("h4", {}, heading) : null,
      h(
        "table",
        { class: "lines", "data-payee": payee },
        h("tr", {}, h("th", {}, "Line"), h("th", { class: "n" }, "Quantity"), h("th", { class: "n" }, "Unit price"), h("th", { class: "n" }, "Amount"), h("th", {}, "Price from")),
        lines.map((l) => h("tr", {}, h("td", {}, l.description), h("td", { class: "n" }, count(l.quantity)), h("td", { class: "n" }, money(l.unit_price, l.currency)), h("td", { class: "n" }, money(l.amount, l.currency)), source(l))),
        h("tr", { class: "sum" }, h("td", {}, label), h("td", {}), h("td", {}), h("td", { class: "n" }, money(total.total, total.currency)), h("td", {})),
      ),
    ];
  });
  fill(
    root,
    h("h3", {}, `Invoice preview: ${q.plan} (${q.plan_name}, rate card of ${q.version})`),
    q.period ? h("p", { class: "muted" }, `Billing period ${q.period.from} to ${q.period.to}`) : null,
    sections.flat(),
    q.cost ? h("p", { class: "cost" }, `Cost of the scenario on this plan: ${money(q.cost.total, q.cost.currency)}`) : null,
    q.exchange && q.total_in_display_currency ? h("p", { class: "muted" }, `Billed ${money(q.total, q.currency)} is ${money(q.total_in_display_currency, q.exchange.to)} at 1 ${q.exchange.from} = ${q.exchange.rate} ${q.exchange.to} (${q.exchange.source.status} rate of ${q.exchange.date})`) : null,
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
