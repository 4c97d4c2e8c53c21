// Breakeven: choose the count to vary and the plans; the chart and the table of crossings.
import { api, toFailure } from "../api";
import { count, fill, h, money } from "../dom";
import { countKeys } from "../form";
import { t } from "../i18n";
import { usageName } from "../labels";
import { report } from "../session";
import { state } from "../state";
import { asked, comparedPlans, planBoxes, type Chosen } from "./plans";
import type { Breakeven, Crossing, Export } from "../types";

const choice = { axis: "contacts.engaged", from: "0", to: "10000", plans: new Set<string>() as Chosen };


function svgImage(svg: string, alt: string): HTMLImageElement {
  const bytes = new TextEncoder().encode(svg);
  let binary = "";
  bytes.forEach((b) => (binary += String.fromCharCode(b)));
  return h("img", { class: "chart", alt, src: `data:image/svg+xml;base64,${btoa(binary)}` });
}

export { svgImage };

/** "Export SVG…" and "Export PNG…" of a chart: `request` says what to export in a format. */
export function exportButtons(request: (format: "svg" | "png") => Export, labels = { svg: t("app-export-svg"), png: t("app-export-png") }): HTMLElement {
  return h(
    "div",
    { class: "exports" },
    h("button", { type: "button", onclick: () => api.exportFile(request("svg")).catch(report) }, labels.svg),
    h("button", { type: "button", onclick: () => api.exportFile(request("png")).catch(report) }, labels.png),
  );
}

/** Counts the requests, so an answer that comes after a newer request's is dropped. */
let asking = 0;

/**
 * The crossings: those where the cheapest plan changes (the core's `turns`) in a table, and the
 * others, dearer plans passing each other, folded beneath it.
 */
function crossings(result: Breakeven, turns: number[]): HTMLElement {
  if (!result.crossings.length) return h("p", {}, t("app-no-crossings"));
  const head = () => h("tr", {}, h("th", {}, t("app-head-at")), h("th", {}, t("app-head-cheaper")), h("th", { class: "n" }, t("app-head-cost")), h("th", {}, t("app-head-than")), h("th", { class: "n" }, t("app-head-cost")));
  const row = (c: Crossing) => h("tr", {}, h("td", {}, count(c.at)), h("td", {}, c.from_here), h("td", { class: "n" }, money(c.cost_from_here, result.currency)), h("td", {}, c.below), h("td", { class: "n" }, money(c.cost_below, result.currency)));
  const turning = new Set(turns);
  const main = result.crossings.filter((_, i) => turning.has(i));
  const rest = result.crossings.filter((_, i) => !turning.has(i));
  return h(
    "div",
    { id: "crossings" },
    main.length ? h("table", { id: "turns" }, head(), main.map(row)) : h("p", {}, t("app-no-turns")),
    rest.length ? h("details", { id: "other-crossings" }, h("summary", {}, t("app-other-crossings", { count: rest.length })), h("table", {}, head(), rest.map(row))) : null,
  );
}

async function draw(): Promise<void> {
  const mine = ++asking;
  const out = document.getElementById("breakeven-out")!;
  const from = Number(choice.from);
  const to = Number(choice.to);
  const msg = document.getElementById("breakeven-msg")!;
  if (!/^\d+$/.test(choice.from) || !/^\d+$/.test(choice.to) || from > to) {
    // The chart of another stretch must not stand as if it answered this one.
    msg.textContent = t("app-range-invalid");
    fill(out);
    return;
  }
  const plans = asked(choice.plans);
  if (!plans) {
    msg.textContent = t("app-choose-plan");
    fill(out);
    return;
  }
  msg.textContent = "";
  try {
    const { result, svg, fan, turns } = await api.breakeven({ text: state.text, axis: choice.axis, from, to, plans });
    if (mine !== asking) return;
    fill(
      out,
      svgImage(svg, t("app-breakeven-alt", { axis: usageName(choice.axis) })),
      exportButtons((format) => ({ kind: "breakeven_chart", text: state.text, axis: choice.axis, from, to, plans, format })),
      h("h3", {}, t("app-cheapest")),
      h("table", { id: "envelope" }, result.envelope.map((s) => h("tr", {}, h("td", {}, t("app-stretch", { from: count(s.from), to: count(s.to) })), h("td", {}, s.plan), h("td", { class: "warn" }, s.incomplete ? t("app-stretch-incomplete") : "")))),
      h("h3", {}, t("app-crossings")),
      crossings(result, turns),
      (result.notes ?? []).map((n) => h("p", { class: "warn" }, n)),
      fan
        ? h(
            "section",
            { id: "fan" },
            h("h3", {}, t("app-fan-title")),
            h("p", { class: "hint" }, t("app-fan-hint")),
            svgImage(fan.svg, t("app-fan-alt", { axis: usageName(choice.axis) })),
            exportButtons((format) => ({ kind: "fan_chart", text: state.text, axis: choice.axis, from, to, plans, format }), { svg: t("app-export-fan-svg"), png: t("app-export-fan-png") }),
          )
        : null,
    );
  } catch (e) {
    if (mine !== asking) return;
    const f = toFailure(e);
    msg.textContent = f.message;
    fill(out);
  }
}

export function breakevenScreen(root: HTMLElement): void {
  const axis = h("select", { id: "axis", onchange: (e: Event) => { choice.axis = (e.target as HTMLSelectElement).value; void draw(); } }, countKeys(state.form).map((a) => h("option", { value: a, selected: a === choice.axis }, usageName(a))));
  const num = (id: string, key: "from" | "to") => {
    const input = h("input", { id, value: choice[key], inputmode: "numeric" });
    input.addEventListener("change", () => { choice[key] = input.value.trim(); void draw(); });
    return input;
  };
  fill(
    root,
    h(
      "div",
      { class: "analysis" },
      h("div", { class: "controls" },
        h("label", { class: "field" }, h("span", {}, t("app-vary")), axis),
        h("label", { class: "field" }, h("span", {}, t("app-from")), num("from", "from")),
        h("label", { class: "field" }, h("span", {}, t("app-to")), num("to", "to")),
        h("button", { id: "draw", type: "button", onclick: () => void draw() }, t("app-draw")),
        h("small", { class: "msg", id: "breakeven-msg" }),
        planBoxes(comparedPlans(), choice.plans, (chosen) => {
          choice.plans = chosen;
          void draw();
        }),
      ),
      h("section", { id: "breakeven-out" }),
    ),
  );
  void draw();
}
