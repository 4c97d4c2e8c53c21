// The page's modules import one another without cycles (the shell imports every screen; what the
// screens share with it lives in `session.ts`), as the core's modules do (`tests/module_graph.rs`).
// Only value imports count: `import type` is erased before the page runs. A cycle is printed
// with its modules in order, and fails the check.
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

const src = new URL("../src", import.meta.url).pathname;

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith(".ts") && !e.name.endsWith(".d.ts") ? [join(dir, e.name)] : [],
  );
}

const imports = new Map();
for (const file of files(src)) {
  const text = readFileSync(file, "utf8");
  const targets = [...text.matchAll(/^import\s+(?!type\b)[^;]*?from\s+"(\.[^"]+)"/gms)].map((m) => resolve(dirname(file), `${m[1]}.ts`));
  imports.set(file, targets.filter((t) => t !== file));
}

const state = new Map();
const cycles = [];
function visit(file, path) {
  state.set(file, "open");
  for (const next of imports.get(file) ?? []) {
    if (state.get(next) === "open") cycles.push([...path.slice(path.indexOf(next)), next]);
    else if (!state.has(next)) visit(next, [...path, next]);
  }
  state.set(file, "done");
}
for (const file of imports.keys()) if (!state.has(file)) visit(file, [file]);

if (cycles.length) {
  for (const c of cycles) console.error(`import cycle: ${c.map((f) => relative(src, f)).join(" -> ")}`);
  process.exit(1);
}
console.log(`imports: the ${imports.size} modules import one another without cycles`);
