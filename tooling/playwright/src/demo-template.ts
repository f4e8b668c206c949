import { createHash } from "node:crypto";
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const PREFIX = "ontwikkelpad-e2e-demo-";
const TEMPLATE = new RegExp(`^${PREFIX}[0-9a-f]{16}$`);
const UNUSED_FOR_MS = 60 * 60 * 1000;

/**
 * A new data folder for one browser test run: a copy of the folder the server of `serverDir` leaves
 * after its first start with the demo seeded. The server then opens an existing database (about a
 * second) instead of migrating and seeding one, which took longer than starting a portal's run.
 *
 * The first start is made once per server build and day (the seed dates invitations from today) and
 * kept in the system's temp folder, so the three portals' runs, and a rerun of one spec, share it. The
 * three runs start at once: one makes it while the others wait (`makeOnce`).
 */
export function demoDataFolder(serverDir: string): string {
  const main = join(serverDir, "dist", "main.js");
  if (!existsSync(main))
    throw new Error(`${main} is missing: build the server first (pnpm turbo run e2e builds it).`);
  const bundle = readFileSync(main);
  const today = new Date().toISOString().slice(0, 10);
  const key = createHash("sha256").update(bundle).update(today).digest("hex").slice(0, 16);
  const template = join(tmpdir(), `${PREFIX}${key}`);
  makeOnce(template, () => {
    removeUnusedTemplates();
    execFileSync(process.execPath, [join(here, "make-demo-template.mjs"), serverDir, template], {
      stdio: ["ignore", "inherit", "inherit"],
    });
  });
  const now = new Date();
  utimesSync(template, now, now);
  const folder = mkdtempSync(join(tmpdir(), "ontwikkelpad-e2e-"));
  cpSync(template, folder, { recursive: true });
  return folder;
}

/**
 * Each build of the server makes a template of its own (44 MB): those no run has copied for an hour
 * (earlier builds, earlier days) go. Another checkout's run, which copies its template at the start of
 * each portal's run, keeps its own.
 */
function removeUnusedTemplates() {
  const unusedSince = Date.now() - UNUSED_FOR_MS;
  for (const name of readdirSync(tmpdir()).filter((n) => TEMPLATE.test(n))) {
    const folder = join(tmpdir(), name);
    const lastUsed = statSync(folder, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
    if (lastUsed < unusedSince) rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * Makes `template` unless it exists, one process at a time: the one that creates `<template>.making`
 * (holding its process id) makes it, the others wait until it is there. A lock whose process is gone
 * (a run stopped while making it) is taken over.
 */
export function makeOnce(template: string, make: () => void) {
  const lock = `${template}.making`;
  while (!existsSync(template)) {
    if (takeLock(lock)) {
      try {
        if (!existsSync(template)) make();
      } finally {
        rmSync(lock, { force: true });
      }
    } else if (lockHolderGone(lock)) rmSync(lock, { force: true });
    else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
  }
}

function takeLock(lock: string): boolean {
  try {
    writeFileSync(lock, String(process.pid), { flag: "wx" });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
}

function lockHolderGone(lock: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(lock, "utf8"));
  } catch {
    return false; // removed meanwhile: the loop looks for the template again
  }
  // Empty for the moment between the holder creating the file and writing its id.
  if (!pid) return Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? 0) > 10_000;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
}
