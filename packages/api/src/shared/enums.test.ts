import {
  ADVICE_STATUSES,
  CREDENTIAL_KINDS,
  EVIDENCE_KINDS,
  EVIDENCE_RESULTS,
  EXAM_RESULT_STATUSES,
  EXEMPTION_GROUNDS,
  EXEMPTION_STATUSES,
  HELD_CREDENTIAL_KINDS,
  LEARNING_ROUTES,
  PATH_END_REASONS,
  POK_STATUSES,
} from "@ontwikkelpad/core";
import {
  AdviceStatus,
  CredentialKind,
  EvidenceKind,
  EvidenceResult,
  ExamResultStatus,
  ExemptionGround,
  ExemptionStatus,
  HeldCredentialKind,
  LearningRoute,
  PathEndReason,
  PokStatus,
} from "@ontwikkelpad/db";
import { describe, expect, it } from "vitest";
import {
  adviceStatusSchema,
  credentialKindSchema,
  evidenceResultSchema,
  exemptionGroundSchema,
  exemptionStatusSchema,
  heldCredentialKindSchema,
  learningRouteSchema,
  pokStatusSchema,
} from "./enums.ts";
import { examResultStatusSchema } from "../routers/school/_shared/exam-results.ts";

/**
 * Every enum the database shares with core, with core's list: the database, core, the wire and the
 * pages spell these values alike, so nothing between them translates. A value added on one side only
 * fails here instead of reaching core as a value it does not know.
 */
const SHARED: [string, Record<string, string>, readonly string[]][] = [
  ["LearningRoute", LearningRoute, LEARNING_ROUTES],
  ["CredentialKind", CredentialKind, CREDENTIAL_KINDS],
  ["HeldCredentialKind", HeldCredentialKind, HELD_CREDENTIAL_KINDS],
  ["EvidenceResult", EvidenceResult, EVIDENCE_RESULTS],
  ["PokStatus", PokStatus, POK_STATUSES],
  ["ExamResultStatus", ExamResultStatus, EXAM_RESULT_STATUSES],
  ["ExemptionGround", ExemptionGround, EXEMPTION_GROUNDS],
  ["ExemptionStatus", ExemptionStatus, EXEMPTION_STATUSES],
  ["AdviceStatus", AdviceStatus, ADVICE_STATUSES],
  ["PathEndReason", PathEndReason, PATH_END_REASONS],
];

const sorted = (values: Iterable<string>) => [...values].toSorted();

describe("the enums the database shares with core", () => {
  it.each(SHARED)("%s has exactly core's values", (_name, database, core) => {
    expect(sorted(Object.values(database))).toEqual(sorted(core));
    expect(new Set(core).size).toBe(core.length);
  });

  it("EvidenceKind differs from core's only by what never meets: observations are stored, not judged; exemptions are judged, not stored", () => {
    const stored: string[] = Object.values(EvidenceKind);
    const judged: readonly string[] = EVIDENCE_KINDS;
    expect(stored.filter((kind) => !judged.includes(kind))).toEqual(["PRACTICE_OBSERVATION"]);
    expect(judged.filter((kind) => !stored.includes(kind))).toEqual(["EXEMPTION"]);
  });

  it.each([
    ["learningRouteSchema", learningRouteSchema, LEARNING_ROUTES],
    ["credentialKindSchema", credentialKindSchema, CREDENTIAL_KINDS],
    ["heldCredentialKindSchema", heldCredentialKindSchema, HELD_CREDENTIAL_KINDS],
    ["evidenceResultSchema", evidenceResultSchema, EVIDENCE_RESULTS],
    ["pokStatusSchema", pokStatusSchema, POK_STATUSES],
    ["examResultStatusSchema", examResultStatusSchema, EXAM_RESULT_STATUSES],
    ["exemptionGroundSchema", exemptionGroundSchema, EXEMPTION_GROUNDS],
    ["exemptionStatusSchema", exemptionStatusSchema, EXEMPTION_STATUSES],
    ["adviceStatusSchema", adviceStatusSchema, ADVICE_STATUSES],
  ] as const)("the wire's %s takes core's list", (_name, schema, core) => {
    expect(schema.options).toEqual(core);
  });
});
