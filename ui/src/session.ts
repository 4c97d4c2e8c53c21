// What the screens share with the shell without importing it (the shell imports every screen, so
// a screen importing the shell back would make a cycle): the status line, the unsaved mark and
// window title told to the app, and opening a scenario made elsewhere, which the shell does.
import { api, toFailure } from "./api";
import { fileName } from "./dom";
import { t, text, type Words } from "./i18n";
import { state } from "./state";
import type { Failure } from "./types";

/** What the status line says, kept to be said again in another language. */
let status: { words: Words; kind: "info" | "error" } = { words: "", kind: "info" };

/** Shows a message in the status line. */
export function say(words: Words, kind: "info" | "error" = "info"): void {
  status = { words, kind };
  const line = document.getElementById("status")!;
  line.textContent = text(words);
  line.className = kind;
}

/** The status line's message said again (in the language just chosen). */
export function sayAgain(): void {
  say(status.words, status.kind);
}

/** Reports a failed command, unless the user just closed a dialog. */
export function report(e: unknown): void {
  const f: Failure = toFailure(e);
  if (f.kind !== "cancelled") say(f.message, "error");
}

/**
 * What the app has been told, in order: IPC calls may be handled out of order, so each waits for
 * the one before (a "saved" overtaking the "changed" before it would let the window close over
 * changes). `#file-name[data-told]` shows what the app knows, which the close prompt goes by.
 */
let told: Promise<void> = Promise.resolve();

/** Resolves once the app has heard everything told so far. */
export function toldSoFar(): Promise<void> {
  return told;
}

/** Tells the app whether there are unsaved changes, and the window's title. */
function tell(dirty: boolean, title: string): void {
  told = told
    .then(() => api.setDirty(dirty, title))
    .then(() => showTold(dirty))
    .catch(report);
}

/** What the app last acknowledged, shown again when the toolbar is drawn anew. */
let acknowledged: boolean | null = null;

/** Marks what the app now knows (saving marks it saved as it writes). */
export function showTold(dirty: boolean): void {
  acknowledged = dirty;
  document.getElementById("file-name")?.setAttribute("data-told", String(dirty));
}

/** What the app last acknowledged, marked again on a toolbar just drawn. */
export function showAcknowledged(): void {
  if (acknowledged !== null) showTold(acknowledged);
}

/** Marks the scenario changed (or saved) and updates the titles: the window's and the toolbar's. */
export function setDirty(dirty: boolean): void {
  const name = state.path ? fileName(state.path) : t("app-untitled");
  const title = `${dirty ? "• " : ""}${name} — pricesim`;
  if (state.dirty !== dirty || document.title !== title) tell(dirty, title);
  state.dirty = dirty;
  document.title = title;
  const file = document.getElementById("file-name");
  if (file) file.textContent = dirty ? t("app-unsaved", { name }) : name;
}

/** How the shell opens a scenario's text as a new, unsaved one; set once it has started. */
let opener: (scenario: string, message: Words) => Promise<void> = async () => undefined;

/** The shell says how it opens a scenario made elsewhere. */
export function onOpenScenario(open: (scenario: string, message: Words) => Promise<void>): void {
  opener = open;
}

/** Opens a scenario made elsewhere (an imported log's usage) as a new, unsaved one. */
export function openScenarioText(scenario: string, message: Words): Promise<void> {
  return opener(scenario, message);
}
