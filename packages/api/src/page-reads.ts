import { hash } from "@node-rs/argon2";
import { ROLES_OF_KIND, closedPeriods } from "@ontwikkelpad/core";
import { DEMO_PASSWORD, type Database } from "@ontwikkelpad/db";
import type { z } from "zod";
import { appRouter } from "./root.ts";
import { today } from "./shared/dates.ts";
import { funnelGroupingSchema } from "./shared/enums.ts";
import { loggedInClient } from "./test-client.ts";

/** For tests: the page-level reads of the portals, and a user who may open all of them. */

export const PORTAL_KINDS = { employer: "EMPLOYER", school: "SCHOOL", region: "REGION" } as const;
export type Portal = keyof typeof PORTAL_KINDS;

type Procedure = { _def: { type: string; inputs: z.ZodType[] } };
const portalQueries = Object.entries(
  appRouter._def.procedures as unknown as Record<string, Procedure>,
).filter(([path, procedure]) => /^(employer|school|region)\./.test(path) && procedure._def.type === "query");
const opensWithoutInput = (procedure: Procedure) =>
  procedure._def.inputs.every((schema) => schema.safeParse(undefined).success);

/** Every query of a portal that opens without input: the lists and overviews of its pages. */
export const pageReads: string[] = portalQueries
  .filter(([, procedure]) => opensWithoutInput(procedure))
  .map(([path]) => path);
/** Every query of a portal that needs input: a page opened from a row of a list, or a choice on a page. */
export const inputReads: string[] = portalQueries
  .filter(([, procedure]) => !opensWithoutInput(procedure))
  .map(([path]) => path);

type Caller = Awaited<ReturnType<Awaited<ReturnType<typeof loggedInClient>>["call"]>>;

/** A caller logged in as a new user holding every role of its organisation's kind, so no read is refused. */
export async function allRolesCaller(db: Database, organizationId: string, portal: Portal): Promise<Caller> {
  const email = `alle-rollen@${organizationId}.test`;
  await db.prisma.user.create({
    data: {
      email,
      displayName: `Alle rollen ${portal}`,
      passwordHash: await hash(DEMO_PASSWORD),
      memberships: {
        create: ROLES_OF_KIND[PORTAL_KINDS[portal]].map((role) => ({ role, organizationId })),
      },
    },
  });
  return (await loggedInClient(db, email, `all-roles-${organizationId}`)).call();
}

/** Calls the read at `path` ("employer.persons.list"), without input unless one is given. */
export const openRead = (caller: Caller, path: string, input?: unknown): Promise<unknown> =>
  (
    path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as (
      input?: unknown,
    ) => Promise<unknown>
  )(input);

type Row = Record<string, unknown>;
/** A read that needs input, and the inputs a user of the portal opens it with. */
export interface DetailRead {
  read: string;
  inputs: (caller: Caller) => Promise<unknown[]>;
}
/** The page behind up to `take` rows of `list`: `input` says how a row opens it (null: this row does not). */
const behindRows =
  (list: string, input: (row: Row) => unknown, take = 5) =>
  async (caller: Caller): Promise<unknown[]> =>
    ((await openRead(caller, list)) as Row[])
      .map(input)
      .filter((opened) => opened !== null)
      .slice(0, take);
const byPerson = (key: string) => (row: Row) => ({ personId: row[key] });

/**
 * The reads behind the portals' first pages that need input: a person, their path, held credentials
 * and assessments; a learner, an offer, a request, an enrolment; a candidate, their matches and the
 * funnel.
 */
export const detailReads: Record<Portal, DetailRead[]> = {
  employer: [
    { read: "employer.persons.get", inputs: behindRows("employer.persons.list", byPerson("id")) },
    {
      read: "employer.paths.get",
      inputs: behindRows("employer.persons.list", (row) =>
        row.pathStep === null ? null : { personId: row.id },
      ),
    },
    { read: "employer.heldCredentials.list", inputs: behindRows("employer.persons.list", byPerson("id")) },
    { read: "employer.assessments.get", inputs: behindRows("employer.persons.list", byPerson("id")) },
  ],
  school: [
    { read: "school.learners.get", inputs: behindRows("school.learners.list", byPerson("personId")) },
    { read: "school.credentials.learner", inputs: behindRows("school.learners.list", byPerson("personId")) },
    { read: "school.exemptions.list", inputs: behindRows("school.learners.list", byPerson("personId")) },
    { read: "school.offers.get", inputs: behindRows("school.offers.list", (row) => ({ offerId: row.id })) },
    {
      read: "school.requests.getTraining",
      inputs: behindRows("school.requests.list", (row) =>
        row.kind === "TRAINING" ? { requestId: row.id } : null,
      ),
    },
    {
      read: "school.enrolments.get",
      inputs: behindRows("school.enrolments.list", (row) => ({ enrolmentId: row.id })),
    },
    // The learning team's add-student search as it opens: the school's first running enrolments.
    { read: "school.learningTeams.enrolments", inputs: async () => [{ search: "" }] },
  ],
  region: [
    {
      read: "region.candidates.get",
      inputs: behindRows("region.candidates.list", (row) => ({ candidateId: row.id })),
    },
    {
      read: "region.referrals.matches",
      inputs: behindRows("region.candidates.list", (row) => ({ candidateId: row.id })),
    },
    {
      read: "region.funnel.get",
      inputs: async () =>
        funnelGroupingSchema.options.flatMap((by) =>
          [...closedPeriods("month", today(), 1), ...closedPeriods("quarter", today(), 1)].map((period) => ({
            by,
            period,
          })),
        ),
    },
  ],
};
