import { type Database } from "@ontwikkelpad/db";
import { createTestDatabase } from "@ontwikkelpad/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadIds, MATRIX, type Ids } from "../../authorization-matrix.ts";
import { loggedInClient, testClient } from "../../test-client.ts";

let db: Database;
let ids: Ids;

beforeAll(async () => {
  db = await createTestDatabase({ demo: true });
  ids = await loadIds(db.prisma);
});
afterAll(() => db.close());

const as = async (email: string) => (await loggedInClient(db, email, `colleagues-${email}`)).call();
const audits = (action: string, organization: string) =>
  db.prisma.auditEvent.count({ where: { action, organization: { name: organization } } });

/** The invitee opens the link without an account, chooses a name and password, and logs in. */
async function acceptAndLogIn(token: string, email: string, displayName: string) {
  const visitor = await testClient(db, `visitor-${email}`).call();
  await visitor.invitations.accept({ token, displayName, password: "een-lang-wachtwoord" });
  // The link works once.
  await expect(visitor.invitations.get({ token })).rejects.toThrow("Vraag de beheerder om een nieuwe link");
  const client = testClient(db, `invitee-${email}`);
  await (await client.call()).auth.login({ email, password: "een-lang-wachtwoord" });
  return client.call();
}

describe("an employer's colleagues and roles", () => {
  it("an admin invites by e-mail with a role; the colleague accepts through the link and logs in", async () => {
    const hr = await as("hr@kinderrijk.demo");
    const { token } = await hr.colleagues.invite({ email: "Noa.Peters@Example.org", role: "MANAGER" });
    const list = await hr.colleagues.list();
    expect(list).toMatchObject({ kind: "EMPLOYER", canManage: true });
    expect(list.assignableRoles.toSorted()).toEqual(["ADMIN", "MANAGER", "WORKPLACE_TRAINER"]);
    expect(list.invitations).toContainEqual(
      expect.objectContaining({ email: "noa.peters@example.org", role: "MANAGER", expired: false }),
    );
    expect(await audits("invitation.create", "Kinderrijk")).toBe(1);

    const visitor = await testClient(db, "colleagues-visitor").call();
    expect(await visitor.invitations.get({ token })).toEqual({
      organization: "Kinderrijk",
      email: "noa.peters@example.org",
      role: "MANAGER",
      hasAccount: false,
    });
    await expect(
      visitor.invitations.accept({ token, displayName: "Noa Peters", password: "kort" }),
    ).rejects.toThrow("minstens 12 tekens");
    const noa = await acceptAndLogIn(token, "noa.peters@example.org", "Noa Peters");
    expect((await noa.auth.me()).memberships).toEqual([
      expect.objectContaining({ organizationName: "Kinderrijk", role: "MANAGER" }),
    ]);
    expect((await hr.colleagues.list()).members).toContainEqual(
      expect.objectContaining({ name: "Noa Peters", roles: ["MANAGER"], isSelf: false }),
    );
  });

  it("an admin changes roles and removes access, audited; the last admin stays, others may not", async () => {
    const hr = await as("hr@kinderrijk.demo");
    const trainerClient = await loggedInClient(db, "praktijkopleider@kinderrijk.demo", "colleagues-trainer");
    const trainer = await trainerClient.call();
    await expect(trainer.colleagues.invite({ email: "x@example.org", role: "ADMIN" })).rejects.toThrow(
      "Alleen een beheerder",
    );
    expect((await trainer.colleagues.list()).canManage).toBe(false);
    const members = (await hr.colleagues.list()).members;
    const trainerId = (await trainer.auth.me()).user.id;
    await hr.colleagues.setRoles({ userId: trainerId, roles: ["WORKPLACE_TRAINER", "MANAGER"] });
    expect(
      (await hr.colleagues.list()).members.find((m) => m.userId === trainerId)?.roles.toSorted(),
    ).toEqual(["MANAGER", "WORKPLACE_TRAINER"]);
    // A school's role is not an employer's to give.
    await expect(hr.colleagues.setRoles({ userId: trainerId, roles: ["TEACHER"] })).rejects.toThrow(
      "Kies een rol die bij jouw organisatie hoort.",
    );

    const self = members.find((m) => m.isSelf)!;
    const otherAdmins = members.filter((m) => m.roles.includes("ADMIN") && !m.isSelf);
    for (const admin of otherAdmins) await hr.colleagues.setRoles({ userId: admin.userId, roles: [] });
    await expect(hr.colleagues.setRoles({ userId: self.userId, roles: ["MANAGER"] })).rejects.toThrow(
      "minstens één beheerder",
    );
    await expect(hr.colleagues.setRoles({ userId: self.userId, roles: [] })).rejects.toThrow(
      "minstens één beheerder",
    );

    await hr.colleagues.setRoles({ userId: trainerId, roles: [] });
    expect((await hr.colleagues.list()).members.map((m) => m.userId)).not.toContain(trainerId);
    // Their session stays, but the organisation's pages are closed to them from the next request.
    await expect((await trainerClient.call()).employer.todo.list()).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await audits("membership.setRoles", "Kinderrijk")).toBe(1);
    expect(await audits("membership.remove", "Kinderrijk")).toBe(1 + otherAdmins.length);

    // Another employer's admin cannot touch Kinderrijk's colleagues.
    const other = await as("hr@zonnebloem.demo");
    await expect(other.colleagues.setRoles({ userId: self.userId, roles: [] })).rejects.toThrow(
      "hoort niet bij jouw organisatie",
    );
  });

  it("sends an invitation again with a new link, or withdraws it; never another organisation's", async () => {
    const hr = await as("hr@kinderrijk.demo");
    const { invitationId, token: first } = await hr.colleagues.invite({
      email: "sam.vos@example.org",
      role: "WORKPLACE_TRAINER",
    });
    const other = await as("hr@zonnebloem.demo");
    await expect(other.colleagues.resendInvitation({ invitationId })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(other.colleagues.revokeInvitation({ invitationId })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });

    const { token: second } = await hr.colleagues.resendInvitation({ invitationId });
    const visitor = await testClient(db, "colleagues-resend").call();
    await expect(visitor.invitations.get({ token: first })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await visitor.invitations.get({ token: second })).email).toBe("sam.vos@example.org");

    await hr.colleagues.revokeInvitation({ invitationId });
    await expect(visitor.invitations.get({ token: second })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await hr.colleagues.list()).invitations.map((i) => i.id)).not.toContain(invitationId);
    await expect(hr.colleagues.resendInvitation({ invitationId })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await audits("invitation.resend", "Kinderrijk")).toBe(1);
    expect(await audits("invitation.revoke", "Kinderrijk")).toBe(1);
  });
});

describe("a school's people", () => {
  it("the opleidingsadviseur invites a docent, who accepts and records attendance as a docent", async () => {
    const advisor = await as("opleidingsadviseur@maasoever.demo");
    const list = await advisor.colleagues.list();
    expect(list).toMatchObject({ kind: "SCHOOL", canManage: true });
    expect(list.assignableRoles.toSorted()).toEqual([
      "EXAMINER",
      "EXAM_COMMITTEE",
      "TEACHER",
      "TRAINING_ADVISOR",
    ]);
    await expect(
      advisor.colleagues.invite({ email: "nieuwe.beheerder@example.org", role: "ADMIN" }),
    ).rejects.toThrow("Kies een rol die bij jouw organisatie hoort.");
    const { token } = await advisor.colleagues.invite({ email: "lars.docent@example.org", role: "TEACHER" });
    expect(await audits("invitation.create", "ROC De Maasoever")).toBeGreaterThanOrEqual(1);

    const lars = await acceptAndLogIn(token, "lars.docent@example.org", "Lars de Boer");
    expect((await lars.auth.me()).memberships).toEqual([
      expect.objectContaining({ organizationKind: "SCHOOL", role: "TEACHER" }),
    ]);
    const attendance = MATRIX["school.subsidy.recordAttendance"]!.input(ids) as Parameters<
      typeof lars.school.subsidy.recordAttendance
    >[0];
    await expect(lars.school.subsidy.recordAttendance(attendance)).resolves.toBeDefined();
    // A docent does not manage the school's people.
    await expect(lars.colleagues.invite({ email: "y@example.org", role: "TEACHER" })).rejects.toThrow(
      "Alleen een opleidingsadviseur",
    );
    expect((await advisor.colleagues.list()).members).toContainEqual(
      expect.objectContaining({ name: "Lars de Boer", roles: ["TEACHER"] }),
    );
  });

  it("keeps the school's last opleidingsadviseur, and refuses another school", async () => {
    const advisor = await as("opleidingsadviseur@maasoever.demo");
    const { members } = await advisor.colleagues.list();
    const self = members.find((m) => m.isSelf)!;
    expect(members.filter((m) => m.roles.includes("TRAINING_ADVISOR"))).toEqual([self]);
    await expect(advisor.colleagues.setRoles({ userId: self.userId, roles: ["TEACHER"] })).rejects.toThrow(
      "De school houdt minstens één opleidingsadviseur",
    );
    const teacher = members.find((m) => m.roles.includes("TEACHER") && !m.isSelf)!;
    const { invitationId } = await advisor.colleagues.invite({
      email: "examinator.nieuw@example.org",
      role: "EXAMINER",
    });

    const hofstad = await as("opleidingsadviseur@hofstad.demo");
    expect((await hofstad.colleagues.list()).members.map((m) => m.userId)).not.toContain(teacher.userId);
    await expect(hofstad.colleagues.setRoles({ userId: teacher.userId, roles: [] })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(hofstad.colleagues.revokeInvitation({ invitationId })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await hofstad.colleagues.list()).invitations.map((i) => i.id)).not.toContain(invitationId);
  });
});

describe("a region's people", () => {
  it("the coordinator invites a WSP-adviseur, who accepts and refers candidates", async () => {
    const coordinator = await as("coordinator@rijnmond.demo");
    const list = await coordinator.colleagues.list();
    expect(list).toMatchObject({ kind: "REGION", canManage: true });
    expect(list.assignableRoles.toSorted()).toEqual(["COORDINATOR", "LWL_ADVISOR", "WSP_ADVISOR"]);
    const { token } = await coordinator.colleagues.invite({
      email: "wsp.nieuw@example.org",
      role: "WSP_ADVISOR",
    });
    const wsp = await acceptAndLogIn(token, "wsp.nieuw@example.org", "Bram Kok");
    expect((await wsp.auth.me()).memberships).toEqual([
      expect.objectContaining({ organizationName: "Arbeidsmarktregio Rijnmond", role: "WSP_ADVISOR" }),
    ]);
    const matches = MATRIX["region.referrals.matches"]!.input(ids) as Parameters<
      typeof wsp.region.referrals.matches
    >[0];
    await expect(wsp.region.referrals.matches(matches)).resolves.toBeDefined();
    await expect(
      wsp.colleagues.setRoles({ userId: (await wsp.auth.me()).user.id, roles: ["COORDINATOR"] }),
    ).rejects.toThrow("Alleen een regiecoördinator");
  });

  it("keeps the region's last coordinator, and refuses another region and a partner", async () => {
    const coordinator = await as("coordinator@rijnmond.demo");
    const { members } = await coordinator.colleagues.list();
    const self = members.find((m) => m.isSelf)!;
    await expect(coordinator.colleagues.setRoles({ userId: self.userId, roles: [] })).rejects.toThrow(
      "De regio houdt minstens één regiecoördinator",
    );
    const lwl = members.find((m) => m.roles.includes("LWL_ADVISOR"))!;
    const haaglanden = await as("coordinator@haaglanden.demo");
    await expect(haaglanden.colleagues.setRoles({ userId: lwl.userId, roles: [] })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const partner = await as("intake@uwv-rotterdam.demo");
    await expect(partner.colleagues.list()).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
