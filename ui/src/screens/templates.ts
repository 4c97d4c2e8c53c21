// "New…": a blank scenario, or one of the examples to start from (the first start still opens
// the dealer example, so the first screen already compares plans).
import { api } from "../api";
import { h } from "../dom";

/** Asks what to start from, then calls `start` with its id; nothing when the user cancels. */
export async function chooseTemplate(start: (id: string) => Promise<void>): Promise<void> {
  const templates = await api.templates();
  document.getElementById("new-dialog")?.remove();
  const dialog = h(
    "dialog",
    { id: "new-dialog", "aria-labelledby": "new-title" },
    h("h2", { id: "new-title" }, "New scenario"),
    h("p", { class: "muted" }, "Start from:"),
    h(
      "div",
      { class: "templates" },
      templates.map((t, i) =>
        h(
          "label",
          { class: "template" },
          h("input", { type: "radio", name: "template", value: t.id, checked: i === 0 }),
          h("span", {}, h("strong", {}, t.name), h("span", { class: "muted" }, ` ${t.about}`)),
        ),
      ),
    ),
    h(
      "div",
      { class: "actions" },
      h("button", { type: "button", id: "new-create", class: "primary", onclick: () => {
        const chosen = dialog.querySelector<HTMLInputElement>("input[name=template]:checked")?.value ?? "blank";
        dialog.close();
        void start(chosen);
      } }, "Create"),
      h("button", { type: "button", id: "new-cancel", onclick: () => dialog.close() }, "Cancel"),
    ),
  );
  dialog.addEventListener("close", () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
}
