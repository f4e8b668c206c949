/**
 * A stop with keep-alive clients: the request in flight is answered, then its connection closes, and
 * the stop ends at once instead of waiting SHUTDOWN_TIMEOUT_MS while the client goes on asking over
 * the open connection or leaves it idle in its pool. Runs on the embedded database, and on PostgreSQL in a schema of its own when
 * TEST_DATABASE_URL names a server (CI's second pass).
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import net from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createPostgresDatabase } from "@ontwikkelpad/db";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { configSchema } from "./config.ts";
import { startServer, type RunningServer } from "./server.ts";

const SHUTDOWN_TIMEOUT_MS = 20_000;
const schema = `keep_alive_${randomBytes(4).toString("hex")}`;

/** The embedded database in a temp folder, or a new schema on the PostgreSQL of TEST_DATABASE_URL. */
async function databaseSettings(dataDir: string) {
  const baseUrl = process.env.TEST_DATABASE_URL;
  if (!baseUrl) return { DATA_DIR: join(dataDir, "db") };
  await onPostgres(baseUrl, `CREATE SCHEMA "${schema}"`);
  const url = new URL(baseUrl);
  url.searchParams.set("schema", schema);
  return { DATABASE_URL: url.toString() };
}

async function onPostgres(baseUrl: string, statement: string) {
  const admin = createPostgresDatabase(baseUrl);
  try {
    await admin.sql.exec(statement);
  } finally {
    await admin.close();
  }
}

let server: RunningServer;
let dataDir: string;
let database: Awaited<ReturnType<typeof databaseSettings>>;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "ontwikkelpad-keep-alive-"));
  database = await databaseSettings(dataDir);
});

beforeEach(async () => {
  server = await startServer(
    configSchema.parse({
      PORT: "0",
      HOST: "127.0.0.1",
      ...database,
      PORTALS_DIR: join(dataDir, "apps"),
      LOG_LEVEL: "silent",
      SEED_DEMO: "false",
      SHUTDOWN_TIMEOUT_MS: String(SHUTDOWN_TIMEOUT_MS),
    }),
  );
}, 120_000);

afterEach(() => server.close());

afterAll(async () => {
  rmSync(dataDir, { recursive: true, force: true });
  const baseUrl = process.env.TEST_DATABASE_URL;
  if (baseUrl) await onPostgres(baseUrl, `DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
});

const HEALTH_REQUEST = "GET /health HTTP/1.1\r\nHost: localhost\r\nConnection: keep-alive\r\n\r\n";

/** The status lines and Connection headers of the responses read so far on one socket. */
function responsesIn(received: string) {
  return received
    .split(/(?=HTTP\/1\.1 )/)
    .filter((part) => part.startsWith("HTTP/1.1 "))
    .map((part) => ({
      status: Number(part.slice(9, 12)),
      connection: /\r\nconnection: ([^\r]*)/i.exec(part)?.[1]?.toLowerCase(),
    }));
}

describe("stop with a keep-alive client", () => {
  it("answers the request in flight, closes its connection and stops without waiting for the timeout", async () => {
    const socket = net.connect(Number(new URL(server.url).port), "127.0.0.1");
    let received = "";
    socket.setEncoding("utf8");
    socket.on("data", (chunk: string) => (received += chunk));
    const socketClosed = new Promise<void>((resolve) => socket.on("close", () => resolve()));
    socket.on("error", () => {});
    await new Promise<void>((resolve) => socket.once("connect", () => resolve()));

    // One answered request makes the connection a keep-alive one.
    socket.write(HEALTH_REQUEST);
    await expect.poll(() => responsesIn(received).length, { timeout: 10_000 }).toBe(1);
    expect(responsesIn(received)[0]).toEqual({ status: 200, connection: "keep-alive" });

    // A request whose headers are half sent is in flight when the stop begins.
    const [firstHalf, secondHalf] = [HEALTH_REQUEST.slice(0, 20), HEALTH_REQUEST.slice(20)];
    socket.write(firstHalf);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const started = performance.now();
    let stoppedAfterMs: number | undefined;
    const stopped = server.close().then(() => (stoppedAfterMs = performance.now() - started));
    socket.write(secondHalf);

    // The client keeps asking over its open connection, as a browser's keep-alive pool does.
    const asking = setInterval(() => {
      if (!socket.destroyed && socket.writable) socket.write(HEALTH_REQUEST);
    }, 100);
    try {
      await Promise.race([
        socketClosed,
        new Promise((_, reject) =>
          setTimeout(() => reject(new Error("the keep-alive connection stayed open")), 5_000),
        ),
      ]);
      await stopped;
    } finally {
      clearInterval(asking);
      socket.destroy();
    }

    expect(responsesIn(received)).toEqual([
      { status: 200, connection: "keep-alive" },
      { status: 200, connection: "close" },
    ]);
    expect(stoppedAfterMs).toBeLessThan(SHUTDOWN_TIMEOUT_MS / 4);
  }, 60_000);

  it("closes a client pool's idle connection at once and still answers the request in flight", async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 2 });
    const port = Number(new URL(server.url).port);
    try {
      // One connection of the pool answers a request and then waits, idle, for the next one.
      const first = await send(agent, port, { method: "GET", path: "/health" });
      expect(first).toMatchObject({ status: 200, connection: "keep-alive" });

      // Another connection carries a request whose body is still on its way when the stop begins.
      const inFlight = http.request({
        agent,
        port,
        host: "127.0.0.1",
        method: "POST",
        path: "/trpc/auth.login",
        headers: { "content-type": "application/json" },
      });
      const answered = answerOf(inFlight);
      inFlight.write('{"email":"niemand@example.nl",');
      await new Promise((resolve) => setTimeout(resolve, 200));

      const started = performance.now();
      const stopped = server.close().then(() => performance.now() - started);
      const idleClosed = new Promise<number>((resolve) => {
        const idle = Object.values(agent.freeSockets).flat()[0];
        if (!idle || idle.destroyed) resolve(performance.now() - started);
        else idle.once("close", () => resolve(performance.now() - started));
      });
      // The idle connection closes while the request in flight is still unanswered.
      expect(await idleClosed).toBeLessThan(SHUTDOWN_TIMEOUT_MS / 4);
      inFlight.end('"password":"geen-wachtwoord"}');
      // tRPC answers once it has read the whole body: the login is refused, over a closing connection.
      expect(await answered).toEqual({ status: expect.any(Number), connection: "close" });
      expect(await stopped).toBeLessThan(SHUTDOWN_TIMEOUT_MS / 4);
    } finally {
      agent.destroy();
    }
  }, 60_000);
});

/** Sends a request without a body through `agent` and reads its answer. */
function send(agent: http.Agent, port: number, options: { method: string; path: string }) {
  const req = http.request({ agent, port, host: "127.0.0.1", ...options });
  const answer = answerOf(req);
  req.end();
  return answer;
}

function answerOf(req: http.ClientRequest) {
  return new Promise<{ status: number; connection: string | undefined }>((resolve, reject) => {
    req.on("error", reject);
    req.on("response", (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode ?? 0, connection: res.headers.connection }));
    });
  });
}
