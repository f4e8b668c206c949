// A sector is data: the catalog files under packages/core/src/catalog/<sector>/ name its functions,
// qualifications, certificates, crebos and the sector itself, and no rule, procedure or page does. This
// check fails on one of the childcare catalog's ids written as a string literal in the folders given (a
// package's `src`), so code reads a function's place from the catalog (`pathRole`, `findEntryFunction`,
// `findDefaultGoalFunction`, `catalog.sector.id`) and a second sector's catalog works without a code
// change. The ids come from the childcare catalog's data files. The catalog data, tests, browser tests,
// fixtures, the demo seed and the national generator may name them: they describe childcare on purpose.
//
// Usage: node ../../tooling/lint/check-catalog-ids.mjs src [more folders]
import { readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { report, sourceFiles } from "./source-files.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const dataFile = join(root, "packages/core/src/catalog/childcare/index.ts");
const data = readFileSync(dataFile, "utf8");
const ids = new Set(
  [...data.matchAll(/\b(?:id|crebo|code|certificateId):\s*"([^"]+)"/g)].map((match) => match[1]),
);
for (const required of ["kinderopvang", "groepshulp", "pedagogisch-medewerker", "C0125", "25698"]) {
  if (!ids.has(required)) throw new Error(`${relative(root, dataFile)} no longer names "${required}"`);
}

const escaped = [...ids].map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
const literal = new RegExp(`(["'\`])(${escaped.join("|")})\\1`, "g");
const exempt =
  /(\.test\.tsx?|\.spec\.tsx?|\.fixture\.[a-z]+|\/authorization-matrix\.ts|\/test-client\.ts|\/personas\.ts)$|\/(catalog|seed|generator|e2e|testing|bench|cli)\//;

const files = (dir) => sourceFiles(dir, (path) => /\.(ts|tsx|mjs|js)$/.test(path) && !exempt.test(path));

const folders = process.argv.slice(2);
if (folders.length === 0) throw new Error("usage: check-catalog-ids.mjs <folder>…");

const problems = [];
for (const file of folders.flatMap((folder) => files(resolve(folder)))) {
  readFileSync(file, "utf8")
    .split("\n")
    .forEach((line, i) => {
      // A comment may give an example ("C0125"); the code may not.
      if (/^\s*(\*|\/\*|\/\/)/.test(line)) return;
      for (const match of line.replace(/\s\/\/.*$/, "").matchAll(literal)) {
        problems.push(
          `${relative(root, file)}:${i + 1}: the childcare catalog's "${match[2]}" is written out`,
        );
      }
    });
}

report(
  problems,
  `catalog ids: no childcare id is written out in ${folders.join(", ")}`,
  `\n${problems.length} childcare id(s). Read it from the catalog (a function's pathRole, catalog.sector.id, the catalog's lists) instead.`,
);
