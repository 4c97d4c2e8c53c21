// The scenario form: what the user types, kept as text so nothing is lost while typing; turned
// into the scenario file's TOML (CONTRACT.md) for the core to check and price. Counts are checked
// here first (a whole number, 0 or more) so a half-typed value never reaches the core.
import type { Problem, Scenario } from "./types";

export const OUTCOMES = [
  "test_drive", "video_call", "showroom_visit", "quotation_request", "information_request",
  "trade_in_valuation", "workshop_appointment", "whatsapp_reminder", "support_information",
  "support_action", "crm_lead", "mql_to_sql", "whatsapp_concierge", "whatsapp_standard_reply",
  "topic_selection", "csat",
];
export const ACTORS = ["agent", "bot"] as const;
export const CATEGORIES = ["marketing", "utility", "authentication", "authentication_international", "service", "free_entry_point"];
/** The plain counts of the form, by usage name. */
export const COUNTS = ["contacts.engaged", "contacts.active", "contacts.database", "agents.livechat", "email.sent"];

export interface WhatsappRow {
  country: string;
  counts: Record<string, string>;
}

export interface Form {
  name: string;
  month: string;
  currency: string;
  /** Usage name → text as typed (`contacts.engaged`, `outcomes.bot.crm_lead`). */
  counts: Record<string, string>;
  whatsapp: WhatsappRow[];
  /** Vendor → term → text as typed. */
  terms: Record<string, Record<string, string>>;
  /** `[in_house]` key (`outcomes.bot.*`, `email.sent`) → the user's own unit cost as typed. */
  inHouse: Record<string, string>;
}

export function emptyForm(): Form {
  return { name: "", month: "2026-12", currency: "EUR", counts: {}, whatsapp: [], terms: {}, inHouse: {} };
}

/** The form of a scenario the core has read. */
export function fromScenario(s: Scenario): Form {
  const form: Form = { name: s.name ?? "", month: s.month, currency: s.currency, counts: {}, whatsapp: [], terms: {}, inHouse: { ...(s.in_house ?? {}) } };
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
    const t = (text ?? "").trim();
    if (t !== "" && !isCount(t)) problems.push({ field, line: null, message: `a whole number, 0 or more (found "${t}")` });
  };
  for (const [key, text] of Object.entries(form.counts)) need(key, text);
  for (const [key, text] of Object.entries(form.inHouse)) {
    const t = text.trim();
    if (t !== "" && !/^\d{1,12}(\.\d{1,10})?$/.test(t)) problems.push({ field: `in_house.${key}`, line: null, message: `a cost such as 12.50, 0 or more (found "${t}")` });
  }
  form.whatsapp.forEach((row, i) => {
    if (!/^[A-Z]{2}$/.test(row.country.trim())) problems.push({ field: `whatsapp[${i}].country`, line: null, message: "a two-letter country code, such as NL" });
    for (const [cat, text] of Object.entries(row.counts)) need(`whatsapp[${i}].${cat}`, text);
  });
  return problems;
}

function quote(s: string): string {
  return JSON.stringify(s);
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
    const t = text.trim();
    if (t === "") continue;
    const dot = key.lastIndexOf(".");
    const section = key.slice(0, dot);
    if (!sections.has(section)) sections.set(section, []);
    sections.get(section)!.push(`${key.slice(dot + 1)} = ${t}`);
  }
  for (const [section, lines] of sections) out.push("", `[${section}]`, ...lines);
  for (const row of form.whatsapp) {
    out.push("", "[[whatsapp]]", `country = ${quote(row.country.trim())}`);
    for (const [cat, text] of Object.entries(row.counts)) if (text.trim() !== "") out.push(`${cat} = ${text.trim()}`);
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
  return out.join("\n") + "\n";
}
