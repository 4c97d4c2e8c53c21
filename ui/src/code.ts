// A text editor for a file's TOML with its line numbers beside it, so that a problem reported at
// "line 42" can be found; a problem's line can be jumped to. A plain textarea with a gutter kept
// in step (lines never wrap, so each number stays beside its line) rather than an editor
// library: the page needs nothing more, and a textarea keeps the browser's undo and keyboard.
import { h } from "./dom";

/** The editor, and a way to put the cursor on a line (1-based) with the line selected. */
export interface CodeEditor {
  root: HTMLElement;
  area: HTMLTextAreaElement;
  goTo(line: number): void;
}

export function codeEditor(label: string, text: string): CodeEditor {
  const area = h("textarea", { class: "code", spellcheck: "false", wrap: "off", "aria-label": label }, text);
  const gutter = h("pre", { class: "gutter", "aria-hidden": "true" });
  let shown = 0;
  const number = () => {
    const lines = area.value.split("\n").length;
    if (lines !== shown) {
      gutter.textContent = Array.from({ length: lines }, (_, i) => String(i + 1)).join("\n");
      shown = lines;
    }
  };
  const follow = () => {
    gutter.scrollTop = area.scrollTop;
  };
  area.addEventListener("input", number);
  area.addEventListener("scroll", follow);
  number();
  const goTo = (line: number) => {
    const lines = area.value.split("\n");
    const at = Math.min(Math.max(line, 1), lines.length) - 1;
    const start = lines.slice(0, at).reduce((n, l) => n + l.length + 1, 0);
    area.focus();
    area.setSelectionRange(start, start + lines[at].length);
    // Put the line a few lines below the top: the browser scrolls only far enough to show it.
    const height = area.scrollHeight / lines.length;
    area.scrollTop = Math.max(0, (at - 3) * height);
    follow();
  };
  return { root: h("div", { class: "code-editor" }, gutter, area), area, goTo };
}
