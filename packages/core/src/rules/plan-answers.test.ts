import { describe, expect, it } from "vitest";
import { CASES_PER_HASH, planAnswer, planAnswerHashes, planCases } from "../bench/plan-cases.ts";
import fixture from "./plan-answers.fixture.json" with { type: "json" };

// The planner's answers to the personas and 10,000 generated profiles, against those recorded from the
// straightforward planner (src/bench/record-plan-answers.ts): optimising it may not change one answer.
describe("the planner's answers to the recorded cases", () => {
  const cases = planCases();

  it("cover valid and invalid profiles and every kind of goal", () => {
    const answers = cases.slice(0, 2_000).map(planAnswer);
    expect(answers.some((a) => a.includes('"error"'))).toBe(true);
    expect(answers.some((a) => a.includes('"alreadyMet":true'))).toBe(true);
    expect(answers.some((a) => a.includes('"credentialKind":"PRAKTIJKVERKLARING"'))).toBe(true);
    expect(answers.some((a) => a.includes('"openRequirements":[{'))).toBe(true);
  });

  it("are the recorded answers, block by block", () => {
    const hashes = planAnswerHashes(cases);
    expect(hashes).toHaveLength(fixture.hashes.length);
    const differing = hashes.flatMap((hash, block) =>
      hash === fixture.hashes[block]
        ? []
        : [`cases ${block * CASES_PER_HASH}–${(block + 1) * CASES_PER_HASH - 1}`],
    );
    expect(differing).toEqual([]);
  });
});
