// The files the repository's own checks read: every file below a folder whose name passes `keep`,
// skipping what is installed, built or generated. One walker for every check in this folder.
import { readdirSync } from "node:fs";
import { join } from "node:path";

const NEVER_READ = new Set(["node_modules", "dist", "generated"]);

/** The files below `dir` (none when it does not exist) whose path passes `keep`; `skip` names more folders to leave out. */
export function sourceFiles(dir, keep, skip = new Set()) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory())
      return NEVER_READ.has(e.name) || skip.has(e.name) ? [] : sourceFiles(path, keep, skip);
    return keep(path) ? [path] : [];
  });
}

/** Each file's failure, printed, and the exit code 1; or the line that says all is well. */
export function report(problems, ok, hint) {
  if (problems.length > 0) {
    console.error(problems.join("\n"));
    if (hint) console.error(hint);
    process.exit(1);
  }
  console.log(ok);
}
