import { createHmac } from "node:crypto";
import { type Database } from "@ontwikkelpad/db";
import { createTestDatabase } from "@ontwikkelpad/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { today } from "../shared/dates.ts";
import { recordNotificationMail } from "../shared/notifications/record-mail.ts";
import { writeNotedNotificationMail } from "./notification-checks.ts";
import { readOrganizationNotifications } from "../shared/notifications/read.ts";
import {
  mailSettingsPath,
  readUnsubscribeToken,
  unsubscribe,
  unsubscribeToken,
  unsubscribeUrl,
} from "./unsubscribe.ts";

let db: Database;
let schoolId: string;
let adviserId: string;
let coordinatorId: string;

beforeAll(async () => {
  db = await createTestDatabase({ demo: true });
  schoolId = (await db.prisma.organization.findFirstOrThrow({ where: { name: "ROC De Maasoever" } })).id;
  const idOf = async (email: string) => (await db.prisma.user.findUniqueOrThrow({ where: { email } })).id;
  adviserId = await idOf("opleidingsadviseur@maasoever.demo");
  coordinatorId = await idOf("coordinator@rijnmond.demo");
});
afterAll(() => db.close());

const preferencesOf = (userId: string) =>
  db.prisma.mailPreference.findMany({ where: { userId }, select: { kind: true, delivery: true } });

/** Every token that differs from `token` in one character: a changed payload or signature. */
function oneCharacterChanges(token: string): string[] {
  return [...token].flatMap((char, i) =>
    [char === "A" ? "B" : "A", char === "." ? "x" : "."].map(
      (other) => token.slice(0, i) + other + token.slice(i + 1),
    ),
  );
}

describe("an unsubscribe link", () => {
  it("names the user and the kinds it was signed for, and opens the mail settings of their portal", () => {
    const url = new URL(unsubscribeUrl(adviserId, ["trainingRequest", "trainingRequest", "duoReport"]));
    expect(url.pathname).toBe("/afmelden");
    expect(readUnsubscribeToken(url.searchParams.get("token")!)).toEqual({
      userId: adviserId,
      kinds: ["trainingRequest", "duoReport"],
    });
    expect(mailSettingsPath("trainingRequest")).toBe("/school/?meldingen=trainingRequest");
    expect(mailSettingsPath("sign")).toBe("/werkgever/?meldingen=sign");
    expect(mailSettingsPath("referralAnswered")).toBe("/regio/?meldingen=referralAnswered");
  });

  it("is refused when any character of it was changed, and changes nothing", async () => {
    const token = unsubscribeToken(coordinatorId, ["skillGapSignal"]);
    const changed = oneCharacterChanges(token);
    expect(changed.length).toBeGreaterThan(2 * 40);
    for (const forged of changed) expect(readUnsubscribeToken(forged)).toBeNull();
    for (const forged of changed.slice(0, 10)) expect(await unsubscribe(db, forged, "127.0.0.1")).toBeNull();
    expect(await preferencesOf(coordinatorId)).toEqual([]);
  });

  it("is refused when it was signed with another key, or names another user than it was signed for", async () => {
    const [payload, signature] = unsubscribeToken(coordinatorId, ["skillGapSignal"]).split(".") as [
      string,
      string,
    ];
    const otherKey = createHmac("sha256", "een sleutel die deze server niet heeft")
      .update(payload)
      .digest("base64url");
    const otherUser = Buffer.from(JSON.stringify({ u: adviserId, k: ["skillGapSignal"] })).toString(
      "base64url",
    );
    for (const forged of [`${payload}.${otherKey}`, `${otherUser}.${signature}`, payload, "", "a.b.c"]) {
      expect(readUnsubscribeToken(forged)).toBeNull();
      expect(await unsubscribe(db, forged, "127.0.0.1")).toBeNull();
    }
    expect(await preferencesOf(coordinatorId)).toEqual([]);
    expect(await preferencesOf(adviserId)).toEqual([]);
  });

  it("stops that kind for that user, audited, after which the outbox writes no mail of that kind for them", async () => {
    const waiting = (await readOrganizationNotifications(db.prisma, schoolId, today())).find(
      (m) => m.userId === adviserId,
    )!.notifications;
    // The adviser has training requests to answer and other work, which stays mailed.
    expect(waiting.some((n) => n.kind === "trainingRequest")).toBe(true);
    expect(waiting.some((n) => n.kind !== "trainingRequest")).toBe(true);

    const token = unsubscribeToken(adviserId, ["trainingRequest"]);
    expect(await unsubscribe(db, token, "192.0.2.7")).toEqual({
      userId: adviserId,
      kinds: ["trainingRequest"],
    });
    expect(await preferencesOf(adviserId)).toEqual([{ kind: "trainingRequest", delivery: "NEVER" }]);
    expect(
      await db.prisma.auditEvent.findFirst({ where: { action: "mail.unsubscribe", actorUserId: adviserId } }),
    ).toMatchObject({ ip: "192.0.2.7", data: [{ kind: "trainingRequest", delivery: "NEVER" }] });

    await db.prisma.$transaction((tx) => recordNotificationMail(tx, schoolId, today()));
    await writeNotedNotificationMail(db);
    const kinds = (await db.prisma.mailOutbox.findMany({ where: { userId: adviserId } })).map((r) => r.kind);
    expect(kinds.length).toBeGreaterThan(0);
    expect(kinds).not.toContain("trainingRequest");
    // Twice is the same as once.
    expect(await unsubscribe(db, token, "192.0.2.7")).not.toBeNull();
    expect(await preferencesOf(adviserId)).toEqual([{ kind: "trainingRequest", delivery: "NEVER" }]);
  });

  it("is refused for a user who no longer exists", async () => {
    expect(await unsubscribe(db, unsubscribeToken("geen-gebruiker", ["sign"]), null)).toBeNull();
  });
});
