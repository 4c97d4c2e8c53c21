// The page's words, from the same Fluent message files as the quote document
// (assets/i18n/*.ftl, whose `app-` messages are the page's): one catalog, so a translator edits
// one file per language and the Rust test that checks every language has every message covers
// the page too. The page's language follows the system's until the user picks one, which is
// remembered; the quote's document language is the scenario's, apart from this.
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import en from "../../assets/i18n/en.ftl?raw";
import nl from "../../assets/i18n/nl.ftl?raw";
import fr from "../../assets/i18n/fr.ftl?raw";
import de from "../../assets/i18n/de.ftl?raw";
import type { Language } from "./types";

/** Every language, each named in itself, in the order menus list them. */
export const LANGUAGES: [Language, string][] = [
  ["en", "English"],
  ["nl", "Nederlands"],
  ["fr", "Français"],
  ["de", "Deutsch"],
];

const FILES: Record<Language, string> = { en, nl, fr, de };

/** Where the user's choice is kept between starts. */
const STORED = "pricesim.language";

export type Args = Record<string, FluentVariable>;

/** Words to show: a message of the catalog (shown again in a new language), or text as it is (the core's). */
export type Words = string | { id: string; args?: Args };

const bundles = new Map<Language, FluentBundle>();

function bundle(language: Language): FluentBundle {
  let b = bundles.get(language);
  if (!b) {
    // No Unicode isolation marks around arguments: the page is left to right only, and the
    // marks would show in copied text (the document leaves them out too).
    b = new FluentBundle(language, { useIsolating: false });
    b.addResource(new FluentResource(FILES[language]));
    bundles.set(language, b);
  }
  return b;
}

/** `nl-BE` → `nl`; a language the app is not written in → English. */
export function languageOf(tag: string): Language {
  const code = tag.toLowerCase().split("-")[0];
  return LANGUAGES.find(([l]) => l === code)?.[0] ?? "en";
}

function remembered(): Language | null {
  const saved = localStorage.getItem(STORED);
  return LANGUAGES.some(([l]) => l === saved) ? (saved as Language) : null;
}

let current: Language = remembered() ?? languageOf(navigator.language);
document.documentElement.lang = current;
const listeners: (() => void)[] = [];

/** The page's language. */
export function language(): Language {
  return current;
}

/** Switches the page to `l`, remembers it, and has every listener show itself again. */
export function setLanguage(l: Language): void {
  current = l;
  localStorage.setItem(STORED, l);
  document.documentElement.lang = l;
  for (const listener of listeners) listener();
}

/** Calls `listener` after every switch of language. */
export function onLanguage(listener: () => void): void {
  listeners.push(listener);
}

/** The message `id` in the page's language; its id when there is none (`npm run check` finds such ids). */
export function t(id: string, args?: Args): string {
  const b = bundle(current);
  const pattern = b.getMessage(id)?.value;
  // A message's errors (an argument not given) leave `{$name}` in the text, as in the document.
  return pattern ? b.formatPattern(pattern, args, []) : id;
}

/** `words` as text in the page's language. */
export function text(words: Words): string {
  return typeof words === "string" ? words : t(words.id, words.args);
}
