import {
  type Prisma,
  type Enrolment,
  type Evidence,
  type ExamResult,
  type HeldCredential,
  type IssuedCredential,
  type LocationGroup,
  type PersonKind,
  type TrainingRequestStatus,
} from "../../generated/prisma/client.ts";

type Client = Pick<Prisma.TransactionClient, "$queryRaw">;

/**
 * The facts the rules judge a person's own function from: the startpunt, the function and location
 * groups of their own employment running on the day asked, and the columns of their evidence, issued
 * and held credentials, running enrolments and generiek-deel results that a profile is built from.
 */
export interface TeamStandingFacts {
  profile: Prisma.JsonValue;
  employment: {
    functionId: string;
    /** The groups of the employment's location; null without a location. */
    location: { groups: Pick<LocationGroup, "minAgeMonths" | "maxAgeMonths">[] } | null;
  };
  evidence: Pick<
    Evidence,
    | "id"
    | "kind"
    | "workProcessId"
    | "result"
    | "assessedOn"
    | "signedAt"
    | "coSignedAt"
    | "supersedesId"
    | "schoolOrganizationId"
  >[];
  credentials: Pick<
    IssuedCredential,
    "id" | "kind" | "credentialId" | "workProcessIds" | "schoolOrganizationId" | "issuedOn" | "supersededById"
  >[];
  /** This employer's records, not archived, the latest first. */
  heldCredentials: Pick<
    HeldCredential,
    | "kind"
    | "credentialId"
    | "title"
    | "educationLevel"
    | "diplomaGroup"
    | "issuedOn"
    | "workProcessIds"
    | "originIssuerDid"
  >[];
  /** Running enrolments with this employer, the latest first. */
  enrolments: Pick<
    Enrolment,
    "credentialId" | "learningRoute" | "pokSignedOn" | "pokStartDate" | "pokEndDate"
  >[];
  /** Results for parts of the generiek deel, each with the result that corrected it, if any. */
  examResults: (Pick<ExamResult, "generiekDeelPart" | "status" | "outcome" | "assessedOn"> & {
    supersededBy: { id: string } | null;
  })[];
  /** Running Ontwikkelpaden with this employer that have a chosen goal (an ontwikkelplan). */
  _count: { developmentPaths: number };
}

/** One person of an employer's team: the latest own employment, the latest active path and the standing facts. */
export interface TeamOverviewRow {
  id: string;
  kind: PersonKind;
  givenName: string;
  familyName: string;
  email: string | null;
  /** A startpunt profile is stored (it counts as step 1 recorded). */
  hasProfile: boolean;
  employment: {
    functionId: string;
    hoursPerWeek: number;
    locationName: string | null;
    contractStart: Date;
    contractEnd: Date | null;
  } | null;
  path: {
    currentStep: number;
    careerPerspective: string | null;
    ambition: string | null;
    goalFunctionId: string | null;
    goalCredentialId: string | null;
    learningHoursPerWeek: number | null;
    trainerHoursPerWeek: number | null;
    nextReviewAt: Date | null;
    /** The steps marked completed, and the status of each training request on the path. */
    completedSteps: number[];
    trainingRequestStatuses: TrainingRequestStatus[];
  } | null;
  /** What the rules judge the person's own function from; null without an own employment running then. */
  standing: TeamStandingFacts | null;
}

/** A row as JSON carries it: dates are ISO strings. */
type Json<T> = {
  [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K];
};
type JsonFacts = Omit<
  TeamStandingFacts,
  "employment" | "evidence" | "credentials" | "heldCredentials" | "enrolments" | "examResults" | "_count"
> & {
  functionId: string;
  groups: Pick<LocationGroup, "minAgeMonths" | "maxAgeMonths">[] | null;
  evidence: Json<TeamStandingFacts["evidence"][number]>[] | null;
  credentials: Json<TeamStandingFacts["credentials"][number]>[] | null;
  heldCredentials: Json<TeamStandingFacts["heldCredentials"][number]>[] | null;
  enrolments: Json<TeamStandingFacts["enrolments"][number]>[] | null;
  examResults:
    | (Json<Omit<TeamStandingFacts["examResults"][number], "supersededBy">> & {
        supersededById: string | null;
      })[]
    | null;
  ontwikkelplans: number;
};
type JsonRow = Omit<TeamOverviewRow, "employment" | "path" | "standing"> & {
  employment: Json<NonNullable<TeamOverviewRow["employment"]>> | null;
  path: Json<NonNullable<TeamOverviewRow["path"]>> | null;
  standing: JsonFacts | null;
};

/** A DATE comes as `YYYY-MM-DD`, a timestamp with its offset. */
const date = (value: string) => new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
const dateOrNull = (value: string | null) => (value === null ? null : date(value));

/** `%`, `_` and `\` in a search term are matched literally, as Prisma's `contains` does. */
const likePattern = (search: string) => `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The employer's team overview (persons not archived, by family and given name), optionally searched
 * by name: each person's latest own employment and latest active path, and, for a person with an own
 * employment running on `asOf` (an ISO date; the latest by contract start), the facts the rules judge
 * that function from.
 *
 * Hand-written SQL because this is the portal's busiest read, and the team list and the dashboard judge
 * a whole team from it: one statement (the function `team_overview` of the `…_team_overview_read`
 * migration, whose plan the database keeps for the session) that reads the team's persons once and
 * each person's rows by index, answered as one JSON document. The overview's joins and the standings'
 * CTE per table, two statements, cost more than twice its CPU time on the embedded database, two thirds
 * of it planning; Prisma's nested select, which builds a JSON document per person and relation, more
 * still (profiled on a 72-person team at national scale). The tenant conditions are those of `scopePersonsForEmployer` and
 * `scopeOwnedByEmployer`; the integration tests compare the result with the Prisma query through those
 * scopes.
 */
export async function readTeamOverview(
  prisma: Client,
  employerOrganizationId: string,
  asOf: string,
  search?: string,
): Promise<TeamOverviewRow[]> {
  const pattern = search ? likePattern(search) : null;
  const [{ team }] = await prisma.$queryRaw<[{ team: JsonRow[] }]>`
    SELECT team_overview(${employerOrganizationId}::text, ${asOf}::date, ${pattern}::text) AS team`;
  return team.map((row) => ({
    ...row,
    employment: row.employment && {
      ...row.employment,
      contractStart: date(row.employment.contractStart),
      contractEnd: dateOrNull(row.employment.contractEnd),
    },
    path: row.path && { ...row.path, nextReviewAt: dateOrNull(row.path.nextReviewAt) },
    standing: row.standing && toStandingFacts(row.standing),
  }));
}

function toStandingFacts({ functionId, groups, ontwikkelplans, ...facts }: JsonFacts): TeamStandingFacts {
  return {
    profile: facts.profile,
    employment: { functionId, location: groups ? { groups } : null },
    evidence: (facts.evidence ?? []).map((e) => ({
      ...e,
      assessedOn: date(e.assessedOn),
      signedAt: dateOrNull(e.signedAt),
      coSignedAt: dateOrNull(e.coSignedAt),
    })),
    credentials: (facts.credentials ?? []).map((c) => ({ ...c, issuedOn: date(c.issuedOn) })),
    heldCredentials: (facts.heldCredentials ?? []).map((h) => ({ ...h, issuedOn: date(h.issuedOn) })),
    enrolments: (facts.enrolments ?? []).map((n) => ({
      ...n,
      pokSignedOn: dateOrNull(n.pokSignedOn),
      pokStartDate: dateOrNull(n.pokStartDate),
      pokEndDate: dateOrNull(n.pokEndDate),
    })),
    examResults: (facts.examResults ?? []).map(({ supersededById, ...x }) => ({
      ...x,
      assessedOn: dateOrNull(x.assessedOn),
      supersededBy: supersededById === null ? null : { id: supersededById },
    })),
    _count: { developmentPaths: ontwikkelplans },
  };
}
