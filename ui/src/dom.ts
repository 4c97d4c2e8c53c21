// Small DOM helpers: elements built in code (no HTML strings, so nothing typed by a user is ever
// parsed as markup).

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

/** `1,234` for counts; money strings keep their decimals. */
export function count(n: number | string): string {
  const s = String(n);
  const [int, frac] = s.split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

const SYMBOLS: Record<string, string> = { EUR: "€", USD: "$", GBP: "£", INR: "₹", JPY: "¥" };

/** `€1,234.50`. */
export function money(amount: string, currency: string): string {
  const negative = amount.startsWith("-");
  const body = count(negative ? amount.slice(1) : amount);
  return `${negative ? "−" : ""}${SYMBOLS[currency] ?? currency + " "}${body}`;
}

/** The file's name, without its folder. */
export function fileName(path: string): string {
  return path.split("/").pop() ?? path;
}
