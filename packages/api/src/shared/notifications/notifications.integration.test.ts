import { type Database } from "@ontwikkelpad/db";
import { createTestDatabase } from "@ontwikkelpad/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loggedInClient } from "../../test-client.ts";

let db: Database;

beforeAll(async () => {
  db = await createTestDatabase({ demo: true });
});
afterAll(() => db.close());

const clientOf = async (email: string) => (await loggedInClient(db, email, `notify-${email}`)).call();
const orgNamed = (name: string) => db.prisma.organization.findFirstOrThrow({ where: { name } });

describe("employer notifications", () => {
  it.each(["hr@kinderrijk.demo", "praktijkopleider@kinderrijk.demo", "leidinggevende@kinderrijk.demo"])(
    "are the to-do list of %s, counted by the bell",
    async (email) => {
      const c = await clientOf(email);
      const [todo, notifications, { count }] = await Promise.all([
        c.employer.todo.list(),
        c.employer.notifications.list(),
        c.employer.notifications.count(),
      ]);
      expect(notifications.length).toBeGreaterThan(0);
      expect(notifications).toEqual(todo);
      expect(count).toBe(notifications.length);
    },
  );

  it("link every person notification to a page of that person", async () => {
    const notifications = await (
      await clientOf("leidinggevende@kinderrijk.demo")
    ).employer.notifications.list();
    for (const n of notifications.filter((item) => item.personId)) {
      expect(n.link).toMatch(new RegExp(`^/personen/${n.personId}/`));
    }
  });
});

describe("school notifications", () => {
  it("bring a training request that arrived to the opleidingsadviseur until it is answered", async () => {
    const maasoever = await orgNamed("ROC De Maasoever");
    const request = await db.prisma.trainingRequest.findFirstOrThrow({
      where: { schoolOrganizationId: maasoever.id, status: "SUBMITTED" },
    });
    const adviser = await clientOf("opleidingsadviseur@maasoever.demo");
    const before = await adviser.school.notifications.list();
    expect(before).toContainEqual(
      expect.objectContaining({ kind: "trainingRequest", link: `/aanvragen/scholing/${request.id}` }),
    );

    await adviser.school.requests.declineTraining({
      requestId: request.id,
      reason: "Geen plaats meer in deze groep.",
    });
    const after = await adviser.school.notifications.list();
    expect(after.map((n) => n.link)).not.toContain(`/aanvragen/scholing/${request.id}`);
    expect((await adviser.school.notifications.count()).count).toBe(after.length);
  });

  it("leave the training requests to the opleidingsadviseur: a docent answers none", async () => {
    const docent = await (await clientOf("docent@maasoever.demo")).school.notifications.list();
    expect(docent.filter((n) => n.kind === "trainingRequest" || n.kind === "credentialRequest")).toEqual([]);
  });

  it("never show another school's requests, POKs or diplomas", async () => {
    const hofstad = await orgNamed("ROC Hofstad");
    const notifications = await (
      await clientOf("opleidingsadviseur@hofstad.demo")
    ).school.notifications.list();
    const personIds = notifications.flatMap((n) => (n.personId ? [n.personId] : []));
    const ownPeople = await db.prisma.person.count({
      where: {
        id: { in: personIds },
        OR: [
          { trainingRequests: { some: { schoolOrganizationId: hofstad.id } } },
          { credentialRequests: { some: { schoolOrganizationId: hofstad.id } } },
          { enrolments: { some: { schoolOrganizationId: hofstad.id } } },
          { credentials: { some: { schoolOrganizationId: hofstad.id } } },
        ],
      },
    });
    expect(ownPeople).toBe(new Set(personIds).size);
    const maasoeverRequests = await db.prisma.trainingRequest.findMany({
      where: { school: { name: "ROC De Maasoever" } },
      select: { id: true },
    });
    const links = notifications.map((n) => n.link);
    for (const { id } of maasoeverRequests) expect(links).not.toContain(`/aanvragen/scholing/${id}`);
  });
});

describe("region notifications", () => {
  it("bring a skill-gap signal to the coordinator until it is acknowledged", async () => {
    const rijnmond = await orgNamed("Arbeidsmarktregio Rijnmond");
    const signal = await db.prisma.skillGapSignal.findFirstOrThrow({
      where: { mentorTeam: { schoolClass: { regionOrganizationId: rijnmond.id } }, review: null },
    });
    const coordinator = await clientOf("coordinator@rijnmond.demo");
    const count = (await coordinator.region.notifications.count()).count;
    expect(
      (await coordinator.region.notifications.list()).filter((n) => n.kind === "skillGapSignal").length,
    ).toBe(
      await db.prisma.skillGapSignal.count({
        where: { mentorTeam: { schoolClass: { regionOrganizationId: rijnmond.id } }, review: null },
      }),
    );

    await coordinator.region.signals.review({ signalId: signal.id, action: "acknowledge" });
    expect((await coordinator.region.notifications.count()).count).toBe(count - 1);
  });

  it.each(["coordinator@haaglanden.demo", "intake@uwv-rotterdam.demo"])(
    "give %s none of Rijnmond's skill-gap signals",
    async (email) => {
      const notifications = await (await clientOf(email)).region.notifications.list();
      expect(notifications.filter((n) => n.kind === "skillGapSignal")).toEqual([]);
    },
  );
});
