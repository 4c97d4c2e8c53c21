// The app shell: the file toolbar, the tabs, the status line. Screens render into #screen; a
// switch of language draws the shell and the current screen again at once.
import { api } from "./api";
import { h, fill } from "./dom";
import { LANGUAGES, language, onLanguage, setLanguage, t, type Words } from "./i18n";
import { fromScenario } from "./form";
import { keepCompared, state } from "./state";
import { scenarioScreen, settled } from "./screens/scenario";
import { breakevenScreen } from "./screens/breakeven";
import { simulationScreen } from "./screens/simulation";
import { ratecardsScreen } from "./screens/ratecards";
import { importScreen } from "./screens/import";
import { openQuoteDialog } from "./screens/quote";
import { chooseTemplate } from "./screens/templates";
import { openHelp } from "./screens/help";
import { atSaved, closeStep, formSnapshot, markSaved, redo, startHistory, undo } from "./history";
import { onOpenScenario, report, say, sayAgain, setDirty, showAcknowledged, showTold, toldSoFar } from "./session";
import { listenShortcuts, type Actions } from "./shortcuts";
import type { Export, Language, Loaded } from "./types";

const screens: Record<string, { title: string; render: (root: HTMLElement) => void }> = {
  scenario: { title: "app-tab-scenario", render: scenarioScreen },
  breakeven: { title: "app-tab-breakeven", render: breakevenScreen },
  simulation: { title: "app-tab-simulation", render: simulationScreen },
  import: { title: "app-tab-import", render: importScreen },
  ratecards: { title: "app-tab-ratecards", render: ratecardsScreen },
};

/** The screen shown. */
let current = "scenario";

export function show(name: string): void {
  current = name;
  for (const b of document.querySelectorAll<HTMLButtonElement>("#tabs button")) b.setAttribute("aria-selected", String(b.dataset.tab === name));
  const root = document.getElementById("screen")!;
  fill(root);
  screens[name].render(root);
}

/**
 * Whether unsaved changes may be replaced: asked in a native dialog (save first, lose them, or
 * keep editing); true at once when there are none.
 */
async function discardOk(): Promise<boolean> {
  if (!state.dirty) return true;
  const choice = await api.confirmDiscard().catch((e) => {
    report(e);
    return "cancel" as const;
  });
  if (choice === "save") return save(false);
  return choice === "discard";
}

/**
 * Opens a scenario's text: checked and priced by the core, then shown in the form, unsaved when
 * `dirty`. A text the core refuses changes nothing.
 */
async function load(loaded: Loaded, message?: Words, dirty = false): Promise<void> {
  const compared = await api.compare(loaded.text, loaded.text, false, 0);
  state.form = fromScenario(compared.scenario);
  state.path = loaded.path;
  state.base = loaded.text;
  keepCompared(compared);
  state.selected = null;
  setDirty(dirty);
  startHistory(!dirty);
  show("scenario");
  await recent();
  say(message ?? (loaded.path ? { id: "app-opened", args: { path: loaded.path } } : { id: "app-opened-example" }));
}

/** Opens a scenario made elsewhere (an imported log's usage) as a new, unsaved one. */
async function openScenarioText(scenario: string, message: Words): Promise<void> {
  if (!(await discardOk())) return;
  await load({ path: null, text: scenario }, message, true).catch(report);
}

/** Saves the scenario (where the user says, for Save as or a new one); says whether it did. */
async function save(as: boolean): Promise<boolean> {
  await settled();
  if (!state.valid) {
    say({ id: "app-not-saved" }, "error");
    return false;
  }
  try {
    await toldSoFar();
    const text = state.text;
    const form = formSnapshot();
    // The app marks itself saved as it writes, so a close request right after need not ask.
    const path = await api.saveScenario(as ? null : state.path, text);
    state.path = path;
    state.base = text;
    state.dirty = false;
    showTold(false);
    markSaved(form);
    // Typed while the file was written: still unsaved.
    setDirty(state.text !== text);
    await recent();
    say({ id: "app-saved", args: { path } });
    return true;
  } catch (e) {
    report(e);
    return false;
  }
}

/** Saves a copy of the scenario as it is now, for a variant; the file being edited stays as it is. */
async function saveCopy(): Promise<void> {
  await settled();
  if (!state.valid) {
    say({ id: "app-not-saved" }, "error");
    return;
  }
  try {
    const path = await api.saveScenarioCopy(state.path, state.text);
    await recent();
    say({ id: "app-saved-copy", args: { path } });
  } catch (e) {
    report(e);
  }
}

/** Exports what `request` asks, unless the form has problems: the export would not be what it shows. */
async function exported(request: () => Export): Promise<void> {
  await settled();
  if (!state.valid) {
    say({ id: "app-not-exported" }, "error");
    return;
  }
  api.exportFile(request()).then((path) => say({ id: "app-exported", args: { path } })).catch(report);
}

/**
 * Undoes (or redoes) the form's last step, shown and priced again on the scenario screen; marked
 * saved when that is the form as last opened or saved. In a field outside the form (a rate card's
 * text, the quote form, a screen's own settings) it is that field's own undo; while a dialog is
 * open, nothing else: the dialog's fields would not follow the form.
 */
function step(back: boolean): void {
  const focused = document.activeElement;
  if ((focused instanceof HTMLInputElement || focused instanceof HTMLTextAreaElement) && !focused.closest(".form")) {
    document.execCommand(back ? "undo" : "redo");
    return;
  }
  if (document.querySelector("dialog[open]")) return;
  if (!(back ? undo() : redo())) {
    say({ id: back ? "app-nothing-to-undo" : "app-nothing-to-redo" });
    return;
  }
  setDirty(!atSaved());
  show("scenario");
  if (focused?.id) document.getElementById(focused.id)?.focus();
  say({ id: back ? "app-undone" : "app-redone" });
}

/** Every action of the toolbar, the menu and the shortcuts, by the menu's ids: one code path each. */
const actions: Actions = {
  new: async () => {
    if (await discardOk()) await chooseTemplate((id) => api.template(id).then((l) => load(l, { id: id === "blank" ? "app-new-blank" : "app-new-example" }))).catch(report);
  },
  open: async () => {
    if (await discardOk()) await api.openScenario().then((l) => load(l)).catch(report);
  },
  save: () => save(false),
  "save-as": () => save(true),
  "save-copy": () => saveCopy(),
  "export-csv": () => exported(() => ({ kind: "quote_csv", text: state.text })),
  "export-quote": () => openQuoteDialog().catch(report),
  undo: () => step(true),
  redo: () => step(false),
  help: () => openHelp(),
  ...Object.fromEntries(Object.keys(screens).map((name) => [`view-${name}`, () => show(name)])),
};

async function recent(): Promise<void> {
  const select = document.getElementById("recent") as HTMLSelectElement | null;
  if (!select) return;
  const files = await api.recentFiles().catch(() => [] as string[]);
  fill(select, h("option", { value: "" }, t(files.length ? "app-recent-pick" : "app-recent-none")), files.map((f) => h("option", { value: f }, f)));
}

/** The language switch: the page's words, not the quote document's (the quote form has its own). */
function languageSwitch(): HTMLElement {
  const select = h("select", { id: "language" }, LANGUAGES.map(([l, name]) => h("option", { value: l, selected: l === language() }, name)));
  select.addEventListener("change", () => setLanguage(select.value as Language));
  return h("label", { class: "language" }, h("span", {}, t("app-language")), select);
}

function toolbar(): void {
  const act = (label: string, id: string, action: string) => h("button", { id, type: "button", onclick: () => void actions[action]() }, t(label));
  fill(
    document.getElementById("bar")!,
    h("strong", { class: "brand" }, "pricesim"),
    act("app-new", "file-new", "new"),
    act("app-open", "file-open", "open"),
    act("app-save", "file-save", "save"),
    act("app-save-as", "file-save-as", "save-as"),
    act("app-save-copy", "file-save-copy", "save-copy"),
    h("select", {
      id: "recent",
      "aria-label": t("app-recent"),
      onchange: async (e: Event) => {
        const select = e.target as HTMLSelectElement;
        const path = select.value;
        select.value = "";
        if (path && (await discardOk())) await api.readRecent(path).then((l) => load(l)).catch(report);
      },
    }),
    act("app-export-csv", "export-csv", "export-csv"),
    act("app-export-quote", "export-quote", "export-quote"),
    h("span", { id: "file-name", class: "file" }),
    languageSwitch(),
  );
  fill(
    document.getElementById("tabs")!,
    Object.entries(screens).map(([name, s]) => h("button", { type: "button", role: "tab", "data-tab": name, onclick: () => show(name) }, t(s.title))),
  );
}

/** The shell and the current screen in the language just chosen; the status line said again. */
function redraw(): void {
  toolbar();
  showAcknowledged();
  void recent();
  setDirty(state.dirty);
  show(current);
  sayAgain();
}

async function start(): Promise<void> {
  toolbar();
  onLanguage(redraw);
  onOpenScenario(openScenarioText);
  listenShortcuts(actions);
  // The cursor left a field: the next keys typed start a new step of the history.
  document.addEventListener("change", closeStep, true);
  try {
    const cards = await api.ratecards();
    state.cards = cards.cards;
    state.fx = cards.fx;
    if (cards.problem) say({ id: "app-cards-problem", args: { problem: cards.problem } }, "error");
    await load(await api.exampleScenario());
  } catch (e) {
    report(e);
  }
}

void start();
