// The names the screens give the scenario's counts, outcomes, WhatsApp categories, countries and
// price sources, and where a file's problem is, in the page's language. Each table lists its message ids in full (no id is put
// together from pieces), so `npm run check` can find every one in the catalog; a table typed by
// the union it covers cannot leave a member out.
import type { Category, Status } from "./types";
import type { Outcome } from "./form";
import { language, t } from "./i18n";

const COUNT_NAMES: Record<string, string> = {
  "contacts.engaged": "app-count-engaged",
  "contacts.active": "app-count-active",
  "contacts.database": "app-count-database",
  "agents.livechat": "app-count-seats",
  "email.sent": "app-count-emails",
};

const OUTCOME_NAMES: Record<Outcome, string> = {
  test_drive: "app-outcome-test_drive",
  video_call: "app-outcome-video_call",
  showroom_visit: "app-outcome-showroom_visit",
  quotation_request: "app-outcome-quotation_request",
  information_request: "app-outcome-information_request",
  trade_in_valuation: "app-outcome-trade_in_valuation",
  workshop_appointment: "app-outcome-workshop_appointment",
  whatsapp_reminder: "app-outcome-whatsapp_reminder",
  support_information: "app-outcome-support_information",
  support_action: "app-outcome-support_action",
  crm_lead: "app-outcome-crm_lead",
  mql_to_sql: "app-outcome-mql_to_sql",
  whatsapp_concierge: "app-outcome-whatsapp_concierge",
  whatsapp_standard_reply: "app-outcome-whatsapp_standard_reply",
  topic_selection: "app-outcome-topic_selection",
  csat: "app-outcome-csat",
};

/** Meta's names, as the quote document writes them (Meta's own in each language). */
const CATEGORY_NAMES: Record<Category, string> = {
  marketing: "category-marketing",
  utility: "category-utility",
  authentication: "category-authentication",
  authentication_international: "category-authentication_international",
  service: "category-service",
  free_entry_point: "category-free_entry_point",
  business_initiated: "category-business_initiated",
  user_initiated: "category-user_initiated",
};

/** Column heads that fit the form's width; the whole name is the head's tooltip. */
const CATEGORY_SHORT: Partial<Record<Category, string>> = {
  authentication: "app-category-short-authentication",
  authentication_international: "app-category-short-authentication_international",
  free_entry_point: "app-category-short-free_entry_point",
};

const SOURCE_NAMES: Record<Status, string> = {
  published: "app-source-published",
  derived: "app-source-derived",
  reconstructed: "app-source-reconstructed",
  unverified: "app-source-unverified",
  example: "app-source-example",
  user: "app-source-user",
  contract: "app-source-contract",
  estimate: "app-source-estimate",
};

/** `snake_case` as words: the core's own names, where the catalog has none. */
export function words(name: string): string {
  return name.replace(/_/g, " ");
}

/** A plain count of the form (`contacts.engaged`): "Engaged contacts". */
export function countName(key: string): string {
  const id = COUNT_NAMES[key];
  return id ? t(id) : key;
}

export function outcomeName(outcome: string): string {
  const id = OUTCOME_NAMES[outcome as Outcome];
  return id ? t(id) : words(outcome);
}

/** An outcome by an actor: "Test drive by agent". */
export function outcomeBy(outcome: string, actor: string): string {
  return t("app-outcome-by", { outcome: outcomeName(outcome), actor });
}

export function categoryName(category: string): string {
  const id = CATEGORY_NAMES[category as Category];
  return id ? t(id) : words(category);
}

/** A category's column head: short where the whole name is too wide. */
export function categoryHead(category: Category): string {
  const id = CATEGORY_SHORT[category];
  return id ? t(id) : categoryName(category);
}

/** Where a price comes from: "published", "example", "your estimate". */
export function sourceName(status: Status): string {
  return t(SOURCE_NAMES[status]);
}

/** Any count of a scenario (`outcomes.bot.crm_lead`, `whatsapp.NL.marketing`) in words. */
export function usageName(key: string): string {
  const outcome = key.match(/^outcomes\.(agent|bot)\.(.+)$/);
  if (outcome) return outcomeBy(outcome[2], outcome[1]);
  const whatsapp = key.match(/^whatsapp\.([A-Z]{2})\.(.+)$/);
  if (whatsapp) return t("app-usage-whatsapp", { category: categoryName(whatsapp[2]), country: countryName(whatsapp[1]) });
  return countName(key);
}

/** Codes the locale data names that are not countries: groupings, test codes, reserved places. */
const NOT_COUNTRIES = new Set(["EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "AC", "CP", "DG", "EA", "IC", "TA"]);

/** The codes to choose from, in every language: see `countries`. */
const CODES: string[] = (() => {
  const english = new Intl.DisplayNames(["en"], { type: "region" });
  const out: string[] = [];
  for (let a = 65; a <= 90; a++)
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = english.of(code);
      const current = Intl.getCanonicalLocales(`und-${code}`)[0] === `und-${code}`;
      if (name && name !== code && current && !NOT_COUNTRIES.has(code)) out.push(code);
    }
  return out;
})();

const regionNames = new Map<string, Intl.DisplayNames>();

/** A country's name in the page's language (`NL`: "Netherlands", "Nederland", "Pays-Bas"). */
export function countryName(code: string): string {
  let names = regionNames.get(language());
  if (!names) regionNames.set(language(), (names = new Intl.DisplayNames([language()], { type: "region" })));
  return names.of(code) ?? code;
}

/**
 * The countries to choose from, named in the page's language: every two-letter region the locale
 * data names, less the ones that are not countries and the old codes it maps to a current one
 * (`DD` is named "Germany" too, but Meta's markets and the core know Germany as `DE`). The codes
 * are worked out once; the form is redrawn whenever a country is added or removed.
 */
export function countries(): { code: string; name: string }[] {
  return CODES.map((code) => ({ code, name: countryName(code) }));
}

/** A problem with where it is: `line 12 (versions[0].source): …`; line numbers as written, ungrouped. */
export function problemText(p: { line: number | null; field: string; message: string }): string {
  const args = { line: String(p.line), field: p.field, message: p.message };
  if (p.line === null) return p.field ? t("app-problem-field", args) : p.message;
  return t(p.field ? "app-problem-line-field" : "app-problem-line", args);
}
