import type { Evidence as CoreEvidence, PersonProfileInput } from "@ontwikkelpad/core";
import type { Prisma } from "@ontwikkelpad/db";
import { z } from "zod";
import { isoDate } from "./dates.ts";
import { toCoreCredentialKind } from "./enums.ts";

type EvidenceRow = Prisma.EvidenceGetPayload<object>;
type CredentialRow = Prisma.IssuedCredentialGetPayload<object>;

/**
 * The startpunt recorded in step 1 of the path, stored as the person's `profile` JSON. Diplomas and
 * certificates are not here: they are issued credentials with their own records.
 */
export const startingPointSchema = z.object({
  languageLevel: z.enum(["1F", "2F", "3F", "4F"]).nullable().default(null),
  priorEducation: z.array(z.string().trim().min(1).max(200)).max(20).default([]),
  experienceYears: z.number().min(0).max(60).default(0),
  vogRegistered: z.boolean().default(false),
  babyscholing: z.boolean().default(false),
});
export type StartingPoint = z.infer<typeof startingPointSchema>;

/** Reads a stored startpunt; anything unreadable counts as not recorded rather than failing the page. */
export function readStartingPoint(stored: Prisma.JsonValue): StartingPoint {
  const parsed = startingPointSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : startingPointSchema.parse({});
}

const RATING: Partial<Record<EvidenceRow["result"], CoreEvidence["result"]>> = {
  MASTERED: "beheerst",
  NOT_YET: "nog-niet",
  NOT_APPLICABLE: "niet-van-toepassing",
};
const OUTCOME: Partial<Record<EvidenceRow["result"], CoreEvidence["result"]>> = {
  PASSED: "passed",
  FAILED: "failed",
};

function toCoreEvidence(row: EvidenceRow): CoreEvidence | null {
  const base = {
    id: row.id,
    workProcessId: row.workProcessId,
    date: isoDate(row.assessedOn),
    inRecognisedCompany: true,
  };
  switch (row.kind) {
    case "PRACTICE_ASSESSMENT": {
      // A praktijkopleider's judgement counts once it is signed.
      const result = RATING[row.result];
      return row.signedAt && result ? { ...base, kind: "praktijkbeoordeling", result } : null;
    }
    case "FORMAL_EXAM":
    case "PRIOR_LEARNING": {
      const result = OUTCOME[row.result];
      return result ? { ...base, kind: row.kind === "FORMAL_EXAM" ? "exam" : "evc", result } : null;
    }
    default:
      return null;
  }
}

/**
 * The core profile of a person from their stored evidence and credentials: superseded records are
 * left out (their correction counts instead), as are observations and unsigned judgements.
 */
export function toPersonProfile(
  person: { profile: Prisma.JsonValue },
  evidence: EvidenceRow[],
  credentials: CredentialRow[],
): PersonProfileInput {
  const superseded = new Set(evidence.flatMap((e) => (e.supersedesId ? [e.supersedesId] : [])));
  const start = readStartingPoint(person.profile);
  return {
    evidence: evidence.filter((e) => !superseded.has(e.id)).flatMap((e) => toCoreEvidence(e) ?? []),
    credentials: credentials
      .filter((c) => c.supersededById === null)
      .map((c) => ({
        kind: toCoreCredentialKind(c.kind),
        ref: c.credentialId,
        issuedOn: isoDate(c.issuedOn),
        workProcessIds: c.workProcessIds,
      })),
    languageLevels: start.languageLevel ? { mondeling: start.languageLevel } : {},
    vogRegistered: start.vogRegistered,
    babyscholing: start.babyscholing,
  };
}

/** A person's name as every list and page shows it. */
export function personName(person: { givenName: string; familyName: string }): string {
  return `${person.givenName} ${person.familyName}`;
}
