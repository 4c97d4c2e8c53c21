// Breakeven: choose the count to vary and the plans; the chart and the table of crossings.
import { api, toFailure } from "../api";
import { count, fill, h, money } from "../dom";
import { COUNTS } from "../form";
import { report } from "../main";
import { state } from "../state";
import { asked, comparedPlans, planBoxes, type Chosen } from "./plans";

const choice = { axis: "contacts.engaged", from: "0", to: "10000", plans: null as Chosen };

/** Every count the form has, and the plain ones. */
function axes(): string[] {
  const keys = new Set<string>(COUNTS);
  for (const [k, v] of Object.entries(state.form.counts)) if (k.startsWith("outcomes.") && v.trim()) keys.add(k);
  state.form.whatsapp.forEach((row) => Object.keys(row.counts).forEach((c) => keys.add(`whatsapp.${row.country}.${c}`)));
  return [...keys];
}

function svgImage(svg: string, alt: string): HTMLImageElement {
  const bytes = new TextEncoder().encode(svg);
  let binary = "";
  bytes.forEach((b) => (binary += String.fromCharCode(b)));
  return h("img", { class: "chart", alt, src: `data:image/svg+xml;base64,${btoa(binary)}` });
}

export { svgImage };

/** Counts the requests, so an answer that comes after a newer request's is dropped. */
let asking = 0;

async function draw(): Promise<void> {
  const mine = ++asking;
  const out = document.getElementById("breakeven-out")!;
  const from = Number(choice.from);
  const to = Number(choice.to);
  const msg = document.getElementById("breakeven-msg")!;
  if (!/^\d+$/.test(choice.from) || !/^\d+$/.test(choice.to) || from > to) {
    msg.textContent = "From and to are whole numbers, from not above to";
    return;
  }
  const plans = asked(choice.plans);
  if (!plans) {
    msg.textContent = "Choose at least one plan";
    fill(out);
    return;
  }
  msg.textContent = "";
  try {
    const { result, svg } = await api.breakeven(state.text, choice.axis, from, to, plans);
    if (mine !== asking) return;
    fill(
      out,
      svgImage(svg, `Cost of each plan by ${choice.axis}`),
      h("div", { class: "exports" }, ["svg", "png"].map((format) =>
        h("button", { type: "button", onclick: () => api.exportFile({ kind: "breakeven_chart", text: state.text, axis: choice.axis, from, to, plans, format: format as "svg" | "png" }).catch(report) }, `Export ${format.toUpperCase()}…`),
      )),
      h("h3", {}, "Cheapest"),
      h("table", { id: "envelope" }, result.envelope.map((s) => h("tr", {}, h("td", {}, `${count(s.from)} to ${count(s.to)}`), h("td", {}, s.plan), h("td", { class: "warn" }, s.incomplete ? "its cost is not known everywhere" : "")))),
      h("h3", {}, "Crossings"),
      result.crossings.length
        ? h(
            "table",
            { id: "crossings" },
            h("tr", {}, h("th", {}, "At"), h("th", {}, "Cheaper from here"), h("th", { class: "n" }, "Cost"), h("th", {}, "than"), h("th", { class: "n" }, "Cost")),
            result.crossings.map((c) => h("tr", {}, h("td", {}, count(c.at)), h("td", {}, c.from_here), h("td", { class: "n" }, money(c.cost_from_here, result.currency)), h("td", {}, c.below), h("td", { class: "n" }, money(c.cost_below, result.currency)))),
          )
        : h("p", {}, "No crossings: the plans keep their order over the whole range."),
      (result.notes ?? []).map((n) => h("p", { class: "warn" }, n)),
    );
  } catch (e) {
    if (mine !== asking) return;
    const f = toFailure(e);
    msg.textContent = f.message;
  }
}

export function breakevenScreen(root: HTMLElement): void {
  const axis = h("select", { id: "axis", onchange: (e: Event) => { choice.axis = (e.target as HTMLSelectElement).value; void draw(); } }, axes().map((a) => h("option", { value: a, selected: a === choice.axis }, a)));
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
        h("label", { class: "field" }, h("span", {}, "Vary"), axis),
        h("label", { class: "field" }, h("span", {}, "From"), num("from", "from")),
        h("label", { class: "field" }, h("span", {}, "To"), num("to", "to")),
        h("button", { id: "draw", type: "button", onclick: () => void draw() }, "Draw"),
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
