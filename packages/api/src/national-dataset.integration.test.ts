import { hash } from "@node-rs/argon2";
import { DEMO_PASSWORD, type Database } from "@ontwikkelpad/db";
import { createTestDatabase, generateNationalDataset } from "@ontwikkelpad/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  allRolesCaller,
  detailReads,
  inputReads,
  openRead,
  pageReads,
  PORTAL_KINDS,
  type Portal,
} from "./page-reads.ts";
import { today } from "./shared/dates.ts";
import { employmentStandings } from "./routers/employer/_shared/function-standing.ts";
import { loggedInClient } from "./test-client.ts";

/**
 * The national generator produces only data the product's own rules accept: core judges every
 * generated person the way the team overview does without refusing one, and every page-level read of
 * each portal opens for a sample of generated organisations of its kind, with no person left unjudged,
 * and so do the pages behind their rows (a person, a path, a learner, an offer, a candidate, …).
 */
let db: Database;

/** What a read says it could not judge: a row's `problem`, a page's `unjudged` persons, or its error. */
function unjudgedIn(answer: unknown): unknown[] {
  if (Array.isArray(answer)) return answer.flatMap(unjudgedIn);
  if (typeof answer !== "object" || answer === null) return [];
  return Object.entries(answer).flatMap(([key, value]) => {
    if (key === "error") return [value];
    if (key === "problem" && value !== null) return [value];
    if (key === "unjudged" && Array.isArray(value)) return value;
    return unjudgedIn(value);
  });
}
let employers: { id: string }[];

/** Up to three generated organisations of the portal's kind. */
const sampleOf = (portal: Portal) =>
  db.prisma.organization.findMany({
    where: { kind: PORTAL_KINDS[portal], id: { startsWith: "gen-" } },
    select: { id: true },
    orderBy: { id: "asc" },
    take: 3,
  });

/** One caller holding every role per organisation, shared by the tests that open its pages. */
const callers = new Map<string, ReturnType<typeof allRolesCaller>>();
function callerOf(organizationId: string, portal: Portal) {
  if (!callers.has(organizationId)) callers.set(organizationId, allRolesCaller(db, organizationId, portal));
  return callers.get(organizationId)!;
}

/** The queries that need input and are not opened by `detailReads`, and why not. */
const NOT_OPENED: Record<string, string> = {
  "employer.paths.routes": "a goal chosen on the path page",
  "employer.paths.employeeView": "the link an employee opens, made on the path page",
  "school.requests.getCredential": "the generator writes no credential requests",
  "school.subsidy.evidence": "the subsidy register of a signed POK",
  "school.employerChange.options": "a change of employer started on an enrolment",
  "school.examResults.history": "opened below for every generated result of the sampled schools",
  "school.classes.get": "the generator writes no classes",
  "school.credentials.document": "a download of an issued credential",
  "school.credentials.openBadge": "a download of an issued credential",
  "region.reports.ministry": "a download of a quarter's report",
  "region.advice.get": "a goal chosen while writing advice",
  "region.advice.notes": "only for a candidate who consented to advice, which the list does not show",
  "school.learningTeams.get": "the generator writes no learning teams",
  "employer.learningTeams.get": "the generator writes no learning teams",
};

beforeAll(async () => {
  db = await createTestDatabase();
  const passwordHash = await hash(DEMO_PASSWORD);
  await db.sql.transaction((tx) => generateNationalDataset(tx, { scale: 0.005, seed: 11, passwordHash }));
  employers = await db.prisma.organization.findMany({
    where: { kind: "EMPLOYER" },
    select: { id: true },
    orderBy: { id: "asc" },
  });
}, 120_000);
afterAll(() => db.close());

describe("the national dataset", () => {
  it("has every employed person judged by core, none refused", async () => {
    let judged = 0;
    for (const { id } of employers) {
      const standings = [...(await employmentStandings(db.prisma, id, today())).values()];
      expect(standings.filter((s) => s.problem !== null)).toEqual([]);
      judged += standings.length;
    }
    expect(employers.length).toBeGreaterThan(10);
    expect(judged).toBeGreaterThan(300);
  });

  it.each(Object.keys(PORTAL_KINDS) as Portal[])(
    "opens every page-level read of the %s portal for up to three generated organisations",
    async (portal) => {
      const sample = await sampleOf(portal);
      const reads = pageReads.filter((path) => path.startsWith(`${portal}.`));
      expect(sample.length).toBeGreaterThan(0);
      expect(reads.length).toBeGreaterThan(3);
      for (const { id } of sample) {
        const caller = await callerOf(id, portal);
        for (const path of reads) {
          const answer = await openRead(caller, path).catch((error: unknown) => ({
            path,
            error: String(error),
          }));
          expect({ path, unjudged: unjudgedIn(answer) }).toEqual({ path, unjudged: [] });
        }
      }
    },
    120_000,
  );

  it.each(Object.keys(PORTAL_KINDS) as Portal[])(
    "opens the pages behind the rows of the %s portal's lists for up to three generated organisations",
    async (portal) => {
      const sample = await sampleOf(portal);
      const opened = new Map(detailReads[portal].map(({ read }) => [read, 0]));
      for (const { id } of sample) {
        const caller = await callerOf(id, portal);
        for (const { read, inputs } of detailReads[portal]) {
          for (const input of await inputs(caller)) {
            const answer = await openRead(caller, read, input).catch((error: unknown) => ({
              error: String(error),
            }));
            expect({ read, input, unjudged: unjudgedIn(answer) }).toEqual({ read, input, unjudged: [] });
            opened.set(read, opened.get(read)! + 1);
          }
        }
      }
      expect([...opened].filter(([, count]) => count === 0)).toEqual([]);
    },
    120_000,
  );

  it("opens every query that needs input here, or says why not", () => {
    const covered = new Set(Object.values(detailReads).flatMap((reads) => reads.map(({ read }) => read)));
    expect(inputReads.filter((read) => !covered.has(read) && !(read in NOT_OPENED))).toEqual([]);
    expect(Object.keys(NOT_OPENED).filter((read) => covered.has(read) || !inputReads.includes(read))).toEqual(
      [],
    );
  });

  it("opens the exam results of the generated schools, established ones among them, with each result's log", async () => {
    let established = 0;
    for (const { id } of await sampleOf("school")) {
      const caller = await callerOf(id, "school");
      const results = (await openRead(caller, "school.examResults.list")) as { id: string; status: string }[];
      established += results.filter((r) => r.status === "ESTABLISHED").length;
      for (const result of results) {
        const log = (await openRead(caller, "school.examResults.history", { examResultId: result.id })) as {
          to: string;
        }[];
        expect({ result, last: log.at(-1)?.to }).toEqual({ result, last: result.status });
      }
    }
    expect(established).toBeGreaterThan(0);
  });

  it("shows what staff brought on their employer's credential page, typed in by HR", async () => {
    const held = await db.prisma.heldCredential.findMany({
      where: { id: { startsWith: "gen-" } },
      select: { id: true, personId: true, employerOrganizationId: true },
      orderBy: { id: "asc" },
      take: 10,
    });
    expect(held).toHaveLength(10);
    for (const { id, personId, employerOrganizationId } of held) {
      const caller = await callerOf(employerOrganizationId, "employer");
      const page = (await openRead(caller, "employer.heldCredentials.list", { personId })) as {
        items: { id: string; provenance: string }[];
      };
      expect(page.items.find((item) => item.id === id)?.provenance).toBe("DECLARED_BY_EMPLOYER");
    }
  });

  it.each([0, 1, 2])("opens the team overview and dashboard of generated employer %i", async (n) => {
    const client = await (await loggedInClient(db, `admin@werkgever-${n}.gen`, `national-${n}`)).call();
    const team = await client.employer.persons.list();
    expect(team.length).toBeGreaterThan(0);
    expect(team.filter((r) => r.problem !== null)).toEqual([]);
    expect((await client.employer.dashboard.get()).unjudged).toEqual([]);
  });
});
