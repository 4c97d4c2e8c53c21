// Every message id the page's code names is in the catalog (assets/i18n/en.ftl; the Rust test
// `every_language_has_every_message_and_they_parse` holds the other languages to English), and
// every id is written out whole: one put together at run time (`app-${x}`) could not be checked
// here, so it is refused. A missing id would show on screen as the id itself.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { FluentResource } from "@fluent/bundle";

const root = new URL("..", import.meta.url).pathname;
const catalog = new FluentResource(readFileSync(join(root, "../assets/i18n/en.ftl"), "utf8"));
const ids = new Set(catalog.body.map((entry) => entry.id));
// Ids begin with a word and a dash (`app-`, the page's own; `category-`, the document's too): any
// quoted text that begins with one of these is a message id.
const prefixes = [...new Set(["app", ...[...ids].map((id) => id.split("-")[0])])];
const quoted = new RegExp(`["'\`]((?:${prefixes.join("|")})-[\\w-]+)(["'\`]|\\$\\{)`, "g");

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

const problems = [];
let used = 0;
for (const file of files(join(root, "src"))) {
  const lines = readFileSync(file, "utf8").split("\n");
  lines.forEach((line, i) => {
    for (const [, id, end] of line.matchAll(quoted)) {
      const where = `${file.slice(root.length)}:${i + 1}`;
      used++;
      if (end === "${") problems.push(`${where}: \`${id}\${…}\` is put together at run time: write the id out whole`);
      else if (!ids.has(id)) problems.push(`${where}: \`${id}\` is not in assets/i18n/en.ftl`);
    }
  });
}
if (problems.length) {
  for (const p of problems) console.error(p);
  console.error(`${problems.length} message ids wrong`);
  process.exit(1);
}
console.log(`messages: the ${used} ids the page names are all in the catalog`);
