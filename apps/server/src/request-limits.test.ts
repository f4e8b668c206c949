import http from "node:http";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { configSchema } from "./config.ts";
import { MAX_BATCH_CALLS, MAX_BODY_BYTES, clientOf } from "./request-limits.ts";
import { startServer, type RunningServer } from "./server.ts";

let server: RunningServer;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "ontwikkelpad-limits-"));
  server = await startServer(
    configSchema.parse({
      PORT: "0",
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      PORTALS_DIR: dataDir,
      SEED_DEMO: "false",
      LOG_LEVEL: "silent",
    }),
  );
}, 120_000);
afterAll(async () => {
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/**
 * Sends the headers of a POST that announces `declaredLength` bytes, but only the first kilobyte of
 * them: a server that waited for the whole body would never answer.
 */
function postAnnouncing(path: string, declaredLength: number): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${server.url}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", "content-length": declaredLength },
    });
    req.on("response", (res) => {
      let body = "";
      res.on("data", (chunk: Buffer) => (body += chunk.toString()));
      res.on("end", () => resolve({ status: res.statusCode!, body }));
    });
    req.on("error", reject);
    req.write(`{"email":"${"a".repeat(1_000)}`);
  });
}

describe("request limits", () => {
  it("answers a body announced over the limit with 413 before reading it", async () => {
    const { status, body } = await postAnnouncing("/trpc/auth.login", 50 * 1024 * 1024);
    expect(status).toBe(413);
    expect(body).toContain("Dit verzoek is te groot");
  });

  it("cuts off a body without a declared length at the same limit", async () => {
    const chunk = new TextEncoder().encode("a".repeat(64 * 1024));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > 2 * MAX_BODY_BYTES) return controller.close();
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const res = await fetch(`${server.url}/trpc/auth.login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
      duplex: "half",
    } as RequestInit);
    expect(res.status).toBe(413);
  });

  it("answers a batch of too many calls with 400, and serves one at the limit", async () => {
    const batch = (n: number) => fetch(batchUrl(server.url, n));
    const tooMany = await batch(MAX_BATCH_CALLS + 1);
    expect(tooMany.status).toBe(400);
    const answers = (await tooMany.json()) as { error: { message: string; data: { code: string } } }[];
    expect(answers).toHaveLength(MAX_BATCH_CALLS + 1);
    expect(answers[0]!.error).toMatchObject({
      message: expect.stringContaining("Te veel verzoeken tegelijk"),
      data: { code: "BAD_REQUEST" },
    });
    const atLimit = await batch(MAX_BATCH_CALLS);
    expect(atLimit.status).toBe(200);
    expect(await atLimit.json()).toHaveLength(MAX_BATCH_CALLS);
  });

  it("answers a malformed session cookie as no session, not as a server error", async () => {
    const res = await fetch(`${server.url}/trpc/auth.me`, { headers: { cookie: "op_session=%" } });
    expect(res.status).toBe(401);
  });
});

const batchUrl = (base: string, calls: number) =>
  `${base}/trpc/${Array.from({ length: calls }, () => "catalog.pathSteps").join(",")}?batch=1`;

const request = (headers: http.IncomingHttpHeaders) =>
  ({ headers, socket: { remoteAddress: "10.0.0.5" } }) as unknown as http.IncomingMessage;

const trust = (value?: string) => configSchema.parse({ TRUST_PROXY: value }).TRUST_PROXY;

describe("client address", () => {
  it("is the connecting address unless a proxy is trusted", () => {
    const forged = request({ "x-forwarded-for": "1.2.3.4", "x-forwarded-proto": "https" });
    expect(clientOf(forged, 0)).toEqual({ address: "10.0.0.5", isHttps: false });
  });

  it("behind trusted proxies is the address the outermost one saw, whatever the client wrote before it", () => {
    const viaOne = request({ "x-forwarded-for": "6.6.6.6, 203.0.113.7", "x-forwarded-proto": "https" });
    expect(clientOf(viaOne, 1)).toEqual({ address: "203.0.113.7", isHttps: true });
    const viaTwo = request({ "x-forwarded-for": ["6.6.6.6, 203.0.113.7", "10.0.0.2"] });
    expect(clientOf(viaTwo, 2)).toEqual({ address: "203.0.113.7", isHttps: false });
    expect(clientOf(request({}), 1).address).toBe("10.0.0.5");
  });

  it("reads TRUST_PROXY as a number of proxies, true meaning one", () => {
    expect([trust(), trust("false"), trust("true"), trust("2")]).toEqual([0, 0, 1, 2]);
    expect(() => trust("ja")).toThrow(/TRUST_PROXY/);
  });
});
