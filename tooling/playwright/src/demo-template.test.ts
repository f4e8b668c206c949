import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { makeOnce } from "./demo-template.ts";

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A template path in a folder of its own, and a maker that counts its calls and makes the template. */
function setUp() {
  const template = join(mkdtempSync(join(tmpdir(), "ontwikkelpad-make-once-")), "template");
  folders.push(dirname(template));
  const made: string[] = [];
  const make = () => {
    made.push(template);
    mkdirSync(template);
  };
  return { template, lock: `${template}.making`, made, make };
}

describe("makeOnce (the demo template, made by one of the portals' runs)", () => {
  it("makes a missing template and leaves no lock", () => {
    const { template, lock, made, make } = setUp();
    makeOnce(template, make);
    expect(made).toEqual([template]);
    expect(existsSync(lock)).toBe(false);
  });

  it("does not make a template that exists", () => {
    const { template, made, make } = setUp();
    mkdirSync(template);
    makeOnce(template, make);
    expect(made).toEqual([]);
  });

  it("waits for the run holding the lock instead of making the template again", () => {
    const { template, lock, made, make } = setUp();
    // Another run: it holds the lock and makes the template half a second later.
    const maker = spawn(process.execPath, [
      "-e",
      `setTimeout(() => require("node:fs").mkdirSync(${JSON.stringify(template)}), 500)`,
    ]);
    writeFileSync(lock, String(maker.pid));
    makeOnce(template, make);
    expect(made).toEqual([]);
    expect(existsSync(template)).toBe(true);
  });

  it("takes over the lock of a run that stopped while making the template", () => {
    const { template, lock, made, make } = setUp();
    const stopped = spawnSync(process.execPath, ["-e", "process.exit(0)"]);
    writeFileSync(lock, String(stopped.pid));
    makeOnce(template, make);
    expect(made).toEqual([template]);
    expect(existsSync(lock)).toBe(false);
  });
});
