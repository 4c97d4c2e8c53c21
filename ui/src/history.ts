// Undo and redo of the scenario form's edits (Edit menu, Ctrl+Z, Ctrl+Y or Ctrl+Shift+Z). A step
// is one change of a field: the keys typed into one field, until the cursor leaves it, are one
// step (undoing "1200" typed over "1000" gives "1000" back, not "120"); a country added or
// removed, a range added, a choice picked, each is a step of its own. The history holds the
// form's values, so an undo is priced again like any edit, and an undo back to the form as last
// opened or saved is unsaved no more.
import { state } from "./state";
import type { Form } from "./form";

/** How many steps are kept: older ones are forgotten. */
const LIMIT = 200;

/** The form after each step before the current one, oldest first. */
let past: string[] = [];
/** The steps undone, to be redone, the next one last. */
let future: string[] = [];
/** The form as it is now. */
let now = "";
/** The field whose typing makes the current step, while the cursor is in it. */
let open: string | null = null;
/** The form as last opened or saved, when it was: back there, nothing is unsaved. */
let saved: string | null = null;

const snapshot = (): string => JSON.stringify(state.form);

/** A history that starts at the form just opened; `isSaved` when it is the file's own. */
export function startHistory(isSaved: boolean): void {
  past = [];
  future = [];
  now = snapshot();
  open = null;
  saved = isSaved ? now : null;
}

/** The text field being typed in, whose keys make one step; null for a button, a choice, a script. */
function typingIn(): string | null {
  const el = document.activeElement;
  return el instanceof HTMLInputElement && el.type !== "checkbox" && el.type !== "radio" ? (el.dataset.field ?? null) : null;
}

/** Called after every edit of the form: a new step, unless it goes on typing into the same field. */
export function edited(): void {
  const field = typingIn();
  const next = snapshot();
  if (next === now) return;
  if (field === null || field !== open) {
    past.push(now);
    if (past.length > LIMIT) past.shift();
  }
  future = [];
  open = field;
  now = next;
}

/** The cursor left a field: the next keys typed anywhere start a new step. */
export function closeStep(): void {
  open = null;
}

/** The form was saved as `form` (its snapshot when the file's text was taken). */
export function markSaved(form: string): void {
  saved = form;
  open = null;
}

/** The form's snapshot, to be marked saved once its text is written. */
export function formSnapshot(): string {
  return snapshot();
}

/** Whether the form is as it was last opened or saved. */
export function atSaved(): boolean {
  return saved !== null && now === saved;
}

function restore(to: string): void {
  now = to;
  open = null;
  state.form = JSON.parse(to) as Form;
}

/** Puts the form back as it was before the last step; false when there is none. */
export function undo(): boolean {
  const to = past.pop();
  if (to === undefined) return false;
  future.push(now);
  restore(to);
  return true;
}

/** Does the last step undone again; false when there is none. */
export function redo(): boolean {
  const to = future.pop();
  if (to === undefined) return false;
  past.push(now);
  restore(to);
  return true;
}
