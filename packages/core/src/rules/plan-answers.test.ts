import { describe, expect, it } from "vitest";
import {
  assessmentAnswer,
  assessmentAnswerHashes,
  CASES_PER_HASH,
  planAnswer,
  planAnswerHashes,
  planCases,
} from "../bench/plan-cases.ts";
import fixture from "./plan-answers.fixture.json" with { type: "json" };

/** The blocks of cases whose answers hash differently from the recorded ones. */
const differingBlocks = (hashes: string[], recorded: string[]) =>
  hashes.flatMap((hash, block) =>
    hash === recorded[block] ? [] : [`cases ${block * CASES_PER_HASH}–${(block + 1) * CASES_PER_HASH - 1}`],
  );

// The planner's answers to the personas and 10,000 generated profiles, and those of the starting point
// and the eligibility per credential, against those recorded from the straightforward rules
// (src/bench/record-plan-answers.ts): optimising them may not change one answer.
describe("the planner's answers to the recorded cases", () => {
  const cases = planCases();

  it("cover valid and invalid profiles and every kind of goal", () => {
    const answers = cases.slice(0, 2_000).map(planAnswer);
    expect(answers.some((a) => a.includes('"error"'))).toBe(true);
    expect(answers.some((a) => a.includes('"alreadyMet":true'))).toBe(true);
    expect(answers.some((a) => a.includes('"credentialKind":"PRAKTIJKVERKLARING"'))).toBe(true);
    expect(answers.some((a) => a.includes('"openRequirements":[{'))).toBe(true);
  });

  it("reach the starting point's refusals and routes and every eligibility status", () => {
    const answers = cases.slice(0, 2_000).map(assessmentAnswer);
    expect(answers.some((a) => a.includes('"error"'))).toBe(true);
    expect(answers.some((a) => a.includes('"mayFill":true'))).toBe(true);
    expect(answers.some((a) => a.includes('"code":"NOT_IN_PERSONENREGISTER"'))).toBe(true);
    for (const status of ["earned", "eligible", "missing"])
      expect(answers.some((a) => a.includes(`"status":"${status}"`))).toBe(true);
    expect(answers.some((a) => a.includes('"unrecognisedWorkProcessIds":["'))).toBe(true);
  });

  it("are the recorded plans, block by block", () => {
    const hashes = planAnswerHashes(cases);
    expect(hashes).toHaveLength(fixture.hashes.length);
    expect(differingBlocks(hashes, fixture.hashes)).toEqual([]);
  });

  it("are the recorded starting points and eligibilities, block by block", () => {
    const hashes = assessmentAnswerHashes(cases);
    expect(hashes).toHaveLength(fixture.assessmentHashes.length);
    expect(differingBlocks(hashes, fixture.assessmentHashes)).toEqual([]);
  });
});
