import {
  childcareCatalog,
  currentRecords,
  findQualification,
  mondelingLevel,
  isRating,
  passedGeneriekDeel,
  RECORDED_LANGUAGE_LEVELS,
  type Evidence as CoreEvidence,
  type HeldCredential as CoreHeldCredential,
  type PersonProfileInput,
} from "@ontwikkelpad/core";
import type { Prisma, TeamStandingFactsRow } from "@ontwikkelpad/db";
import { z } from "zod";
import { isoDate, isoDateOrNull } from "./dates.ts";

/**
 * The columns of an evidence row and an issued credential that a profile is built from: select these
 * where a list loads many persons' facts (a credential's snapshot and an evidence note are never read).
 */
export const evidenceFacts = {
  id: true,
  kind: true,
  workProcessId: true,
  result: true,
  assessedOn: true,
  signedAt: true,
  coSignedAt: true,
  supersedesId: true,
  schoolOrganizationId: true,
} satisfies Prisma.EvidenceSelect;
export const credentialFacts = {
  id: true,
  kind: true,
  credentialId: true,
  workProcessIds: true,
  schoolOrganizationId: true,
  issuedOn: true,
  supersededById: true,
} satisfies Prisma.IssuedCredentialSelect;

type EvidenceRow = Prisma.EvidenceGetPayload<{ select: typeof evidenceFacts }>;
type CredentialRow = Prisma.IssuedCredentialGetPayload<{ select: typeof credentialFacts }>;
/** The columns of a held credential that core reads (the team read selects the same). */
type HeldRow = TeamStandingFactsRow["heldCredentials"][number];

/**
 * The facts about a person every page reads their profile from, so the person page, the wizard, the
 * team list and the dashboard never disagree: what HR recorded they hold, their running enrolments
 * (with POK), whether an Ontwikkelpad with a chosen goal is running (their ontwikkelplan) and their
 * schools' results for parts of the generiek deel (a fact about the person, like their evidence).
 * Spread it into a person query's `include`, next to `evidence` and `credentials`.
 */
export function profileFacts(organizationId: string) {
  return {
    heldCredentials: {
      where: { employerOrganizationId: organizationId, archivedAt: null },
      // The uploaded credential's JSON is for its own page, not for the rules.
      omit: { originDocument: true },
      orderBy: { issuedOn: "desc" },
    },
    enrolments: {
      where: { employerOrganizationId: organizationId, status: "ACTIVE" },
      orderBy: { createdAt: "desc" },
    },
    examResults: {
      where: { generiekDeelPart: { not: null } },
      select: {
        generiekDeelPart: true,
        status: true,
        outcome: true,
        assessedOn: true,
        supersededBy: { select: { id: true } },
      },
    },
    _count: {
      select: {
        developmentPaths: {
          where: {
            employerOrganizationId: organizationId,
            status: "ACTIVE",
            OR: [{ goalFunctionId: { not: null } }, { goalCredentialId: { not: null } }],
          },
        },
      },
    },
  } satisfies Prisma.PersonInclude;
}

/** A person loaded with `profileFacts`. */
export interface ProfileSource {
  profile: Prisma.JsonValue;
  heldCredentials: HeldRow[];
  enrolments: Pick<
    Prisma.EnrolmentGetPayload<object>,
    "credentialId" | "learningRoute" | "pokSignedOn" | "pokStartDate" | "pokEndDate"
  >[];
  examResults: (Pick<
    Prisma.ExamResultGetPayload<object>,
    "generiekDeelPart" | "status" | "outcome" | "assessedOn"
  > & {
    supersededBy: { id: string } | null;
  })[];
  _count: { developmentPaths: number };
}

/**
 * The startpunt recorded in step 1 of the path and on the person page, stored as the person's
 * `profile` JSON. Diplomas and certificates are not here: HR records them as held credentials and
 * schools issue them on the platform.
 */
export const startingPointSchema = z.object({
  /** Mondeling, as core reads it (`mondelingLevel`: B2 counts as 3F). */
  languageLevel: z.enum(RECORDED_LANGUAGE_LEVELS).nullable().default(null),
  languageSource: z.string().trim().max(200).nullable().default(null),
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

/**
 * An evidence row as core reads it, in the same spelling, with its signing state and the record it
 * corrects: core decides what counts (only co-signed judgements, never a corrected record). Null for
 * what is no judgement or result at all: an observation, or a result that does not fit its kind.
 */
function toCoreEvidence(row: EvidenceRow, inRecognisedCompany: boolean): CoreEvidence | null {
  const base = {
    id: row.id,
    workProcessId: row.workProcessId,
    date: isoDate(row.assessedOn),
    result: row.result,
    inRecognisedCompany,
    supersedesId: row.supersedesId,
  };
  switch (row.kind) {
    case "PRACTICE_ASSESSMENT":
      return isRating(row.result)
        ? {
            ...base,
            kind: row.kind,
            signing: row.coSignedAt ? "CO_SIGNED" : row.signedAt ? "SIGNED" : "DRAFT",
          }
        : null;
    case "FORMAL_EXAM":
    case "PRIOR_LEARNING": {
      // A formal result is written when the school's examencommissie establishes it, with that school.
      const provenance = row.schoolOrganizationId
        ? { provenance: { by: "school" as const, schoolId: row.schoolOrganizationId } }
        : {};
      return isRating(row.result) ? null : { ...base, kind: row.kind, ...provenance };
    }
    default:
      return null;
  }
}

/**
 * A credential HR recorded, as core reads it: a declaration of the employer, never verified by a school,
 * or, when HR uploaded its verifiable credential, the school's credential (verified on upload) with the
 * werkprocessen it states. Core counts the issuer (its did) as a school like any other: never as the
 * school that issues here.
 */
export function toCoreHeldCredential(row: HeldRow): CoreHeldCredential {
  const issuedOn = isoDate(row.issuedOn);
  return row.kind === "OTHER_DIPLOMA"
    ? {
        kind: "OTHER_DIPLOMA",
        title: row.title ?? "",
        educationLevel: row.educationLevel as Extract<
          CoreHeldCredential,
          { kind: "OTHER_DIPLOMA" }
        >["educationLevel"],
        diplomaGroup: row.diplomaGroup,
        issuedOn,
      }
    : {
        kind: row.kind,
        ref: row.credentialId ?? "",
        issuedOn,
        workProcessIds: row.workProcessIds,
        provenance: row.originIssuerDid
          ? { by: "school", schoolId: row.originIssuerDid }
          : { by: "employer" },
      };
}

/** A generiek-deel exam result loaded with `profileFacts`, as core reads it. */
export const toGeneriekDeelResult = (row: ProfileSource["examResults"][number]) => ({
  ...row,
  assessedOn: isoDateOrNull(row.assessedOn),
  supersededById: row.supersededBy?.id ?? null,
});

/**
 * The core profile of a person from their stored facts: credentials issued by a school and those HR
 * recorded, every judgement and result as stored (drafts, signatures and corrections included: core
 * decides what counts; observations are no judgement and stay out), running enrolments towards a
 * qualification, the parts of the generiek deel passed, and the startpunt. `inRecognisedCompany`: the
 * leerbedrijf the judgements were made in holds an SBB recognition, when the caller checked it.
 */
export function toPersonProfile(
  person: ProfileSource,
  evidence: EvidenceRow[],
  credentials: CredentialRow[],
  { inRecognisedCompany = true }: { inRecognisedCompany?: boolean } = {},
): PersonProfileInput {
  const start = readStartingPoint(person.profile);
  return {
    evidence: evidence.flatMap((e) => toCoreEvidence(e, inRecognisedCompany) ?? []),
    credentials: [
      ...currentRecords(credentials).map((c): CoreHeldCredential => ({
        kind: c.kind,
        ref: c.credentialId,
        issuedOn: isoDate(c.issuedOn),
        workProcessIds: c.workProcessIds,
        provenance: { by: "school", schoolId: c.schoolOrganizationId },
      })),
      ...person.heldCredentials.map(toCoreHeldCredential),
    ],
    enrolments: person.enrolments
      .filter((e) => findQualification(childcareCatalog, e.credentialId))
      .map((e) => ({
        qualificationId: e.credentialId,
        learningRoute: e.learningRoute,
        pokSignedOn: isoDateOrNull(e.pokSignedOn),
        startsOn: isoDateOrNull(e.pokStartDate),
        endsOn: isoDateOrNull(e.pokEndDate),
      })),
    generiekDeelPassed: passedGeneriekDeel(person.examResults.map(toGeneriekDeelResult)),
    ontwikkelplan: person._count.developmentPaths > 0,
    experienceYears: start.experienceYears,
    languageLevels: start.languageLevel ? { mondeling: mondelingLevel(start.languageLevel) } : {},
    vogRegistered: start.vogRegistered,
    babyscholing: start.babyscholing,
  };
}

/** A person's name as every list and page shows it. */
export function personName(person: { givenName: string; familyName: string }): string {
  return `${person.givenName} ${person.familyName}`;
}
