// A product source file stays under 300 lines, or says in its header why it is longer: a comment line
// `// Long because: <reason>` (or ` * Long because: <reason>` inside a block comment) among the comment lines
// before its first statement. Tests, browser specs, migrations and generated code are exempt; everything
// else under packages/*/src and apps/*/src counts, the seeds included.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { report, sourceFiles } from "./source-files.mjs";

const LIMIT = 300;
const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const roots = ["packages", "apps"].flatMap((dir) =>
  readdirSync(join(root, dir), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => join(root, dir, e.name, "src")),
);
const skippedFolders = new Set(["migrations", "e2e"]);
const isExempt = (name) => /\.(test|spec|integration\.test)\.tsx?$/.test(name) || name.endsWith(".d.ts");

const isSource = (path) => /\.(ts|tsx|mjs)$/.test(path) && !isExempt(path);

/** The comment lines at the top of a file, before its first statement. */
function headerLines(lines) {
  const header = [];
  for (const line of lines) {
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("//") || trimmed.startsWith("/*") || trimmed.startsWith("*")) {
      header.push(trimmed);
    } else break;
  }
  return header;
}

const marker = /^(\/\/|\/?\*+)\s*Long because: \S/;
const problems = [];
for (const file of roots.flatMap((dir) => sourceFiles(dir, isSource, skippedFolders))) {
  const lines = readFileSync(file, "utf8").split("\n");
  const count = lines.at(-1) === "" ? lines.length - 1 : lines.length;
  if (count <= LIMIT) continue;
  if (headerLines(lines).some((line) => marker.test(line))) continue;
  problems.push(
    `${relative(root, file)} has ${count} lines: split it by what it does, or say why in a header line "// Long because: …"`,
  );
}
report(
  problems,
  `file length: every product source file is at most ${LIMIT} lines or says why in its header`,
);
