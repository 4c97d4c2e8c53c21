// The menu bar's items and their shortcuts, as the page hears them. The app's native menu
// (src-tauri/src/menu.rs) sends the id of the item chosen, or of the shortcut pressed, over a
// channel; the same shortcuts are also read from the page's own key presses, for where the native
// accelerator does not see them (keys sent by a WebDriver session). One key press reaches the page
// one way or the other, never both: GTK hands the page no key its menu took. Should both ever
// come, the second within a moment is dropped, so no action runs twice for one press.
import { api } from "./api";

/** What the page does for each id (`save`, `undo`, `view-import`…). */
export type Actions = Record<string, () => unknown>;

/** The keys the page reads itself: `ctrl+` (or ⌘), `shift+`, then the key. */
const KEYS: Record<string, string> = {
  "ctrl+n": "new",
  "ctrl+o": "open",
  "ctrl+s": "save",
  "ctrl+shift+s": "save-as",
  "ctrl+p": "export-quote",
  "ctrl+z": "undo",
  "ctrl+y": "redo",
  "ctrl+shift+z": "redo",
  "ctrl+1": "view-scenario",
  "ctrl+2": "view-breakeven",
  "ctrl+3": "view-simulation",
  "ctrl+4": "view-import",
  "ctrl+5": "view-ratecards",
  f1: "help",
};

/** Within this many milliseconds, the same action from the other way in is the same key press. */
const SAME_PRESS_MS = 300;

type Way = "menu" | "keys";

let last: { id: string; way: Way; at: number } | null = null;

/** Every action run, with the way it came, for the end-to-end run to count. */
const ran: { id: string; way: Way }[] = [];
(window as unknown as { __pricesim: { actions?: typeof ran } }).__pricesim.actions = ran;

function run(actions: Actions, id: string, way: Way): void {
  const action = actions[id];
  if (!action) return;
  const at = performance.now();
  if (last && last.id === id && last.way !== way && at - last.at < SAME_PRESS_MS) return;
  last = { id, way, at };
  ran.push({ id, way });
  void action();
}

/** The chord of a key press, as [`KEYS`] names it. */
function chord(e: KeyboardEvent): string {
  return `${e.ctrlKey || e.metaKey ? "ctrl+" : ""}${e.shiftKey ? "shift+" : ""}${e.key.toLowerCase()}`;
}

/** Runs `actions` for the menu's items and for the shortcuts pressed in the page. */
export function listenShortcuts(actions: Actions): void {
  api.listenMenu((id) => run(actions, id, "menu")).catch(() => undefined);
  window.addEventListener("keydown", (e) => {
    if (e.altKey) return;
    const id = KEYS[chord(e)];
    if (!id) return;
    // The page's shortcut, not the text field's own undo or the web view's print.
    e.preventDefault();
    run(actions, id, "keys");
  });
}
