import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEMO_LOGINS, DEMO_PASSWORD } from "@ontwikkelpad/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { configSchema } from "./config.ts";
import { startServer, type RunningServer } from "./server.ts";

let server: RunningServer;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "ontwikkelpad-server-"));
  server = await startServer(configSchema.parse({ PORT: "0", HOST: "127.0.0.1", DATA_DIR: dataDir, LOG_LEVEL: "silent" }));
}, 120_000);
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
    const withoutCsrf = await fetch(`${server.url}/trpc/auth.logout`, { method: "POST", headers: { cookie: cookies.join("; "), "content-type": "application/json" }, body: "{}" });
    expect(withoutCsrf.status).toBe(403);
    const logout = await fetch(`${server.url}/trpc/auth.logout`, {
      method: "POST",
      headers: { cookie: cookies.join("; "), "content-type": "application/json", "x-csrf-token": csrf },
      body: "{}",
    });
    expect(logout.status).toBe(200);
  });

  it("keeps the data across a restart and shuts down gracefully", async () => {
    const second = await startServer(configSchema.parse({ PORT: "0", HOST: "127.0.0.1", DATA_DIR: join(dataDir, "second"), LOG_LEVEL: "silent" }));
    const users = await second.db.prisma.user.count();
    await second.close();
    const again = await startServer(configSchema.parse({ PORT: "0", HOST: "127.0.0.1", DATA_DIR: join(dataDir, "second"), LOG_LEVEL: "silent" }));
    expect(await again.db.prisma.user.count()).toBe(users);
    await again.close();
    await expect(fetch(`${again.url}/health`)).rejects.toThrow("fetch failed");
  }, 120_000);
});

describe("configuration", () => {
  it("refuses a DATABASE_URL that is not PostgreSQL", () => {
    expect(configSchema.safeParse({ DATABASE_URL: "mysql://x" }).success).toBe(false);
    expect(configSchema.parse({}).PORT).toBe(3000);
  });
});
