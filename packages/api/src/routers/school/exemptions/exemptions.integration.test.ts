import { childcareCatalog, qualificationParts } from "@ontwikkelpad/core";
import { seedDemo, type Database } from "@ontwikkelpad/db";
import { createTestDatabase } from "@ontwikkelpad/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loggedInClient } from "../../../test-client.ts";

let db: Database;
let yaraId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemo(db.prisma);
  yaraId = (await db.prisma.person.findFirstOrThrow({ where: { givenName: "Yara" } })).id;
});
afterAll(() => db.close());

const as = async (email: string) => (await loggedInClient(db, email, `exemptions-${email}`)).call();
const examiner = () => as("examinator@maasoever.demo");
const committee = () => as("examencommissie@maasoever.demo");
const advisor = () => as("opleidingsadviseur@maasoever.demo");
const otherSchool = () => as("opleidingsadviseur@hofstad.demo");
const profieldeel = qualificationParts(childcareCatalog, "GPM").find((p) => p.kind === "profieldeel")!;
const [P1, P2, P3] = profieldeel.workProcessIds as [string, string, string];

const gpmAim = async () =>
  (await (await examiner()).school.credentials.learner({ personId: yaraId })).aims.find(
    (a) => a.credentialId === "GPM",
  )!;
const missingIds = async () => (await gpmAim()).missing.map((w) => w.id);
const code = async (call: Promise<unknown>) =>
  call.then(
    () => "allowed",
    (error: { code?: string }) => error.code,
  );

describe("a GPM diploma needs its profieldeel", () => {
  it("refuses the diploma on the basisdeel and the generiek deel alone, naming the profieldeel", async () => {
    const aim = await gpmAim();
    expect(aim.status).toBe("missing");
    expect(aim.missingGeneriekDeel).toEqual([]);
    expect(aim.missing.map((w) => w.id).toSorted()).toEqual(profieldeel.workProcessIds.toSorted());
    expect(aim.refusal).toContain("in het profieldeel Gespecialiseerd pedagogisch medewerker:");
    const refused = (await committee()).school.credentials.issue({ personId: yaraId, credentialId: "GPM" });
    await expect(refused).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(refused).rejects.toThrow(/profieldeel Gespecialiseerd pedagogisch medewerker/);
  });
});

describe("exemptions are decisions of the examencommissie", () => {
  it("shows the EVC request awaiting the examencommissie, and it does not count", async () => {
    const rows = await (await advisor()).school.exemptions.list({ personId: yaraId });
    expect(rows).toEqual([
      expect.objectContaining({ ground: "EVC", status: "REQUESTED", decidedBy: null, credentialId: "GPM" }),
    ]);
    expect(await missingIds()).toEqual(expect.arrayContaining([P1, P2]));
  });

  it("lets a school member record a request, never for werkprocessen of another credential", async () => {
    const request = (workProcessIds: string[]) =>
      advisor().then((c) =>
        c.school.exemptions.request({
          personId: yaraId,
          credentialId: "GPM",
          workProcessIds,
          ground: "FOREIGN_DIPLOMA",
          groundDetail: "Diploma pedagogie, Universidade do Porto, 2015",
        }),
      );
    await expect(request(["pedagogisch-werk-2021:P3-K1-W1"])).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const { id } = await request([P3]);
    const rows = await (await advisor()).school.exemptions.list({ personId: yaraId });
    expect(rows.find((r) => r.id === id)).toMatchObject({ status: "REQUESTED", ground: "FOREIGN_DIPLOMA" });
    expect(await missingIds()).toContain(P3);
  });

  it("lets only the examencommissie grant, once; the grant counts; a correction supersedes it with a reason", async () => {
    const [evc] = await (await advisor()).school.exemptions.list({ personId: yaraId });
    const grant = { exemptionId: evc!.id, decision: "GRANTED" as const, note: "Het EVC toont beide aan." };
    expect(await code((await examiner()).school.exemptions.decide(grant))).toBe("FORBIDDEN");
    expect(await code((await advisor()).school.exemptions.decide(grant))).toBe("FORBIDDEN");
    await (await committee()).school.exemptions.decide(grant);
    expect(await missingIds()).not.toContain(P1);
    expect(await missingIds()).not.toContain(P2);
    expect(await code((await committee()).school.exemptions.decide(grant))).toBe("CONFLICT");

    const correction = await (
      await committee()
    ).school.exemptions.correct({
      exemptionId: evc!.id,
      decision: "REFUSED",
      note: "Het EVC gaat over een andere doelgroep.",
      reason: "Het ervaringscertificaat is opnieuw beoordeeld.",
    });
    expect(await missingIds()).toEqual(expect.arrayContaining([P1, P2]));
    const rows = await (await advisor()).school.exemptions.list({ personId: yaraId });
    expect(rows.find((r) => r.id === evc!.id)).toMatchObject({
      status: "GRANTED",
      decidedBy: "Wilma Hoekstra",
      supersededById: correction.id,
    });
    expect(rows.find((r) => r.id === correction.id)).toMatchObject({
      status: "REFUSED",
      supersedesId: evc!.id,
      correctionReason: "Het ervaringscertificaat is opnieuw beoordeeld.",
    });
    const again = { exemptionId: evc!.id, decision: "GRANTED" as const, note: "x", reason: "y" };
    expect(await code((await committee()).school.exemptions.correct(again))).toBe("CONFLICT");
  });

  it("keeps a decided exemption as it is in the database too", async () => {
    const decided = await db.prisma.exemption.findFirstOrThrow({
      where: { personId: yaraId, status: "GRANTED" },
    });
    await expect(
      db.prisma.exemption.update({ where: { id: decided.id }, data: { workProcessIds: [P3] } }),
    ).rejects.toThrow(/decided or changed out of order/);
    await expect(db.prisma.exemption.delete({ where: { id: decided.id } })).rejects.toThrow(
      /cannot be deleted/,
    );
  });

  it("answers another school as if the learner and the exemption did not exist", async () => {
    const [evc] = await (await advisor()).school.exemptions.list({ personId: yaraId });
    const other = await otherSchool();
    expect(await code(other.school.exemptions.list({ personId: yaraId }))).toBe("NOT_FOUND");
    expect(
      await code(
        other.school.exemptions.request({
          personId: yaraId,
          credentialId: "GPM",
          workProcessIds: [P3],
          ground: "EVC",
          groundDetail: "EVC",
        }),
      ),
    ).toBe("NOT_FOUND");
    expect(
      await code(other.school.exemptions.decide({ exemptionId: evc!.id, decision: "GRANTED", note: "x" })),
    ).toBe("NOT_FOUND");
  });
});
