// The scenario form beside every plan compared, recomputed as the user types; a plan opens its
// invoice preview.
import { api, toFailure } from "../api";
import { count, digitsOf, fill, h, isoOf, money, shownCount, shownDate } from "../dom";
import { ACTORS, CATEGORIES, COUNTS, OUTCOMES, check, countKeys, expectedOf, toToml } from "../form";
import { t } from "../i18n";
import { categoryHead, categoryName, countName, countries, countryName, outcomeBy, outcomeName, sourceName, usageName, words } from "../labels";
import { edited } from "../history";
import { report, say, setDirty } from "../session";
import { keepCompared, outlookTimings, state, termKinds, timings, withOutlookOf } from "../state";
import type { Comparison, Headroom, Line, Payee, Problem, Quote } from "../types";

let sequence = 0;
let startedAt = 0;

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
  return field(label, key, shownCount(state.form.counts[key] ?? ""), (v) => (state.form.counts[key] = digitsOf(v)), { inputmode: "numeric", placeholder });
}

/** The form's sections. */
function form(): HTMLElement {
  const f = state.form;
  const basics = h(
    "fieldset",
    {},
    h("legend", {}, t("app-legend-scenario")),
    field(t("app-field-name"), "name", f.name, (v) => (f.name = v)),
    field(t("app-field-month"), "month", f.month, (v) => (f.month = v), { type: "month" }),
    field(t("app-field-currency"), "currency", f.currency, (v) => (f.currency = v.toUpperCase()), { maxlength: "3", list: "currencies" }),
    h("datalist", { id: "currencies" }, ["EUR", "USD", "GBP", "INR"].map((c) => h("option", { value: c }))),
  );
  const contacts = h(
    "fieldset",
    {},
    h("legend", {}, t("app-legend-counts")),
    COUNTS.map((k) => countField(countName(k), k, k === "contacts.active" || k === "contacts.database" ? t("app-placeholder-as-engaged") : "0")),
  );
  const outcomes = h(
    "fieldset",
    {},
    h("legend", {}, t("app-legend-outcomes")),
    h(
      "table",
      { class: "grid" },
      h("tr", {}, h("th", {}, t("app-head-outcome")), ACTORS.map((a) => h("th", {}, t(a === "agent" ? "app-head-by-agent" : "app-head-by-bot")))),
      OUTCOMES.map((o) =>
        h(
          "tr",
          {},
          h("td", {}, outcomeName(o)),
          ACTORS.map((a) => {
            const key = `outcomes.${a}.${o}`;
            const input = h("input", { id: `f-${key}`, "data-field": key, "aria-label": outcomeBy(o, a), value: shownCount(f.counts[key] ?? ""), inputmode: "numeric", placeholder: "0" });
            input.addEventListener("input", () => {
              f.counts[key] = digitsOf(input.value);
              changed();
            });
            return h("td", {}, input, h("small", { class: "msg", "data-msg": key }));
          }),
        ),
      ),
    ),
  );
  return h("div", { class: "form" }, basics, contacts, outcomes, whatsapp(), ranges(), inHouse(), terms(), h("p", { class: "msg general", id: "form-problems" }));
}

/** Makes `key` a range (its low and high empty until typed), its field kept, and focuses its low. */
function addRange(key: string): void {
  const f = state.form;
  f.ranges[key] = { low: "", high: "", scale_with: "" };
  const wa = key.match(/^whatsapp\.([A-Z]{2})\.(.+)$/);
  if (wa) {
    const row = f.whatsapp.find((r) => r.country === wa[1]);
    if (row) row.counts[wa[2]] ??= "";
  } else f.counts[key] ??= "";
  changed();
  redraw();
  document.getElementById(`f-range.${key}.low`)?.focus();
}

/**
 * The counts the user is unsure of, each with its fewest and most beside the expected count typed
 * in its own field, and optionally the count it moves with; any count can be added. The ranking
 * then shows each plan's spread and its chance of being the cheapest (docs/UNCERTAINTY.md).
 */
function ranges(): HTMLElement {
  const f = state.form;
  const keys = Object.keys(f.ranges);
  const bounds = (key: string, side: "low" | "high") => {
    const path = `range.${key}.${side}`;
    const input = h("input", { id: `f-${path}`, "data-field": path, "aria-label": t(side === "low" ? "app-range-low-of" : "app-range-high-of", { count: usageName(key) }), value: shownCount(f.ranges[key][side]), inputmode: "numeric", placeholder: shownCount(expectedOf(f, key) ?? "") || "0" });
    input.addEventListener("input", () => {
      f.ranges[key][side] = digitsOf(input.value);
      changed();
    });
    return h("td", {}, input, h("small", { class: "msg", "data-msg": path }));
  };
  const tie = (key: string) => {
    const others = keys.filter((k) => k !== key && !f.ranges[k].scale_with);
    const select = h("select", { id: `f-range.${key}.scale_with`, "aria-label": t("app-range-with-of", { count: usageName(key) }) }, h("option", { value: "" }, t("app-range-alone")), others.map((k) => h("option", { value: k, selected: f.ranges[key].scale_with === k }, t("app-range-with", { count: usageName(k) }))));
    select.addEventListener("change", () => {
      f.ranges[key].scale_with = select.value;
      changed();
      redraw();
    });
    return select;
  };
  const rows = keys.map((key) =>
    h(
      "tr",
      { "data-range": key },
      h("td", {}, usageName(key), tie(key)),
      bounds(key, "low"),
      h("td", { class: "n", "data-expected": key }, shownCount(expectedOf(f, key)?.trim() || "0")),
      bounds(key, "high"),
      h("td", {}, h("button", { type: "button", class: "link", title: t("app-range-remove"), "aria-label": t("app-range-remove"), onclick: () => { delete f.ranges[key]; for (const k of keys) if (f.ranges[k]?.scale_with === key) f.ranges[k].scale_with = ""; changed(); redraw(); } }, "✕")),
    ),
  );
  const add = h("select", { id: "add-range" }, h("option", { value: "" }, t("app-range-add")), countKeys(f).filter((k) => !f.ranges[k]).map((k) => h("option", { value: k }, usageName(k))));
  add.addEventListener("change", () => add.value && addRange(add.value));
  return h(
    "fieldset",
    { id: "ranges" },
    h("legend", {}, t("app-legend-ranges")),
    h("p", { class: "hint" }, t("app-ranges-hint")),
    keys.length
      ? h("table", { class: "grid ranges" }, h("tr", {}, h("th", {}, t("app-head-count")), h("th", {}, t("app-head-low")), h("th", { class: "n" }, t("app-head-expected")), h("th", {}, t("app-head-high")), h("th", {})), rows)
      : null,
    add,
  );
}

/** Keeps each range's expected figure in step with the count's own field as it is typed. */
function showExpected(): void {
  for (const cell of document.querySelectorAll<HTMLElement>("[data-expected]")) cell.textContent = shownCount(expectedOf(state.form, cell.dataset.expected!)?.trim() || "0");
}

/**
 * The `[in_house]` costs: what the work costs the user where a plan does not sell it. Each with
 * its label and the sentence that asks for it beside a plan that needs it (a sentence of its own
 * per cost, as each language words it).
 */
const IN_HOUSE: { key: string; label: string; need: string }[] = [
  { key: "outcomes.agent.*", label: "app-in-house-agent", need: "app-need-agent" },
  { key: "outcomes.bot.*", label: "app-in-house-bot", need: "app-need-bot" },
  { key: "email.sent", label: "app-in-house-email", need: "app-need-email" },
  { key: "agents.livechat", label: "app-in-house-seat", need: "app-need-seat" },
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
    h("tr", {}, h("th", {}, t("app-head-outcome")), ACTORS.map((a) => h("th", {}, t(a === "agent" ? "app-head-by-your-staff" : "app-head-by-your-bot")))),
    OUTCOMES.map((o) =>
      h(
        "tr",
        {},
        h("td", {}, outcomeName(o)),
        ACTORS.map((a) => {
          const key = `outcomes.${a}.${o}`;
          const path = `in_house.${key}`;
          const input = h("input", { id: `f-${path}`, "data-field": path, "aria-label": t("app-in-house-of", { what: outcomeBy(o, a) }), value: f.inHouse[key] ?? "", inputmode: "decimal", placeholder: t("app-placeholder-as-above") });
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
    h("legend", {}, t("app-legend-in-house", { currency: f.currency || "EUR" })),
    h("p", { class: "hint" }, t("app-in-house-hint")),
    IN_HOUSE.map(({ key, label }) => costField(t(label), key)),
    h("details", { id: "in-house-outcomes", open: perOutcome }, h("summary", {}, t("app-in-house-per-outcome")), grid),
  );
}

function whatsapp(): HTMLElement {
  const f = state.form;
  const choices = countries();
  const list = h("datalist", { id: "countries" }, choices.map((c) => h("option", { value: c.code }, `${c.code} ${c.name}`)));
  // Each country on a line of its own above its counts: the counts get the table's whole width,
  // so six of them and the ✕ fit the narrowest form (1024×700) whatever the country's name.
  const rows = f.whatsapp.map((row, i) => [
    h(
      "tr",
      { class: "country" },
      h(
        "th",
        { colspan: CATEGORIES.length },
        h("span", { class: "country" }, `${row.country} ${countryName(row.country)}`),
        h("button", { type: "button", class: "link", title: t("app-remove-country"), "aria-label": t("app-remove-country"), onclick: () => { for (const k of Object.keys(f.ranges)) if (k.startsWith(`whatsapp.${row.country}.`)) delete f.ranges[k]; f.whatsapp.splice(i, 1); changed(); redraw(); } }, "✕"),
        h("small", { class: "msg", "data-msg": `whatsapp[${i}].country` }),
      ),
    ),
    h(
      "tr",
      {},
      CATEGORIES.map((c) => {
        const path = `whatsapp[${i}].${c}`;
        const input = h("input", { id: `f-${path}`, "data-field": path, "aria-label": `${row.country} ${categoryName(c)}`, value: shownCount(row.counts[c] ?? ""), inputmode: "numeric", placeholder: "0" });
        input.addEventListener("input", () => {
          row.counts[c] = digitsOf(input.value);
          changed();
        });
        return h("td", {}, input, h("small", { class: "msg", "data-msg": path }));
      }),
    ),
  ]);
  const add = h("input", { id: "add-country", list: "countries", placeholder: t("app-add-country", { code: "NL", name: countryName("NL") }), autocomplete: "off" });
  add.addEventListener("change", () => {
    const typed = add.value.trim();
    const match = choices.find((c) => c.code === typed.toUpperCase() || c.name.toLowerCase() === typed.toLowerCase() || `${c.code} ${c.name}`.toLowerCase() === typed.toLowerCase());
    if (!match) {
      say({ id: "app-no-country", args: { typed } }, "error");
      return;
    }
    if (!f.whatsapp.some((r) => r.country === match.code)) f.whatsapp.push({ country: match.code, counts: {} });
    changed();
    redraw();
    // On to the country's first count, where the user types next.
    const row = f.whatsapp.findIndex((r) => r.country === match.code);
    document.getElementById(`f-whatsapp[${row}].${CATEGORIES[0]}`)?.focus();
  });
  return h(
    "fieldset",
    {},
    h("legend", {}, t("app-legend-whatsapp")),
    f.whatsapp.length ? h("table", { class: "grid whatsapp" }, h("tr", {}, CATEGORIES.map((c) => h("th", { title: categoryName(c) }, categoryHead(c)))), rows.flat()) : null,
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
        card.terms.map((term) => {
          const path = `vendors.${card.vendor}.${term.name}`;
          const value = f.terms[card.vendor]?.[term.name] ?? "";
          const set = (v: string) => ((f.terms[card.vendor] ??= {})[term.name] = v);
          if (term.kind === "choice") {
            const select = h("select", { id: `f-${path}`, "data-field": path }, h("option", { value: "" }, t("app-default")), term.values.map((v) => h("option", { value: v, selected: v === value }, words(v))));
            select.addEventListener("change", () => {
              set(select.value);
              changed();
            });
            return h("label", { class: "field" }, h("span", {}, words(term.name)), select, h("small", { class: "msg", "data-msg": path }), hint(term.description));
          }
          // A day is typed as the page's language writes dates and held as the file writes it;
          // empty, the field is empty (the card's default, said in its hint, applies).
          const el =
            term.kind === "date"
              ? field(words(term.name), path, shownDate(value), (v) => set(isoOf(v)), { placeholder: t("app-date-example", { example: shownDate("2026-12-31") }) })
              : field(words(term.name), path, value, set, { inputmode: term.kind === "count" ? "numeric" : "decimal" });
          el.append(hint(term.description));
          return el;
        }),
      ),
    );
  return h("fieldset", {}, h("legend", {}, t("app-legend-terms")), sets);
}

/** Shows `problems` beside their fields; the rest above the form. */
function showProblems(problems: Problem[]): void {
  for (const el of document.querySelectorAll<HTMLElement>("[data-msg]")) el.textContent = "";
  for (const el of document.querySelectorAll<HTMLElement>("[data-field]")) el.removeAttribute("aria-invalid");
  for (const el of document.querySelectorAll(".grid tr.msg-row")) el.remove();
  const general: string[] = [];
  for (const p of problems) {
    const slot = document.querySelector<HTMLElement>(`[data-msg="${CSS.escape(p.field)}"]`);
    const input = document.querySelector<HTMLElement>(`[data-field="${CSS.escape(p.field)}"]`);
    const row = slot?.closest(".grid tr");
    if (row && input) underRow(row, `${input.getAttribute("aria-label") ?? ""}: ${p.message}`);
    else if (slot) slot.textContent = p.message;
    else general.push(p.line ? t("app-problem-line", { line: String(p.line), message: p.message }) : p.message);
    input?.setAttribute("aria-invalid", "true");
  }
  const box = document.getElementById("form-problems");
  if (box) box.textContent = general.join("\n");
}

/**
 * A problem of a table's cell, on a line of its own under the cell's row and across the table:
 * written in the cell, it would widen the cell's column and move every column of the table.
 */
function underRow(row: Element, message: string): void {
  let at = row;
  while (at.nextElementSibling?.classList.contains("msg-row")) at = at.nextElementSibling;
  at.after(h("tr", { class: "msg-row" }, h("td", { colspan: row.children.length, class: "msg" }, message)));
}

/** Called on every change: check, price, show. Answers that arrive late are dropped. */
function changed(): void {
  startedAt = performance.now();
  edited();
  setDirty(true);
  showExpected();
  void recompute();
}

/** The newest recompute: what [`settled`] waits for. */
let latest: Promise<void> = Promise.resolve();

/**
 * Resolves once the form's latest change is checked and priced, so Save and the exports, clicked
 * right after a keystroke, judge what was typed, not the answer still on its way.
 */
export function settled(): Promise<void> {
  return latest;
}
// The end-to-end run waits on it too, before it reads or clicks what a keystroke changes.
(window as unknown as { __pricesim: { settled?: () => Promise<void> } }).__pricesim.settled = settled;

/** Checks and prices the form as it is now, and shows the answer. */
export function recompute(): Promise<void> {
  latest = priced();
  return latest;
}

async function priced(): Promise<void> {
  const mine = ++sequence;
  const problems = check(state.form);
  if (problems.length) {
    state.valid = false;
    showProblems(problems);
    markStale(true);
    return;
  }
  const form = toToml(state.form, termKinds());
  const began = startedAt;
  try {
    // The ranking first; the previous outlook stays, faded, until this one's arrives.
    const previous = state.comparison;
    const compared = await api.compare(state.base, form, false, mine);
    if (mine !== sequence) return;
    keepCompared(compared);
    state.comparison = withOutlookOf(compared.comparison, previous);
    state.outlookStale = true;
    showProblems([]);
    markStale(false);
    renderComparison();
    if (began) {
      timings.push(Math.round((performance.now() - began) * 10) / 10);
      startedAt = 0;
    }
    const full = await api.compare(state.base, form, true, mine);
    if (mine !== sequence) return;
    keepCompared(full);
    state.outlookStale = false;
    renderComparison();
    if (began) outlookTimings.push(Math.round((performance.now() - began) * 10) / 10);
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
    const args = { key: need.key, work: need.work.join(", "), plan: q.plan };
    out.push(
      h(
        "div",
        { class: "need" },
        `${t(IN_HOUSE.find((c) => c.key === need.key)?.need ?? "app-need-other", args)} `,
        h("button", { type: "button", class: "go", "data-need": need.key, onclick: (e: Event) => { e.stopPropagation(); goTo(need.key); } }, t("app-need-go")),
      ),
    );
  }
  return out;
}

/** What a cost holds beyond the vendor's invoice: `+ €57.50 in-house, €12.30 to Meta`. */
/**
 * Under a ranked plan's row, the core's figures a rep quotes with: how much more than the
 * cheapest, a year's cost (twelve months priced as billed, from the outlook), and the cost per
 * engaged contact and per outcome; on one line across the row, so the columns stay narrow.
 */
function beside(q: Quote, c: Comparison): HTMLElement | null {
  if (!q.cost) return null;
  const above = state.aboveCheapest[q.plan];
  const year = state.year.get(q.plan)?.cost;
  const u = q.unit_costs;
  const part = (cls: string, text: string | false | null | undefined) => (text ? h("span", { class: cls }, text) : null);
  const parts = [
    part("above", above && t("app-above-cheapest", { amount: money(above, c.currency) })),
    part("year", year && t("app-year-cost", { amount: money(year, c.currency) })),
    part("unit", u?.per_engaged_contact && t("app-per-contact", { amount: money(u.per_engaged_contact, c.currency) })),
    part("unit", u?.per_outcome && t("app-per-outcome", { amount: money(u.per_outcome, c.currency) })),
  ].filter((p): p is HTMLSpanElement => p !== null);
  if (!parts.length) return null;
  const cheapest = c.cheapest === q.plan ? " cheapest" : "";
  const selected = (state.selected ?? c.cheapest) === q.plan ? " selected" : "";
  return h("tr", { class: `beside${cheapest}${selected}`, "data-beside": q.plan, onclick: () => select(q.plan) }, h("td", {}), h("td", { colspan: 4, class: "muted" }, parts));
}

function others(q: Quote, currency: string): string {
  const c = q.cost;
  if (!c) return "";
  const zero = (m: string) => /^0(\.0*)?$/.test(m);
  const parts = [
    zero(c.by_payee.in_house) ? "" : t("app-cost-in-house", { amount: money(c.by_payee.in_house, currency) }),
    zero(c.by_payee.meta) ? "" : t("app-cost-meta", { amount: money(c.by_payee.meta, currency) }),
  ].filter(Boolean);
  return parts.length ? `+ ${parts.join(", ")}` : "";
}

/** The lowest P10 and the highest P90 of the ranked plans: the one scale their bars are drawn on. */
function spreadScale(c: Comparison): [number, number] | null {
  const spreads = c.quotes.flatMap((q) => (q.spread ? [q.spread] : []));
  if (!spreads.length) return null;
  return [Math.min(...spreads.map((s) => Number(s.p10))), Math.max(...spreads.map((s) => Number(s.p90)))];
}

/**
 * A ranked plan's cost over the ranges: the median, a bar from P10 to P90 on the scale all plans
 * share (positions only, as a chart's pixels: the figures are the core's), and its chance of being
 * the cheapest.
 */
function spreadOf(q: Quote, c: Comparison, [lo, hi]: [number, number]): (HTMLElement | null)[] {
  const s = q.spread;
  if (!s) return [];
  const at = (v: string) => (hi > lo ? ((Number(v) - lo) / (hi - lo)) * 100 : 50);
  const band = h("span", { class: "band" });
  band.style.left = `${at(s.p10)}%`;
  band.style.width = `${Math.max(at(s.p90) - at(s.p10), 0.5)}%`;
  const mid = h("span", { class: "mid" });
  mid.style.left = `${at(s.p50)}%`;
  const words = { p10: money(s.p10, c.currency), p50: money(s.p50, c.currency), p90: money(s.p90, c.currency) };
  // The chance has 4 decimals: in tenths of a percent, rounded half up, as the CLI's table shows it.
  const tenths = q.chance_cheapest === undefined ? null : Math.floor((Math.round(Number(q.chance_cheapest) * 10_000) + 5) / 10);
  const percent = tenths === null ? null : count((tenths / 10).toFixed(1));
  return [
    h("div", { class: "spread", title: t("app-spread-title", words) }, band, mid),
    h("div", { class: "muted" }, t("app-spread", words)),
    percent === null ? null : h("div", { class: tenths === 0 ? "chance none" : "chance" }, t("app-chance", { percent })),
  ];
}

/** "Between €X and €Y depending on: …", when the unverified rules a plan rests on move its cost. */
function assumptionsOf(q: Quote, currency: string): HTMLElement | null {
  const a = q.assumptions;
  if (!a || a.best.cost === a.worst.cost) return null;
  return h("div", { class: "assumptions muted" }, t("app-assumptions", { low: money(a.best.cost, currency), high: money(a.worst.cost, currency), questions: a.switches.map((s) => s.question).join("; ") }));
}

/** One plan's row: its rank (none when its cost is not known), plan, cost, the vendor's bill, badges. */
function quoteRow(q: Quote, c: Comparison, scale: [number, number] | null): HTMLElement {
  const cheapest = c.cheapest === q.plan;
  const examples = q.warnings.filter((w) => w.kind === "unpublished_price").length;
  const estimates = q.warnings.filter((w) => w.kind === "own_estimate").length;
  const figures = q.warnings.filter((w) => w.kind === "own_figure").length;
  const shown = state.selected ?? c.cheapest;
  return h(
    "tr",
    { class: `quote${cheapest ? " cheapest" : ""}${q.rank === null ? " partial" : ""}${shown === q.plan ? " selected" : ""}`, "data-plan": q.plan, tabindex: 0, onclick: () => select(q.plan), onkeydown: (e: Event) => (e as KeyboardEvent).key === "Enter" && select(q.plan) },
    h("td", { class: "rank" }, q.rank === null ? "–" : String(q.rank)),
    h("td", {}, h("button", { type: "button", class: "plan", "data-open": q.plan, title: t("app-open-preview") }, h("strong", {}, q.plan)), h("div", { class: "muted" }, q.plan_name)),
    h(
      "td",
      { class: "n total" },
      q.cost ? money(q.cost.total, c.currency) : t("app-not-ranked"),
      q.cost ? h("div", { class: "muted" }, others(q, c.currency)) : null,
      scale ? spreadOf(q, c, scale) : null,
      assumptionsOf(q, c.currency),
    ),
    h("td", { class: "n muted" }, money(q.total, q.currency)),
    h(
      "td",
      {},
      cheapest ? badge(t("app-badge-cheapest"), "good") : null,
      q.incomplete ? badge(t("app-badge-unknown-price"), "bad") : null,
      q.uncovered.length && !q.incomplete ? badge(t("app-badge-needs-in-house"), "bad") : null,
      examples ? badge(t("app-badge-examples", { count: examples }), "warn") : null,
      estimates ? badge(t("app-badge-estimates", { count: estimates }), "warn") : null,
      figures ? badge(t("app-badge-own-figures", { count: figures }), "warn") : null,
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
  const scale = spreadScale(c);
  const head = h("tr", {}, h("th", {}, "#"), h("th", {}, t("app-head-plan")), h("th", { class: "n" }, t("app-head-cost-in", { currency: c.currency })), h("th", { class: "n" }, t("app-head-billed")), h("th", {}, ""));
  root.classList.toggle("outlook-stale", state.outlookStale);
  fill(
    root,
    h("h2", {}, t("app-ranking-title", { scenario: c.scenario, month: c.month, currency: c.currency })),
    pricesAsOf(c),
    h(
      "table",
      { class: "ranking" },
      head,
      ranked.flatMap((q) => [quoteRow(q, c, scale), beside(q, c)]),
      apart.length ? h("tr", { class: "group" }, h("th", { colspan: 5 }, t("app-not-ranked-group"))) : null,
      apart.map((q) => quoteRow(q, c, scale)),
    ),
    c.cheapest ? null : h("p", { class: "warn" }, t("app-no-cheapest")),
    headroom(c),
    nextChange(c),
    c.sampling ? h("p", { class: "muted", id: "sampling" }, t("app-sampling", { samples: count(c.sampling.samples), seed: String(c.sampling.seed) })) : null,
    (c.notes ?? []).map((n) => h("p", { class: "warn" }, n)),
    h("div", { id: "invoice" }),
  );
  const chosen = c.quotes.find((q) => q.plan === (state.selected ?? c.cheapest));
  if (chosen) invoice(chosen);
}

/** Under the title: the version of each card the quotes used, and each exchange rate with its date. */
function pricesAsOf(c: Comparison): HTMLElement | null {
  const of = c.prices_as_of;
  if (!of || (!of.cards.length && !of.exchange.length)) return null;
  const name = (vendor: string) => state.cards.find((card) => card.vendor === vendor)?.name ?? vendor;
  const list = [
    ...of.cards.map((card) => `${name(card.card)} ${card.version}`),
    ...of.exchange.map((r) => `1 ${r.from} = ${count(r.rate)} ${r.to} (${r.date}, ${sourceName(r.source.status)})`),
  ];
  return h("p", { class: "muted", id: "prices-as-of" }, t("app-prices-as-of", { list: list.join(" · ") }));
}

/** Whether the user opened the headroom: kept across the keystrokes that redraw it. */
let headroomOpen = false;

/**
 * Under the ranking: how far each count can move, the others held, before the cheapest plan is no
 * longer the cheapest (the core's exact breakeven along that count).
 */
function headroom(c: Comparison): HTMLElement | null {
  if (!c.cheapest || !c.headroom?.length) return null;
  const line = (m: Headroom) => {
    const args = { count: usageName(m.usage), expected: count(m.expected) };
    const up = m.up
      ? t("app-headroom-up", { percent: count(m.up.percent), at: count(m.up.at), plan: m.up.plan })
      : t("app-headroom-up-none", { to: count(m.searched_to) });
    const down = m.down ? t("app-headroom-down", { at: count(m.down.at), plan: m.down.plan }) : t("app-headroom-down-none");
    return h("li", { "data-headroom": m.usage }, t("app-headroom-count", args), " ", up, "; ", down);
  };
  // Folded, it says only the nearest change of plan, so the invoice preview stays in sight.
  const nearest = c.headroom.filter((m) => m.up).sort((a, b) => Number(a.up!.percent) - Number(b.up!.percent))[0];
  return h(
    "details",
    { id: "headroom", open: headroomOpen, ontoggle: (e: Event) => (headroomOpen = (e.target as HTMLDetailsElement).open) },
    h("summary", {}, t("app-headroom", { plan: c.cheapest }), nearest ? h("span", { class: "muted" }, " ", t("app-headroom-count", { count: usageName(nearest.usage), expected: count(nearest.expected) }), " ", t("app-headroom-up", { percent: count(nearest.up!.percent), at: count(nearest.up!.at), plan: nearest.up!.plan })) : null),
    h("ul", {}, c.headroom.map(line)),
  );
}

/** What the same usage costs after the next dated price change the cards already hold. */
function nextChange(c: Comparison): HTMLElement | null {
  const n = c.next_change;
  if (!n) return null;
  const first = n.quotes.find((q) => q.rank === 1);
  return h(
    "p",
    { class: "warn", id: "next-change" },
    t("app-next-change", { date: n.date, cards: n.cards.join(", "), plan: first?.plan ?? "–", cost: first?.cost ? money(first.cost, c.currency) : "–" }),
    " ",
    t(n.ranking_changes ? "app-next-change-reranks" : "app-next-change-same"),
  );
}

function select(plan: string): void {
  state.selected = plan;
  renderComparison();
  document.getElementById("invoice")?.scrollIntoView({ block: "nearest" });
}

function source(l: Line): HTMLElement {
  const s = l.source;
  // A contract price is one of the scenario's own terms: the core's note names its table and key
  // for the command line (`[vendors.web1on1] enterprise_fee`), the page says it in words.
  const note = s.status === "contract" && s.note ? t("app-source-contract-note") : s.note;
  return h("td", { class: `source ${s.status}` }, h("span", { class: "status" }, sourceName(s.status)), s.url ? h("div", { class: "url" }, s.url) : null, note ? h("div", { class: "muted" }, note) : null);
}

/** A quote's lines by payee, each under its heading: the vendor's invoice, Meta's fees, in-house work. */
const PAYEES: [Payee, string | null, string][] = [
  ["vendor", null, "app-total"],
  ["meta", "app-payee-meta", "app-total-meta"],
  ["in_house", "app-payee-in-house", "app-total-in-house"],
];

/** `Billed $113.00 is €93.62 at 1 USD = 0.8285 EUR (rate of 2026-11-01, example)`. */
function conversion(q: Quote): string {
  const x = q.exchange!;
  return t("app-conversion", {
    billed: money(q.total, q.currency),
    converted: money(q.total_in_display_currency!, x.to),
    from: x.from,
    rate: count(x.rate),
    to: x.to,
    date: x.date,
    status: sourceName(x.source.status),
  });
}

/** A prepaid wallet's month: start, deducted, top-ups, end, and what the card was charged. */
function wallet(q: Quote): string {
  const w = q.wallet!;
  return t("app-wallet", {
    opening: money(w.opening, q.currency),
    deducted: money(w.deducted, q.currency),
    count: w.top_ups.reduce((n, top) => n + top.count, 0),
    closing: money(w.closing, q.currency),
    charged: money(w.card_charged, q.currency),
  });
}

/** The unverified rules and prices a quote rests on, each reading with the cost under it. */
function switches(q: Quote): HTMLElement | null {
  const a = q.assumptions;
  if (!a) return null;
  const currency = q.cost?.currency ?? q.currency;
  const reading = (r: { label: string; cost: string | null }) => `${r.label}: ${r.cost === null ? t("app-not-known") : money(r.cost, currency)}`;
  return h(
    "div",
    { id: "switches" },
    h("h4", {}, t("app-assumptions-title")),
    h("ul", {}, a.switches.map((s) => h("li", {}, h("strong", {}, s.question), " ", s.values.map(reading).join(" · ")))),
  );
}

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
      heading ? h("h4", {}, t(heading)) : null,
      h(
        "table",
        { class: "lines", "data-payee": payee },
        h("tr", {}, h("th", {}, t("app-head-line")), h("th", { class: "n" }, t("app-head-quantity")), h("th", { class: "n" }, t("app-head-unit-price")), h("th", { class: "n" }, t("app-head-amount")), h("th", {}, t("app-head-price-from"))),
        lines.map((l) => h("tr", {}, h("td", {}, l.description), h("td", { class: "n" }, count(l.quantity)), h("td", { class: "n" }, money(l.unit_price, l.currency)), h("td", { class: "n" }, money(l.amount, l.currency)), source(l))),
        h("tr", { class: "sum" }, h("td", {}, t(label)), h("td", {}), h("td", {}), h("td", { class: "n" }, money(total.total, total.currency)), h("td", {})),
      ),
    ];
  });
  fill(
    root,
    h("h3", {}, t("app-invoice-title", { plan: q.plan, name: q.plan_name, version: q.version })),
    q.period ? h("p", { class: "muted" }, t("app-billing-period", { from: q.period.from, to: q.period.to })) : null,
    sections.flat(),
    q.cost ? h("p", { class: "cost" }, t("app-scenario-cost", { amount: money(q.cost.total, q.cost.currency) })) : null,
    q.exchange && q.total_in_display_currency ? h("p", { class: "muted" }, conversion(q)) : null,
    (q.meters ?? []).map((m) => h("p", { class: "muted" }, t("app-meter", { unit: m.unit, used: count(m.used), included: count(m.included), over: count(m.over) }))),
    q.wallet ? h("p", { class: "muted" }, wallet(q)) : null,
    switches(q),
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
