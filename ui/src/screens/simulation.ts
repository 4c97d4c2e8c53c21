// Simulation: months and growth; a table and a chart per plan, wallets with their top-ups.
import { api, toFailure } from "../api";
import { fill, h, money } from "../dom";
import { report } from "../main";
import { state } from "../state";
import { svgImage } from "./breakeven";
import { asked, comparedPlans, planBoxes, type Chosen } from "./plans";
import type { Quote } from "../types";

const choice = { months: "12", growth: "3", plans: null as Chosen };

/** Counts the requests, so an answer that comes after a newer request's is dropped. */
let asking = 0;

async function run(): Promise<void> {
  const mine = ++asking;
  const out = document.getElementById("simulation-out")!;
  const msg = document.getElementById("simulation-msg")!;
  const months = Number(choice.months);
  if (!/^\d+$/.test(choice.months) || months < 1 || months > 600) {
    msg.textContent = "Months: a whole number from 1 to 600";
    return;
  }
  const chosen = asked(choice.plans);
  if (!chosen) {
    msg.textContent = "Choose at least one plan";
    fill(out);
    return;
  }
  msg.textContent = "";
  try {
    const { result, svg } = await api.simulate(state.text, months, choice.growth, chosen);
    if (mine !== asking) return;
    const currency = state.comparison?.currency ?? "";
    const plans = result.totals.map((t) => t.plan);
    fill(
      out,
      svgImage(svg, "Cost of each plan month by month"),
      h("div", { class: "exports" }, ["svg", "png"].map((format) =>
        h("button", { type: "button", onclick: () => api.exportFile({ kind: "simulation_chart", text: state.text, months, growth: choice.growth, plans: chosen, format: format as "svg" | "png" }).catch(report) }, `Export ${format.toUpperCase()}…`),
      )),
      h(
        "div",
        { class: "scroll" },
        h(
          "table",
          { id: "simulation-table", class: "lines" },
          h("tr", {}, h("th", {}, "Month"), plans.map((p) => h("th", { class: "n" }, p))),
          result.months.map((m) =>
            h("tr", {}, h("td", {}, m.month), plans.map((p) => monthCell(m.quotes.find((x) => x.plan === p)))),
          ),
          h("tr", { class: "sum" }, h("td", {}, "Total"), plans.map((p) => {
            const t = result.totals.find((x) => x.plan === p)!;
            return h("td", { class: "n" }, money(t.total, t.currency), t.incomplete ? " (incomplete)" : "");
          })),
        ),
      ),
      h("p", { class: "muted" }, `Each plan in its own currency; the chart converts to ${currency}.`),
    );
  } catch (e) {
    if (mine !== asking) return;
    msg.textContent = toFailure(e).message;
  }
}

const day = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

/** A plan's month: its total and, for a prepaid wallet, the balance at the month's end and each top-up. */
function monthCell(q: Quote | undefined): HTMLElement {
  if (!q) return h("td", { class: "n" }, "–");
  const w = q.wallet;
  return h(
    "td",
    { class: "n" },
    money(q.total, q.currency),
    w ? h("div", { class: "muted" }, `wallet ${money(w.closing, q.currency)} at the end`) : null,
    w?.top_ups.map((t) => h("div", { class: "muted top-up" }, `topped up ${money(t.amount, q.currency)} on ${day.format(new Date(`${t.date}T00:00:00Z`))}`)),
  );
}

export function simulationScreen(root: HTMLElement): void {
  const num = (id: string, key: "months" | "growth", label: string) => {
    const input = h("input", { id, value: choice[key], inputmode: "decimal" });
    input.addEventListener("change", () => { choice[key] = input.value.trim(); void run(); });
    return h("label", { class: "field" }, h("span", {}, label), input);
  };
  fill(
    root,
    h(
      "div",
      { class: "analysis" },
      h(
        "div",
        { class: "controls" },
        num("months", "months", "Months"),
        num("growth", "growth", "Growth a month (%)"),
        h("button", { id: "run", type: "button", onclick: () => void run() }, "Simulate"),
        h("small", { class: "msg", id: "simulation-msg" }),
        planBoxes(comparedPlans(), choice.plans, (chosen) => {
          choice.plans = chosen;
          void run();
        }),
      ),
      h("section", { id: "simulation-out" }),
    ),
  );
  void run();
}
