import { childcareCatalog, examScopeProblems, findCredential } from "@ontwikkelpad/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../database.ts";
import { createTestDatabase } from "../testing.ts";
import { createRandom } from "./bulk.ts";
import { type NationalCounts, generateNationalDataset } from "./national.ts";

/** The day the dataset is generated for; every date of something that happened falls on or before it. */
const TODAY = "2026-06-15";

describe("generateNationalDataset", () => {
  let db: Database;
  let counts: NationalCounts;
  beforeAll(async () => {
    // On top of the demo: the generator reuses the demo's regions instead of duplicating them.
    db = await createTestDatabase({ demo: true });
    counts = await db.sql.transaction((tx) =>
      generateNationalDataset(tx, {
        scale: 0.01,
        seed: 7,
        passwordHash: "$argon2id$test",
        today: new Date(`${TODAY}T15:00:00Z`),
      }),
    );
  });
  afterAll(async () => {
    await db.close();
  });

  it("covers all 35 regions once, next to the demo data", async () => {
    const regions = await db.prisma.organization.findMany({ where: { kind: "REGION" } });
    expect(regions).toHaveLength(35);
    expect(new Set(regions.map((region) => region.regionCode)).size).toBe(35);
    expect(await db.prisma.organization.count({ where: { name: "Kinderrijk" } })).toBe(1);
  });

  it("scales employers, locations and persons", async () => {
    expect(counts.Location).toBe(100);
    expect(
      await db.prisma.organization.count({ where: { kind: "EMPLOYER", id: { startsWith: "gen-" } } }),
    ).toBe(30);
    expect(counts.Person).toBeGreaterThan(1_000);
    expect(counts.DevelopmentPath).toBeGreaterThan(100);
    expect(counts.Evidence).toBeGreaterThan(100);
    expect(await db.prisma.person.count({ where: { id: { startsWith: "gen-" } } })).toBe(counts.Person);
  });

  it.each([
    ["Evidence", "assessedOn"],
    ["Evidence", "signedAt"],
    ["IssuedCredential", "issuedOn"],
    ["PathStepRecord", "completedAt"],
    ["DevelopmentPath", "startedAt"],
    ["Employment", "contractStart"],
    ["Referral", "createdAt"],
    ["ConsentRecord", "givenAt"],
    ["CandidateRegistration", "intakeCompletedAt"],
    ["CandidateRegistration", "createdAt"],
    ["Person", "createdAt"],
    ["HeldCredential", "issuedOn"],
    ["HeldCredential", "createdAt"],
    ["ExamResult", "assessedOn"],
    ["ExamResult", "createdAt"],
    ["ExamResultEvent", "occurredAt"],
  ])("dates no %s.%s after the day it is generated for", async (table, column) => {
    const [row] = await db.sql.query<{ latest: string; count: number }>(
      `SELECT to_char(max("${column}"), 'YYYY-MM-DD') AS "latest", count("${column}")::int AS "count"
         FROM "${table}" WHERE "id" LIKE 'gen-%'`,
    );
    expect(row!.count).toBeGreaterThan(0);
    expect(row!.latest <= TODAY).toBe(true);
  });

  it("registers every generated candidate at their region's desk, as the desk does", async () => {
    const candidates = await db.prisma.person.findMany({
      where: { kind: "CANDIDATE", id: { startsWith: "gen-" } },
      select: { registeredByOrganizationId: true, registration: { select: { regionOrganizationId: true } } },
    });
    expect(candidates.length).toBeGreaterThan(30);
    expect(
      candidates.filter((c) => c.registration?.regionOrganizationId !== c.registeredByOrganizationId),
    ).toEqual([]);
  });

  it("records what staff brought as HR types it in: catalog ids of their kind, cao groups, no werkprocessen", async () => {
    const held = await db.prisma.heldCredential.findMany({
      where: { id: { startsWith: "gen-" } },
      include: { person: { select: { employerOrganizationId: true } } },
    });
    expect(held.filter((h) => h.kind === "DIPLOMA").length).toBeGreaterThan(100);
    expect(held.filter((h) => h.kind === "OTHER_DIPLOMA").length).toBeGreaterThan(10);
    expect(
      held.filter((h) => h.kind === "CERTIFICATE" || h.kind === "PRAKTIJKVERKLARING").length,
    ).toBeGreaterThan(10);
    const groups = childcareCatalog.diplomaGroups.map((group) => group.id);
    const wrong = held.filter((h) =>
      h.kind === "OTHER_DIPLOMA"
        ? h.credentialId !== null || !h.title || !h.educationLevel || !groups.includes(h.diplomaGroup ?? "")
        : findCredential(childcareCatalog, h.credentialId ?? "")?.kind !== h.kind,
    );
    expect(wrong).toEqual([]);
    expect(
      held.filter(
        (h) =>
          h.workProcessIds.length > 0 ||
          h.verifiedAt !== null ||
          h.originIssuerDid !== null ||
          h.recordedByUserId === null ||
          h.employerOrganizationId !== h.person.employerOrganizationId,
      ),
    ).toEqual([]);
  });

  it("moves exam results along their log as the school's exam pages do", async () => {
    const results = await db.prisma.examResult.findMany({
      where: { id: { startsWith: "gen-" } },
      include: {
        events: { orderBy: { occurredAt: "asc" } },
        enrolment: { select: { personId: true, schoolOrganizationId: true, credentialId: true } },
      },
    });
    const established = results.filter((r) => r.status === "ESTABLISHED");
    expect(results.filter((r) => r.status === "REGISTERED").length).toBeGreaterThan(0);
    expect(established.filter((r) => r.outcome === "PASSED").length).toBeGreaterThan(5);
    expect(established.filter((r) => r.generiekDeelPart !== null).length).toBeGreaterThan(0);
    const roles = new Map(
      (
        await db.prisma.membership.findMany({
          where: { role: { in: ["EXAMINER", "EXAM_COMMITTEE"] } },
          select: { userId: true, organizationId: true, role: true },
        })
      ).map((m) => [`${m.userId} ${m.organizationId}`, m.role]),
    );
    const expectedLog = {
      REGISTERED: [["REGISTERED", "EXAMINER"]],
      ASSESSED: [
        ["REGISTERED", "EXAMINER"],
        ["ASSESSED", "EXAMINER"],
      ],
      ESTABLISHED: [
        ["REGISTERED", "EXAMINER"],
        ["ASSESSED", "EXAMINER"],
        ["ESTABLISHED", "EXAM_COMMITTEE"],
      ],
    };
    const wrong = results.filter(
      (r) =>
        examScopeProblems(childcareCatalog, r.credentialId, r).length > 0 ||
        r.enrolment?.personId !== r.personId ||
        r.enrolment.schoolOrganizationId !== r.schoolOrganizationId ||
        r.enrolment.credentialId !== r.credentialId ||
        (r.status === "REGISTERED") !== (r.outcome === null && r.assessedOn === null) ||
        JSON.stringify(
          r.events.map((e) => [e.toStatus, roles.get(`${e.actorUserId} ${r.schoolOrganizationId}`)]),
        ) !== JSON.stringify(expectedLog[r.status as keyof typeof expectedLog]),
    );
    expect(wrong).toEqual([]);
  });

  it("writes the signed FORMAL_EXAM evidence of every established result, and only of those", async () => {
    const results = await db.prisma.examResult.findMany({ where: { id: { startsWith: "gen-" } } });
    const evidence = new Map(
      (await db.prisma.evidence.findMany({ where: { kind: "FORMAL_EXAM", id: { startsWith: "gen-" } } })).map(
        (e) => [e.id, e],
      ),
    );
    const linked = results.flatMap((r) =>
      r.evidenceIds.map((evidenceId) => ({ result: r, evidence: evidence.get(evidenceId) })),
    );
    expect(linked.length).toBeGreaterThan(10);
    expect(linked.length).toBe(evidence.size);
    expect(
      results.filter(
        (r) => r.evidenceIds.length !== (r.status === "ESTABLISHED" ? r.workProcessIds.length : 0),
      ),
    ).toEqual([]);
    expect(
      linked.filter(
        ({ result, evidence: e }) =>
          !e ||
          e.personId !== result.personId ||
          e.schoolOrganizationId !== result.schoolOrganizationId ||
          e.result !== result.outcome ||
          e.note !== result.title ||
          e.assessedOn.getTime() !== result.assessedOn?.getTime() ||
          !result.workProcessIds.includes(e.workProcessId) ||
          e.signedByUserId === null ||
          e.signedByUserId !== e.recordedByUserId,
      ),
    ).toEqual([]);
  });

  it("refuses to load the dataset twice", async () => {
    await expect(
      generateNationalDataset(db.sql, { scale: 0.01, seed: 7, passwordHash: "$argon2id$test" }),
    ).rejects.toThrow(/already holds the national dataset/);
  });
});

const draw = (seed: number) => {
  const random = createRandom(seed);
  return Array.from({ length: 5 }, () => random.int(0, 1_000_000));
};

describe("createRandom", () => {
  it("repeats its sequence for the same seed and differs for another", () => {
    expect(draw(1)).toEqual(draw(1));
    expect(draw(1)).not.toEqual(draw(2));
  });
});
