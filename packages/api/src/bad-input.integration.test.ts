import { DEMO_PASSWORD, type Database } from "@ontwikkelpad/db";
import { createTestDatabase } from "@ontwikkelpad/db/testing";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { SESSION_COOKIE, createContext } from "./context.ts";
import { createCaller } from "./root.ts";
import { loggedInClient } from "./test-client.ts";

let db: Database;
let locationId: string;

beforeAll(async () => {
  db = await createTestDatabase({ demo: true });
  locationId = (await db.prisma.location.findFirstOrThrow({ where: { employer: { name: "Kinderrijk" } } }))
    .id;
});
afterAll(() => db.close());

const admin = async () => (await loggedInClient(db, "hr@kinderrijk.demo")).call();
const personNamed = (givenName: string) =>
  db.prisma.person.findFirstOrThrow({ where: { givenName, employer: { name: "Kinderrijk" } } });

/** The refusal a call ends in: its code, message and the fields it names. */
async function refusal(call: Promise<unknown>) {
  const error = await call.then(
    () => expect.unreachable("the call should have been refused"),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  const { code, message, cause } = error as TRPCError;
  const fields = cause instanceof ZodError ? cause.issues.map((i) => i.path.join(".")) : [];
  return { code, message, fields };
}

const newPerson = {
  kind: "STAFF" as const,
  givenName: "Sam",
  familyName: "Test",
  functionId: "groepshulp",
  hoursPerWeek: 24,
  contractStart: "2026-09-01",
};

describe("text the database cannot store", () => {
  it.each([
    ["a NUL character", "Sam\u0000"],
    ["a lone surrogate", "Sam\ud800"],
  ])("refuses %s in free text with the field it is in", async (_, givenName) => {
    const c = await admin();
    expect(await refusal(c.employer.persons.create({ ...newPerson, givenName, locationId }))).toEqual({
      code: "BAD_REQUEST",
      message: expect.stringContaining("ongeldig teken"),
      fields: ["givenName"],
    });
  });

  it("refuses it in an id and in a search", async () => {
    const c = await admin();
    expect((await refusal(c.employer.persons.get({ personId: "\u0000" }))).code).toBe("BAD_REQUEST");
    expect((await refusal(c.employer.persons.list({ search: "a\udc00" }))).fields).toEqual(["search"]);
  });
});

describe("the session cookie", () => {
  it("treats a malformed cookie as no session, so the user can still log in", async () => {
    const headers = new Headers({ cookie: `${SESSION_COOKIE}=%` });
    const caller = createCaller(await createContext({ db, headers, ip: "10.1.0.1", setCookie: () => {} }));
    expect((await refusal(caller.auth.me())).code).toBe("UNAUTHORIZED");
    await expect(
      caller.auth.login({ email: "hr@kinderrijk.demo", password: DEMO_PASSWORD }),
    ).resolves.toEqual({
      ok: true,
    });
  });
});

describe("messages a user can act on", () => {
  it("refuses a huge e-mail address before looking it up", async () => {
    const c = await admin();
    const email = `${"a".repeat(3_000)}@example.org`;
    expect(await refusal(c.auth.login({ email, password: "x" }))).toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("hoogstens 254 tekens"),
    });
  });

  it("says in Dutch how long a text may be and that hours are a number", async () => {
    const c = await admin();
    const tooLong = await refusal(c.employer.persons.create({ ...newPerson, givenName: "x".repeat(101) }));
    expect(tooLong.message).toContain("Gebruik hoogstens 100 tekens");
    const letters = await refusal(
      c.employer.persons.create({ ...newPerson, hoursPerWeek: "24 uur" as unknown as number }),
    );
    expect(letters.message).toContain("als getal, bijvoorbeeld 24");
  });

  it("answers an error of a core rule on bad input with a 400 and its Dutch message", async () => {
    const c = await admin();
    const milan = await personNamed("Milan");
    expect(
      await refusal(
        c.employer.paths.routes({ personId: milan.id, goal: { kind: "function", functionId: "astronaut" } }),
      ),
    ).toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("Onbekende functie: astronaut"),
    });
  });
});

describe("implausible dates", () => {
  it.each([
    ["0000-01-01", "vóór 1-1-1950"],
    ["2999-09-01", "hoogstens 2 jaar vooruit"],
  ])("refuses a contract starting %s", async (contractStart, reason) => {
    const c = await admin();
    expect(await refusal(c.employer.persons.create({ ...newPerson, contractStart }))).toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining(reason),
      fields: ["contractStart"],
    });
  });

  it("refuses a recognition dated in 2999 and an import row starting in year 0000", async () => {
    const c = await admin();
    const recognition = await refusal(
      c.employer.organization.addRecognition({
        crebo: "25696",
        learningRoute: "BBL",
        status: "ACTIVE",
        recognisedFrom: "2999-01-01",
      }),
    );
    expect(recognition.fields).toEqual(["recognisedFrom"]);
    const preview = await c.employer.persons.import({
      rows: [
        { voornaam: "Sam", achternaam: "Test", functie: "Groepshulp", uren: "24", startdatum: "1-9-0000" },
      ],
      dryRun: true,
    });
    expect(JSON.stringify(preview)).toContain("vóór 1-1-1950");
  });

  it("refuses a rating dated before the person's employment", async () => {
    const ellen = await personNamed("Ellen");
    const employment = await db.prisma.employment.findFirstOrThrow({
      where: { personId: ellen.id },
      orderBy: { contractStart: "asc" },
    });
    const dayBefore = new Date(employment.contractStart.getTime() - 86_400_000).toISOString().slice(0, 10);
    const trainer = await (await loggedInClient(db, "praktijkopleider@kinderrijk.demo")).call();
    const workProcess = await db.prisma.evidence.findFirstOrThrow({ where: { personId: ellen.id } });
    expect(
      await refusal(
        trainer.employer.assessments.rate({
          personId: ellen.id,
          workProcessId: workProcess.workProcessId,
          result: "NOT_YET",
          note: "Te vroeg gedateerd",
          assessedOn: dayBefore,
        }),
      ),
    ).toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("vóór de start van het dienstverband"),
      fields: ["assessedOn"],
    });
  });
});

describe("four eyes on a praktijkbeoordeling", () => {
  it("refuses a co-signature by the person who signed, even when they are also leidinggevende", async () => {
    const trainerUser = await db.prisma.user.findUniqueOrThrow({
      where: { email: "praktijkopleider@kinderrijk.demo" },
      include: { memberships: true },
    });
    await db.prisma.membership.create({
      data: {
        userId: trainerUser.id,
        organizationId: trainerUser.memberships[0]!.organizationId,
        role: "MANAGER",
      },
    });
    const both = await (await loggedInClient(db, "praktijkopleider@kinderrijk.demo")).call();
    const milan = await personNamed("Milan");
    const view = await both.employer.assessments.get({ personId: milan.id });
    const open = view.coreTasks.flatMap((k) => k.workProcesses).find((w) => !w.current?.signedAt)!;
    const { id } = await both.employer.assessments.rate({
      personId: milan.id,
      workProcessId: open.id,
      result: "MASTERED",
      note: "Zelfstandig uitgevoerd",
      assessedOn: new Date().toISOString().slice(0, 10),
    });
    await both.employer.assessments.sign({ evidenceIds: [id] });
    expect(await refusal(both.employer.assessments.coSign({ evidenceIds: [id] }))).toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringContaining("zelf ondertekend"),
    });
    const manager = await (await loggedInClient(db, "leidinggevende@kinderrijk.demo")).call();
    await expect(manager.employer.assessments.coSign({ evidenceIds: [id] })).resolves.toEqual({
      coSigned: 1,
    });
  });
});
