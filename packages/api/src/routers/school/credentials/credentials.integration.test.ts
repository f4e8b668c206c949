import { DEMO_PASSWORD, type Database } from "@ontwikkelpad/db";
import { createTestDatabase } from "@ontwikkelpad/db/testing";
import { hash } from "@node-rs/argon2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dateColumn, isoDate, today } from "../../../shared/dates.ts";
import { loggedInClient } from "../../../test-client.ts";

let db: Database;
let kinderrijkId: string;
let maasoeverId: string;

beforeAll(async () => {
  db = await createTestDatabase({ demo: true });
  kinderrijkId = (await db.prisma.organization.findFirstOrThrow({ where: { name: "Kinderrijk" } })).id;
  maasoeverId = (await db.prisma.organization.findFirstOrThrow({ where: { name: "ROC De Maasoever" } })).id;
  // The examencommissie and the examinator of another school, to show issuing and the DUO list stay
  // within the school's own learners.
  const hofstad = await db.prisma.organization.findFirstOrThrow({ where: { name: "ROC Hofstad" } });
  for (const [email, displayName, role] of [
    ["examencommissie@hofstad.demo", "Examencommissie Hofstad", "EXAM_COMMITTEE"],
    ["examinator@hofstad.demo", "Examinator Hofstad", "EXAMINER"],
  ] as const)
    await db.prisma.user.create({
      data: {
        email,
        displayName,
        passwordHash: await hash(DEMO_PASSWORD),
        memberships: { create: { organizationId: hofstad.id, role } },
      },
    });
});
afterAll(() => db.close());

const as = async (email: string) => (await loggedInClient(db, email, `issuing-${email}`)).call();
const advisor = () => as("opleidingsadviseur@maasoever.demo");
const teacher = () => as("docent@maasoever.demo");
const examiner = () => as("examinator@maasoever.demo");
const committee = () => as("examencommissie@maasoever.demo");
const otherCommittee = () => as("examencommissie@hofstad.demo");
const otherExaminer = () => as("examinator@hofstad.demo");
const hr = () => as("hr@kinderrijk.demo");
const personId = async (givenName: string) =>
  (await db.prisma.person.findFirstOrThrow({ where: { givenName, employerOrganizationId: kinderrijkId } }))
    .id;
const code = (error: unknown) => (error as { code?: string }).code;
const refusal = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    return { code: code(error), message: (error as Error).message };
  }
  throw new Error("Expected a refusal");
};

describe("eligibility per learner", () => {
  it("lists the school's learners with what they may be issued", async () => {
    const rows = await (await advisor()).school.credentials.learners();
    const rosa = rows.find((r) => r.name === "Rosa Brouwer")!;
    const fleur = rows.find((r) => r.name === "Fleur Kuipers")!;
    expect(rosa.eligible.map((e) => e.credentialId)).toContain("C0125");
    expect(fleur.eligible.map((e) => e.credentialId)).not.toContain("C0125");
    expect((await (await otherCommittee()).school.credentials.learners()).map((r) => r.name)).not.toContain(
      "Rosa Brouwer",
    );
  });

  it("names the missing werkproces by code and title, and shows a diploma's certificate exemptions", async () => {
    // Fleur's hygiëne exam is assessed but not yet established: it does not count.
    const view = await (await examiner()).school.credentials.learner({ personId: await personId("Fleur") });
    const c0125 = view.aims.find((a) => a.credentialId === "C0125")!;
    expect(c0125.status).toBe("missing");
    expect(c0125.missing.map((w) => w.code)).toEqual(["B1-K1-W10"]);
    expect(c0125.missing[0]!.title.length).toBeGreaterThan(5);
    expect(c0125.refusal).toContain("B1-K1-W10");
    const milan = await (await examiner()).school.credentials.learners();
    expect(milan.find((r) => r.name === "Milan Jovanović")?.issuedCount).toBe(1);
    const milanView = await (
      await examiner()
    ).school.credentials.learner({ personId: await personId("Milan") });
    const pmk = milanView.aims.find((a) => a.credentialId === "PMK")!;
    expect(pmk.status).toBe("missing");
    expect(pmk.exemptions.map((e) => e.certificateId)).toEqual(["C0125"]);
    expect(pmk.refusal).toContain("generiek deel");
  });

  it("refuses another school's learner as not found", async () => {
    const refused = await refusal(
      (await otherCommittee()).school.credentials.learner({ personId: await personId("Rosa") }),
    );
    expect(refused.code).toBe("NOT_FOUND");
  });
});

describe("issuing a certificate", () => {
  it("refuses it with a message naming the missing werkproces", async () => {
    const refused = await refusal(
      (await committee()).school.credentials.issue({
        personId: await personId("Fleur"),
        credentialId: "C0125",
      }),
    );
    expect(refused.code).toBe("BAD_REQUEST");
    expect(refused.message).toMatch(
      /werkproces B1-K1-W10 .+ heeft nog geen vastgesteld voldoende examenresultaat/,
    );
  });

  it("refuses a diploma from certificates alone", async () => {
    const refused = await refusal(
      (await committee()).school.credentials.issue({
        personId: await personId("Milan"),
        credentialId: "PMK",
      }),
    );
    expect(refused.code).toBe("BAD_REQUEST");
    expect(refused.message).toContain("generiek deel");
  });

  it("refuses the opleidingsadviseur, the docent, the examinator and another school's examencommissie", async () => {
    const input = { personId: await personId("Rosa"), credentialId: "C0125" };
    expect((await refusal((await advisor()).school.credentials.issue(input))).code).toBe("FORBIDDEN");
    expect((await refusal((await teacher()).school.credentials.issue(input))).code).toBe("FORBIDDEN");
    // The examinator assesses; the examencommissie decides and the document is issued on that decision.
    const examinerRefusal = await refusal((await examiner()).school.credentials.issue(input));
    expect(examinerRefusal).toMatchObject({
      code: "FORBIDDEN",
      message: "Alleen de examencommissie geeft certificaten en diploma's uit.",
    });
    expect((await refusal((await otherCommittee()).school.credentials.issue(input))).code).toBe("NOT_FOUND");
    expect(await db.prisma.issuedCredential.count({ where: { personId: input.personId } })).toBe(0);
  });

  it("issues it once eligible, with its snapshot, result date and audit, visible to the employer at once", async () => {
    const learner = await personId("Rosa");
    const { credentialId } = await (
      await committee()
    ).school.credentials.issue({
      personId: learner,
      credentialId: "C0125",
    });
    const row = await db.prisma.issuedCredential.findUniqueOrThrow({ where: { id: credentialId } });
    expect(row).toMatchObject({
      kind: "CERTIFICATE",
      credentialId: "C0125",
      schoolOrganizationId: maasoeverId,
    });
    expect(row.workProcessIds).toHaveLength(5);
    expect(row.snapshot).toMatchObject({
      achievement: { title: "Pedagogisch klimaat in de kinderopvang", code: "C0125", kind: "CERTIFICATE" },
      learnerName: "Rosa Brouwer",
      issuerName: "ROC De Maasoever",
    });
    const lastExam = await db.prisma.evidence.findFirstOrThrow({
      where: { personId: learner, kind: "FORMAL_EXAM" },
      orderBy: { assessedOn: "desc" },
    });
    expect(isoDate(row.resultOn!)).toBe(isoDate(lastExam.assessedOn));
    expect(
      await db.prisma.auditEvent.count({ where: { action: "credential.issue", entityId: credentialId } }),
    ).toBe(1);
    const held = await (await hr()).employer.heldCredentials.list({ personId: learner });
    expect(held.items).toContainEqual(
      expect.objectContaining({
        provenance: "ISSUED_BY_SCHOOL",
        credentialId: "C0125",
        institution: "ROC De Maasoever",
      }),
    );
    const again = await refusal(
      (await committee()).school.credentials.issue({ personId: learner, credentialId: "C0125" }),
    );
    expect(again.message).toContain("al uitgegeven");
  });

  it("issues Fleur's certificate once the examencommissie establishes her last result", async () => {
    const fleur = await personId("Fleur");
    const pending = await db.prisma.examResult.findFirstOrThrow({
      where: { personId: fleur, status: "ASSESSED" },
    });
    await (await committee()).school.examResults.move({ examResultId: pending.id, move: "establish" });
    const { credentialId } = await (
      await committee()
    ).school.credentials.issue({
      personId: fleur,
      credentialId: "C0125",
    });
    const row = await db.prisma.issuedCredential.findUniqueOrThrow({ where: { id: credentialId } });
    expect(row.workProcessIds.toSorted()).toEqual(
      (await db.prisma.evidence.findMany({ where: { personId: fleur, kind: "FORMAL_EXAM" } }))
        .map((e) => e.workProcessId)
        .toSorted(),
    );
    expect(isoDate(row.resultOn!)).toBe(isoDate(pending.assessedOn!));
  });

  it("builds the Open Badges data and the PDF content of the issued credential", async () => {
    const [row] = await (await advisor()).school.credentials.issued({ personId: await personId("Rosa") });
    const badge = await (await advisor()).school.credentials.openBadge({ credentialId: row!.id });
    const subject = badge.credential.credentialSubject as { achievement: { alignment: unknown[] } };
    expect(badge.credential.type).toEqual(["VerifiableCredential", "OpenBadgeCredential"]);
    expect(subject.achievement.alignment).toHaveLength(5);
    expect(badge.revocation).toBeNull();
    const doc = await (await advisor()).school.credentials.document({ credentialId: row!.id });
    expect(doc.learner).toBe("Rosa Brouwer");
    expect(doc.school).toBe("ROC De Maasoever");
    expect(doc.workProcesses.map((w) => w.code)).toContain("B1-K1-W7");
  });
});

describe("correcting an issued credential", () => {
  it("supersedes it with a reason: both stay, the old one points to the new", async () => {
    const learner = await personId("Rosa");
    const [old] = await (await examiner()).school.credentials.issued({ personId: learner });
    const short = await refusal(
      (await committee()).school.credentials.supersede({
        credentialId: old!.id,
        reason: "x",
        issuedOn: today(),
      }),
    );
    expect(short.code).toBe("BAD_REQUEST");
    expect(
      (
        await refusal(
          (await advisor()).school.credentials.supersede({
            credentialId: old!.id,
            reason: "Verkeerde afgiftedatum.",
            issuedOn: today(),
          }),
        )
      ).code,
    ).toBe("FORBIDDEN");
    const issuedOn = isoDate(new Date(Date.now() - 86_400_000));
    const { credentialId } = await (
      await committee()
    ).school.credentials.supersede({
      credentialId: old!.id,
      reason: "Verkeerde afgiftedatum.",
      issuedOn,
    });
    const list = await (await examiner()).school.credentials.issued({ personId: learner });
    expect(list).toHaveLength(2);
    expect(list.find((c) => c.id === old!.id)).toMatchObject({
      supersededById: credentialId,
      supersededReason: "Verkeerde afgiftedatum.",
      supersededOn: today(),
    });
    expect(list.find((c) => c.id === credentialId)).toMatchObject({ supersededById: null, issuedOn });
    // The employer holds the correction only; its timeline still shows the one it replaced.
    const held = await (await hr()).employer.heldCredentials.list({ personId: learner });
    expect(held.items.filter((i) => i.credentialId === "C0125").map((i) => i.id)).toEqual([credentialId]);
    const timeline = (await (await hr()).employer.persons.get({ personId: learner })).timeline.filter(
      (t) => t.kind === "credential",
    );
    expect(timeline.map((t) => t.detail).toSorted()).toEqual([
      "Correctie van een eerder uitgegeven bewijs.",
      "Vervangen door een correctie: Verkeerde afgiftedatum.",
    ]);
    const again = await refusal(
      (await committee()).school.credentials.supersede({
        credentialId: old!.id,
        reason: "Nog een keer.",
        issuedOn,
      }),
    );
    expect(again.code).toBe("CONFLICT");
    const badge = await (await examiner()).school.credentials.openBadge({ credentialId: old!.id });
    expect(badge.revocation?.reason).toBe("Verkeerde afgiftedatum.");
  });

  it("corrects a praktijkverklaring to fewer werkprocessen, but never to one not judged", async () => {
    const request = await db.prisma.credentialRequest.findFirstOrThrow({
      where: { schoolOrganizationId: maasoeverId, status: "SUBMITTED" },
    });
    const issued = await (await advisor()).school.requests.issuePraktijkverklaring({ requestId: request.id });
    expect(issued.workProcessIds.length).toBeGreaterThan(1);
    const stored = await db.prisma.issuedCredential.findUniqueOrThrow({ where: { id: issued.credentialId } });
    expect(stored.snapshot).toMatchObject({ employerName: "Kinderrijk" });
    const notJudged = await refusal(
      (await advisor()).school.credentials.supersede({
        credentialId: issued.credentialId,
        reason: "Werkproces vergeten.",
        issuedOn: today(),
        workProcessIds: [...issued.workProcessIds, "helpende-zorg-en-welzijn-2020:B1-K2-W3"],
      }),
    );
    expect(notJudged.code).toBe("BAD_REQUEST");
    const fewer = issued.workProcessIds.slice(1);
    const { credentialId } = await (
      await advisor()
    ).school.credentials.supersede({
      credentialId: issued.credentialId,
      reason: "Eén werkproces stond er ten onrechte op.",
      issuedOn: today(),
      workProcessIds: fewer,
    });
    const doc = await (await advisor()).school.credentials.document({ credentialId });
    expect(doc.workProcesses.map((w) => w.id)).toEqual(fewer);
    expect(doc.employer).toBe("Kinderrijk");
    expect(doc.workProcesses.every((w) => w.signedBy && w.coSignedBy)).toBe(true);
    expect(doc.praktijkopleiders.length).toBeGreaterThan(0);
  });
});

describe("the DUO reminder", () => {
  it("lists unreported diplomas with the days left, and marks one reported with an audit event", async () => {
    const examinerUser = await db.prisma.user.findUniqueOrThrow({
      where: { email: "examinator@maasoever.demo" },
    });
    const resultOn = isoDate(new Date(Date.now() - 5 * 86_400_000));
    const diploma = await db.prisma.issuedCredential.create({
      data: {
        personId: await personId("Milan"),
        kind: "DIPLOMA",
        credentialId: "PMK",
        workProcessIds: [],
        schoolOrganizationId: maasoeverId,
        employerOrganizationId: kinderrijkId,
        issuedByUserId: examinerUser.id,
        issuedOn: dateColumn(today()),
        resultOn: dateColumn(resultOn),
      },
    });
    const reminders = await (await advisor()).school.credentials.duoReminders();
    expect(reminders).toContainEqual(
      expect.objectContaining({
        credentialId: diploma.id,
        learner: "Milan Jovanović",
        resultOn,
        daysLeft: 9,
      }),
    );
    expect(await (await otherExaminer()).school.credentials.duoReminders()).toEqual([]);
    expect(
      (await refusal((await teacher()).school.credentials.markDuoReported({ credentialId: diploma.id })))
        .code,
    ).toBe("FORBIDDEN");
    expect(
      (
        await refusal(
          (await otherExaminer()).school.credentials.markDuoReported({ credentialId: diploma.id }),
        )
      ).code,
    ).toBe("NOT_FOUND");
    await (await advisor()).school.credentials.markDuoReported({ credentialId: diploma.id });
    expect(
      (await (await advisor()).school.credentials.duoReminders()).map((r) => r.credentialId),
    ).not.toContain(diploma.id);
    expect(
      await db.prisma.auditEvent.count({ where: { action: "credential.duoReported", entityId: diploma.id } }),
    ).toBe(1);
    expect(
      (await refusal((await advisor()).school.credentials.markDuoReported({ credentialId: diploma.id })))
        .code,
    ).toBe("CONFLICT");

    // A colleague who marked it at the same moment read it as not yet reported (the lookup below
    // misses the report, as a simultaneous request would): the database keeps one, the other hears why.
    const racing = {
      ...db,
      prisma: db.prisma.$extends({
        query: {
          issuedCredential: {
            async findFirst({ args, query }) {
              const found = await query(args);
              return found && { ...found, duoReport: null };
            },
          },
        },
      }),
    } as unknown as Database;
    const late = await (await loggedInClient(racing, "examinator@maasoever.demo", "issuing-race")).call();
    const lost = await refusal(late.school.credentials.markDuoReported({ credentialId: diploma.id }));
    expect(lost).toEqual({
      code: "CONFLICT",
      message: "Dit is intussen al vastgelegd, misschien door een collega. Laad de pagina opnieuw.",
    });
    expect(await db.prisma.duoReport.count({ where: { issuedCredentialId: diploma.id } })).toBe(1);
  });
});
