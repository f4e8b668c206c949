import { DEMO_PASSWORD, type Database } from "@ontwikkelpad/db";
import { createTestDatabase } from "@ontwikkelpad/db/testing";
import { childcareCatalog, findCertificate } from "@ontwikkelpad/core";
import { hash } from "@node-rs/argon2";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loggedInClient } from "../../../test-client.ts";
import { dateColumn, today } from "../../../shared/dates.ts";

// Who may issue, on what: a school issues only to its own learners, only on results its own
// examencommissie established (and exemptions it granted), never on what an employer typed, and never
// a second credential beside a valid one (school-and-region.md, "Issuing"; WEB art. 7.4.5 and 7.4.6).

let db: Database;
let kinderrijk: string;
let maasoever: string;
let hofstad: string;

beforeAll(async () => {
  db = await createTestDatabase({ demo: true });
  const org = async (name: string) => (await db.prisma.organization.findFirstOrThrow({ where: { name } })).id;
  [kinderrijk, maasoever, hofstad] = await Promise.all([
    org("Kinderrijk"),
    org("ROC De Maasoever"),
    org("ROC Hofstad"),
  ]);
  await db.prisma.user.create({
    data: {
      email: "examencommissie@hofstad.demo",
      displayName: "Examencommissie Hofstad",
      passwordHash: await hash(DEMO_PASSWORD),
      memberships: { create: { organizationId: hofstad, role: "EXAM_COMMITTEE" } },
    },
  });
});
afterAll(() => db.close());

const as = async (email: string) => (await loggedInClient(db, email, `who-issues-${email}`)).call();
const committee = () => as("examencommissie@maasoever.demo");
const advisor = () => as("opleidingsadviseur@maasoever.demo");
const hofstadCommittee = () => as("examencommissie@hofstad.demo");
const hofstadAdvisor = () => as("opleidingsadviseur@hofstad.demo");
const hr = () => as("hr@kinderrijk.demo");
const personId = async (givenName: string) =>
  (await db.prisma.person.findFirstOrThrow({ where: { givenName, employerOrganizationId: kinderrijk } })).id;
const refusal = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    return { code: (error as { code?: string }).code, message: (error as Error).message };
  }
  throw new Error("Expected a refusal");
};
const validCount = (person: string, credentialId: string) =>
  db.prisma.issuedCredential.count({ where: { personId: person, credentialId, supersededById: null } });
const C0125 = findCertificate(childcareCatalog, "C0125")!.workProcessIds;

/** A Kinderrijk employee, enrolled at the `enrolledAt` schools with every C0125 exam established by `examinedBy`. */
async function learner(givenName: string, enrolledAt: string[], examinedBy: string | null) {
  const person = await db.prisma.person.create({
    data: { kind: "STAFF", givenName, familyName: "Test", employerOrganizationId: kinderrijk },
  });
  for (const school of enrolledAt)
    await db.prisma.enrolment.create({
      data: {
        schoolOrganizationId: school,
        employerOrganizationId: kinderrijk,
        personId: person.id,
        credentialId: "C0125",
        learningRoute: "DERDE_LEERWEG",
      },
    });
  if (examinedBy)
    await db.prisma.evidence.createMany({
      data: C0125.map((workProcessId) => ({
        personId: person.id,
        schoolOrganizationId: examinedBy,
        workProcessId,
        kind: "FORMAL_EXAM" as const,
        result: "PASSED" as const,
        assessedOn: dateColumn("2026-06-01"),
        signedAt: new Date(),
      })),
    });
  return person.id;
}

/** A valid credential `school` issued, written as an earlier version of the platform let it happen. */
async function issuedBefore(
  person: string,
  school: string,
  kind: "CERTIFICATE" | "PRAKTIJKVERKLARING",
  credentialId: string,
) {
  return db.prisma.issuedCredential.create({
    data: {
      personId: person,
      kind,
      credentialId,
      workProcessIds: kind === "CERTIFICATE" ? C0125 : [],
      schoolOrganizationId: school,
      employerOrganizationId: kinderrijk,
      issuedOn: dateColumn("2026-07-01"),
    },
  });
}

describe("(a) a record HR typed is no basis for issuing", () => {
  it("refuses the school's certificate on a PMK diploma the employer declared, naming every werkproces", async () => {
    // Ellen is enrolled at De Maasoever (a praktijkverklaring route) and has no exam result at all.
    const ellen = await personId("Ellen");
    await (
      await hr()
    ).employer.heldCredentials.add({
      personId: ellen,
      kind: "DIPLOMA",
      credentialId: "PMK",
      issuedOn: "2019-06-30",
      institution: "ROC Elders",
    });
    const refused = await refusal(
      (await committee()).school.credentials.issue({ personId: ellen, credentialId: "C0125" }),
    );
    expect(refused.code).toBe("BAD_REQUEST");
    expect(refused.message).toContain("nog geen vastgesteld voldoende examenresultaat");
    for (const id of C0125) expect(refused.message).toContain(id.split(":")[1]!);
    expect(await validCount(ellen, "C0125")).toBe(0);
    // The employer's list says the diploma is its own declaration, not verified by a school.
    const held = await (await hr()).employer.heldCredentials.list({ personId: ellen });
    expect(held.items.find((i) => i.credentialId === "PMK")?.provenance).toBe("DECLARED_BY_EMPLOYER");
  });
});

describe("(b) a school issues only to its own learners, on its own examencommissie's results", () => {
  it("refuses as not found a person another school enrolled and examined", async () => {
    const noor = await learner("Noor", [maasoever], maasoever);
    // A training request Hofstad never accepted makes Noor show in its inbox, not its learner.
    await db.prisma.trainingRequest.create({
      data: {
        employerOrganizationId: kinderrijk,
        schoolOrganizationId: hofstad,
        personId: noor,
        credentialId: "C0125",
        learningRoute: "DERDE_LEERWEG",
      },
    });
    const refused = await refusal(
      (await hofstadCommittee()).school.credentials.issue({ personId: noor, credentialId: "C0125" }),
    );
    expect(refused.code).toBe("NOT_FOUND");
    expect(await validCount(noor, "C0125")).toBe(0);
  });

  it("refuses its own learner whose results another school's examencommissie established", async () => {
    const sem = await learner("Sem", [maasoever, hofstad], maasoever);
    const refused = await refusal(
      (await hofstadCommittee()).school.credentials.issue({ personId: sem, credentialId: "C0125" }),
    );
    expect(refused.code).toBe("BAD_REQUEST");
    expect(refused.message).toContain("nog geen vastgesteld voldoende examenresultaat");
    // The school that examined her (she moved from there) may.
    await (await committee()).school.credentials.issue({ personId: sem, credentialId: "C0125" });
    expect(await validCount(sem, "C0125")).toBe(1);
  });
});

describe("(c) a credential is never issued twice", () => {
  it("refuses a praktijkverklaring requested at a second school once the first issued it", async () => {
    const sanne = await personId("Sanne");
    const first = await db.prisma.credentialRequest.findFirstOrThrow({
      where: { personId: sanne, schoolOrganizationId: maasoever, status: "SUBMITTED" },
    });
    await (await advisor()).school.requests.issuePraktijkverklaring({ requestId: first.id });
    const { id } = await (
      await hr()
    ).employer.assessments.requestPraktijkverklaring({
      personId: sanne,
      templateId: first.credentialId,
      schoolId: hofstad,
    });
    const refused = await refusal(
      (await hofstadAdvisor()).school.requests.issuePraktijkverklaring({ requestId: id }),
    );
    expect(refused.code).toBe("CONFLICT");
    expect(refused.message).toContain("al uitgegeven door ROC De Maasoever");
    expect(await validCount(sanne, first.credentialId)).toBe(1);
  });
});

/**
 * Every procedure that creates an IssuedCredential, with a call for a foreign learner and one for a
 * credential that already exists (each sets up its case and returns the call). `issueCredential` takes only a claim from `claimIssuing`, and the
 * last test fails when a router file issues without being listed here.
 */
type Call = () => Promise<unknown>;
const ISSUING: Record<
  string,
  { file: string; foreign: () => Promise<Call>; duplicate: () => Promise<Call> }
> = {
  "school.credentials.issue": {
    file: "school/credentials/issue.ts",
    foreign: async () => {
      const person = await learner("Lotte", [maasoever], maasoever);
      return async () =>
        (await hofstadCommittee()).school.credentials.issue({ personId: person, credentialId: "C0125" });
    },
    duplicate: async () => {
      const person = await learner("Daan", [maasoever], maasoever);
      await issuedBefore(person, hofstad, "CERTIFICATE", "C0125");
      return async () =>
        (await committee()).school.credentials.issue({ personId: person, credentialId: "C0125" });
    },
  },
  "school.credentials.supersede": {
    file: "school/credentials/supersede.ts",
    foreign: async () => {
      // A certificate Hofstad wrote for a person it never enrolled or examined: no correction either.
      const person = await learner("Mila", [maasoever], maasoever);
      const old = await issuedBefore(person, hofstad, "CERTIFICATE", "C0125");
      return async () =>
        (await hofstadCommittee()).school.credentials.supersede({
          credentialId: old.id,
          reason: "Verkeerde afgiftedatum.",
          issuedOn: today(),
        });
    },
    duplicate: async () => {
      const person = await learner("Bram", [maasoever], maasoever);
      const own = await issuedBefore(person, maasoever, "CERTIFICATE", "C0125");
      await issuedBefore(person, hofstad, "CERTIFICATE", "C0125");
      return async () =>
        (await committee()).school.credentials.supersede({
          credentialId: own.id,
          reason: "Verkeerde afgiftedatum.",
          issuedOn: today(),
        });
    },
  },
  "school.requests.issuePraktijkverklaring": {
    file: "school/requests/issue-praktijkverklaring.ts",
    foreign: async () => {
      const request = await db.prisma.credentialRequest.findFirstOrThrow({
        where: { schoolOrganizationId: hofstad, status: "SUBMITTED" },
      });
      return async () => (await advisor()).school.requests.issuePraktijkverklaring({ requestId: request.id });
    },
    duplicate: async () => {
      // Sanne holds the praktijkverklaring De Maasoever issued above; a second request there asks again.
      const sanne = await personId("Sanne");
      const held = await db.prisma.issuedCredential.findFirstOrThrow({
        where: { personId: sanne, kind: "PRAKTIJKVERKLARING", supersededById: null },
      });
      const request = await db.prisma.credentialRequest.create({
        data: {
          employerOrganizationId: kinderrijk,
          schoolOrganizationId: maasoever,
          personId: sanne,
          credentialId: held.credentialId,
          workProcessIds: held.workProcessIds,
        },
      });
      return async () => (await advisor()).school.requests.issuePraktijkverklaring({ requestId: request.id });
    },
  },
};

describe("every issuing procedure", () => {
  it.each(Object.entries(ISSUING))("%s refuses a foreign learner as not found", async (_, { foreign }) => {
    const call = await foreign();
    const before = await db.prisma.issuedCredential.count();
    expect((await refusal(call())).code).toBe("NOT_FOUND");
    expect(await db.prisma.issuedCredential.count()).toBe(before);
  });

  it.each(Object.entries(ISSUING))(
    "%s refuses a second valid credential of the same kind and code",
    async (_, { duplicate }) => {
      const call = await duplicate();
      const before = await db.prisma.issuedCredential.count();
      const refused = await refusal(call());
      expect(refused.code).toBe("CONFLICT");
      expect(refused.message).toContain("al uitgegeven");
      expect(await db.prisma.issuedCredential.count()).toBe(before);
    },
  );

  it("lists every router file that issues a credential", () => {
    const routers = join(import.meta.dirname, "../..");
    const issuing = (readdirSync(routers, { recursive: true }) as string[])
      .filter(
        (file) => file.endsWith(".ts") && !file.includes(".test.") && file !== "school/_shared/issuing.ts",
      )
      .filter((file) => readFileSync(join(routers, file), "utf8").includes("issueCredential("))
      .map((file) => relative(routers, join(routers, file)))
      .toSorted();
    expect(issuing).toEqual(
      Object.values(ISSUING)
        .map((p) => p.file)
        .toSorted(),
    );
  });
});
