import type { Evidence as CoreEvidence, PersonProfileInput } from "@ontwikkelpad/core";
import type { Prisma } from "@ontwikkelpad/db";

type EvidenceRow = Prisma.EvidenceGetPayload<object>;
type CredentialRow = Prisma.IssuedCredentialGetPayload<object>;

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

const RATING: Partial<Record<EvidenceRow["result"], CoreEvidence["result"]>> = {
  MASTERED: "beheerst",
  NOT_YET: "nog-niet",
  NOT_APPLICABLE: "niet-van-toepassing",
};
const OUTCOME: Partial<Record<EvidenceRow["result"], CoreEvidence["result"]>> = { PASSED: "passed", FAILED: "failed" };

function toCoreEvidence(row: EvidenceRow): CoreEvidence | null {
  const base = { id: row.id, workProcessId: row.workProcessId, date: isoDate(row.assessedOn), inRecognisedCompany: true };
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
export function toPersonProfile(person: { profile: Prisma.JsonValue }, evidence: EvidenceRow[], credentials: CredentialRow[]): PersonProfileInput {
  const superseded = new Set(evidence.flatMap((e) => (e.supersedesId ? [e.supersedesId] : [])));
  const stored = (person.profile ?? {}) as { languageLevel?: string };
  const languageLevel = ["1F", "2F", "3F", "4F"].includes(stored.languageLevel ?? "") ? (stored.languageLevel as "1F" | "2F" | "3F" | "4F") : undefined;
  return {
    evidence: evidence.filter((e) => !superseded.has(e.id)).flatMap((e) => toCoreEvidence(e) ?? []),
    credentials: credentials
      .filter((c) => c.supersededById === null)
      .map((c) => ({
        kind: c.kind === "DIPLOMA" ? "diploma" : c.kind === "CERTIFICATE" ? "certificate" : "praktijkverklaring",
        ref: c.credentialId,
        issuedOn: isoDate(c.issuedOn),
        workProcessIds: c.workProcessIds,
      })),
    languageLevels: languageLevel ? { mondeling: languageLevel } : {},
  };
}
