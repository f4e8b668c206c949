import { describe, expect, it } from "vitest";
import {
  ADVICE_STATUSES,
  AdviceChangeError,
  allowsAdviceChange,
  assertAdviceChange,
  currentAdvice,
  isAdviceVisible,
  type AdviceChange,
  type AdviceStatus,
} from "./advice-note.ts";

/** The code of the error `assertAdviceChange` throws, or null when it allows the change. */
function refusal(status: AdviceStatus, change: AdviceChange): string | null {
  try {
    assertAdviceChange(status, change);
    return null;
  } catch (error) {
    return error instanceof AdviceChangeError ? error.code : String(error);
  }
}

const note = (id: string, version: number, status: AdviceStatus, supersedesId: string | null = null) => ({
  id,
  version,
  status,
  supersedesId,
});

describe("advice note changes", () => {
  const table: [AdviceChange, AdviceStatus, boolean][] = [
    ["edit", "CONCEPT", true],
    ["edit", "GIVEN", false],
    ["edit", "FOLLOWED_UP", false],
    ["give", "CONCEPT", true],
    ["give", "GIVEN", false],
    ["give", "FOLLOWED_UP", false],
    ["followUp", "CONCEPT", false],
    ["followUp", "GIVEN", true],
    ["followUp", "FOLLOWED_UP", false],
    ["correct", "CONCEPT", false],
    ["correct", "GIVEN", true],
    ["correct", "FOLLOWED_UP", true],
  ];
  it.each(table)("%s on a %s note: allowed %s", (change, status, allowed) => {
    expect(allowsAdviceChange(status, change)).toBe(allowed);
    expect(refusal(status, change)).toBe(allowed ? null : "ADVICE_CHANGE");
  });

  it("a given note is never edited: every status but the concept refuses an edit", () => {
    expect(ADVICE_STATUSES.filter((s) => allowsAdviceChange(s, "edit"))).toEqual(["CONCEPT"]);
  });
});

describe("currentAdvice", () => {
  const cases: [string, ReturnType<typeof note>[], string | undefined][] = [
    ["nothing written", [], undefined],
    ["only a concept", [note("a", 1, "CONCEPT")], undefined],
    ["one given", [note("a", 1, "GIVEN")], "a"],
    ["a correction replaces the given one", [note("a", 1, "GIVEN"), note("b", 2, "GIVEN", "a")], "b"],
    ["a followed-up note holds", [note("a", 1, "FOLLOWED_UP")], "a"],
    [
      "a concept after a given note does not replace it",
      [note("a", 1, "GIVEN"), note("b", 2, "CONCEPT")],
      "a",
    ],
    ["the newest of two independent given notes", [note("b", 2, "GIVEN"), note("a", 1, "FOLLOWED_UP")], "b"],
  ];
  it.each(cases)("%s", (_name, notes, expected) => {
    expect(currentAdvice(notes)?.id).toBe(expected);
  });
});

describe("isAdviceVisible", () => {
  it.each([
    ["CONCEPT", true, true],
    ["CONCEPT", false, false],
    ["GIVEN", false, true],
    ["FOLLOWED_UP", false, true],
  ] as const)("a %s note to a reader who writes advice %s: %s", (status, writes, visible) => {
    expect(isAdviceVisible(status, writes)).toBe(visible);
  });
});
