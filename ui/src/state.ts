// The app's state, shared by the screens: the scenario being edited, its file, the last answer.
import { emptyForm, type Form } from "./form";
import type { CardView, Compared, Comparison, FxView, InHouseNeed, PayeeTotal, PlanTotal } from "./types";

export const state = {
  form: emptyForm() as Form,
  /** The file the scenario was opened from or saved to. */
  path: null as string | null,
  /** Changes since the last open or save. */
  dirty: false,
  /** The scenario file as opened (or last saved), which the form's values are put into: its
   * comments and the parts the form does not edit (`[daily]`, `[[months]]`) are kept. */
  base: "",
  /** The last scenario text the core accepted: the file Save writes and the exports price. */
  text: "",
  /** False while the form holds problems: the last accepted text is not what the form shows. */
  valid: true,
  comparison: null as Comparison | null,
  /** For each plan that does not rank: the core's words for why, and the in-house costs that would rank it. */
  reasons: {} as Partial<Record<string, string[]>>,
  needs: {} as Partial<Record<string, InHouseNeed[]>>,
  /** For each plan, what each payee's lines add up to. */
  totals: {} as Partial<Record<string, PayeeTotal[]>>,
  /** True while the comparison's outlook (spreads, headroom, switches, next change) is the previous
   * keystroke's, shown faded until the core's answer for this one arrives. */
  outlookStale: false,
  /** The plan whose invoice preview is open. */
  selected: null as string | null,
  cards: [] as CardView[],
  /** The exchange rates in use, as the rate-card screen shows them. */
  fx: null as FxView | null,
  /** For each ranked plan but the cheapest, how much more it costs (the core's figure). */
  aboveCheapest: {} as Record<string, string | undefined>,
  /** Each plan's colour on every chart, for the swatches beside its name (the core's). */
  colours: {} as Record<string, string | undefined>,
  /** Each plan's cost over the twelve months from the scenario's, by plan (with the outlook). */
  year: new Map<string, PlanTotal>(),
};

/** Keeps the core's answer for a scenario: the comparison, and what its unranked plans need. */
export function keepCompared(c: Compared): void {
  state.text = c.text;
  state.valid = true;
  state.comparison = c.comparison;
  state.reasons = c.reasons;
  state.needs = c.needs;
  state.totals = c.totals;
  state.aboveCheapest = c.above_cheapest;
  state.colours = c.colours;
  // The ranking's answer has no year: the previous one stays, faded, until the outlook's arrives.
  if (c.year) state.year = new Map(c.year.map((y) => [y.plan, y]));
}

/** Vendor → term → kind, for writing terms with the right TOML type. */
export function termKinds(): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const c of state.cards) out[c.vendor] = Object.fromEntries(c.terms.map((t) => [t.name, t.kind]));
  return out;
}

/** Timings of recomputes (keystroke to rendered ranking), read by the end-to-end run. */
export const timings: number[] = [];
/** Timings of the outlook (keystroke to spreads, headroom and switches rendered). */
export const outlookTimings: number[] = [];
(window as unknown as { __pricesim: { timings: number[]; outlook: number[] } }).__pricesim = { timings, outlook: outlookTimings };

/**
 * `fresh`, the ranking of this keystroke, keeping `previous`'s outlook (spreads, chances, switches,
 * headroom, next change, sampling) for the plans both have until this keystroke's arrives.
 */
export function withOutlookOf(fresh: Comparison, previous: Comparison | null): Comparison {
  if (!previous) return fresh;
  const before = new Map(previous.quotes.map((q) => [q.plan, q]));
  return {
    ...fresh,
    sampling: previous.sampling,
    headroom: previous.headroom,
    next_change: previous.next_change,
    quotes: fresh.quotes.map((q) => {
      const old = before.get(q.plan);
      return old && q.rank !== null ? { ...q, spread: old.spread, chance_cheapest: old.chance_cheapest, assumptions: old.assumptions } : q;
    }),
  };
}
