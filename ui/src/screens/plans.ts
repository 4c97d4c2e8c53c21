// The plans a chart draws, chosen with a box each (Breakeven and Simulation): every plan but those
// the user unchecks, and a message instead of a chart when none is left.
import { h } from "../dom";
import { t } from "../i18n";
import { state } from "../state";

/**
 * The plans the user unchecked: every other plan is drawn, so a plan the scenario brings later
 * (Enterprise, once its terms are typed) starts checked like the rest.
 */
export type Chosen = Set<string>;

/** The plans the comparison has: those a chart can draw. */
export function comparedPlans(): string[] {
  return state.comparison?.quotes.map((q) => q.plan) ?? [];
}

/**
 * The plans to ask the core for (`[]` means every plan), or `null` when none is left checked. A
 * plan unchecked earlier that the scenario no longer compares does not count.
 */
export function asked(unchecked: Chosen): string[] | null {
  const all = comparedPlans();
  const plans = all.filter((p) => !unchecked.has(p));
  if (plans.length === all.length) return [];
  return plans.length ? plans : null;
}

/** A box for each of `plans`, checked unless unchecked; `changed` hears the new choice. */
export function planBoxes(plans: string[], unchecked: Chosen, changed: (unchecked: Chosen) => void): HTMLElement {
  const boxes = plans.map((p) => h("input", { type: "checkbox", value: p, checked: !unchecked.has(p) }));
  for (const box of boxes)
    box.addEventListener("change", () => {
      // Plans of another scenario unchecked earlier stay unchecked should it come back.
      const now = new Set([...unchecked].filter((p) => !plans.includes(p)));
      for (const b of boxes) if (!b.checked) now.add(b.value);
      changed(now);
    });
  return h("div", { class: "plans" }, h("span", { class: "muted" }, t("app-plans")), boxes.map((box) => h("label", { class: "check" }, box, swatch(box.value), box.value)));
}

/**
 * A small square in `plan`'s colour, the one every chart draws it in (the core decides it:
 * `Compared.colours`). Set through the style object: the page's CSP refuses inline style markup.
 */
export function swatch(plan: string): HTMLElement {
  const el = h("span", { class: "swatch", "aria-hidden": "true" });
  const colour = state.colours[plan];
  if (colour) el.style.backgroundColor = colour;
  return el;
}
