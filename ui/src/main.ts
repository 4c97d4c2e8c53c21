// The app shell: the file toolbar, the tabs, the status line. Screens render into #screen.
import { api, toFailure } from "./api";
import { h, fileName, fill } from "./dom";
import { fromScenario } from "./form";
import { keepCompared, state } from "./state";
import { scenarioScreen } from "./screens/scenario";
import { breakevenScreen } from "./screens/breakeven";
import { simulationScreen } from "./screens/simulation";
import { ratecardsScreen } from "./screens/ratecards";
import { importScreen } from "./screens/import";
import { openQuoteDialog } from "./screens/quote";
import { chooseTemplate } from "./screens/templates";
import type { Export, Failure, Loaded } from "./types";

const screens: Record<string, { title: string; render: (root: HTMLElement) => void }> = {
  scenario: { title: "Scenario & comparison", render: scenarioScreen },
  breakeven: { title: "Breakeven", render: breakevenScreen },
  simulation: { title: "Simulation", render: simulationScreen },
  import: { title: "Import", render: importScreen },
  ratecards: { title: "Rate cards", render: ratecardsScreen },
};

/** Shows a message in the status line. */
export function say(text: string, kind: "info" | "error" = "info"): void {
  const status = document.getElementById("status")!;
  status.textContent = text;
  status.className = kind;
}

/** Reports a failed command, unless the user just closed a dialog. */
export function report(e: unknown): void {
  const f: Failure = toFailure(e);
  if (f.kind !== "cancelled") say(f.message, "error");
}

export function show(name: string): void {
  for (const b of document.querySelectorAll<HTMLButtonElement>("#tabs button")) b.setAttribute("aria-selected", String(b.dataset.tab === name));
  const root = document.getElementById("screen")!;
  fill(root);
  screens[name].render(root);
}

/**
 * What the app has been told, in order: IPC calls may be handled out of order, so each waits for
 * the one before (a "saved" overtaking the "changed" before it would let the window close over
 * changes). `#file-name[data-told]` shows what the app knows, which the close prompt goes by.
 */
let told: Promise<void> = Promise.resolve();

/** Tells the app whether there are unsaved changes, and the window's title. */
function tell(dirty: boolean, title: string): void {
  told = told
    .then(() => api.setDirty(dirty, title))
    .then(() => showTold(dirty))
    .catch(report);
}

function showTold(dirty: boolean): void {
  document.getElementById("file-name")?.setAttribute("data-told", String(dirty));
}

/** Marks the scenario changed (or saved) and updates the titles: the window's and the toolbar's. */
export function setDirty(dirty: boolean): void {
  const name = state.path ? fileName(state.path) : "Untitled scenario";
  const title = `${dirty ? "• " : ""}${name} — pricesim`;
  if (state.dirty !== dirty || document.title !== title) tell(dirty, title);
  state.dirty = dirty;
  document.title = title;
  const file = document.getElementById("file-name");
  if (file) file.textContent = `${name}${dirty ? " (unsaved changes)" : ""}`;
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
async function load(loaded: Loaded, message?: string, dirty = false): Promise<void> {
  const compared = await api.compare(loaded.text, loaded.text);
  state.form = fromScenario(compared.scenario);
  state.path = loaded.path;
  state.base = loaded.text;
  keepCompared(compared);
  state.selected = null;
  setDirty(dirty);
  show("scenario");
  await recent();
  say(message ?? (loaded.path ? `Opened ${loaded.path}` : "Example scenario: dealer group NL"));
}

/** Opens a scenario made elsewhere (an imported log's usage) as a new, unsaved one. */
export async function openScenarioText(text: string, message: string): Promise<void> {
  if (!(await discardOk())) return;
  await load({ path: null, text }, message, true).catch(report);
}

/** Saves the scenario (where the user says, for Save as or a new one); says whether it did. */
async function save(as: boolean): Promise<boolean> {
  if (!state.valid) {
    say("Not saved: the form has problems (shown beside their fields). Fix them first: the file would not be what the form shows.", "error");
    return false;
  }
  try {
    await told;
    const text = state.text;
    // The app marks itself saved as it writes, so a close request right after need not ask.
    const path = await api.saveScenario(as ? null : state.path, text);
    state.path = path;
    state.base = text;
    state.dirty = false;
    showTold(false);
    // Typed while the file was written: still unsaved.
    setDirty(state.text !== text);
    await recent();
    say(`Saved ${path}`);
    return true;
  } catch (e) {
    report(e);
    return false;
  }
}

/** Exports what `request` asks, unless the form has problems: the export would not be what it shows. */
function exported(request: () => Export): void {
  if (!state.valid) {
    say("Not exported: the form has problems (shown beside their fields). Fix them first: the export would not be what the form shows.", "error");
    return;
  }
  api.exportFile(request()).then((p) => say(`Exported ${p}`)).catch(report);
}

async function recent(): Promise<void> {
  const select = document.getElementById("recent") as HTMLSelectElement | null;
  if (!select) return;
  const files = await api.recentFiles().catch(() => [] as string[]);
  fill(select, h("option", { value: "" }, files.length ? "Recent files…" : "No recent files"), files.map((f) => h("option", { value: f }, f)));
}

function toolbar(): void {
  const act = (label: string, id: string, run: () => unknown) => h("button", { id, type: "button", onclick: () => void run() }, label);
  fill(
    document.getElementById("bar")!,
    h("strong", { class: "brand" }, "pricesim"),
    act("New…", "file-new", async () => {
      if (await discardOk()) await chooseTemplate((id) => api.template(id).then((l) => load(l, id === "blank" ? "New scenario" : "New scenario from an example"))).catch(report);
    }),
    act("Open…", "file-open", async () => {
      if (await discardOk()) await api.openScenario().then((l) => load(l)).catch(report);
    }),
    act("Save", "file-save", () => save(false)),
    act("Save as…", "file-save-as", () => save(true)),
    h("select", {
      id: "recent",
      "aria-label": "Recent files",
      onchange: async (e: Event) => {
        const select = e.target as HTMLSelectElement;
        const path = select.value;
        select.value = "";
        if (path && (await discardOk())) await api.readRecent(path).then((l) => load(l)).catch(report);
      },
    }),
    act("Export CSV…", "export-csv", () => exported(() => ({ kind: "quote_csv", text: state.text }))),
    act("Export quote…", "export-quote", () => openQuoteDialog().catch(report)),
    h("span", { id: "file-name", class: "file" }),
  );
  fill(
    document.getElementById("tabs")!,
    Object.entries(screens).map(([name, s]) => h("button", { type: "button", role: "tab", "data-tab": name, onclick: () => show(name) }, s.title)),
  );
}

async function start(): Promise<void> {
  toolbar();
  try {
    const cards = await api.ratecards();
    state.cards = cards.cards;
    if (cards.problem) say(`Your edited rate cards could not be used; the shipped ones are: ${cards.problem}`, "error");
    await load(await api.exampleScenario());
  } catch (e) {
    report(e);
  }
}

void start();
