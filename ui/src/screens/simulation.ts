// Simulation: months and growth (one rate, or contacts, outcomes and WhatsApp each their own); the
// plans in one fixed order in the display currency, the switch worth making, a chart of each
// month's cost and one of the cost to date, wallets with their top-ups.
import { api, toFailure } from "../api";
import { fill, h, money } from "../dom";
import { language, t } from "../i18n";
import { report, say } from "../session";
import { state } from "../state";
import { exportButtons, svgImage } from "./breakeven";
import { asked, comparedPlans, planBoxes, swatch, type Chosen } from "./plans";
import type { Column, Quote, SimulationAsk, SimulationScreen } from "../types";

const choice = { months: "12", growth: "3", contacts: "", outcomes: "", whatsapp: "", plans: new Set<string>() as Chosen };

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
  const ask: SimulationAsk = {
    text: state.text,
    months,
    growth: choice.growth,
    growth_contacts: choice.contacts || undefined,
    growth_outcomes: choice.outcomes || undefined,
    growth_whatsapp: choice.whatsapp || undefined,
    plans: chosen,
  };
  try {
    const screen = await api.simulate(ask);
    if (mine !== asking) return;
    fill(out, ...shown(screen, ask));
  } catch (e) {
    if (mine !== asking) return;
    msg.textContent = toFailure(e).message;
    fill(out);
  }
}

/** The answer on screen: the switch, the two charts, the table and its export. */
function shown({ result, overview, svg, cumulative_svg }: SimulationScreen, ask: SimulationAsk): (HTMLElement | null)[] {
  const currency = state.comparison?.currency ?? "";
  const columns = overview.columns;
  const w = overview.switch;
  const first = result.months[0]?.quotes.find((q) => q.rank === 1)?.plan;
  return [
    w
      ? h("p", { id: "simulation-switch", class: "switch" }, t("app-switch-saves", { from: w.from, to: w.to, month: monthName(w.month), amount: money(w.saves, w.currency), months: result.months.length }))
      : first
        ? h("p", { id: "simulation-switch", class: "muted" }, t("app-no-switch", { plan: first }))
        : null,
    h(
      "div",
      { class: "charts" },
      h("figure", {}, svgImage(svg, t("app-simulation-alt")), exportButtons((format) => ({ kind: "simulation_chart", ...ask, format }))),
      h("figure", {}, svgImage(cumulative_svg, t("app-cumulative-alt")), exportButtons((format) => ({ kind: "cumulative_chart", ...ask, format }), { svg: t("app-export-cumulative-svg"), png: t("app-export-cumulative-png") })),
    ),
    h(
      "div",
      { class: "scroll" },
      h(
        "table",
        { id: "simulation-table", class: "lines" },
        h("tr", {}, h("th", {}, t("app-head-month")), columns.map(head)),
        result.months.map((m) =>
          h("tr", {}, h("td", { class: "month" }, monthName(m.month)), columns.map((c) => monthCell(m.quotes.find((x) => x.plan === c.plan), currency))),
        ),
        h("tr", { class: "sum" }, h("td", {}, t("app-total")), columns.map((c) => {
          const total = result.totals.find((x) => x.plan === c.plan)!;
          return h(
            "td",
            { class: "n" },
            total.cost !== null ? money(total.cost, currency) : "–",
            native(total.total, total.currency, total.cost, currency),
          );
        })),
      ),
    ),
    h("div", { class: "exports" }, h("button", { id: "simulation-csv", type: "button", onclick: () => api.exportFile({ kind: "simulation_csv", ...ask }).then((path) => say({ id: "app-exported", args: { path } })).catch(report) }, t("app-export-csv"))),
    h("p", { class: "muted" }, t("app-simulation-currency", { currency })),
  ];
}

/** A plan's column head: its swatch and name, and beneath, when its cost is not known every month, the mark Breakeven gives such a plan. */
function head(c: Column): HTMLElement {
  return h(
    "th",
    { class: "n plan-head", "data-plan": c.plan },
    swatch(c.plan),
    c.plan,
    c.cost_known ? null : h("div", { class: "warn" }, t("app-stretch-incomplete")),
  );
}

/** `Dec 2026`, `déc. 2026`: a month in the app's language, never broken across lines. */
function monthName(month: string): string {
  return new Date(`${month}-01T00:00:00Z`).toLocaleDateString(language(), { month: "short", year: "numeric", timeZone: "UTC" });
}

/** `4 Jan`, `4 jan.`, `4 janv.`, `4. Jan.`: a top-up's day. */
function day(date: string): string {
  return new Date(`${date}T00:00:00Z`).toLocaleDateString(language(), { day: "numeric", month: "short", timeZone: "UTC" });
}

/**
 * The vendor's invoice in its own currency, under the cost in the display currency, when the two
 * differ (another currency, or other payees' lines in the cost); nothing when they read the same.
 */
function native(total: string, own: string, cost: string | null, currency: string): HTMLElement | null {
  if (cost !== null && own === currency && total === cost) return null;
  return h("div", { class: "muted native" }, t("app-invoiced", { amount: money(total, own) }));
}

/** A plan's month: its cost in the display currency, its invoice beside where it differs and, for a prepaid wallet, the balance at the month's end and each top-up. */
function monthCell(q: Quote | undefined, currency: string): HTMLElement {
  if (!q) return h("td", { class: "n" }, "–");
  const w = q.wallet;
  const cost = q.cost?.total ?? null;
  return h(
    "td",
    { class: cost === null ? "n unknown" : "n" },
    cost !== null ? money(cost, currency) : "–",
    native(q.total, q.currency, cost, currency),
    w ? h("div", { class: "muted" }, t("app-wallet-end", { amount: money(w.closing, q.currency) })) : null,
    w?.top_ups.map((top) => h("div", { class: "muted top-up" }, t("app-topped-up", { amount: money(top.amount, q.currency), day: day(top.date) }))),
  );
}

export function simulationScreen(root: HTMLElement): void {
  type Key = "months" | "growth" | "contacts" | "outcomes" | "whatsapp";
  const num = (id: string, key: Key, label: string, placeholder?: string) => {
    const input = h("input", { id, value: choice[key], inputmode: "decimal", placeholder });
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
        h(
          "fieldset",
          { class: "growths" },
          h("legend", {}, t("app-growth-own")),
          num("growth-contacts", "contacts", t("app-growth-contacts"), t("app-growth-as-above")),
          num("growth-outcomes", "outcomes", t("app-growth-outcomes"), t("app-growth-as-above")),
          num("growth-whatsapp", "whatsapp", t("app-growth-whatsapp"), t("app-growth-as-above")),
        ),
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
