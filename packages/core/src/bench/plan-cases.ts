// The same generated planning questions every time (a seeded generator, no Math.random): the personas and
// 10,000 profiles with goals, dates and workplaces, some of them invalid. The answers the planner gives
// to them, and those of the starting point and the eligibility per credential (which share its
// evaluation of a profile), are recorded in src/rules/plan-answers.fixture.json (record-plan-answers.ts)
// and compared by plan-answers.test.ts, so that faster rules are held to the answers of the
// straightforward ones.
import { createHash } from "node:crypto";
import { childcareCatalog as catalog } from "../catalog/childcare/index.ts";
import { PERSONAS } from "../personas.ts";
import { evaluateCredentialEligibility } from "../rules/eligibility.ts";
import { planDevelopmentPath, type Goal, type PlanOptions } from "../rules/plan.ts";
import { assessStartingPoint } from "../rules/starting-point.ts";
import type { PersonProfileInput } from "../rules/profile.ts";

export interface PlanCase {
  profile: PersonProfileInput;
  goal: Goal;
  asOf: string;
  options: PlanOptions;
}

/** How many generated profiles the comparison covers, besides the personas. */
export const GENERATED_CASES = 10_000;
/** Answers hashed together per fixture entry: a mismatch names a block this size. */
export const CASES_PER_HASH = 10;

/** mulberry32: a small seeded generator, so the cases are the same on every machine. */
function seeded(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  const chance = (p: number) => next() < p;
  return { int, pick, chance };
}

const DATES = [
  "2019-05-01",
  "2024-02-29",
  "2025-07-01",
  "2026-01-15",
  "2026-06-30",
  "2026-11-23",
  "2027-03-01",
];
const EDUCATION_LEVELS = [
  "vmbo",
  "mbo-2",
  "mbo-3",
  "mbo-4",
  "havo",
  "vwo",
  "hbo",
  "wo",
  "buitenlands",
] as const;
const KINDS = ["PRACTICE_ASSESSMENT", "FORMAL_EXAM", "PRIOR_LEARNING", "EXEMPTION"] as const;
const RATINGS = ["MASTERED", "MASTERED", "NOT_YET", "NOT_APPLICABLE"] as const;
const PASSES = ["PASSED", "PASSED", "FAILED"] as const;
const SIGNINGS = ["DRAFT", "SIGNED", "CO_SIGNED", "CO_SIGNED", "CO_SIGNED"] as const;
const LEARNING_ROUTES = ["BBL", "DERDE_LEERWEG", "BOL"] as const;

function generatedCase(random: ReturnType<typeof seeded>): PlanCase {
  const { int, pick, chance } = random;
  const workProcesses = catalog.workProcesses;
  const evidence: NonNullable<PersonProfileInput["evidence"]> = [];
  const evidenceCount = chance(0.1) ? 100 + int(150) : int(25);
  for (let i = 0; i < evidenceCount; i++) {
    const kind = pick(KINDS);
    const workProcess = pick(workProcesses);
    const record: NonNullable<PersonProfileInput["evidence"]>[number] = {
      id: `e${i}`,
      workProcessId: chance(0.0005) ? "onbekend-werkproces" : workProcess.id,
      kind,
      result: kind === "PRACTICE_ASSESSMENT" ? pick(RATINGS) : pick(PASSES),
      date: pick(DATES.slice(0, 5)),
    };
    if (kind === "PRACTICE_ASSESSMENT") record.signing = pick(SIGNINGS);
    if (kind === "PRACTICE_ASSESSMENT" && chance(0.1)) record.inRecognisedCompany = false;
    if (i > 0 && chance(0.05)) record.supersedesId = `e${int(i)}`;
    if (kind === "FORMAL_EXAM" && chance(0.2)) {
      const q = catalog.qualifications.find((x) => x.dossierVersionId === workProcess.dossierVersionId);
      if (q) record.qualificationId = q.id;
    }
    if (chance(0.2)) record.provenance = chance(0.5) ? { by: "employer" } : { by: "school", schoolId: "s1" };
    evidence.push(record);
  }
  if (chance(0.002)) evidence.push({ ...evidence[0]!, id: "e0" } as (typeof evidence)[number]);

  const credentials: NonNullable<PersonProfileInput["credentials"]> = [];
  const credentialCount = int(4);
  for (let i = 0; i < credentialCount; i++) {
    const which = int(4);
    const issuedOn = pick(DATES.slice(0, 5));
    if (which === 0) {
      credentials.push({ kind: "DIPLOMA", ref: pick(catalog.qualifications).id, issuedOn });
    } else if (which === 1) {
      const certificate = pick(catalog.certificates);
      credentials.push({
        kind: "CERTIFICATE",
        ref: certificate.id,
        issuedOn,
        ...(chance(0.3) ? { workProcessIds: [...certificate.workProcessIds] } : {}),
      });
    } else if (which === 2) {
      credentials.push({
        kind: "PRAKTIJKVERKLARING",
        ref: pick(catalog.praktijkverklaringTemplates).id,
        issuedOn,
      });
    } else {
      credentials.push({
        kind: "OTHER_DIPLOMA",
        title: "Ander diploma",
        educationLevel: pick(EDUCATION_LEVELS),
        diplomaGroup: pick([null, null, "A1", "A2"]),
        issuedOn,
      });
    }
  }
  if (chance(0.002)) credentials.push({ kind: "DIPLOMA", ref: "ONBEKEND", issuedOn: "2020-01-01" });

  const enrolments: NonNullable<PersonProfileInput["enrolments"]> = [];
  if (chance(0.3))
    enrolments.push({
      qualificationId: pick(catalog.qualifications).id,
      learningRoute: pick(LEARNING_ROUTES),
      pokSignedOn: chance(0.7) ? pick(DATES) : null,
      startsOn: chance(0.7) ? pick(DATES.slice(0, 4)) : null,
      endsOn: chance(0.5) ? pick(DATES.slice(3)) : null,
    });

  const profile: PersonProfileInput = {
    credentials,
    evidence,
    languageLevels: chance(0.8) ? { mondeling: pick(["1F", "2F", "3F", "4F"] as const) } : {},
    generiekDeelPassed: [],
    babyscholing: chance(0.3),
    vogRegistered: chance(0.8),
    vogRegisteredOn: chance(0.3) ? pick(DATES) : null,
    enrolments,
    ontwikkelplan: chance(0.3),
    experienceYears: int(5),
  };
  const credentialIds = [
    ...catalog.qualifications,
    ...catalog.certificates,
    ...catalog.praktijkverklaringTemplates,
  ].map((c) => c.id);
  const goal: Goal = chance(0.6)
    ? { kind: "function", functionId: pick(catalog.functions).id }
    : { kind: "credentials", ids: Array.from({ length: 1 + int(3) }, () => pick(credentialIds)) };
  const workplace = chance(0.3)
    ? { groups: [{ minAgeMonths: pick([0, 6, 12, 24, 48]), maxAgeMonths: 48 }] }
    : undefined;
  // Now and then a day before some of the records: the planner refuses evidence from the future.
  const asOf = chance(0.03) ? "2025-09-01" : pick(["2026-11-23", "2027-06-01"]);
  return { profile, goal, asOf, options: workplace ? { workplace } : {} };
}

/** The personas (on the day of the demo) and then the generated profiles, always in the same order. */
export function planCases(): PlanCase[] {
  const random = seeded(20261123);
  const cases: PlanCase[] = PERSONAS.map((p) => ({
    profile: p.profile,
    goal: p.goal,
    asOf: "2026-11-23",
    options: {},
  }));
  for (let i = 0; i < GENERATED_CASES; i++) cases.push(generatedCase(random));
  return cases;
}

/** A rule's answer as text: what it returns, or the error it gives for invalid input. */
function answer(rule: () => unknown): string {
  try {
    return JSON.stringify(rule());
  } catch (error) {
    const { name, message } = error as Error;
    return JSON.stringify({ error: name, message });
  }
}

/** What the planner answers to a case, as text: the plan, or the error it gives for invalid input. */
export const planAnswer = ({ profile, goal, asOf, options }: PlanCase): string =>
  answer(() => planDevelopmentPath(catalog, profile, goal, asOf, options));

/**
 * What the rules that share the planner's evaluation of a profile answer to a case: the starting point
 * (every function) and the eligibility per credential, as text.
 */
export const assessmentAnswer = ({ profile, asOf, options }: PlanCase): string =>
  `${answer(() => assessStartingPoint(catalog, profile, asOf, options))}\n${answer(() => evaluateCredentialEligibility(catalog, profile, asOf))}`;

/** Answers hashed per block of CASES_PER_HASH cases, as the fixture keeps them. */
function answerHashes(cases: readonly PlanCase[], answerOf: (c: PlanCase) => string): string[] {
  const hashes: string[] = [];
  for (let start = 0; start < cases.length; start += CASES_PER_HASH) {
    const hash = createHash("sha256");
    for (const c of cases.slice(start, start + CASES_PER_HASH)) hash.update(answerOf(c)).update("\n");
    hashes.push(hash.digest("hex").slice(0, 16));
  }
  return hashes;
}

/** The planner's answers hashed per block of CASES_PER_HASH cases. */
export const planAnswerHashes = (cases: readonly PlanCase[]) => answerHashes(cases, planAnswer);

/** The starting point's and eligibility's answers hashed per block of CASES_PER_HASH cases. */
export const assessmentAnswerHashes = (cases: readonly PlanCase[]) => answerHashes(cases, assessmentAnswer);
