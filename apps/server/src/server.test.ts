import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createPostgresDatabase, DEMO_LOGINS, DEMO_PASSWORD } from "@ontwikkelpad/db";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { configSchema } from "./config.ts";
import { cacheControl, contentType, findPortals } from "./portals.ts";
import { CONTENT_SECURITY_POLICY, startServer, type RunningServer } from "./server.ts";

let server: RunningServer;
let dataDir: string;
let portalsDir: string;

const INDEX_HTML =
  '<!doctype html><html lang="nl"><title>Werkgever</title><script type="module" src="/werkgever/assets/index-abc123.js"></script></html>';

/** A tiny stand-in for `vite build` output of the employer portal, next to a file that must stay private. */
function fakePortals(root: string) {
  const dist = join(root, "employer", "dist");
  mkdirSync(join(dist, "assets"), { recursive: true });
  writeFileSync(join(dist, "index.html"), INDEX_HTML);
  writeFileSync(join(dist, "assets", "index-abc123.js"), "console.log('werkgever');");
  writeFileSync(join(dist, "assets", "index-abc123.css"), "body{}");
  writeFileSync(join(dist, "favicon.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
  mkdirSync(join(dist, ".vite"), { recursive: true });
  writeFileSync(join(dist, ".vite", "manifest.json"), '{"src/main.tsx":{"file":"geheim"}}');
  mkdirSync(join(root, "school"), { recursive: true }); // a portal without a build is not served
  writeFileSync(join(root, "secret.txt"), "geheim");
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "ontwikkelpad-server-"));
  portalsDir = join(dataDir, "apps");
  fakePortals(portalsDir);
  server = await startServer(
    configSchema.parse({
      PORT: "0",
      HOST: "127.0.0.1",
      DATA_DIR: join(dataDir, "db"),
      PORTALS_DIR: portalsDir,
      LOG_LEVEL: "silent",
    }),
  );
  // Migrating and seeding a new embedded database: over two minutes on a busy 2-core machine.
}, 300_000);
afterAll(async () => {
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const cookiesOf = (res: Response) => res.headers.getSetCookie().map((c) => c.split(";")[0]!);

describe("server", () => {
  it("reports health with the database kind", async () => {
    const res = await fetch(`${server.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok", database: "pglite" });
  });

  it("answers unknown paths with 404", async () => {
    expect((await fetch(`${server.url}/bestaat-niet`)).status).toBe(404);
  });

  it("logs in over HTTP with cookies and calls a procedure with the CSRF header", async () => {
    const email = DEMO_LOGINS[0]!.email;
    const login = await fetch(`${server.url}/trpc/auth.login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password: DEMO_PASSWORD }),
    });
    expect(login.status).toBe(200);
    const cookies = cookiesOf(login);
    expect(login.headers.getSetCookie().find((c) => c.startsWith("op_session="))).toMatch(/HttpOnly/);
    const me = await fetch(`${server.url}/trpc/auth.me`, { headers: { cookie: cookies.join("; ") } });
    const body = (await me.json()) as { result: { data: { user: { email: string } } } };
    expect(body.result.data.user.email).toBe(email);

    const csrf = decodeURIComponent(cookies.find((c) => c.startsWith("op_csrf="))!.split("=")[1]!);
    const withoutCsrf = await fetch(`${server.url}/trpc/auth.logout`, {
      method: "POST",
      headers: { cookie: cookies.join("; "), "content-type": "application/json" },
      body: "{}",
    });
    expect(withoutCsrf.status).toBe(403);
    const logout = await fetch(`${server.url}/trpc/auth.logout`, {
      method: "POST",
      headers: { cookie: cookies.join("; "), "content-type": "application/json", "x-csrf-token": csrf },
      body: "{}",
    });
    expect(logout.status).toBe(200);
  });

  it("serves a school's did.json and signed revocation list once it signed, and sends /verificatie to the page", async () => {
    const issued = await server.db.prisma.issuedCredential.findFirstOrThrow({
      include: { school: { select: { name: true } } },
    });
    const schoolId = issued.schoolOrganizationId;
    expect((await fetch(`${server.url}/issuers/${schoolId}/did.json`)).status).toBe(404);
    const login = await fetch(`${server.url}/trpc/auth.login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "examinator@maasoever.demo", password: DEMO_PASSWORD }),
    });
    const input = encodeURIComponent(JSON.stringify({ credentialId: issued.id }));
    const badge = await fetch(`${server.url}/trpc/school.credentials.openBadge?input=${input}`, {
      headers: { cookie: cookiesOf(login).join("; ") },
    });
    expect(badge.status).toBe(200);
    const did = (await (await fetch(`${server.url}/issuers/${schoolId}/did.json`)).json()) as {
      id: string;
      assertionMethod: string[];
    };
    expect(did.id).toBe(`did:web:localhost%3A3000:issuers:${schoolId}`);
    expect(did.assertionMethod).toHaveLength(1);
    const list = (await (await fetch(`${server.url}/issuers/${schoolId}/status`)).json()) as {
      type: string[];
      proof: { cryptosuite: string };
    };
    expect(list.type).toContain("BitstringStatusListCredential");
    expect(list.proof.cryptosuite).toBe("eddsa-rdfc-2022");
    expect((await fetch(`${server.url}/issuers/onbekend/status`)).status).toBe(404);
    const page = await fetch(`${server.url}/verificatie?id=abc`, { redirect: "manual" });
    expect(page.status).toBe(302);
    expect(page.headers.get("location")).toBe("/school/verificatie?id=abc");
  });

  it("keeps the data across a restart and shuts down gracefully", async () => {
    const second = await startServer(
      configSchema.parse({
        PORT: "0",
        HOST: "127.0.0.1",
        DATA_DIR: join(dataDir, "second"),
        LOG_LEVEL: "silent",
      }),
    );
    const users = await second.db.prisma.user.count();
    await second.close();
    const again = await startServer(
      configSchema.parse({
        PORT: "0",
        HOST: "127.0.0.1",
        DATA_DIR: join(dataDir, "second"),
        LOG_LEVEL: "silent",
      }),
    );
    expect(await again.db.prisma.user.count()).toBe(users);
    await again.close();
    await expect(fetch(`${again.url}/health`)).rejects.toThrow("fetch failed");
  }, 120_000);
});

describe("a database outage", () => {
  it("answers 503 with the Dutch message and Retry-After, and nothing of the database", async () => {
    // The driver's real error for a PostgreSQL that is down, thrown where the server reads the database.
    const down = createPostgresDatabase("postgres://ontwikkelpad:geheim@127.0.0.1:1/ontwikkelpad");
    const outage = await down.prisma.user.findFirst().catch((error: unknown) => error);
    await down.close();
    const spies = [
      vi.spyOn(server.db.prisma.session, "findUnique").mockRejectedValue(outage),
      vi.spyOn(server.db.prisma.loginAttempt, "findMany").mockRejectedValue(outage),
    ];
    try {
      for (const res of [
        await fetch(`${server.url}/trpc/auth.me`, { headers: { cookie: "op_session=abc" } }),
        await fetch(`${server.url}/trpc/auth.login`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ email: DEMO_LOGINS[0]!.email, password: DEMO_PASSWORD }),
        }),
      ]) {
        expect(res.status).toBe(503);
        expect(res.headers.get("retry-after")).toBe("60");
        const text = await res.text();
        expect(JSON.parse(text)).toMatchObject({
          error: {
            message: "De database is even niet bereikbaar. Probeer het over een minuut opnieuw.",
            data: { code: "SERVICE_UNAVAILABLE", httpStatus: 503 },
          },
        });
        expect(text).not.toMatch(/prisma|127\.0\.0\.1|stack|\.ts\b|P1001/i);
      }
    } finally {
      spies.forEach((spy) => spy.mockRestore());
    }
    // Back to normal as soon as the database answers: an unknown session is simply not logged in.
    const after = await fetch(`${server.url}/trpc/auth.me`, { headers: { cookie: "op_session=abc" } });
    expect(after.status).toBe(401);
  });
});

describe("an unexpected error", () => {
  it("answers 500 with a generic Dutch message, without the error's text or stack", async () => {
    const spy = vi
      .spyOn(server.db.prisma.session, "findUnique")
      .mockRejectedValue(new Error("relation at /srv/ontwikkelpad/db.ts on db.internal:5432 failed"));
    try {
      const res = await fetch(`${server.url}/trpc/auth.me`, { headers: { cookie: "op_session=abc" } });
      expect(res.status).toBe(500);
      const text = await res.text();
      expect(JSON.parse(text)).toMatchObject({
        error: { message: "Er ging iets mis. Probeer het opnieuw.", data: { code: "INTERNAL_SERVER_ERROR" } },
      });
      expect(text).not.toMatch(/relation|db\.internal|\/srv|stack/);
    } finally {
      spy.mockRestore();
    }
  });
});

const get = (path: string, init?: RequestInit) =>
  fetch(`${server.url}${path}`, { redirect: "manual", ...init });

describe("portals", () => {
  it("serves only the portals that were built", () => {
    expect(findPortals(portalsDir).map((p) => p.path)).toEqual(["/werkgever"]);
    expect(server.portals.map((p) => p.url)).toEqual([`${server.url}/werkgever/`]);
  });

  it("serves index.html for the portal and for every page inside it", async () => {
    for (const path of ["/werkgever/", "/werkgever/personen/abc", "/werkgever/inloggen?terug=1"]) {
      const res = await get(path);
      expect([path, res.status]).toEqual([path, 200]);
      expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(res.headers.get("cache-control")).toBe("no-cache");
      expect(await res.text()).toBe(INDEX_HTML);
    }
  });

  it("serves hashed assets with their content type, cached for good", async () => {
    const js = await get("/werkgever/assets/index-abc123.js");
    expect(js.status).toBe(200);
    expect(js.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(js.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(await js.text()).toBe("console.log('werkgever');");
    expect((await get("/werkgever/assets/index-abc123.css")).headers.get("content-type")).toBe(
      "text/css; charset=utf-8",
    );
    const svg = await get("/werkgever/favicon.svg");
    expect(svg.headers.get("content-type")).toBe("image/svg+xml");
    expect(svg.headers.get("cache-control")).toBe("no-cache");
  });

  it("sends the security headers with every response", async () => {
    for (const path of ["/werkgever/", "/werkgever/assets/index-abc123.js", "/health"]) {
      const res = await get(path);
      expect([path, res.headers.get("content-security-policy")]).toEqual([path, CONTENT_SECURITY_POLICY]);
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("referrer-policy")).toBe("same-origin");
      expect(res.headers.get("x-frame-options")).toBe("DENY");
    }
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
  });

  it("redirects / to the employer portal and the bare portal path to its folder", async () => {
    const root = await get("/");
    expect(root.status).toBe(302);
    expect(root.headers.get("location")).toBe("/werkgever/");
    const bare = await get("/werkgever?x=1");
    expect(bare.status).toBe(301);
    expect(bare.headers.get("location")).toBe("/werkgever/?x=1");
  });

  it("answers missing files, unbuilt portals, hidden build files and paths outside the build with 404", async () => {
    expect((await get("/werkgever/assets/index-oud999.js")).status).toBe(404);
    expect((await get("/school/")).status).toBe(404);
    expect((await get("/regio/")).status).toBe(404);
    for (const path of [
      "/werkgever/..%2f..%2fsecret.txt",
      "/werkgever/%2e%2e%2f%2e%2e%2fsecret.txt",
      "/werkgever/%00index.html",
      "/werkgever/.vite/manifest.json",
      "/werkgever/%2evite/manifest.json",
    ]) {
      const res = await get(path);
      expect([path, res.status]).toEqual([path, 404]);
      expect(await res.text()).not.toContain("geheim");
    }
    expect((await get("/werkgever/%E0%A4%A")).status).toBe(400);
  });

  it("supports HEAD and conditional requests and refuses other methods", async () => {
    const head = await get("/werkgever/assets/index-abc123.js", { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("content-length")).toBe(String("console.log('werkgever');".length));
    expect(await head.text()).toBe("");
    const etag = head.headers.get("etag")!;
    expect(
      (await get("/werkgever/assets/index-abc123.js", { headers: { "if-none-match": etag } })).status,
    ).toBe(304);
    const post = await get("/werkgever/", { method: "POST" });
    expect(post.status).toBe(405);
    expect(post.headers.get("allow")).toBe("GET, HEAD");
  });

  it("picks content types and caching from the file name", () => {
    expect(contentType("x/index.HTML")).toBe("text/html; charset=utf-8");
    expect(contentType("font.woff2")).toBe("font/woff2");
    expect(contentType("onbekend.xyz")).toBe("application/octet-stream");
    expect(cacheControl("assets/index-abc.js")).toContain("immutable");
    expect(cacheControl("index.html")).toBe("no-cache");
  });
});

describe("configuration", () => {
  it("refuses a DATABASE_URL that is not PostgreSQL", () => {
    expect(configSchema.safeParse({ DATABASE_URL: "mysql://x" }).success).toBe(false);
    expect(configSchema.parse({}).PORT).toBe(3000);
  });
});
