// A procedure is exported under its name on the wire: `persons/list.ts` exports `list`, and the area's
// router.ts lists it as `router({ list, … })`. So the file name, the export and the tRPC path say the
// same word. The one exception is a wire name that is a reserved word (`import`), exported with its noun
// (`importPersons`). A router entry that renames (`list: listPersons`) fails.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const src = resolve(dirname(fileURLToPath(import.meta.url)), "../src");
const RESERVED = new Set(["import", "export", "delete", "new", "default", "in", "for", "do", "if", "switch"]);

const routerFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? routerFiles(join(dir, e.name)) : e.name === "router.ts" ? [join(dir, e.name)] : [],
  );

const problems = [];
for (const file of routerFiles(join(src, "routers"))) {
  const text = readFileSync(file, "utf8");
  for (const [, body] of text.matchAll(/router\(\{([\s\S]*?)\}\)/g)) {
    for (const [, key, value] of body.matchAll(/(\w+)\s*:\s*(\w+)/g)) {
      if (value.endsWith("Router") || RESERVED.has(key)) continue;
      problems.push(
        `${relative(src, file)}: "${key}: ${value}" — export the procedure as \`${key}\` and list it as \`${key}\``,
      );
    }
  }
}
if (problems.length) {
  console.error(problems.join("\n"));
  process.exit(1);
}
console.log("procedure names: every procedure is exported under its name on the wire");
