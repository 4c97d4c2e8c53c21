// The one module that talks to the Tauri side: every command, typed. Errors arrive as Failure.
import { Channel, invoke } from "@tauri-apps/api/core";
import type { BreakevenAsk, BreakevenScreen, Cards, Choice, Compared, DisputeAsk, EnteredInvoice, EnteredLine, Export, Failure, FigureEdit, ImportAsk, Imported, InvoiceCheck, LinesRead, Loaded, QuoteAsk, QuoteSaved, RateImport, RateImportAsk, SimulationAsk, SimulationScreen, Step, Template, VatChoice } from "./types";

function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  return invoke<T>(command, args).catch((e: unknown) => {
    throw toFailure(e);
  });
}

/** Any error as a Failure: the commands' own, or a message from the IPC layer. */
export function toFailure(e: unknown): Failure {
  if (e && typeof e === "object" && "kind" in e && "message" in e) return e as Failure;
  return { kind: "io", message: String(e), problems: [] };
}

export const api = {
  exampleScenario: () => call<Loaded>("example_scenario"),
  /** What "New" starts from: blank, or one of the examples. */
  templates: () => call<Template[]>("templates"),
  template: (id: string) => call<Loaded>("template", { id }),
  /** The form's TOML put into the user's document `base` (empty for a new one), checked and priced. */
  compare: (base: string, form: string, outlook: boolean, keystroke: number) => call<Compared>("compare", { base, form, outlook, keystroke }),
  breakeven: (ask: BreakevenAsk) => call<BreakevenScreen>("breakeven", { ask }),
  simulate: (ask: SimulationAsk) => call<SimulationScreen>("simulate", { ask }),
  openScenario: () => call<Loaded>("open_scenario"),
  readRecent: (path: string) => call<Loaded>("read_recent", { path }),
  saveScenario: (path: string | null, text: string) => call<string>("save_scenario", { path, text }),
  /** Saves a copy where the user says; the file being edited stays the one Save writes. */
  saveScenarioCopy: (path: string | null, text: string) => call<string>("save_scenario_copy", { path, text }),
  recentFiles: () => call<string[]>("recent_files"),
  setDirty: (dirty: boolean, title: string) => call<void>("set_dirty", { dirty, title }),
  exportFile: (request: Export) => call<string>("export_file", { request }),
  /** The quote document of the scenario's `[quote]`, saved where the user says. */
  exportQuote: (ask: QuoteAsk) => call<QuoteSaved>("export_quote", { ask }),
  vatRates: () => call<VatChoice[]>("vat_rates"),
  pickLogo: () => call<string>("pick_logo"),
  /** Asks for a log and rates it; `onStep` hears how far the read has come. */
  importLog: (ask: ImportAsk, onStep: (step: Step) => void) => {
    const progress = new Channel<Step>();
    progress.onmessage = onStep;
    return call<Imported>("import_log", { ask, progress });
  },
  cancelImport: () => call<void>("cancel_import"),
  /** The invoice as the form holds it, checked against the last usage log imported. */
  checkInvoice: (invoice: EnteredInvoice) => call<InvoiceCheck>("check_invoice", { invoice }),
  /** Lines pasted from a spreadsheet, read by the core. */
  readInvoiceLines: (text: string) => call<EnteredLine[]>("read_invoice_lines", { text }),
  /** Asks for a CSV file of invoice lines and reads it. */
  importInvoiceLines: () => call<LinesRead>("import_invoice_lines"),
  /** The invoice checked again and saved as a dispute (CSV, PDF or HTML) where the user says. */
  exportDispute: (ask: DisputeAsk) => call<string>("export_dispute", { ask }),
  ratecards: () => call<Cards>("ratecards"),
  saveRatecard: (vendor: string, text: string) => call<Cards>("save_ratecard", { vendor, text }),
  /** The price form's changed figures written into the vendor's card, checked and used. */
  savePrices: (vendor: string, edits: FigureEdit[]) => call<Cards>("save_prices", { vendor, edits }),
  resetRatecard: (vendor: string) => call<Cards>("reset_ratecard", { vendor }),
  saveFxRates: (text: string) => call<Cards>("save_fx_rates", { text }),
  resetFxRates: () => call<Cards>("reset_fx_rates"),
  /** Asks for Meta's or the ECB's file and answers what importing it would change, writing nothing. */
  prepareRateImport: (ask: RateImportAsk) => call<RateImport>("prepare_rate_import", { ask }),
  /** Writes the import last shown, as shown, and uses the cards at once. */
  applyRateImport: () => call<Cards>("apply_rate_import"),
  cancelRateImport: () => call<void>("cancel_rate_import"),
  /** Asks, in a native dialog, what to do with unsaved changes about to be replaced. */
  confirmDiscard: () => call<Choice>("confirm_discard"),
  /** Hears the id of each item chosen from the menu bar (or its shortcut pressed). */
  listenMenu: (onItem: (id: string) => void) => {
    const items = new Channel<string>();
    items.onmessage = onItem;
    return call<void>("listen_menu", { channel: items });
  },
};
