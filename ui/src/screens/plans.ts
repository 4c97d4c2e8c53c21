// The plans a chart draws, chosen with a box each (Breakeven and Simulation): every plan until the
// user says otherwise, and a message instead of a chart when none is left.
import { h } from "../dom";
import { t } from "../i18n";
import { state } from "../state";

/** Which plans to draw: `null` for every plan (also the ones a later scenario brings). */
export type Chosen = Set<string> | null;

/** The plans the comparison has: those a chart can draw. */
export function comparedPlans(): string[] {
  return state.comparison?.quotes.map((q) => q.plan) ?? [];
}

/**
 * The plans to ask the core for (`[]` means every plan), or `null` when none is chosen. A plan
 * chosen earlier that the scenario no longer compares (another scenario opened) is not asked for.
 */
export function asked(chosen: Chosen): string[] | null {
  if (chosen === null) return [];
  const plans = comparedPlans().filter((p) => chosen.has(p));
  return plans.length ? plans : null;
}

/** A box for each of `plans`, checked when chosen; `changed` hears the new choice. */
export function planBoxes(plans: string[], chosen: Chosen, changed: (chosen: Chosen) => void): HTMLElement {
  const boxes = plans.map((p) => h("input", { type: "checkbox", value: p, checked: chosen === null || chosen.has(p) }));
  for (const box of boxes)
    box.addEventListener("change", () => {
      const checked = boxes.filter((b) => b.checked).map((b) => b.value);
      changed(checked.length === boxes.length ? null : new Set(checked));
    });
  return h("div", { class: "plans" }, h("span", { class: "muted" }, t("app-plans")), boxes.map((box) => h("label", { class: "check" }, box, box.value)));
}
