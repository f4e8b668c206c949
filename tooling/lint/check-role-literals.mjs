// Roles are named only in core (`ROLES`, `ROLES_OF_KIND`, `COACH_ROLES`, `PERMISSIONS`): who may do what
// is core's permission table, read by the api and the portals. This check fails on a role written as
// a string literal in the folders given (a package's `src`), so no role list grows back beside the
// table. The role names come from the database's `Role` enum. Tests, the authorization matrix and
// the test client may name roles: they log in as them. A literal that spells the same word but is
// not a role (the funnel stage "INTAKE") says so in a comment on the line or the line before it,
// with the words "not a role".
//
// Usage: node ../../tooling/lint/check-role-literals.mjs src [more folders]
import { readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { report, sourceFiles } from "./source-files.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const schema = readFileSync(join(root, "packages/db/prisma/schema.prisma"), "utf8");
const roleBlock = /^enum Role \{([^}]*)\}/m.exec(schema);
if (!roleBlock) throw new Error("packages/db/prisma/schema.prisma has no enum Role");
const roles = roleBlock[1]
  .split("\n")
  .map((line) => line.replace(/\/\/.*/, "").trim())
  .filter(Boolean);

const literal = new RegExp(`(["'\`])(${roles.join("|")})\\1`, "g");
const exempt = /(\.test\.tsx?|\.spec\.tsx?|\/authorization-matrix\.ts|\/test-client\.ts)$/;

const files = (dir) => sourceFiles(dir, (path) => /\.(ts|tsx|mjs|js)$/.test(path) && !exempt.test(path));

const folders = process.argv.slice(2);
if (folders.length === 0) throw new Error("usage: check-role-literals.mjs <folder>…");

const problems = [];
for (const file of folders.flatMap((folder) => files(resolve(folder)))) {
  const lines = readFileSync(file, "utf8").split("\n");
  lines.forEach((line, i) => {
    if (/not a role/.test(line) || /not a role/.test(lines[i - 1] ?? "")) return;
    for (const match of line.matchAll(literal)) {
      problems.push(`${relative(root, file)}:${i + 1}: the role "${match[2]}" is written out`);
    }
  });
}

report(
  problems,
  `role literals: no role is written out in ${folders.join(", ")}`,
  `\n${problems.length} literal role(s). Name the action in core's PERMISSIONS (and ask can() or requireAction) or use core's ROLES.`,
);
