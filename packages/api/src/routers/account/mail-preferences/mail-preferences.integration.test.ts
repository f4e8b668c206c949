import {
  EMPLOYER_NOTIFICATION_KINDS,
  REGION_NOTIFICATION_KINDS,
  SCHOOL_NOTIFICATION_KINDS,
} from "@ontwikkelpad/core";
import { type Database } from "@ontwikkelpad/db";
import { createTestDatabase } from "@ontwikkelpad/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loggedInClient } from "../../../test-client.ts";

let db: Database;

beforeAll(async () => {
  db = await createTestDatabase({ demo: true });
});
afterAll(() => db.close());

const clientOf = async (email: string) => (await loggedInClient(db, email, `prefs-${email}`)).call();
const userId = async (email: string) => (await db.prisma.user.findUniqueOrThrow({ where: { email } })).id;

describe("account.mailPreferences", () => {
  it.each([
    ["hr@kinderrijk.demo", EMPLOYER_NOTIFICATION_KINDS],
    ["opleidingsadviseur@maasoever.demo", SCHOOL_NOTIFICATION_KINDS],
    ["coordinator@rijnmond.demo", REGION_NOTIFICATION_KINDS],
    ["intake@uwv-rotterdam.demo", REGION_NOTIFICATION_KINDS],
  ])("give %s every kind of their portal, mailed at once until they choose", async (email, kinds) => {
    const { preferences } = await (await clientOf(email)).account.mailPreferences.get();
    expect(preferences).toEqual(kinds.map((kind) => ({ kind, delivery: "IMMEDIATE" })));
  });

  it("store the user's own choice, audited, and leave a colleague's alone", async () => {
    const trainer = await clientOf("praktijkopleider@kinderrijk.demo");
    const answer = await trainer.account.mailPreferences.set({
      preferences: [
        { kind: "sign", delivery: "DAILY_DIGEST" },
        { kind: "review", delivery: "NEVER" },
      ],
    });
    expect(answer.preferences).toEqual(
      EMPLOYER_NOTIFICATION_KINDS.map((kind) => ({
        kind,
        delivery: kind === "sign" ? "DAILY_DIGEST" : kind === "review" ? "NEVER" : "IMMEDIATE",
      })),
    );
    expect(await trainer.account.mailPreferences.get()).toEqual(answer);

    const trainerId = await userId("praktijkopleider@kinderrijk.demo");
    expect(
      await db.prisma.auditEvent.findFirst({
        where: { action: "mail.preferences.set", actorUserId: trainerId },
      }),
    ).toMatchObject({
      entityId: trainerId,
      data: [
        { kind: "sign", delivery: "DAILY_DIGEST" },
        { kind: "review", delivery: "NEVER" },
      ],
    });
    const { preferences } = await (
      await clientOf("leidinggevende@kinderrijk.demo")
    ).account.mailPreferences.get();
    expect(preferences.every((p) => p.delivery === "IMMEDIATE")).toBe(true);
  });

  it("change a choice made before", async () => {
    const manager = await clientOf("leidinggevende@kinderrijk.demo");
    await manager.account.mailPreferences.set({ preferences: [{ kind: "coSign", delivery: "NEVER" }] });
    await manager.account.mailPreferences.set({
      preferences: [{ kind: "coSign", delivery: "DAILY_DIGEST" }],
    });
    const { preferences } = await manager.account.mailPreferences.get();
    expect(preferences.find((p) => p.kind === "coSign")?.delivery).toBe("DAILY_DIGEST");
  });

  it.each([
    ["opleidingsadviseur@maasoever.demo", "sign"],
    ["coordinator@rijnmond.demo", "trainingRequest"],
    ["hr@kinderrijk.demo", "skillGapSignal"],
  ] as const)("refuse %s a kind of another portal (%s), storing nothing", async (email, kind) => {
    const client = await clientOf(email);
    await expect(
      client.account.mailPreferences.set({ preferences: [{ kind, delivery: "NEVER" }] }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await db.prisma.mailPreference.count({ where: { userId: await userId(email), kind } })).toBe(0);
  });

  it("refuse a kind chosen twice in one save", async () => {
    const client = await clientOf("hr@kinderrijk.demo");
    await expect(
      client.account.mailPreferences.set({
        preferences: [
          { kind: "referral", delivery: "NEVER" },
          { kind: "referral", delivery: "IMMEDIATE" },
        ],
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
