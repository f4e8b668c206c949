import { DEMO_LOGINS, DEMO_PASSWORD, seedDemo, type Database } from "@ontwikkelpad/db";
import { createTestDatabase } from "@ontwikkelpad/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "./root.ts";
import { loggedInClient, testClient } from "./test-client.ts";

/**
 * Every procedure of the router must have an entry here: who may call it, and a valid input built from
 * the first employer's data. A new procedure without an entry fails the first test.
 */
type Outcome = "allowed" | "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND";
interface Entry {
  input: (ids: { ownPersonId: string; ownLocationId: string; otherOrganizationId: string }) => unknown;
  anonymous: Outcome;
  school: Outcome;
  /** An employer calling with the first employer's resource ids. */
  otherEmployer: Outcome;
}

const MATRIX: Record<string, Entry> = {
  "auth.login": { input: () => ({ email: DEMO_LOGINS[0]!.email, password: DEMO_PASSWORD }), anonymous: "allowed", school: "allowed", otherEmployer: "allowed" },
  "auth.me": { input: () => undefined, anonymous: "UNAUTHORIZED", school: "allowed", otherEmployer: "allowed" },
  "auth.switchOrganization": { input: ({ otherOrganizationId }) => ({ organizationId: otherOrganizationId }), anonymous: "UNAUTHORIZED", school: "FORBIDDEN", otherEmployer: "FORBIDDEN" },
  "auth.logout": { input: () => ({ everywhere: false }), anonymous: "UNAUTHORIZED", school: "allowed", otherEmployer: "allowed" },
  "catalog.functions": { input: () => undefined, anonymous: "allowed", school: "allowed", otherEmployer: "allowed" },
  "catalog.credentials": { input: () => undefined, anonymous: "allowed", school: "allowed", otherEmployer: "allowed" },
  "catalog.workProcesses": { input: () => undefined, anonymous: "allowed", school: "allowed", otherEmployer: "allowed" },
  "catalog.pathSteps": { input: () => undefined, anonymous: "allowed", school: "allowed", otherEmployer: "allowed" },
  "employer.persons.list": { input: () => ({}), anonymous: "UNAUTHORIZED", school: "FORBIDDEN", otherEmployer: "allowed" },
  "school.offers.list": { input: () => undefined, anonymous: "UNAUTHORIZED", school: "allowed", otherEmployer: "FORBIDDEN" },
  "region.dashboard.get": { input: () => undefined, anonymous: "UNAUTHORIZED", school: "FORBIDDEN", otherEmployer: "FORBIDDEN" },
  "employer.persons.create": {
    input: ({ ownLocationId }) => ({ kind: "CANDIDATE", givenName: "Sam", familyName: "Test", functionId: "groepshulp", locationId: ownLocationId, hoursPerWeek: 24, contractStart: "2026-12-01" }),
    anonymous: "UNAUTHORIZED",
    school: "FORBIDDEN",
    otherEmployer: "NOT_FOUND",
  },
  "employer.persons.get": { input: ({ ownPersonId }) => ({ personId: ownPersonId }), anonymous: "UNAUTHORIZED", school: "FORBIDDEN", otherEmployer: "NOT_FOUND" },
};

let db: Database;
let ids: { ownPersonId: string; ownLocationId: string; otherOrganizationId: string };

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemo(db.prisma);
  const employer = await db.prisma.organization.findFirstOrThrow({ where: { name: "Kinderrijk" } });
  const person = await db.prisma.person.findFirstOrThrow({ where: { employerOrganizationId: employer.id } });
  const location = await db.prisma.location.findFirstOrThrow({ where: { employerOrganizationId: employer.id } });
  ids = { ownPersonId: person.id, ownLocationId: location.id, otherOrganizationId: employer.id };
}, 60_000);
afterAll(() => db.close());

/** A caller logged in as `email` (or anonymous). */
async function callerFor(email: string | null) {
  const ip = `matrix-${email}`;
  return (email ? await loggedInClient(db, email, ip) : testClient(db, ip)).call();
}

async function outcome(email: string | null, path: string, input: unknown): Promise<Outcome> {
  const caller = await callerFor(email);
  const procedure = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as (input: unknown) => Promise<unknown>;
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
const callers = { anonymous: null, school: "opleidingsadviseur@maasoever.demo", otherEmployer: "hr@zonnebloem.demo" } as const;

describe(`authorization matrix: ${procedures.length} procedures × ${Object.keys(callers).length} callers`, () => {
  it("has an entry for every procedure", () => {
    expect(procedures.filter((p) => !MATRIX[p])).toEqual([]);
  });

  it.each(procedures.flatMap((path) => (Object.keys(callers) as (keyof typeof callers)[]).map((who) => [path, who] as const)))("%s as %s", async (path, who) => {
    const entry = MATRIX[path]!;
    expect(await outcome(callers[who], path, entry.input(ids))).toBe(entry[who]);
  }, 30_000);

  it("never shows another employer's people in a list", async () => {
    const list = (await (await callerFor("hr@zonnebloem.demo")).employer.persons.list()).map((p) => p.id);
    expect(list).not.toContain(ids.ownPersonId);
  });
});
