// Rate cards: every vendor's card and versions with provenance; edit a copy (saved in the app's
// data folder, the shipped cards untouched), checked before it is used, used at once.
import { api, toFailure } from "../api";
import { fill, h } from "../dom";
import { t } from "../i18n";
import { problemText, sourceName } from "../labels";
import { say } from "../main";
import { state } from "../state";
import { recompute } from "./scenario";
import type { CardView } from "../types";

function card(c: CardView): HTMLElement {
  const editor = h("textarea", { class: "code", spellcheck: "false", "aria-label": t("app-card-label", { name: c.name }) }, c.text);
  const problems = h("ul", { class: "problems" });
  const save = async () => {
    try {
      const cards = await api.saveRatecard(c.vendor, editor.value);
      state.cards = cards.cards;
      fill(problems);
      say({ id: "app-card-saved", args: { name: c.name } });
      await recompute();
      render();
    } catch (e) {
      const f = toFailure(e);
      fill(problems, f.problems.length ? f.problems.map((p) => h("li", {}, problemText(p))) : h("li", {}, f.message));
      // The status line must not go on saying an earlier copy was saved.
      say({ id: "app-card-not-saved", args: { name: c.name } }, "error");
    }
  };
  const reset = async () => {
    const cards = await api.resetRatecard(c.vendor).catch((e) => { say(toFailure(e).message, "error"); return null; });
    if (cards) {
      state.cards = cards.cards;
      say({ id: "app-card-reset-done", args: { name: c.name } });
      await recompute();
      render();
    }
  };
  return h(
    "article",
    { class: "card", "data-vendor": c.vendor },
    h("h2", {}, `${c.name} `, h("span", { class: "muted" }, `${c.vendor} · ${c.currency} · ${c.file}`), c.edited ? h("span", { class: "badge warn" }, t("app-card-edited")) : null),
    h(
      "table",
      { class: "lines" },
      h("tr", {}, h("th", {}, t("app-head-in-force")), h("th", {}, t("app-head-plans")), h("th", {}, t("app-head-source"))),
      c.versions.map((v) =>
        h("tr", {}, h("td", {}, v.effective_from), h("td", {}, v.plans.map(([, name]) => name).join(", ")), h("td", { class: `source ${v.source.status}` }, h("span", { class: "status" }, sourceName(v.source.status)), v.source.url ? h("div", { class: "url" }, v.source.url) : null, v.source.note ? h("div", { class: "muted" }, v.source.note) : null)),
      ),
    ),
    h("details", {}, h("summary", {}, t("app-card-edit")), editor, h("div", { class: "exports" }, h("button", { type: "button", onclick: () => void save() }, t("app-card-save")), c.edited ? h("button", { type: "button", onclick: () => void reset() }, t("app-card-reset")) : null), problems),
  );
}

function render(): void {
  const root = document.getElementById("screen");
  if (root) ratecardsScreen(root);
}

export function ratecardsScreen(root: HTMLElement): void {
  fill(root, h("div", { class: "cards" }, h("p", { class: "muted" }, t("app-cards-intro")), state.cards.map(card)));
}
