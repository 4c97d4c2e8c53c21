// Small DOM helpers: elements built in code (no HTML strings, so nothing typed by a user is ever
// parsed as markup), and numbers and money as the page's language writes them.
import { language } from "./i18n";

type Child = Node | string | null | undefined | false;

/** An element with attributes (`class`, `data-*`, ...), properties for `on*` handlers, and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number | boolean | EventListener | undefined> = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (k.startsWith("on") && typeof v === "function") el.addEventListener(k.slice(2), v);
    else if (v === true) el.setAttribute(k, "");
    else el.setAttribute(k, String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c);
  }
  return el;
}

/** Replaces `el`'s children. */
export function fill(el: Element, ...children: (Child | Child[])[]): void {
  el.replaceChildren();
  for (const c of children.flat()) if (c) el.append(c);
}

/** A formatter of the page's language, made once per language and options. */
function formatter(options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${language()} ${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.NumberFormat(language(), options)));
  return f;
}
const formatters = new Map<string, Intl.NumberFormat>();

/** What Intl writes between digits in the page's language: its grouping and decimal marks. */
function marks(): { group: string; decimal: string } {
  const parts = formatter().formatToParts(1234.5);
  return { group: parts.find((p) => p.type === "group")?.value ?? ",", decimal: parts.find((p) => p.type === "decimal")?.value ?? "." };
}

/**
 * `1,234` / `1.234` / `1 234` for counts; a decimal string keeps its digits (`0.7378`). The
 * marks are Intl's for the page's language, put between the digits as given: money crosses as a
 * string so that no digit is lost to a floating-point number.
 */
export function count(n: number | string): string {
  const s = String(n);
  const [int, frac] = s.split(".");
  const m = marks();
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, m.group);
  return frac === undefined ? grouped : `${grouped}${m.decimal}${frac}`;
}

/**
 * A count as typed, written as digits when it is grouped the way the page's language groups
 * thousands ("1,200", "1.200", "1 200"; a space of any width groups in every language), so that
 * a count is accepted as the app itself shows it. Anything else is given back trimmed, for the
 * form's check to refuse: a count is never guessed from a mark the language does not group with.
 */
export function digitsOf(text: string): string {
  const typed = text.trim();
  const group = marks().group;
  const parts = typed.split(/[\s\u00a0\u202f]/).flatMap((p) => (group.trim() ? p.split(group) : [p]));
  const grouped = parts.length > 1 && /^\d{1,3}$/.test(parts[0]) && parts.slice(1).every((p) => /^\d{3}$/.test(p));
  return grouped ? parts.join("") : typed;
}

/**
 * A decimal as typed, written as the core reads it (`1234.5`): the page's language's decimal mark
 * and, before it, thousands grouped as `digitsOf` accepts them. Anything else is given back
 * trimmed, for the core to refuse beside the field.
 */
export function decimalOf(text: string): string {
  const typed = text.trim();
  const parts = typed.split(marks().decimal);
  if (parts.length > 2) return typed;
  const whole = digitsOf(parts[0]);
  if (parts.length === 1) return whole;
  if (!/^\d*$/.test(whole) || !/^\d+$/.test(parts[1])) return typed;
  return `${whole || "0"}.${parts[1]}`;
}

/** A count held as digits, shown as the page's language writes it; anything else as it is. */
export function shownCount(held: string): string {
  return /^\d+$/.test(held) ? count(held) : held;
}

/** The order the page's language writes a date's day, month and year in, as Intl gives it. */
function dateOrder(): ("day" | "month" | "year")[] {
  const parts = new Intl.DateTimeFormat(language(), { year: "numeric", month: "numeric", day: "numeric" }).formatToParts(new Date(2026, 11, 31));
  return parts.map((p) => p.type).filter((t): t is "day" | "month" | "year" => t === "day" || t === "month" || t === "year");
}

/** A day held as `YYYY-MM-DD`, written as the page's language writes dates (`12/31/2026`, `31-12-2026`); anything else as it is. */
export function shownDate(held: string): string {
  const m = held.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (!m) return held;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return new Intl.DateTimeFormat(language(), { year: "numeric", month: "numeric", day: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(year, month - 1, day)));
}

/**
 * A day as typed, as `YYYY-MM-DD`: the file's own form, or three numbers in the order the page's
 * language writes dates (`12/31/2026` in English, `31-12-2026` in Dutch). Anything else is given
 * back trimmed, for the core to refuse beside the field: a day is never guessed.
 */
export function isoOf(typed: string): string {
  const text = typed.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  const order = dateOrder();
  if (!/^\d{1,4}[./\- ]\d{1,2}[./\- ]\d{1,4}$/.test(text) || order.length !== 3) return text;
  const numbers = text.split(/[^\d]+/);
  const at = (what: "day" | "month" | "year") => numbers[order.indexOf(what)];
  const [year, month, day] = [at("year"), at("month"), at("day")];
  if (year.length !== 4) return text;
  return `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
}

/**
 * `€1,010.96`, `€ 1.010,96`, `1 010,96 €`, `1.010,96 €`: the amount's digits where Intl puts a
 * number of the currency in the page's language, as the core writes the quote document (a
 * negative one with a minus sign, `−€49.90`, `€ −49,90`).
 */
export function money(amount: string, currency: string): string {
  const negative = amount.startsWith("-");
  const digits = count(negative ? amount.slice(1) : amount);
  let shape: Intl.NumberFormatPart[];
  try {
    shape = formatter({ style: "currency", currency, currencyDisplay: "narrowSymbol" }).formatToParts(negative ? -1 : 1);
  } catch {
    // Not a currency code Intl takes: the code before the digits.
    return `${negative ? "\u2212" : ""}${currency} ${digits}`;
  }
  let placed = false;
  return shape
    .map((p) => {
      if (p.type === "minusSign") return "\u2212";
      if (p.type !== "integer" && p.type !== "group" && p.type !== "decimal" && p.type !== "fraction") return p.value;
      if (placed) return "";
      placed = true;
      return digits;
    })
    .join("");
}

/** The file's name, without its folder. */
export function fileName(path: string): string {
  return path.split("/").pop() ?? path;
}
