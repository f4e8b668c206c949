import { type Database } from "@ontwikkelpad/db";
import { createTestDatabase } from "@ontwikkelpad/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MATRIX, type Ids, type Outcome, loadIds } from "./authorization-matrix.ts";
import { appRouter } from "./root.ts";
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

let db: Database;
let ids: Ids;

beforeAll(async () => {
  db = await createTestDatabase({ demo: true });
  ids = await loadIds(db.prisma);
});
afterAll(() => db.close());

/** A caller logged in as `email` (or anonymous). */
async function callerFor(email: string | null) {
  const ip = `matrix-${email}`;
  return (email ? await loggedInClient(db, email, ip) : testClient(db, ip)).call();
}

async function outcome(email: string | null, path: string, input: unknown): Promise<Outcome> {
  const caller = await callerFor(email);
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
      expect(await outcome(callers[who], path, entry.input(ids))).toBe(expected);
    },
    30_000,
  );

  it("never shows another employer's people in a list", async () => {
    const list = (await (await callerFor("hr@zonnebloem.demo")).employer.persons.list()).map((p) => p.id);
    expect(list).not.toContain(ids.personId);
  });
});
