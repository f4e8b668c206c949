// A portal's tables are `@ontwikkelpad/ui`'s `SimpleTable` or `DataTable`: they give every table its
// header scopes, a caption or an accessible name, an empty text and the phone card layout. This check
// fails on a `<table` written anywhere else under apps/*/src, so no hand-written table grows back.
// packages/ui itself may write one: that is where the two shared tables are made.
//
// Usage: node tooling/lint/check-tables.mjs
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const portals = readdirSync(join(root, "apps"), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => join(root, "apps", e.name, "src"));

const files = (dir) => {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => {
    if (e.name === "node_modules" || e.name === "dist") return [];
    const path = join(dir, e.name);
    if (e.isDirectory()) return files(path);
    return /\.tsx$/.test(e.name) ? [path] : [];
  });
};

const problems = [];
for (const file of portals.flatMap(files)) {
  readFileSync(file, "utf8")
    .split("\n")
    .forEach((line, i) => {
      if (/<table[\s>]/.test(line)) problems.push(`${relative(root, file)}:${i + 1}: a hand-written <table>`);
    });
}

if (problems.length > 0) {
  console.error(problems.join("\n"));
  console.error("Use SimpleTable or DataTable from @ontwikkelpad/ui instead (see packages/ui/README.md).");
  process.exit(1);
}
console.log("tables: every portal table is a SimpleTable or a DataTable");
