// "Export quote…": the quote document's details (`[quote]`, saved with the scenario), then the
// PDF or HTML the core makes of them. What the rep must check before sending (example or
// unverified prices, a discount cut down) is listed here after the export, never in the document.
import { api } from "../api";
import { fill, h, money } from "../dom";
import { QUOTE_TEXT, type QuoteForm } from "../form";
import { report, say, setDirty } from "../main";
import { state } from "../state";
import type { VatChoice } from "../types";
import { recompute } from "./scenario";

const TEXT_LABELS: Record<(typeof QUOTE_TEXT)[number], string> = {
  customer: "Customer",
  prepared_by: "Prepared by",
  company: "Your company",
  email: "Your email",
  logo: "Logo (PNG or SVG)",
  number: "Quote number",
  date: "Date",
};

const LANGUAGES: [string, string][] = [
  ["", "English (default)"],
  ["en", "English"],
  ["nl", "Nederlands"],
  ["fr", "Français"],
  ["de", "Deutsch"],
];

let vatRates: VatChoice[] = [];

/** A change to the details: they are part of the scenario, so it is changed and priced again. */
function changed(): void {
  setDirty(true);
  void recompute();
}

function labelled(label: string, control: HTMLElement, path: string): HTMLElement {
  return h("label", { class: "field" }, h("span", {}, label), control, h("small", { class: "msg", "data-msg": path }));
}

function textField(q: QuoteForm, key: (typeof QUOTE_TEXT)[number]): HTMLElement {
  // The date as text (YYYY-MM-DD): a date input's typing follows the system's locale.
  const attrs: Record<string, string> = key === "date" ? { inputmode: "numeric" } : key === "email" ? { type: "email" } : {};
  const placeholder = key === "date" ? "today (YYYY-MM-DD)" : "";
  const input = h("input", { id: `q-${key}`, "data-field": `quote.${key}`, value: q[key], autocomplete: "off", placeholder, ...attrs });
  input.addEventListener("input", () => {
    q[key] = input.value;
    changed();
  });
  if (key !== "logo") return labelled(TEXT_LABELS[key], input, `quote.${key}`);
  const choose = h("button", { type: "button", id: "q-logo-choose" }, "Choose…");
  choose.addEventListener("click", () => {
    api
      .pickLogo()
      .then((path) => {
        input.value = q.logo = path;
        changed();
      })
      .catch(report);
  });
  return labelled(TEXT_LABELS[key], h("span", { class: "with-button" }, input, choose), "quote.logo");
}

function select(id: string, options: [string, string][], value: string, set: (v: string) => void): HTMLSelectElement {
  const el = h("select", { id }, options.map(([v, label]) => h("option", { value: v, selected: v === value }, label)));
  el.addEventListener("change", () => {
    set(el.value);
    changed();
  });
  return el;
}

/** The plans to offer: ticked ones, or (none ticked) the cheapest. */
function plans(q: QuoteForm): HTMLElement {
  const c = state.comparison;
  const ranked = (c?.quotes ?? []).filter((quote) => quote.rank !== null);
  return h(
    "fieldset",
    { class: "plans" },
    h("legend", {}, "Plans offered (none ticked: the cheapest)"),
    ranked.map((quote) => {
      const box = h("input", { type: "checkbox", "data-plan": quote.plan, checked: q.plans.includes(quote.plan) });
      box.addEventListener("change", () => {
        q.plans = box.checked ? [...q.plans, quote.plan] : q.plans.filter((p) => p !== quote.plan);
        changed();
      });
      const cost = quote.cost ? money(quote.cost.total, quote.cost.currency) : "";
      return h("label", { class: "check" }, box, ` ${quote.rank}. ${quote.plan}`, h("span", { class: "muted" }, ` ${cost}`));
    }),
  );
}

function form(q: QuoteForm): HTMLElement {
  const discountValue = h("input", { id: "q-discount-value", "data-field": "quote.discount", value: q.discountValue, inputmode: "decimal", placeholder: "10", disabled: !q.discount });
  discountValue.addEventListener("input", () => {
    q.discountValue = discountValue.value;
    changed();
  });
  const vat: [string, string][] = [["", "No VAT line"], ["reverse_charge", "Reverse charge (EU business)"], ...vatRates.map((r): [string, string] => [r.country, `${r.country} ${r.percent} %`])];
  const compare = h("input", { type: "checkbox", id: "q-compare", checked: q.compare });
  compare.addEventListener("change", () => {
    q.compare = compare.checked;
    changed();
  });
  return h(
    "div",
    { class: "quote-form" },
    h("fieldset", {}, h("legend", {}, "Who and when"), QUOTE_TEXT.map((k) => textField(q, k)), labelled("Valid for (days)", validDays(q), "quote.valid_days")),
    h(
      "fieldset",
      {},
      h("legend", {}, "Price"),
      labelled(
        "Discount",
        h(
          "span",
          { class: "discount" },
          select("q-discount", [["", "None"], ["percent", "Percent"], ["amount", "Amount"]], q.discount, (v) => {
            q.discount = v as QuoteForm["discount"];
            discountValue.disabled = !q.discount;
          }),
          discountValue,
          select("q-discount-on", [["plan_fee", "of the plan fee"], ["total", "of the total"]], q.discountOn, (v) => (q.discountOn = v as QuoteForm["discountOn"])),
        ),
        "quote.discount",
      ),
      labelled("VAT", select("q-vat", vat, q.vat, (v) => (q.vat = v)), "quote.vat"),
      labelled("Language", select("q-language", LANGUAGES, q.language, (v) => (q.language = v)), "quote.language"),
      h("label", { class: "check" }, compare, " Add every plan compared, ranked, as an appendix"),
    ),
    plans(q),
  );
}

function validDays(q: QuoteForm): HTMLElement {
  const input = h("input", { id: "q-valid_days", "data-field": "quote.valid_days", value: q.valid_days, inputmode: "numeric", placeholder: "30" });
  input.addEventListener("input", () => {
    q.valid_days = input.value;
    changed();
  });
  return input;
}

/** Asks the core for the document and where to save it; lists what the rep must check. */
async function exportAs(format: "pdf" | "html"): Promise<void> {
  const result = document.getElementById("quote-result")!;
  await recompute();
  if (!state.valid) {
    fill(result, h("p", { class: "msg" }, "Not exported: the scenario has problems (shown beside their fields). Fix them first."));
    return;
  }
  try {
    const saved = await api.exportQuote({ text: state.text, path: state.path, format, language: null });
    say(`Exported ${saved.path}`);
    fill(
      result,
      h("p", { id: "quote-saved" }, `Saved ${saved.path}`),
      saved.warnings.length
        ? [h("p", { class: "warn" }, "Check before sending (not shown to the customer):"), h("ul", { class: "warnings", id: "quote-warnings" }, saved.warnings.map((w) => h("li", {}, w)))]
        : h("p", { class: "muted" }, "Every price in it is published or from your contract."),
    );
  } catch (e) {
    report(e);
    fill(result, h("p", { class: "msg" }, String((e as { message?: string }).message ?? e)));
  }
}

/** Opens the quote dialog over the current screen. */
export async function openQuoteDialog(): Promise<void> {
  if (!vatRates.length) vatRates = await api.vatRates().catch(() => []);
  document.getElementById("quote-dialog")?.remove();
  const q = state.form.quote;
  const dialog = h(
    "dialog",
    { id: "quote-dialog", "aria-labelledby": "quote-title" },
    h("h2", { id: "quote-title" }, "Quote document"),
    h("p", { class: "muted" }, "What the document says besides the usage. Saved with the scenario, under [quote]."),
    form(q),
    h("div", { id: "quote-result", "aria-live": "polite" }),
    h(
      "div",
      { class: "actions" },
      h("button", { type: "button", id: "quote-export-pdf", class: "primary", onclick: () => void exportAs("pdf") }, "Export PDF…"),
      h("button", { type: "button", id: "quote-export-html", onclick: () => void exportAs("html") }, "Export HTML…"),
      h("button", { type: "button", id: "quote-close", onclick: () => dialog.close() }, "Close"),
    ),
  );
  dialog.addEventListener("close", () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
}
