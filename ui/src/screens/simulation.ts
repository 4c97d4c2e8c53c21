// Simulation: months and growth; a table and a chart per plan, wallets with their top-ups.
import { api, toFailure } from "../api";
import { fill, h, money } from "../dom";
import { language, t } from "../i18n";
import { state } from "../state";
import { exportButtons, svgImage } from "./breakeven";
import { asked, comparedPlans, planBoxes, type Chosen } from "./plans";
import type { Quote } from "../types";

const choice = { months: "12", growth: "3", plans: new Set<string>() as Chosen };

/** Counts the requests, so an answer that comes after a newer request's is dropped. */
let asking = 0;

async function run(): Promise<void> {
  const mine = ++asking;
  const out = document.getElementById("simulation-out")!;
  const msg = document.getElementById("simulation-msg")!;
  const months = Number(choice.months);
  if (!/^\d+$/.test(choice.months) || months < 1 || months > 600) {
    // The chart and table of other months must not stand as if they answered these.
    msg.textContent = t("app-months-invalid");
    fill(out);
    return;
  }
  const chosen = asked(choice.plans);
  if (!chosen) {
    msg.textContent = t("app-choose-plan");
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
      svgImage(svg, t("app-simulation-alt")),
      exportButtons((format) => ({ kind: "simulation_chart", text: state.text, months, growth: choice.growth, plans: chosen, format })),
      h(
        "div",
        { class: "scroll" },
        h(
          "table",
          { id: "simulation-table", class: "lines" },
          h("tr", {}, h("th", {}, t("app-head-month")), plans.map((p) => h("th", { class: "n" }, p))),
          result.months.map((m) =>
            h("tr", {}, h("td", {}, m.month), plans.map((p) => monthCell(m.quotes.find((x) => x.plan === p)))),
          ),
          h("tr", { class: "sum" }, h("td", {}, t("app-total")), plans.map((p) => {
            const total = result.totals.find((x) => x.plan === p)!;
            return h("td", { class: "n" }, money(total.total, total.currency), total.incomplete ? ` ${t("app-incomplete")}` : "");
          })),
        ),
      ),
      h("p", { class: "muted" }, t("app-own-currency", { currency })),
    );
  } catch (e) {
    if (mine !== asking) return;
    msg.textContent = toFailure(e).message;
    fill(out);
  }
}

/** `4 Jan`, `4 jan.`, `4 janv.`, `4. Jan.`: a top-up's day. */
function day(date: string): string {
  return new Date(`${date}T00:00:00Z`).toLocaleDateString(language(), { day: "numeric", month: "short", timeZone: "UTC" });
}

/** A plan's month: its total and, for a prepaid wallet, the balance at the month's end and each top-up. */
function monthCell(q: Quote | undefined): HTMLElement {
  if (!q) return h("td", { class: "n" }, "–");
  const w = q.wallet;
  return h(
    "td",
    { class: "n" },
    money(q.total, q.currency),
    w ? h("div", { class: "muted" }, t("app-wallet-end", { amount: money(w.closing, q.currency) })) : null,
    w?.top_ups.map((top) => h("div", { class: "muted top-up" }, t("app-topped-up", { amount: money(top.amount, q.currency), day: day(top.date) }))),
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
        num("months", "months", t("app-months")),
        num("growth", "growth", t("app-growth")),
        h("button", { id: "run", type: "button", onclick: () => void run() }, t("app-simulate")),
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
