import { type Database } from "@ontwikkelpad/db";
import { createTestDatabase } from "@ontwikkelpad/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MATRIX, type Ids, type Outcome, loadIds } from "./authorization-matrix.ts";
import { appRouter } from "./root.ts";
import { SESSION_COOKIE, hashToken } from "./context.ts";
import { loggedInClient, testClient } from "./test-client.ts";

const callers = {
  anonymous: null,
  school: "opleidingsadviseur@maasoever.demo",
  region: "coordinator@rijnmond.demo",
  otherEmployer: "hr@zonnebloem.demo",
  ownEmployer: "hr@kinderrijk.demo",
  otherSchool: "opleidingsadviseur@hofstad.demo",
  partner: "intake@uwv-rotterdam.demo",
  otherRegion: "coordinator@haaglanden.demo",
} as const;
type Caller = keyof typeof callers;
const ipOf = (who: Caller) => `matrix-${who}`;

let db: Database;
let ids: Ids;
/** The demo's paths, so that the paths the procedures start can be told apart. */
let demoPathIds: string[];
type SessionRow = Awaited<ReturnType<Database["prisma"]["session"]["findUniqueOrThrow"]>>;
/** Per signed-in caller: the cookies and the session row of one real login, made once. */
const logins = new Map<Caller, { cookies: Map<string, string>; session: SessionRow }>();

beforeAll(async () => {
  db = await createTestDatabase({ demo: true });
  ids = await loadIds(db.prisma);
  demoPathIds = (await db.prisma.developmentPath.findMany({ select: { id: true } })).map((p) => p.id);
  for (const [who, email] of Object.entries(callers) as [Caller, string | null][]) {
    if (!email) continue;
    const { jar } = await loggedInClient(db, email, ipOf(who));
    const tokenHash = hashToken(jar.get(SESSION_COOKIE)!);
    logins.set(who, {
      cookies: jar,
      session: await db.prisma.session.findUniqueOrThrow({ where: { tokenHash } }),
    });
  }
});
afterAll(() => db.close());

/**
 * A caller as `who`. Each case starts from the session its login left, as if it had just logged in:
 * the row is put back (a case may end it with logout or move it with switchOrganization) and the
 * cookies are the login's. One login per caller instead of one per case: a password check costs more
 * than most procedures.
 */
async function callerFor(who: Caller) {
  const client = testClient(db, ipOf(who));
  const login = logins.get(who);
  if (login) {
    const { id, ...row } = login.session;
    await db.prisma.session.upsert({ where: { id }, create: login.session, update: row });
    for (const [name, value] of login.cookies) client.jar.set(name, value);
  }
  return client.call();
}

async function outcome(who: Caller, path: string, input: unknown): Promise<Outcome> {
  const caller = await callerFor(who);
  const procedure = path
    .split(".")
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as (
    input: unknown,
  ) => Promise<unknown>;
  try {
    await procedure(input);
    return "allowed";
  } catch (error) {
    const code = (error as { code?: Outcome }).code;
    if (!code) throw error;
    return code;
  }
}

const procedures = Object.keys(appRouter._def.procedures);

describe(`authorization matrix: ${procedures.length} procedures × ${Object.keys(callers).length} callers`, () => {
  it("has an entry for every procedure", () => {
    expect(procedures.filter((p) => !MATRIX[p])).toEqual([]);
  });

  it.each(
    procedures.flatMap((path) => (Object.keys(callers) as Caller[]).map((who) => [path, who] as const)),
  )(
    "%s as %s",
    async (path, who) => {
      const entry = MATRIX[path]!;
      const expected = who === "otherSchool" ? (entry.otherSchool ?? entry.school) : entry[who];
      expect(await outcome(who, path, entry.input(ids))).toBe(expected);
    },
    30_000,
  );

  it("never shows another employer's people in a list", async () => {
    const list = (await (await callerFor("otherEmployer")).employer.persons.list()).map((p) => p.id);
    expect(list).not.toContain(ids.personId);
  });

  // The region dashboard counts paths by the record key each path carries: whichever procedure
  // started a path, the database gave it its person's.
  it("gives each path a procedure started its person's record key", async () => {
    const started = await db.prisma.developmentPath.findMany({
      where: { id: { notIn: demoPathIds } },
      select: { recordKey: true, person: { select: { recordKey: true } } },
    });
    expect(started.length).toBeGreaterThan(0);
    expect(started.filter((p) => p.recordKey !== p.person.recordKey)).toEqual([]);
  });
});
