/**
 * The mail as a recipient gets it: a real SMTP server in this process receives what the outbox sends
 * through the `smtp` transport (SMTP_URL), the test reads it as a mail program does (`mailparser`) and
 * follows the link in it.
 */
import { readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { DEMO_PASSWORD, type Database } from "@ontwikkelpad/db";
import { createTestDatabase } from "@ontwikkelpad/db/testing";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadIds, MATRIX } from "../authorization-matrix.ts";
import { publicUrl } from "../shared/credentials/settings.ts";
import { PORTAL_PATHS } from "../shared/notifications/read.ts";
import { loggedInClient, testClient } from "../test-client.ts";
import { mailTransportFromEnv } from "./transport.ts";
import { drainOutbox } from "./worker.ts";
import { readUnsubscribeToken } from "./unsubscribe.ts";

let db: Database;
let server: SMTPServer;
let smtpUrl: string;
const received: ParsedMail[] = [];

beforeAll(async () => {
  db = await createTestDatabase({ demo: true });
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          received.push(mail);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  smtpUrl = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await db.close();
});

/** Sends what waits in the outbox through SMTP_URL; returns the mails the server received for `to`. */
async function sendAndReceive(to: string): Promise<ParsedMail[]> {
  await drainOutbox(db, mailTransportFromEnv("/nonexistent", { SMTP_URL: smtpUrl }), "IMMEDIATE");
  return received.filter((mail) => mail.to && !Array.isArray(mail.to) && mail.to.text === to);
}

/** The one address on our server in the mail's text. */
function linkIn(mail: ParsedMail): URL {
  const links = (mail.text ?? "").match(new RegExp(`${publicUrl()}/\\S+`, "g")) ?? [];
  // The unsubscribe link at the foot is not the link to the work.
  const own = links.filter((link) => !link.includes("/afmelden?"));
  expect(own).toHaveLength(1);
  return new URL(own[0]!);
}

/** The route patterns of a portal's `src/main.tsx` (`path: "personen/:id/beoordeling"`). */
function portalRoutes(portal: "employer" | "school" | "region"): RegExp[] {
  const main = readFileSync(new URL(`../../../../apps/${portal}/src/main.tsx`, import.meta.url), "utf8");
  return [...main.matchAll(/path: "([^"]+)"/g)].map(
    ([, route]) => new RegExp(`^/${route!.replace(/^\//, "").replaceAll(/:[^/]+/g, "[^/]+")}$`),
  );
}

describe("mail through SMTP", () => {
  it("brings the employee their link, by first name only, and the link opens their path", async () => {
    const hr = await (await loggedInClient(db, "hr@kinderrijk.demo", "smtp-hr")).call();
    const path = await db.prisma.developmentPath.findFirstOrThrow({
      where: { person: { givenName: "Ellen" } },
      include: { person: true },
    });
    const { email } = await hr.employer.paths.inviteEmployee({ pathId: path.id });

    const [mail, ...more] = await sendAndReceive(email);
    expect(more).toEqual([]);
    expect(mail!.subject).toBe("Bekijk je Ontwikkelpad");
    expect(mail!.text).toContain(`Hallo ${path.person.givenName},`);
    expect(`${mail!.subject}\n${mail!.text}`).not.toContain(path.person.familyName);
    const link = linkIn(mail!);
    expect(link.pathname).toMatch(new RegExp(`^${PORTAL_PATHS.EMPLOYER}/mijn-pad/`));
    const portalPath = link.pathname.slice(PORTAL_PATHS.EMPLOYER.length);
    expect(portalRoutes("employer").some((route) => route.test(portalPath))).toBe(true);

    // What the page behind the link asks the server for, with the token of the mail.
    const token = decodeURIComponent(portalPath.split("/").at(-1)!);
    const view = await (await testClient(db, "smtp-employee").call()).myPath.get({ token });
    expect(view).toMatchObject({ organization: "Kinderrijk", currentStep: path.currentStep });

    const row = await db.prisma.mailOutbox.findFirstOrThrow({ where: { kind: "employeeLink" } });
    // Sent and audited; the outbox keeps no copy of the token.
    expect(row).toMatchObject({ email, firstName: path.person.givenName, userId: null });
    expect(row.sentAt).not.toBeNull();
    expect(row.link).not.toContain(token);
    expect(
      await db.prisma.auditEvent.findFirst({ where: { action: "mail.send", entityId: row.id } }),
    ).toMatchObject({
      data: expect.objectContaining({ recipientEmail: email, kinds: ["employeeLink"] }),
    });
  });

  it("brings the school its training request, with a link to the page where it is answered", async () => {
    const hr = await (await loggedInClient(db, "hr@kinderrijk.demo", "smtp-hr")).call();
    const { id } = await hr.employer.paths.requestTraining(
      MATRIX["employer.paths.requestTraining"]!.input(await loadIds(db.prisma)) as {
        pathId: string;
        offerId: string;
      },
    );

    const mails = await sendAndReceive("opleidingsadviseur@maasoever.demo");
    const mail = mails.find((m) => m.text?.includes(id));
    expect(mail?.subject).toBe("Er is een scholingsaanvraag binnengekomen");
    // The header carries the signed link that stops this kind of mail without a login.
    const unsubscribe = /<([^>]+)>/.exec(
      mail?.headerLines.find((header) => header.key === "list-unsubscribe")?.line ?? "",
    )?.[1];
    const token = new URL(unsubscribe!).searchParams.get("token")!;
    expect(readUnsubscribeToken(token)?.kinds).toEqual(["trainingRequest"]);
    const link = linkIn(mail!);
    expect(link.pathname).toBe(`${PORTAL_PATHS.SCHOOL}/aanvragen/scholing/${id}`);
    expect(
      portalRoutes("school").some((route) => route.test(link.pathname.slice(PORTAL_PATHS.SCHOOL.length))),
    ).toBe(true);
    // The page's own read answers for the adviser it was mailed to.
    const adviser = await (
      await loggedInClient(db, "opleidingsadviseur@maasoever.demo", "smtp-school")
    ).call();
    expect(await adviser.school.requests.getTraining({ requestId: id })).toMatchObject({ id });
  });

  it.each([
    { admin: "hr@kinderrijk.demo", role: "MANAGER", portal: "employer", organization: "Kinderrijk" },
    {
      admin: "opleidingsadviseur@maasoever.demo",
      role: "TEACHER",
      portal: "school",
      organization: "ROC De Maasoever",
    },
    { admin: "coordinator@rijnmond.demo", role: "WSP_ADVISOR", portal: "region", organization: null },
  ] as const)(
    "brings a colleague invited by $admin the link, which they follow to accept the invitation",
    async ({ admin, role, portal, organization }) => {
      const inviter = await (await loggedInClient(db, admin, `smtp-invite-${portal}`)).call();
      const email = `nieuwe.collega.${portal}@example.org`;
      await inviter.colleagues.invite({ email, role });

      const [mail, ...more] = await sendAndReceive(email);
      expect(more).toEqual([]);
      const me = await inviter.auth.me();
      const organizationName =
        organization ?? me.memberships.find((m) => m.organizationKind === "REGION")!.organizationName;
      expect(mail!.subject).toBe(`Uitnodiging van ${organizationName} voor Ontwikkelpad`);
      // It names the organisation, as the invitation's page does, and no one else: not who invited them.
      const whole = `${mail!.subject}\n${mail!.text}`;
      expect(whole).not.toContain(me.user.displayName);
      expect(whole).not.toContain(admin);
      // Nothing to unsubscribe from: the mail comes of an admin's invitation.
      expect(mail!.headerLines.some((header) => header.key === "list-unsubscribe")).toBe(false);

      const link = linkIn(mail!);
      const portalPath =
        PORTAL_PATHS[portal === "employer" ? "EMPLOYER" : portal === "school" ? "SCHOOL" : "REGION"];
      expect(link.pathname).toMatch(new RegExp(`^${portalPath}/uitnodiging/[^/]+$`));
      expect(portalRoutes(portal).some((route) => route.test(link.pathname.slice(portalPath.length)))).toBe(
        true,
      );
      // What the page behind the link asks the server for, with the token of the mail.
      const token = decodeURIComponent(link.pathname.split("/").at(-1)!);
      const invitee = testClient(db, `smtp-invitee-${portal}`);
      expect(await (await invitee.call()).invitations.get({ token })).toMatchObject({
        organization: organizationName,
        email,
        role,
        hasAccount: false,
      });
      await (
        await invitee.call()
      ).invitations.accept({
        token,
        displayName: "Nieuwe Collega",
        password: DEMO_PASSWORD,
      });
      await (await invitee.call()).auth.login({ email, password: DEMO_PASSWORD });
      expect((await (await invitee.call()).auth.me()).memberships).toEqual([
        expect.objectContaining({ organizationName, role }),
      ]);

      const row = await db.prisma.mailOutbox.findFirstOrThrow({ where: { kind: "invitation", email } });
      // Sent and audited; the outbox keeps no copy of the token.
      expect(row.sentAt).not.toBeNull();
      expect(row.link).not.toContain(token);
      expect(
        await db.prisma.auditEvent.findFirst({ where: { action: "mail.send", entityId: row.id } }),
      ).toMatchObject({ data: expect.objectContaining({ recipientEmail: email, kinds: ["invitation"] }) });
    },
  );

  it("sends an invitation's mail only while its link opens it: withdrawn or replaced before it went out, it does not", async () => {
    const hr = await (await loggedInClient(db, "hr@kinderrijk.demo", "smtp-hr")).call();
    const withdrawn = await hr.colleagues.invite({ email: "ingetrokken@example.org", role: "MANAGER" });
    await hr.colleagues.revokeInvitation({ invitationId: withdrawn.invitationId });
    const replaced = await hr.colleagues.invite({ email: "opnieuw@example.org", role: "MANAGER" });
    const renewed = await hr.colleagues.resendInvitation({ invitationId: replaced.invitationId });

    expect(await sendAndReceive("ingetrokken@example.org")).toEqual([]);
    const [again, ...more] = await sendAndReceive("opnieuw@example.org");
    expect(more).toEqual([]);
    // The one mail carries the new link; the first link's mail, never sent, is gone with its token.
    expect(decodeURIComponent(linkIn(again!).pathname.split("/").at(-1)!)).toBe(renewed.token);
    const rows = await db.prisma.mailOutbox.findMany({
      where: { kind: "invitation", email: { in: ["ingetrokken@example.org", "opnieuw@example.org"] } },
    });
    expect(rows).toEqual([
      expect.objectContaining({ email: "opnieuw@example.org", sentAt: expect.any(Date) }),
    ]);
  });
});
