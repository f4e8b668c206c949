import { type Database } from "@ontwikkelpad/db";
import { createTestDatabase } from "@ontwikkelpad/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loggedInClient, testClient } from "../../test-client.ts";

let db: Database;
let kinderrijkId: string;
let milanPathId: string;

beforeAll(async () => {
  db = await createTestDatabase({ demo: true });
  kinderrijkId = (await db.prisma.organization.findFirstOrThrow({ where: { name: "Kinderrijk" } })).id;
  milanPathId = (
    await db.prisma.developmentPath.findFirstOrThrow({
      where: { person: { givenName: "Milan" }, employerOrganizationId: kinderrijkId },
    })
  ).id;
});
afterAll(() => db.close());

const audits = (action: string) =>
  db.prisma.auditEvent.count({ where: { action, organizationId: kinderrijkId } });

describe("the employee's own view", () => {
  it("HR invites the employee, who sees the path read-only and agrees; HR sees the agreement", async () => {
    const hr = await (await loggedInClient(db, "hr@kinderrijk.demo", "my-path-hr")).call();
    const { token, email } = await hr.employer.paths.inviteEmployee({ pathId: milanPathId });
    expect(email).toMatch(/@example\.org$/);
    expect(await audits("path.employee-invite")).toBe(1);
    // Only the hash is stored.
    expect(await db.prisma.employeeViewLink.count({ where: { tokenHash: token } })).toBe(0);

    const employee = await testClient(db, "my-path-employee").call();
    const view = await employee.myPath.get({ token });
    const path = await db.prisma.developmentPath.findUniqueOrThrow({ where: { id: milanPathId } });
    expect(view).toMatchObject({ organization: "Kinderrijk", name: "Milan", currentStep: path.currentStep });
    expect(view.steps).toHaveLength(8);
    expect(view.agreement).toBeNull();

    await expect(employee.myPath.agree({ token, name: " " })).rejects.toThrow("Vul je naam in");
    const agreed = await employee.myPath.agree({ token, name: "Milan Jovanović" });
    expect(agreed.step).toBe(path.currentStep);
    expect(await audits("path.employee-agree")).toBe(1);
    // What the employee saw is kept with the agreement, as the version they agreed to.
    const stored = await db.prisma.employeeViewLink.findFirstOrThrow({ where: { agreedAt: { not: null } } });
    expect(stored.agreedView).toEqual({ ...view, agreement: undefined });
    await expect(employee.myPath.agree({ token, name: "Milan Jovanović" })).rejects.toThrow("al akkoord");
    expect((await employee.myPath.get({ token })).agreement).toEqual({
      agreedOn: agreed.agreedOn,
      name: "Milan Jovanović",
      step: path.currentStep,
    });

    const seen = await hr.employer.paths.employeeView({ pathId: milanPathId });
    expect(seen.links).toEqual([
      expect.objectContaining({
        email,
        open: true,
        agreement: { agreedOn: agreed.agreedOn, name: "Milan Jovanović", step: path.currentStep },
      }),
    ]);

    // A new link closes the old one; the agreement given through it stays visible.
    const second = await hr.employer.paths.inviteEmployee({ pathId: milanPathId });
    await expect(employee.myPath.get({ token })).rejects.toThrow("Vraag je werkgever om een nieuwe link");
    expect((await employee.myPath.get({ token: second.token })).agreement).toBeNull();
    const after = await hr.employer.paths.employeeView({ pathId: milanPathId });
    expect(after.links.map((l) => [l.open, l.agreement?.name ?? null])).toEqual([
      [true, null],
      [false, "Milan Jovanović"],
    ]);
  });

  it("gives the employee her signed credentials to download, and nothing once the link is closed", async () => {
    const hr = await (await loggedInClient(db, "hr@kinderrijk.demo", "my-path-hr")).call();
    const { token } = await hr.employer.paths.inviteEmployee({ pathId: milanPathId });
    const employee = await testClient(db, "my-path-employee").call();
    // Milan's certificate from the demo is signed the first time the school asks for its JSON.
    expect(await employee.myPath.credentials({ token })).toEqual([]);
    const issued = await db.prisma.issuedCredential.findFirstOrThrow({
      where: { person: { givenName: "Milan" }, credentialId: "C0125" },
    });
    const school = await (await loggedInClient(db, "examinator@maasoever.demo", "my-path-school")).call();
    const { credential } = await school.school.credentials.openBadge({ credentialId: issued.id });
    const own = await employee.myPath.credentials({ token });
    expect(own).toMatchObject([{ id: issued.id, school: "ROC De Maasoever", credential }]);
    expect((await employee.verification.check({ credential: own[0]!.credential })).outcome).toBe("VALID");
    await hr.employer.paths.inviteEmployee({ pathId: milanPathId });
    await expect(employee.myPath.credentials({ token })).rejects.toThrow(
      "Vraag je werkgever om een nieuwe link",
    );
  });

  it("another employer cannot invite for or read this path", async () => {
    const other = await (await loggedInClient(db, "hr@zonnebloem.demo", "my-path-other")).call();
    await expect(other.employer.paths.inviteEmployee({ pathId: milanPathId })).rejects.toThrow(
      "hoort niet bij jouw organisatie",
    );
    await expect(other.employer.paths.employeeView({ pathId: milanPathId })).rejects.toThrow(
      "hoort niet bij jouw organisatie",
    );
  });
});
