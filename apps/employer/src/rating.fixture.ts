import type { Evidence, WorkProcessRating } from "./path-view.ts";

/** Test data: an unsigned practice assessment (mastered), with `over` changing what a test is about. */
export const evidence = (over: Partial<Evidence> = {}): Evidence => ({
  id: "e1",
  kind: "PRACTICE_ASSESSMENT",
  result: "MASTERED",
  note: null,
  assessedOn: "2026-10-01",
  assessor: "Sanne de Vries",
  signedAt: null,
  signedBy: null,
  coSignedAt: null,
  coSignedBy: null,
  supersedesId: null,
  correctionReason: null,
  superseded: false,
  ...over,
});

/** Test data: a werkproces with its ratings, newest first. */
export const workProcess = (history: Evidence[], code = "B1-K1-W1"): WorkProcessRating => ({
  id: code,
  code,
  title: "Werkproces",
  current: history[0] ?? null,
  history,
});
