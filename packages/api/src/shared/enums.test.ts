import { CREDENTIAL_KINDS, EXAM_RESULT_STATUSES, LEARNING_ROUTES, POK_STATUSES } from "@ontwikkelpad/core";
import { CredentialKind, ExamResultStatus, LearningRoute, PokStatus } from "@ontwikkelpad/db";
import { describe, expect, it } from "vitest";
import { credentialKindSchema, learningRouteSchema, pokStatusSchema } from "./enums.ts";
import { examResultStatusSchema } from "./exam-results.ts";

/**
 * Every enum the database shares with core, with core's list: the database, core, the wire and the
 * pages spell these values alike, so nothing between them translates. A value added on one side only
 * fails here instead of reaching core as a value it does not know.
 */
const SHARED: [string, Record<string, string>, readonly string[]][] = [
  ["LearningRoute", LearningRoute, LEARNING_ROUTES],
  ["CredentialKind", CredentialKind, CREDENTIAL_KINDS],
  ["PokStatus", PokStatus, POK_STATUSES],
  ["ExamResultStatus", ExamResultStatus, EXAM_RESULT_STATUSES],
];

const sorted = (values: Iterable<string>) => [...values].toSorted();

describe("the enums the database shares with core", () => {
  it.each(SHARED)("%s has exactly core's values", (_name, database, core) => {
    expect(sorted(Object.values(database))).toEqual(sorted(core));
    expect(new Set(core).size).toBe(core.length);
  });

  it.each([
    ["learningRouteSchema", learningRouteSchema, LEARNING_ROUTES],
    ["credentialKindSchema", credentialKindSchema, CREDENTIAL_KINDS],
    ["pokStatusSchema", pokStatusSchema, POK_STATUSES],
    ["examResultStatusSchema", examResultStatusSchema, EXAM_RESULT_STATUSES],
  ] as const)("the wire's %s takes core's list", (_name, schema, core) => {
    expect(schema.options).toEqual(core);
  });
});
