// The scenario form: what the user types, kept as text so nothing is lost while typing; turned
// into the scenario file's TOML (CONTRACT.md) for the core to check and price. Counts are checked
// here first (a whole number, 0 or more) so a half-typed value never reaches the core.
import { t } from "./i18n";
import type { Category, Problem, QuoteDetails, Scenario } from "./types";

export const OUTCOMES = [
  "test_drive", "video_call", "showroom_visit", "quotation_request", "information_request",
  "trade_in_valuation", "workshop_appointment", "whatsapp_reminder", "support_information",
  "support_action", "crm_lead", "mql_to_sql", "whatsapp_concierge", "whatsapp_standard_reply",
  "topic_selection", "csat",
] as const;
export type Outcome = (typeof OUTCOMES)[number];
export const ACTORS = ["agent", "bot"] as const;
export const CATEGORIES: Category[] = ["marketing", "utility", "authentication", "authentication_international", "service", "free_entry_point"];
/** The plain counts of the form, by usage name. */
export const COUNTS = ["contacts.engaged", "contacts.active", "contacts.database", "agents.livechat", "email.sent"];

export interface WhatsappRow {
  country: string;
  counts: Record<string, string>;
}

/** A count's range as typed: its fewest and most (its expected is the count's own field). */
export interface RangeForm {
  low: string;
  high: string;
  /** The ranged count it moves with (`contacts.engaged`), or none. */
  scale_with: string;
}

export interface Form {
  name: string;
  month: string;
  currency: string;
  /** Usage name → text as typed (`contacts.engaged`, `outcomes.bot.crm_lead`). */
  counts: Record<string, string>;
  whatsapp: WhatsappRow[];
  /** Usage name (`whatsapp.NL.marketing` for a WhatsApp cell) → its range, for counts given as one. */
  ranges: Record<string, RangeForm>;
  /** Vendor → term → text as typed. */
  terms: Record<string, Record<string, string>>;
  /** `[in_house]` key (`outcomes.bot.*`, `email.sent`) → the user's own unit cost as typed. */
  inHouse: Record<string, string>;
  /** `[quote]`: the quote document's details, as typed. */
  quote: QuoteForm;
}

/** The quote document's details, each as typed (empty: the file's default). */
export interface QuoteForm {
  customer: string;
  prepared_by: string;
  company: string;
  email: string;
  logo: string;
  number: string;
  date: string;
  valid_days: string;
  /** The plans offered; none: the cheapest. */
  plans: string[];
  compare: boolean;
  /** `percent` or `amount` of a discount, or none. */
  discount: "" | "percent" | "amount";
  discountValue: string;
  discountOn: "plan_fee" | "total";
  /** A country code, `reverse_charge`, or none. */
  vat: string;
  /** `en`, `nl`, `fr`, `de`, or none (English). */
  language: string;
}

/** The text fields of `[quote]`, written as TOML strings. */
export const QUOTE_TEXT = ["customer", "prepared_by", "company", "email", "logo", "number", "date"] as const;

export function emptyQuote(): QuoteForm {
  return { customer: "", prepared_by: "", company: "", email: "", logo: "", number: "", date: "", valid_days: "", plans: [], compare: false, discount: "", discountValue: "", discountOn: "plan_fee", vat: "", language: "" };
}

/** The form of a scenario's `[quote]`. */
function quoteForm(q: QuoteDetails | undefined): QuoteForm {
  const f = emptyQuote();
  if (!q) return f;
  for (const k of QUOTE_TEXT) f[k] = q[k] ?? "";
  f.valid_days = q.valid_days === undefined ? "" : String(q.valid_days);
  f.plans = [...(q.plans ?? [])];
  f.compare = q.compare ?? false;
  if (q.discount) {
    const d = q.discount;
    f.discount = "percent" in d ? "percent" : "amount";
    f.discountValue = "percent" in d ? d.percent : d.amount;
    f.discountOn = d.on;
  }
  f.vat = q.vat ?? "";
  f.language = q.language ?? "";
  return f;
}

export function emptyForm(): Form {
  return { name: "", month: "2026-12", currency: "EUR", counts: {}, whatsapp: [], ranges: {}, terms: {}, inHouse: {}, quote: emptyQuote() };
}

/** The form of a scenario the core has read. */
export function fromScenario(s: Scenario): Form {
  const form: Form = { name: s.name ?? "", month: s.month, currency: s.currency, counts: {}, whatsapp: [], ranges: {}, terms: {}, inHouse: { ...(s.in_house ?? {}) }, quote: quoteForm(s.quote) };
  for (const [key, r] of Object.entries(s.ranges ?? {})) if (r) form.ranges[key] = { low: String(r.low), high: String(r.high), scale_with: r.scale_with ?? "" };
  for (const [key, n] of Object.entries(s.usage)) {
    const wa = key.match(/^whatsapp\.([A-Z]{2})\.(.+)$/);
    if (wa) {
      let row = form.whatsapp.find((r) => r.country === wa[1]);
      if (!row) form.whatsapp.push((row = { country: wa[1], counts: {} }));
      row.counts[wa[2]] = String(n);
    } else {
      form.counts[key] = String(n);
    }
  }
  for (const [vendor, terms] of Object.entries(s.terms ?? {})) {
    form.terms[vendor] = Object.fromEntries(Object.entries(terms ?? {}).map(([k, v]) => [k, String(v ?? "")]));
  }
  return form;
}

/** Whether `text` is a count the file format takes. */
function isCount(text: string): boolean {
  return /^\d{1,15}$/.test(text);
}

/** The form's counts that are not whole numbers, as problems on their fields. */
export function check(form: Form): Problem[] {
  const problems: Problem[] = [];
  const need = (field: string, text: string | undefined) => {
    const typed = (text ?? "").trim();
    if (typed !== "" && !isCount(typed)) problems.push({ field, line: null, message: t("app-check-count", { found: typed }) });
  };
  for (const [key, text] of Object.entries(form.counts)) need(key, text);
  for (const [key, text] of Object.entries(form.inHouse)) {
    const typed = text.trim();
    if (typed !== "" && !/^\d{1,12}(\.\d{1,10})?$/.test(typed)) problems.push({ field: `in_house.${key}`, line: null, message: t("app-check-cost", { found: typed }) });
  }
  const q = form.quote;
  if (q.date.trim() !== "" && !/^\d{4}-\d{2}-\d{2}$/.test(q.date.trim())) problems.push({ field: "quote.date", line: null, message: t("app-check-date") });
  if (q.valid_days.trim() !== "" && !/^\d{1,3}$/.test(q.valid_days.trim())) problems.push({ field: "quote.valid_days", line: null, message: t("app-check-days") });
  if (q.discount && !/^\d{1,12}(\.\d{1,10})?$/.test(q.discountValue.trim())) problems.push({ field: "quote.discount", line: null, message: t(q.discount === "percent" ? "app-check-percent" : "app-check-amount") });
  form.whatsapp.forEach((row, i) => {
    if (!/^[A-Z]{2}$/.test(row.country.trim())) problems.push({ field: `whatsapp[${i}].country`, line: null, message: t("app-check-country") });
    for (const [cat, text] of Object.entries(row.counts)) need(`whatsapp[${i}].${cat}`, text);
  });
  for (const [key, r] of Object.entries(form.ranges)) {
    const [low, high] = [r.low.trim(), r.high.trim()];
    need(`range.${key}.low`, low);
    need(`range.${key}.high`, high);
    const expected = (expectedOf(form, key) ?? "").trim() || "0";
    if (isCount(low) && isCount(high) && isCount(expected) && !(Number(low) <= Number(expected) && Number(expected) <= Number(high)))
      problems.push({ field: `range.${key}.high`, line: null, message: t("app-check-range-order", { low, expected, high }) });
  }
  return problems;
}

function quote(s: string): string {
  return JSON.stringify(s);
}

/**
 * Every count the form has a field for, by usage name (a WhatsApp cell as `whatsapp.NL.marketing`),
 * whether typed or not: the plain counts, each outcome by agent and by bot, each WhatsApp category
 * of the form's countries.
 */
export function countKeys(form: Form): string[] {
  const keys: string[] = [...COUNTS];
  for (const a of ACTORS) for (const o of OUTCOMES) keys.push(`outcomes.${a}.${o}`);
  for (const row of form.whatsapp) for (const c of CATEGORIES) keys.push(`whatsapp.${row.country}.${c}`);
  return keys;
}

/** The text typed for the count `key` (a WhatsApp cell as `whatsapp.NL.marketing`). */
export function expectedOf(form: Form, key: string): string | undefined {
  const wa = key.match(/^whatsapp\.([A-Z]{2})\.(.+)$/);
  if (!wa) return form.counts[key];
  return form.whatsapp.find((r) => r.country === wa[1])?.counts[wa[2]];
}

/**
 * A count as the file writes it: the number, or with a range `{ low = 800, expected = 1200,
 * high = 2400 }` (an empty low or high is the expected count: a range open on one side only). A
 * count tied to another with neither given moves in proportion to it: `{ expected = 100,
 * scale_with = "contacts.engaged" }`.
 */
function countValue(form: Form, key: string, typed: string): string {
  const r = form.ranges[key];
  if (!r) return typed;
  if (r.scale_with && !r.low.trim() && !r.high.trim()) return `{ expected = ${typed}, scale_with = ${quote(r.scale_with)} }`;
  const low = r.low.trim() || typed;
  const high = r.high.trim() || typed;
  const tie = r.scale_with ? `, scale_with = ${quote(r.scale_with)}` : "";
  return `{ low = ${low}, expected = ${typed}, high = ${high}${tie} }`;
}

/**
 * The form as the scenario file's TOML. Empty fields are left out (the file's defaults apply). The
 * app puts it into the user's document (keeping its comments, `[daily]` and `[[months]]`).
 */
export function toToml(form: Form, termKinds: Record<string, Record<string, string>>): string {
  const out: string[] = ["version = 1"];
  if (form.name.trim()) out.push(`name = ${quote(form.name.trim())}`);
  out.push(`month = ${quote(form.month.trim())}`, `currency = ${quote(form.currency.trim())}`);
  const sections = new Map<string, string[]>();
  for (const [key, text] of Object.entries(form.counts)) {
    const typed = text.trim() || (form.ranges[key] ? "0" : "");
    if (typed === "") continue;
    const dot = key.lastIndexOf(".");
    const section = key.slice(0, dot);
    if (!sections.has(section)) sections.set(section, []);
    sections.get(section)!.push(`${key.slice(dot + 1)} = ${countValue(form, key, typed)}`);
  }
  for (const [section, lines] of sections) out.push("", `[${section}]`, ...lines);
  for (const row of form.whatsapp) {
    out.push("", "[[whatsapp]]", `country = ${quote(row.country.trim())}`);
    for (const [cat, text] of Object.entries(row.counts)) {
      const key = `whatsapp.${row.country.trim()}.${cat}`;
      const typed = text.trim() || (form.ranges[key] ? "0" : "");
      if (typed !== "") out.push(`${cat} = ${countValue(form, key, typed)}`);
    }
  }
  for (const [vendor, terms] of Object.entries(form.terms)) {
    const given = Object.entries(terms).filter(([, v]) => v.trim() !== "");
    if (given.length === 0) continue;
    out.push("", `[vendors.${vendor}]`);
    for (const [name, value] of given) {
      const kind = termKinds[vendor]?.[name];
      out.push(`${name} = ${kind === "count" && isCount(value.trim()) ? value.trim() : quote(value.trim())}`);
    }
  }
  const costs = Object.entries(form.inHouse).filter(([, v]) => v.trim() !== "");
  if (costs.length) out.push("", "[in_house]", ...costs.map(([k, v]) => `${quote(k)} = ${quote(v.trim())}`));
  out.push(...quoteToml(form.quote));
  return out.join("\n") + "\n";
}

/** `[quote]`'s lines, none when nothing is given. */
function quoteToml(q: QuoteForm): string[] {
  const lines: string[] = [];
  for (const k of QUOTE_TEXT) if (q[k].trim() !== "") lines.push(`${k} = ${quote(q[k].trim())}`);
  if (q.valid_days.trim() !== "") lines.push(`valid_days = ${q.valid_days.trim()}`);
  if (q.plans.length) lines.push(`plans = [${q.plans.map(quote).join(", ")}]`);
  if (q.compare) lines.push("compare = true");
  if (q.discount) lines.push(`discount = { ${q.discount} = ${quote(q.discountValue.trim())}, on = ${quote(q.discountOn)} }`);
  if (q.vat) lines.push(`vat = ${quote(q.vat)}`);
  if (q.language) lines.push(`language = ${quote(q.language)}`);
  return lines.length ? ["", "[quote]", ...lines] : [];
}
