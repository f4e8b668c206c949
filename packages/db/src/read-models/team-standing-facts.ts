import {
  Prisma,
  type Enrolment,
  type Evidence,
  type ExamResult,
  type HeldCredential,
  type IssuedCredential,
  type LocationGroup,
} from "../../generated/prisma/client.ts";

type Client = Pick<Prisma.TransactionClient, "$queryRaw">;

/**
 * One employed person of an employer's team with the facts the rules judge their own function from:
 * the startpunt, the function and location groups of their current own employment, and the columns of
 * their evidence, issued and held credentials, running enrolments and generiek-deel results that a
 * profile is built from.
 */
export interface TeamStandingFactsRow {
  id: string;
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

type Json<T> = {
  [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K];
};
type RawRow = Omit<
  TeamStandingFactsRow,
  "employment" | "evidence" | "credentials" | "heldCredentials" | "enrolments" | "examResults" | "_count"
> & {
  functionId: string;
  groups: TeamStandingFactsRow["employment"]["location"] extends infer L
    ? (L extends { groups: infer G } ? G : never) | null
    : never;
  evidence: Json<TeamStandingFactsRow["evidence"][number]>[] | null;
  credentials: Json<TeamStandingFactsRow["credentials"][number]>[] | null;
  heldCredentials: Json<TeamStandingFactsRow["heldCredentials"][number]>[] | null;
  enrolments: Json<TeamStandingFactsRow["enrolments"][number]>[] | null;
  examResults:
    | (Json<Omit<TeamStandingFactsRow["examResults"][number], "supersededBy">> & {
        supersededById: string | null;
      })[]
    | null;
  ontwikkelplans: number;
};

const date = (value: string) => new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
const dateOrNull = (value: string | null) => (value === null ? null : date(value));

/**
 * The facts of every employed person of an employer's team (persons not archived, with an own
 * employment running on `asOf`, an ISO date: the latest by contract start), optionally only of `personIds`, that the
 * rules judge each person's own function from.
 *
 * Hand-written SQL because the team overview and the dashboard read it for a whole team on every call:
 * one statement that reads each table once for the whole team, grouped per person, with only the
 * columns a profile is built from, is several times cheaper than Prisma's nested select, which builds
 * a JSON document per person and relation (profiled on a 68-person team at national scale). The tenant
 * conditions are those of `scopePersonsForEmployer` and `scopeOwnedByEmployer`; the integration test
 * compares the result with the Prisma query through those scopes.
 */
export async function readTeamStandingFacts(
  prisma: Client,
  employerOrganizationId: string,
  asOf: string,
  personIds?: readonly string[],
): Promise<TeamStandingFactsRow[]> {
  const only = personIds ? Prisma.sql`AND p.id = ANY(${[...personIds]}::text[])` : Prisma.empty;
  const rows = await prisma.$queryRaw<RawRow[]>`
    WITH team AS (
      SELECT DISTINCT ON (p.id) p.id, p.profile, e."functionId", e."locationId"
      FROM "Person" p
      JOIN "Employment" e ON e."personId" = p.id AND e."employerOrganizationId" = ${employerOrganizationId}
        AND (e."contractEnd" IS NULL OR e."contractEnd" >= ${asOf}::date)
      WHERE p."employerOrganizationId" = ${employerOrganizationId} AND p."archivedAt" IS NULL ${only}
      ORDER BY p.id, e."contractStart" DESC
    ), groups AS MATERIALIZED (
      SELECT g."locationId", json_agg(json_build_object('minAgeMonths', g."minAgeMonths", 'maxAgeMonths', g."maxAgeMonths")) AS rows
      FROM "LocationGroup" g WHERE g."locationId" IN (SELECT "locationId" FROM team) GROUP BY g."locationId"
    ), evidence AS MATERIALIZED (
      SELECT v."personId", json_agg(json_build_object('id', v.id, 'kind', v.kind, 'workProcessId', v."workProcessId",
        'result', v.result, 'assessedOn', v."assessedOn", 'signedAt', v."signedAt", 'coSignedAt', v."coSignedAt",
        'supersedesId', v."supersedesId", 'schoolOrganizationId', v."schoolOrganizationId")) AS rows
      FROM "Evidence" v WHERE v."personId" IN (SELECT id FROM team) GROUP BY v."personId"
    ), credentials AS MATERIALIZED (
      SELECT c."personId", json_agg(json_build_object('id', c.id, 'kind', c.kind, 'credentialId', c."credentialId",
        'workProcessIds', c."workProcessIds", 'schoolOrganizationId', c."schoolOrganizationId", 'issuedOn', c."issuedOn",
        'supersededById', c."supersededById")) AS rows
      FROM "IssuedCredential" c WHERE c."personId" IN (SELECT id FROM team) GROUP BY c."personId"
    ), held AS MATERIALIZED (
      SELECT h."personId", json_agg(json_build_object('kind', h.kind, 'credentialId', h."credentialId", 'title', h.title,
        'educationLevel', h."educationLevel", 'diplomaGroup', h."diplomaGroup", 'issuedOn', h."issuedOn",
        'workProcessIds', h."workProcessIds", 'originIssuerDid', h."originIssuerDid") ORDER BY h."issuedOn" DESC) AS rows
      FROM "HeldCredential" h
      WHERE h."personId" IN (SELECT id FROM team) AND h."employerOrganizationId" = ${employerOrganizationId} AND h."archivedAt" IS NULL
      GROUP BY h."personId"
    ), enrolments AS MATERIALIZED (
      SELECT n."personId", json_agg(json_build_object('credentialId', n."credentialId", 'learningRoute', n."learningRoute",
        'pokSignedOn', n."pokSignedOn", 'pokStartDate', n."pokStartDate", 'pokEndDate', n."pokEndDate") ORDER BY n."createdAt" DESC) AS rows
      FROM "Enrolment" n
      WHERE n."personId" IN (SELECT id FROM team) AND n."employerOrganizationId" = ${employerOrganizationId} AND n.status = 'ACTIVE'
      GROUP BY n."personId"
    ), exams AS MATERIALIZED (
      SELECT x."personId", json_agg(json_build_object('generiekDeelPart', x."generiekDeelPart", 'status', x.status,
        'outcome', x.outcome, 'assessedOn', x."assessedOn", 'supersededById', s.id)) AS rows
      FROM "ExamResult" x LEFT JOIN "ExamResult" s ON s."supersedesId" = x.id
      WHERE x."personId" IN (SELECT id FROM team) AND x."generiekDeelPart" IS NOT NULL
      GROUP BY x."personId"
    ), plans AS MATERIALIZED (
      SELECT d."personId", count(*)::int AS n FROM "DevelopmentPath" d
      WHERE d."personId" IN (SELECT id FROM team) AND d."employerOrganizationId" = ${employerOrganizationId} AND d.status = 'ACTIVE'
        AND (d."goalFunctionId" IS NOT NULL OR d."goalCredentialId" IS NOT NULL)
      GROUP BY d."personId"
    )
    SELECT t.id, t.profile, t."functionId",
      CASE WHEN t."locationId" IS NULL THEN NULL ELSE COALESCE(g.rows, '[]') END AS groups,
      v.rows AS evidence, c.rows AS credentials, h.rows AS "heldCredentials", n.rows AS enrolments,
      x.rows AS "examResults", COALESCE(d.n, 0) AS ontwikkelplans
    FROM team t
    LEFT JOIN groups g ON g."locationId" = t."locationId"
    LEFT JOIN evidence v ON v."personId" = t.id
    LEFT JOIN credentials c ON c."personId" = t.id
    LEFT JOIN held h ON h."personId" = t.id
    LEFT JOIN enrolments n ON n."personId" = t.id
    LEFT JOIN exams x ON x."personId" = t.id
    LEFT JOIN plans d ON d."personId" = t.id`;
  return rows.map((row) => ({
    id: row.id,
    profile: row.profile,
    employment: { functionId: row.functionId, location: row.groups ? { groups: row.groups } : null },
    evidence: (row.evidence ?? []).map((e) => ({
      ...e,
      assessedOn: date(e.assessedOn),
      signedAt: dateOrNull(e.signedAt),
      coSignedAt: dateOrNull(e.coSignedAt),
    })),
    credentials: (row.credentials ?? []).map((c) => ({ ...c, issuedOn: date(c.issuedOn) })),
    heldCredentials: (row.heldCredentials ?? []).map((h) => ({ ...h, issuedOn: date(h.issuedOn) })),
    enrolments: (row.enrolments ?? []).map((n) => ({
      ...n,
      pokSignedOn: dateOrNull(n.pokSignedOn),
      pokStartDate: dateOrNull(n.pokStartDate),
      pokEndDate: dateOrNull(n.pokEndDate),
    })),
    examResults: (row.examResults ?? []).map(({ supersededById, ...x }) => ({
      ...x,
      assessedOn: dateOrNull(x.assessedOn),
      supersededBy: supersededById === null ? null : { id: supersededById },
    })),
    _count: { developmentPaths: row.ontwikkelplans },
  }));
}
