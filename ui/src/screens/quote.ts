// "Export quote…": the quote document's details (`[quote]`, saved with the scenario), then the
// PDF or HTML the core makes of them. What the rep must check before sending (example or
// unverified prices, a discount cut down) is listed here after the export, never in the document.
import { api } from "../api";
import { count, fill, h, money } from "../dom";
import { QUOTE_TEXT, type QuoteForm } from "../form";
import { LANGUAGES, t } from "../i18n";
import { edited } from "../history";
import { report, say, setDirty } from "../session";
import { state } from "../state";
import type { VatChoice } from "../types";
import { recompute } from "./scenario";

const TEXT_LABELS: Record<(typeof QUOTE_TEXT)[number], string> = {
  customer: "app-quote-customer",
  prepared_by: "app-quote-prepared-by",
  company: "app-quote-company",
  email: "app-quote-email",
  logo: "app-quote-logo",
  number: "app-quote-number",
  date: "app-quote-date",
};

let vatRates: VatChoice[] = [];

/** A change to the details: they are part of the scenario, so it is changed and priced again. */
function changed(): void {
  edited();
  setDirty(true);
  void recompute();
}

function labelled(label: string, control: HTMLElement, path: string): HTMLElement {
  return h("label", { class: "field" }, h("span", {}, label), control, h("small", { class: "msg", "data-msg": path }));
}

function textField(q: QuoteForm, key: (typeof QUOTE_TEXT)[number]): HTMLElement {
  // The date as text (YYYY-MM-DD): a date input's typing follows the system's locale.
  const attrs: Record<string, string> = key === "date" ? { inputmode: "numeric" } : key === "email" ? { type: "email" } : {};
  const placeholder = key === "date" ? t("app-quote-date-placeholder") : "";
  const input = h("input", { id: `q-${key}`, "data-field": `quote.${key}`, value: q[key], autocomplete: "off", placeholder, ...attrs });
  input.addEventListener("input", () => {
    q[key] = input.value;
    changed();
  });
  if (key !== "logo") return labelled(t(TEXT_LABELS[key]), input, `quote.${key}`);
  const choose = h("button", { type: "button", id: "q-logo-choose" }, t("app-choose"));
  choose.addEventListener("click", () => {
    api
      .pickLogo()
      .then((path) => {
        input.value = q.logo = path;
        changed();
      })
      .catch(report);
  });
  return labelled(t(TEXT_LABELS[key]), h("span", { class: "with-button" }, input, choose), "quote.logo");
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
    h("legend", {}, t("app-quote-plans")),
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
  const vat: [string, string][] = [["", t("app-vat-none")], ["reverse_charge", t("app-vat-reverse")], ...vatRates.map((r): [string, string] => [r.country, t("app-vat-rate", { country: r.country, percent: count(r.percent) })])];
  // The document's language, apart from the page's: it is what the customer reads.
  const languages: [string, string][] = [["", t("app-quote-language-default")], ...LANGUAGES];
  const compare = h("input", { type: "checkbox", id: "q-compare", checked: q.compare });
  compare.addEventListener("change", () => {
    q.compare = compare.checked;
    changed();
  });
  return h(
    "div",
    { class: "quote-form" },
    h("fieldset", {}, h("legend", {}, t("app-quote-who")), QUOTE_TEXT.map((k) => textField(q, k)), labelled(t("app-quote-valid-days"), validDays(q), "quote.valid_days")),
    h(
      "fieldset",
      {},
      h("legend", {}, t("app-quote-price")),
      labelled(
        t("app-discount"),
        h(
          "span",
          { class: "discount" },
          select("q-discount", [["", t("app-discount-none")], ["percent", t("app-discount-percent")], ["amount", t("app-discount-amount")]], q.discount, (v) => {
            q.discount = v as QuoteForm["discount"];
            discountValue.disabled = !q.discount;
          }),
          discountValue,
          select("q-discount-on", [["plan_fee", t("app-discount-on-plan-fee")], ["total", t("app-discount-on-total")]], q.discountOn, (v) => (q.discountOn = v as QuoteForm["discountOn"])),
        ),
        "quote.discount",
      ),
      labelled(t("app-vat"), select("q-vat", vat, q.vat, (v) => (q.vat = v)), "quote.vat"),
      labelled(t("app-quote-language"), select("q-language", languages, q.language, (v) => (q.language = v)), "quote.language"),
      h("label", { class: "check" }, compare, ` ${t("app-quote-compare")}`),
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
    fill(result, h("p", { class: "msg" }, t("app-quote-not-exported")));
    return;
  }
  try {
    const saved = await api.exportQuote({ text: state.text, path: state.path, format, language: null });
    say({ id: "app-exported", args: { path: saved.path } });
    fill(
      result,
      h("p", { id: "quote-saved" }, t("app-saved", { path: saved.path })),
      saved.warnings.length
        ? [h("p", { class: "warn" }, t("app-quote-check")), h("ul", { class: "warnings", id: "quote-warnings" }, saved.warnings.map((w) => h("li", {}, w)))]
        : h("p", { class: "muted" }, t("app-quote-all-published")),
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
    h("h2", { id: "quote-title" }, t("app-quote-title")),
    h("p", { class: "muted" }, t("app-quote-intro")),
    form(q),
    h("div", { id: "quote-result", "aria-live": "polite" }),
    h(
      "div",
      { class: "actions" },
      h("button", { type: "button", id: "quote-export-pdf", class: "primary", onclick: () => void exportAs("pdf") }, t("app-export-pdf")),
      h("button", { type: "button", id: "quote-export-html", onclick: () => void exportAs("html") }, t("app-export-html")),
      h("button", { type: "button", id: "quote-close", onclick: () => dialog.close() }, t("app-close")),
    ),
  );
  dialog.addEventListener("close", () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
}
