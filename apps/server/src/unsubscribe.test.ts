import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unsubscribeUrl } from "@ontwikkelpad/api/mail";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { configSchema } from "./config.ts";
import { startServer, type RunningServer } from "./server.ts";

let server: RunningServer;
let dataDir: string;
let userId: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "ontwikkelpad-unsubscribe-"));
  server = await startServer(
    configSchema.parse({
      PORT: "0",
      HOST: "127.0.0.1",
      DATA_DIR: join(dataDir, "db"),
      PORTALS_DIR: join(dataDir, "apps"),
      LOG_LEVEL: "silent",
    }),
  );
  userId = (await server.db.prisma.user.findUniqueOrThrow({ where: { email: "hr@kinderrijk.demo" } })).id;
}, 120_000);
afterAll(async () => {
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** The mail's link on this test server. */
const linkFor = (kinds: Parameters<typeof unsubscribeUrl>[1]) => {
  const url = new URL(unsubscribeUrl(userId, kinds));
  return `${server.url}${url.pathname}${url.search}`;
};
const deliveryOf = async (kind: string) =>
  (await server.db.prisma.mailPreference.findUnique({ where: { userId_kind: { userId, kind } } }))?.delivery;

describe("/afmelden", () => {
  it("asks to confirm on opening, changing nothing: a mail scanner opens links too", async () => {
    const res = await fetch(linkFor(["referral"]));
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain("Voordrachten van kandidaten voor een vacature");
    expect(html).toContain('<button type="submit">Afmelden</button>');
    expect(html).toContain('href="/werkgever/?meldingen=referral"');
    expect(await deliveryOf("referral")).toBeUndefined();
  });

  it("stops the kind on the page's button and confirms it in Dutch, with the way back", async () => {
    const res = await fetch(linkFor(["referral"]), {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("Je bent afgemeld");
    expect(html).toContain('href="/werkgever/?meldingen=referral"');
    expect(await deliveryOf("referral")).toBe("NEVER");
  });

  it("refuses a changed token on opening and on posting, changing nothing", async () => {
    const link = linkFor(["review"]);
    const changed = link.replace(/.$/, (c) => (c === "A" ? "B" : "A"));
    for (const method of ["GET", "POST"]) {
      const res = await fetch(changed, { method });
      expect(res.status).toBe(400);
      expect(await res.text()).toContain("Deze afmeldlink klopt niet");
    }
    expect(await deliveryOf("review")).toBeUndefined();
  });
});
