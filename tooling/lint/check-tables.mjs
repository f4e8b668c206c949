// A portal's tables are `@ontwikkelpad/ui`'s `SimpleTable` or `DataTable`: they give every table its
// header scopes, a caption or an accessible name, an empty text and the phone card layout. This check
// fails on a `<table` written anywhere else under apps/*/src, so no hand-written table grows back.
// packages/ui itself may write one: that is where the two shared tables are made.
//
// Usage: node tooling/lint/check-tables.mjs
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { report, sourceFiles } from "./source-files.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const portals = readdirSync(join(root, "apps"), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => join(root, "apps", e.name, "src"));

const files = (dir) => sourceFiles(dir, (path) => path.endsWith(".tsx"));

const problems = [];
for (const file of portals.flatMap(files)) {
  readFileSync(file, "utf8")
    .split("\n")
    .forEach((line, i) => {
      if (/<table[\s>]/.test(line)) problems.push(`${relative(root, file)}:${i + 1}: a hand-written <table>`);
    });
}

report(
  problems,
  "tables: every portal table is a SimpleTable or a DataTable",
  "Use SimpleTable or DataTable from @ontwikkelpad/ui instead (see packages/ui/README.md).",
);
