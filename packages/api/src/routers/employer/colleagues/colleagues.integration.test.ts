import { type Database } from "@ontwikkelpad/db";
import { createTestDatabase } from "@ontwikkelpad/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loggedInClient, testClient } from "../../../test-client.ts";

let db: Database;
let kinderrijkId: string;

beforeAll(async () => {
  db = await createTestDatabase({ demo: true });
  kinderrijkId = (await db.prisma.organization.findFirstOrThrow({ where: { name: "Kinderrijk" } })).id;
});
afterAll(() => db.close());

const as = async (email: string) => (await loggedInClient(db, email, `colleagues-${email}`)).call();
const audits = (action: string) =>
  db.prisma.auditEvent.count({ where: { action, organizationId: kinderrijkId } });

describe("colleagues and roles", () => {
  it("an admin invites by e-mail with a role; the colleague accepts through the link and logs in", async () => {
    const hr = await as("hr@kinderrijk.demo");
    const { token } = await hr.employer.colleagues.invite({
      email: "Noa.Peters@Example.org",
      role: "MANAGER",
    });
    expect((await hr.employer.colleagues.list()).invitations).toEqual([
      expect.objectContaining({ email: "noa.peters@example.org", role: "MANAGER" }),
    ]);
    expect(await audits("invitation.create")).toBe(1);

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
    await visitor.invitations.accept({ token, displayName: "Noa Peters", password: "een-lang-wachtwoord" });
    // The link works once.
    await expect(visitor.invitations.get({ token })).rejects.toThrow("Vraag de beheerder om een nieuwe link");

    const noa = testClient(db, "colleagues-noa");
    await (await noa.call()).auth.login({ email: "noa.peters@example.org", password: "een-lang-wachtwoord" });
    const me = await (await noa.call()).auth.me();
    expect(me.memberships).toEqual([
      expect.objectContaining({ organizationName: "Kinderrijk", role: "MANAGER" }),
    ]);
    expect((await hr.employer.colleagues.list()).members).toContainEqual(
      expect.objectContaining({ name: "Noa Peters", roles: ["MANAGER"], isSelf: false }),
    );
  });

  it("an admin changes roles and removes access, audited; the last admin stays, others may not", async () => {
    const hr = await as("hr@kinderrijk.demo");
    const trainerClient = await loggedInClient(db, "praktijkopleider@kinderrijk.demo", "colleagues-trainer");
    const trainer = await trainerClient.call();
    await expect(
      trainer.employer.colleagues.invite({ email: "x@example.org", role: "ADMIN" }),
    ).rejects.toThrow("Alleen een beheerder");
    const members = (await hr.employer.colleagues.list()).members;
    const trainerId = (await trainer.auth.me()).user.id;
    const pieter = members.find((m) => m.userId === trainerId)!;
    await hr.employer.colleagues.setRoles({ userId: pieter.userId, roles: ["WORKPLACE_TRAINER", "MANAGER"] });
    expect(
      (await hr.employer.colleagues.list()).members.find((m) => m.userId === pieter.userId)?.roles.toSorted(),
    ).toEqual(["MANAGER", "WORKPLACE_TRAINER"]);

    const self = members.find((m) => m.isSelf)!;
    const otherAdmins = members.filter((m) => m.roles.includes("ADMIN") && !m.isSelf);
    for (const admin of otherAdmins)
      await hr.employer.colleagues.setRoles({ userId: admin.userId, roles: [] });
    await expect(
      hr.employer.colleagues.setRoles({ userId: self.userId, roles: ["MANAGER"] }),
    ).rejects.toThrow("minstens één beheerder");

    await hr.employer.colleagues.setRoles({ userId: pieter.userId, roles: [] });
    expect((await hr.employer.colleagues.list()).members.map((m) => m.userId)).not.toContain(pieter.userId);
    // Their session stays, but the organisation's pages are closed to them from the next request.
    await expect((await trainerClient.call()).employer.todo.list()).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await audits("membership.setRoles")).toBe(1);
    expect(await audits("membership.remove")).toBe(1 + otherAdmins.length);

    // Another employer's admin cannot touch Kinderrijk's colleagues.
    const other = await as("hr@zonnebloem.demo");
    await expect(other.employer.colleagues.setRoles({ userId: self.userId, roles: [] })).rejects.toThrow(
      "hoort niet bij jouw organisatie",
    );
  });
});
