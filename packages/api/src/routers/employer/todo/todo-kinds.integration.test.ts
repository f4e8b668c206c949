import { EMPLOYER_NOTIFICATION_KINDS, childcareCatalog, findCredential } from "@ontwikkelpad/core";
import { type Database } from "@ontwikkelpad/db";
import { createTestDatabase } from "@ontwikkelpad/db/testing";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dateColumn, today } from "../../../shared/dates.ts";
import { type Notification } from "../../../shared/notifications/notification.ts";
import { loggedInClient } from "../../../test-client.ts";

/**
 * Every kind of to-do, end to end: the waiting work is created, the to-do names it, its link is a route
 * of the werkgever portal where the item's person resolves and the work is offered, the work is done
 * through the procedure that page calls, and the item is gone.
 */

let db: Database;
type Caller = Awaited<ReturnType<Awaited<ReturnType<typeof loggedInClient>>["call"]>>;
const callers = new Map<string, Caller>();

beforeAll(async () => {
  db = await createTestDatabase({ demo: true });
});
afterAll(() => db.close());

const HR = "hr@kinderrijk.demo";
const TRAINER = "praktijkopleider@kinderrijk.demo";
const MANAGER = "leidinggevende@kinderrijk.demo";

async function as(email: string): Promise<Caller> {
  if (!callers.has(email))
    callers.set(email, await (await loggedInClient(db, email, `kinds-${email}`)).call());
  return callers.get(email)!;
}

/** The portal's own route table: the paths of `routes` in apps/employer/src/main.tsx, as patterns. */
const portalRoutes = (() => {
  const main = readFileSync(new URL("../../../../../../apps/employer/src/main.tsx", import.meta.url), "utf8");
  const routes = main.slice(main.indexOf("routes: ["));
  const paths = [...routes.matchAll(/path: "([^"]+)"/g)].map((m) => m[1]!);
  if (routes.includes("index: true")) paths.push("");
  return paths.map((path) => ({
    path,
    pattern: new RegExp(`^/${path.replace(/:(\w+)/g, "(?<$1>[^/]+)")}$`),
  }));
})();

/** The route a to-do's link opens, its parameters and its query; fails when the portal has no such route. */
function followLink(item: Notification) {
  const url = new URL(item.link, "http://portal");
  const route = portalRoutes.find((r) => r.pattern.test(url.pathname));
  expect(route, `${item.kind} links to ${item.link}, a route the portal does not have`).toBeDefined();
  return {
    route: route!.path,
    params: route!.pattern.exec(url.pathname)!.groups ?? {},
    query: url.searchParams,
  };
}

/** The wizard shows the step asked for in the address, else where the path stands (path-view's `shownStep`). */
const shownStep = (query: URLSearchParams, currentStep: number) =>
  query.has("stap") ? Number(query.get("stap")) : currentStep;

let kinderrijkId: string;
let pathsToUse: { id: string; personId: string; goalCredentialId: string | null }[];
const takePath = () => pathsToUse.shift()!;

beforeAll(async () => {
  kinderrijkId = (await db.prisma.organization.findFirstOrThrow({ where: { name: "Kinderrijk" } })).id;
  pathsToUse = await db.prisma.developmentPath.findMany({
    where: {
      employerOrganizationId: kinderrijkId,
      status: "ACTIVE",
      person: { archivedAt: null },
      goalCredentialId: { not: null },
    },
    select: { id: true, personId: true, goalCredentialId: true },
    orderBy: { createdAt: "asc" },
  });
  if (pathsToUse.length < 4) throw new Error("The demo data holds fewer than 4 running paths at Kinderrijk.");
});

const userId = async (email: string) => (await db.prisma.user.findUniqueOrThrow({ where: { email } })).id;
const itemsOf = async (email: string, kind: Notification["kind"], personId: string | null) =>
  (await (await as(email)).employer.todo.list()).filter(
    (i) => i.kind === kind && (personId === null || i.personId === personId),
  );

describe("every kind of to-do can be done where it links, and goes once done", () => {
  const covered = new Set<string>();

  it("sign: the praktijkopleider signs their trainee's drafts on the praktijkbeoordeling", async () => {
    covered.add("sign");
    const path = takePath();
    const trainer = await userId(TRAINER);
    await db.prisma.developmentPath.update({
      where: { id: path.id },
      data: { workplaceTrainerUserId: trainer },
    });
    const rated = new Set(
      (await db.prisma.evidence.findMany({ where: { personId: path.personId } })).map((e) => e.workProcessId),
    );
    const [draftWp, observedWp] = findCredential(
      childcareCatalog,
      path.goalCredentialId!,
    )!.workProcessIds.filter((id) => !rated.has(id));
    // An observation is no judgement: there is nothing to sign, so it is no to-do.
    await db.prisma.evidence.create({
      data: {
        personId: path.personId,
        developmentPathId: path.id,
        employerOrganizationId: kinderrijkId,
        workProcessId: observedWp!,
        kind: "PRACTICE_OBSERVATION",
        result: "MASTERED",
        assessedOn: dateColumn(today()),
        recordedByUserId: trainer,
      },
    });
    const client = await as(TRAINER);
    await client.employer.assessments.rate({
      personId: path.personId,
      workProcessId: draftWp!,
      result: "MASTERED",
      note: "Doet het zelfstandig.",
      assessedOn: today(),
    });

    const [item] = await itemsOf(TRAINER, "sign", path.personId);
    expect(item).toBeDefined();
    const { route, params } = followLink(item!);
    expect(route).toBe("personen/:id/beoordeling");
    expect(params.id).toBe(path.personId);
    const page = await client.employer.assessments.get({ personId: params.id! });
    const drafts = page.coreTasks
      .flatMap((t) => t.workProcesses)
      .flatMap((wp) =>
        wp.current?.kind === "PRACTICE_ASSESSMENT" && !wp.current.signedAt ? [wp.current.id] : [],
      );
    expect(page.canRate).toBe(true);
    expect(drafts).toHaveLength(item!.count);

    await client.employer.assessments.sign({ evidenceIds: drafts });
    expect(await itemsOf(TRAINER, "sign", path.personId)).toEqual([]);
  });

  it("coSign: the leidinggevende co-signs signed ratings, never a school's exam result", async () => {
    covered.add("coSign");
    const path = takePath();
    const trainer = await userId(TRAINER);
    const rated = new Set(
      (await db.prisma.evidence.findMany({ where: { personId: path.personId } })).map((e) => e.workProcessId),
    );
    const [ratedWp, examWp] = findCredential(childcareCatalog, path.goalCredentialId!)!.workProcessIds.filter(
      (id) => !rated.has(id),
    );
    const school = await db.prisma.organization.findFirstOrThrow({ where: { kind: "SCHOOL" } });
    const signed = { signedAt: new Date(), signedByUserId: trainer };
    await db.prisma.evidence.createMany({
      data: [
        {
          personId: path.personId,
          developmentPathId: path.id,
          employerOrganizationId: kinderrijkId,
          workProcessId: ratedWp!,
          kind: "PRACTICE_ASSESSMENT",
          result: "MASTERED",
          assessedOn: dateColumn(today()),
          assessorUserId: trainer,
          recordedByUserId: trainer,
          ...signed,
        },
        // The school's examinator signs an exam result; the leerbedrijf has nothing to co-sign there.
        {
          personId: path.personId,
          schoolOrganizationId: school.id,
          workProcessId: examWp!,
          kind: "FORMAL_EXAM",
          result: "PASSED",
          assessedOn: dateColumn(today()),
          ...signed,
        },
      ],
    });

    const [item] = await itemsOf(MANAGER, "coSign", path.personId);
    expect(item).toBeDefined();
    const { route, params } = followLink(item!);
    expect(route).toBe("personen/:id/beoordeling");
    const client = await as(MANAGER);
    const page = await client.employer.assessments.get({ personId: params.id! });
    const toCoSign = page.coreTasks
      .flatMap((t) => t.workProcesses)
      .flatMap((wp) => (wp.current?.signedAt && !wp.current.coSignedAt ? [wp.current.id] : []));
    expect(page.canCoSign).toBe(true);
    expect(toCoSign).toHaveLength(item!.count);

    const exam = await db.prisma.evidence.findFirstOrThrow({
      where: { personId: path.personId, workProcessId: examWp!, kind: "FORMAL_EXAM" },
    });
    await expect(client.employer.assessments.coSign({ evidenceIds: [exam.id] })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });

    await client.employer.assessments.coSign({ evidenceIds: toCoSign });
    expect(await itemsOf(MANAGER, "coSign", path.personId)).toEqual([]);
  });

  it("review: the wizard opens where the path stands, and holding the review there ends it", async () => {
    covered.add("review");
    const path = takePath();
    const yesterday = new Date(dateColumn(today()).getTime() - 86_400_000);
    // Due while the path stands at step 4: the link opens step 4, where the conversation goes on.
    await db.prisma.developmentPath.update({
      where: { id: path.id },
      data: { currentStep: 4, nextReviewAt: yesterday, lastReviewedAt: null },
    });
    const [early] = await itemsOf(HR, "review", path.personId);
    expect(shownStep(followLink(early!).query, 4)).toBe(4);

    await db.prisma.developmentPath.update({
      where: { id: path.id },
      data: { currentStep: 8, nextReviewAt: yesterday, lastReviewedAt: null },
    });

    const [item] = await itemsOf(HR, "review", path.personId);
    expect(item).toMatchObject({ overdue: true });
    const { route, params, query } = followLink(item!);
    expect(route).toBe("personen/:id/ontwikkelpad");
    const client = await as(HR);
    const wizard = (await client.employer.paths.get({ personId: params.id! })).path!;
    expect(shownStep(query, wizard.currentStep)).toBe(wizard.currentStep);
    expect(wizard.moves).toContainEqual({ to: 3, kind: "review", missing: [] });

    await client.employer.paths.move({ pathId: wizard.id, to: 3 });
    expect(await itemsOf(HR, "review", path.personId)).toEqual([]);
  });

  it("schoolAnswer: the school's proposal is agreed to at step 7", async () => {
    covered.add("schoolAnswer");
    const path = takePath();
    await db.prisma.developmentPath.update({ where: { id: path.id }, data: { currentStep: 7 } });
    const school = await db.prisma.organization.findFirstOrThrow({ where: { name: "ROC De Maasoever" } });
    const request = await db.prisma.trainingRequest.create({
      data: {
        employerOrganizationId: kinderrijkId,
        schoolOrganizationId: school.id,
        personId: path.personId,
        developmentPathId: path.id,
        credentialId: path.goalCredentialId!,
        learningRoute: "BBL",
        status: "ACCEPTED",
        respondedAt: new Date(),
        proposedStartDate: dateColumn(today()),
        proposedSchedule: "Dinsdag lesdag",
      },
    });

    const [item] = await itemsOf(HR, "schoolAnswer", path.personId);
    expect(item).toMatchObject({ detail: "ROC De Maasoever" });
    const { route, params, query } = followLink(item!);
    expect(route).toBe("personen/:id/ontwikkelpad");
    const client = await as(HR);
    const wizard = (await client.employer.paths.get({ personId: params.id! })).path!;
    expect(shownStep(query, wizard.currentStep)).toBe(7);
    expect(wizard.trainingRequests.find((r) => r.id === request.id)?.proposal).toMatchObject({
      acceptedOn: null,
    });

    await client.employer.trainingRequests.acceptProposal({ requestId: request.id });
    expect(await itemsOf(HR, "schoolAnswer", path.personId)).toEqual([]);
  });

  it("referral: the region's candidate is answered on Vacatures", async () => {
    covered.add("referral");
    const items = await itemsOf(HR, "referral", null);
    expect(items.length).toBeGreaterThan(0);
    const item = items[0]!;
    expect(followLink(item).route).toBe("vacatures");
    const client = await as(HR);
    const referral = (await client.employer.referrals.list()).find(
      (r) => r.answerable && r.candidate === item.name,
    );
    expect(referral).toBeDefined();

    await client.employer.referrals.respond({
      referralId: referral!.id,
      decision: "decline",
      note: "Geen plek op de groep deze maand.",
    });
    expect(await itemsOf(HR, "referral", null)).toHaveLength(items.length - 1);
  });

  // Runs last: a kind added to the reader without a case above fails here.
  it("has a case for every kind of to-do", () => {
    expect([...covered].toSorted()).toEqual([...EMPLOYER_NOTIFICATION_KINDS].toSorted());
  });
});
