import { describe, expect, it } from "vitest";
import { computeSkillGaps, type ClassEvidence } from "./skill-gaps.ts";

let next = 0;
const record = (
  personId: string,
  workProcessId: string,
  result: ClassEvidence["result"],
  extra: Partial<ClassEvidence> = {},
): ClassEvidence => ({
  id: `e${++next}`,
  personId,
  workProcessId,
  kind: result === "PASSED" || result === "FAILED" ? "FORMAL_EXAM" : "PRACTICE_ASSESSMENT",
  result,
  date: "2026-10-01",
  recordedAt: "2026-10-01T10:00:00.000Z",
  supersedesId: null,
  ...extra,
});

const learners = ["a", "b", "c", "d"];

describe("computeSkillGaps", () => {
  it("counts per werkproces the learners rated nog niet or failed out of those rated, most struggling first", () => {
    const gaps = computeSkillGaps(learners, [
      record("a", "W1", "NOT_YET"),
      record("b", "W1", "MASTERED"),
      record("c", "W1", "MASTERED"),
      record("a", "W2", "NOT_YET"),
      record("b", "W2", "FAILED"),
      record("c", "W2", "MASTERED"),
      record("d", "W2", "PASSED"),
    ]);
    expect(gaps).toEqual([
      { workProcessId: "W2", rated: 4, struggling: 2, share: 0.5 },
      { workProcessId: "W1", rated: 3, struggling: 1, share: 1 / 3 },
    ]);
  });

  it("leaves out a werkproces with fewer rated learners than the minimum, or where nobody struggles", () => {
    const evidence = [
      record("a", "W1", "NOT_YET"),
      record("b", "W1", "NOT_YET"),
      record("a", "W2", "MASTERED"),
      record("b", "W2", "MASTERED"),
      record("c", "W2", "MASTERED"),
    ];
    expect(computeSkillGaps(learners, evidence)).toEqual([]);
    expect(computeSkillGaps(learners, evidence, { minimumLearners: 2 }).map((g) => g.workProcessId)).toEqual([
      "W1",
    ]);
  });

  it("reads only the latest rating per learner, and not a superseded one", () => {
    const corrected = record("c", "W1", "NOT_YET");
    const gaps = computeSkillGaps(learners, [
      record("a", "W1", "NOT_YET", { date: "2026-09-01" }),
      record("a", "W1", "MASTERED", { date: "2026-10-15" }),
      record("b", "W1", "MASTERED", { recordedAt: "2026-10-01T09:00:00.000Z" }),
      record("b", "W1", "NOT_YET", { recordedAt: "2026-10-01T11:00:00.000Z" }),
      corrected,
      record("c", "W1", "MASTERED", { supersedesId: corrected.id }),
    ]);
    expect(gaps).toEqual([{ workProcessId: "W1", rated: 3, struggling: 1, share: 1 / 3 }]);
  });

  it("counts a learner once when both the rating and the exam are weak, and ignores niet van toepassing and other people", () => {
    const gaps = computeSkillGaps(learners, [
      record("a", "W1", "NOT_YET"),
      record("a", "W1", "FAILED"),
      record("b", "W1", "NOT_APPLICABLE"),
      record("c", "W1", "MASTERED"),
      record("d", "W1", "PASSED"),
      record("outsider", "W1", "NOT_YET"),
    ]);
    expect(gaps).toEqual([{ workProcessId: "W1", rated: 3, struggling: 1, share: 1 / 3 }]);
  });
});
