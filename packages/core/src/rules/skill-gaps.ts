/**
 * Skill-gap signals of a class (Rotterdam Rijnmond mentor-team model): per werkproces, how many of
 * the class's learners the praktijkopleider rated "nog niet" or who failed the exam, out of those
 * rated or examined. Only a werkproces with enough rated learners is shown, so one learner's result is
 * never presented as a trend of the class.
 */
import type { Evidence } from "./profile.ts";

import { currentRecords } from "./supersession.ts";

/** Fewest rated learners for a werkproces to show as a signal. */
export const MIN_LEARNERS_FOR_SKILL_GAP = 3;

/** A signed praktijkbeoordeling or an established exam result of one learner of the class. */
export interface ClassEvidence {
  id: string;
  personId: string;
  workProcessId: string;
  kind: Extract<Evidence["kind"], "PRACTICE_ASSESSMENT" | "FORMAL_EXAM">;
  result: Evidence["result"];
  /** ISO date of the judgement or exam. */
  date: string;
  /** ISO date-time it was recorded: orders two records of the same day. */
  recordedAt: string;
  /** The record this one corrects; the corrected record no longer counts. */
  supersedesId: string | null;
}

export interface SkillGap {
  workProcessId: string;
  /** Learners with a rating (other than "niet van toepassing") or an exam result for the werkproces. */
  rated: number;
  /** Of those: latest rating "nog niet", or latest exam result failed. */
  struggling: number;
  /** struggling / rated, 0–1. */
  share: number;
}

export interface SkillGapOptions {
  minimumLearners?: number;
}

const latest = (a: ClassEvidence, b: ClassEvidence) =>
  a.date !== b.date ? (a.date > b.date ? a : b) : a.recordedAt >= b.recordedAt ? a : b;

/**
 * The werkprocessen in which learners of the class struggle, most struggling share first (then the
 * most learners, then the werkproces id). A learner counts once per werkproces: struggling when the
 * latest unsuperseded rating is "nog niet" or the latest unsuperseded exam result is failed.
 */
export function computeSkillGaps(
  learnerIds: readonly string[],
  evidence: readonly ClassEvidence[],
  options: SkillGapOptions = {},
): SkillGap[] {
  const minimum = options.minimumLearners ?? MIN_LEARNERS_FOR_SKILL_GAP;
  const learners = new Set(learnerIds);
  const newest = new Map<string, ClassEvidence>();
  for (const record of currentRecords(evidence)) {
    if (!learners.has(record.personId)) continue;
    const key = `${record.workProcessId}\u0000${record.personId}\u0000${record.kind}`;
    const current = newest.get(key);
    newest.set(key, current ? latest(current, record) : record);
  }
  const perWorkProcess = new Map<string, { rated: Set<string>; struggling: Set<string> }>();
  for (const record of newest.values()) {
    if (record.result === "NOT_APPLICABLE") continue;
    let counts = perWorkProcess.get(record.workProcessId);
    if (!counts) {
      counts = { rated: new Set(), struggling: new Set() };
      perWorkProcess.set(record.workProcessId, counts);
    }
    counts.rated.add(record.personId);
    if (record.result === "NOT_YET" || record.result === "FAILED") counts.struggling.add(record.personId);
  }
  return [...perWorkProcess.entries()]
    .filter(([, c]) => c.rated.size >= minimum && c.struggling.size > 0)
    .map(([workProcessId, c]) => ({
      workProcessId,
      rated: c.rated.size,
      struggling: c.struggling.size,
      share: c.struggling.size / c.rated.size,
    }))
    .toSorted(
      (a, b) =>
        b.share - a.share ||
        b.struggling - a.struggling ||
        (a.workProcessId < b.workProcessId ? -1 : a.workProcessId > b.workProcessId ? 1 : 0),
    );
}
