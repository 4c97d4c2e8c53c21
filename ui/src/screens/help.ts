// Help (F1, the Help menu): what each screen is for and the keyboard's shortcuts, in the page's
// language; a short form of docs/APP.md for the user at the screen. The version is in Help → About.
import { h } from "../dom";
import { t } from "../i18n";

/** The screens, each with the sentence that says what it is for. */
const SCREENS: [string, string][] = [
  ["app-tab-scenario", "app-help-scenario"],
  ["app-tab-breakeven", "app-help-breakeven"],
  ["app-tab-simulation", "app-help-simulation"],
  ["app-tab-import", "app-help-import"],
  ["app-tab-ratecards", "app-help-ratecards"],
];

/** Each shortcut: what it does and its keys (as the menu shows them). */
const KEYS: [string, string][] = [
  ["app-new", "Ctrl+N"],
  ["app-open", "Ctrl+O"],
  ["app-save", "Ctrl+S"],
  ["app-save-as", "Ctrl+Shift+S"],
  ["app-export-quote", "Ctrl+P"],
  ["app-undo", "Ctrl+Z"],
  ["app-redo", "Ctrl+Y, Ctrl+Shift+Z"],
  ["app-help-view", "Ctrl+1 … Ctrl+5"],
  ["app-help", "F1"],
  ["app-help-quit", "Ctrl+Q"],
];

/** Shows the help; a second F1 while it is open leaves it as it is. */
export function openHelp(): void {
  if (document.getElementById("help-dialog")) return;
  const dialog = h(
    "dialog",
    { id: "help-dialog", "aria-labelledby": "help-title" },
    h("h2", { id: "help-title" }, t("app-help-title")),
    h("p", {}, t("app-help-intro")),
    h("dl", { class: "help" }, SCREENS.flatMap(([tab, what]) => [h("dt", {}, t(tab)), h("dd", {}, t(what))])),
    h("h3", {}, t("app-help-keys")),
    h(
      "table",
      { class: "lines keys" },
      h("tr", {}, h("th", {}, t("app-help-head-action")), h("th", {}, t("app-help-head-keys"))),
      KEYS.map(([what, keys]) => h("tr", {}, h("td", {}, t(what)), h("td", {}, h("kbd", {}, keys)))),
    ),
    h("p", { class: "muted" }, t("app-help-undo")),
    h("p", { class: "muted" }, t("app-help-more")),
    h("div", { class: "actions" }, h("button", { type: "button", id: "help-close", class: "primary", onclick: () => dialog.close() }, t("app-close"))),
  );
  dialog.addEventListener("close", () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
}
