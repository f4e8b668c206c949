// Records the planner's, the starting point's and the eligibility's answers to the generated cases
// (plan-cases.ts) in src/rules/plan-answers.fixture.json. Run it only when a change to the rules is meant to change the
// answers, and say why in the commit: pnpm --filter @ontwikkelpad/core record-plan-answers
import { writeFileSync } from "node:fs";
import { assessmentAnswerHashes, planAnswerHashes, planCases } from "./plan-cases.ts";

const target = new URL("../rules/plan-answers.fixture.json", import.meta.url);
const cases = planCases();
const hashes = planAnswerHashes(cases);
const assessmentHashes = assessmentAnswerHashes(cases);
writeFileSync(target, `${JSON.stringify({ hashes, assessmentHashes }, null, 2)}\n`);
console.log(`${hashes.length} blokken antwoorden vastgelegd in ${target.pathname}`);
