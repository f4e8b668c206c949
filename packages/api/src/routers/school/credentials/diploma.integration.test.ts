import { childcareCatalog, findQualification } from "@ontwikkelpad/core";
import { type Database } from "@ontwikkelpad/db";
import { createTestDatabase } from "@ontwikkelpad/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isoDate } from "../../../shared/dates.ts";
import { loggedInClient } from "../../../test-client.ts";

let db: Database;
let milan: string;

beforeAll(async () => {
  db = await createTestDatabase({ demo: true });
  milan = (await db.prisma.person.findFirstOrThrow({ where: { givenName: "Milan" } })).id;
});
afterAll(() => db.close());

const as = async (email: string) => (await loggedInClient(db, email, `diploma-${email}`)).call();
const examiner = () => as("examinator@maasoever.demo");
const committee = () => as("examencommissie@maasoever.demo");
const advisor = () => as("opleidingsadviseur@maasoever.demo");
const pmk = findQualification(childcareCatalog, "PMK")!;
const daysAgo = (days: number) => isoDate(new Date(Date.now() - days * 86_400_000));
const refusal = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    return { code: (error as { code?: string }).code, message: (error as Error).message };
  }
  throw new Error("Expected a refusal");
};

/** Registers one passed exam for Milan and returns its id, established unless told otherwise. */
async function passedExam(
  scope: { workProcessIds: string[]; generiekDeelPart: string | null },
  assessedOn: string,
  establish = true,
) {
  const {
    ids: [id],
  } = await (
    await examiner()
  ).school.examResults.register({
    credentialId: "PMK",
    ...scope,
    title: scope.generiekDeelPart ?? "Proeve van bekwaamheid PMK",
    assessedOn,
    entries: [{ personId: milan, enrolmentId: null, outcome: "PASSED", note: null }],
  });
  if (establish) await (await committee()).school.examResults.move({ examResultId: id!, move: "establish" });
  return id!;
}

describe("a diploma and its generiek deel", () => {
  it("refuses an exam that mixes werkprocessen with a part, or a part the diploma does not list", async () => {
    const base = {
      credentialId: "PMK",
      title: "Engels",
      assessedOn: null,
      entries: [{ personId: milan, enrolmentId: null, outcome: null, note: null }],
    };
    const foreign = await refusal(
      (await examiner()).school.examResults.register({
        ...base,
        workProcessIds: [],
        generiekDeelPart: "Engels",
      }),
    );
    expect(foreign.code).toBe("BAD_REQUEST");
    expect(foreign.message).toContain("Engels hoort niet bij het generiek deel");
    const mixed = await refusal(
      (await examiner()).school.examResults.register({
        ...base,
        workProcessIds: [pmk.workProcessIds[0]!],
        generiekDeelPart: "Rekenen",
      }),
    );
    expect(mixed.message).toContain("Kies één van beide");
    expect(await db.prisma.examResult.count({ where: { personId: milan } })).toBe(0);
  });

  it("refuses PMK with every werkproces established, naming the missing generiek deel", async () => {
    await passedExam({ workProcessIds: pmk.workProcessIds, generiekDeelPart: null }, daysAgo(6));
    const refused = await refusal(
      (await committee()).school.credentials.issue({ personId: milan, credentialId: "PMK" }),
    );
    expect(refused.code).toBe("BAD_REQUEST");
    expect(refused.message).toContain(
      `het generiek deel (${pmk.generiekDeel.join(", ")}) is nog niet behaald`,
    );
    expect(refused.message).not.toContain("werkproces");
  });

  it("counts only established parts, writes no evidence for them, and then issues the diploma with its DUO reminder", async () => {
    const evidenceBefore = await db.prisma.evidence.count({ where: { personId: milan } });
    const [first, ...rest] = pmk.generiekDeel as [string, ...string[]];
    for (const part of rest) await passedExam({ workProcessIds: [], generiekDeelPart: part }, daysAgo(4));
    const pending = await passedExam({ workProcessIds: [], generiekDeelPart: first }, daysAgo(3), false);
    const refused = await refusal(
      (await committee()).school.credentials.issue({ personId: milan, credentialId: "PMK" }),
    );
    expect(refused.message).toContain(`het generiek deel (${first}) is nog niet behaald`);

    const view = await (await advisor()).school.learners.get({ personId: milan });
    const rows = view.credentials.find((c) => c.credentialId === "PMK")!.generiekDeel;
    expect(rows.map((r) => [r.part, r.counted])).toEqual(pmk.generiekDeel.map((p) => [p, p !== first]));
    expect(rows.find((r) => r.part === first)!.examResults).toEqual([
      expect.objectContaining({ id: pending, status: "ASSESSED", outcome: "PASSED" }),
    ]);

    await (await committee()).school.examResults.move({ examResultId: pending, move: "establish" });
    expect(await db.prisma.evidence.count({ where: { personId: milan } })).toBe(evidenceBefore);
    const listed = (await (await examiner()).school.examResults.list()).find((r) => r.id === pending)!;
    expect(listed).toMatchObject({ generiekDeelPart: first, workProcessIds: [], status: "ESTABLISHED" });

    const { credentialId } = await (
      await committee()
    ).school.credentials.issue({ personId: milan, credentialId: "PMK" });
    const diploma = await db.prisma.issuedCredential.findUniqueOrThrow({ where: { id: credentialId } });
    expect(diploma.kind).toBe("DIPLOMA");
    // The DUO deadline counts from the last result the diploma rests on: here the generiek deel.
    expect(isoDate(diploma.resultOn!)).toBe(daysAgo(3));
    expect(await (await advisor()).school.credentials.duoReminders()).toContainEqual(
      expect.objectContaining({
        credentialId,
        learner: "Milan Jovanović",
        resultOn: daysAgo(3),
        daysLeft: 11,
      }),
    );
  });
});
