import http from "node:http";
import type { AddressInfo } from "node:net";
import {
  appRouter,
  createContext,
  didDocument,
  MINISTRY_REPORT_STYLE_SOURCE,
  RETRY_AFTER_SECONDS,
  statusListCredential,
} from "@ontwikkelpad/api";
import {
  startJobQueue,
  mailTransportFromEnv,
  startMailWorker,
  UNSUBSCRIBE_PATH,
} from "@ontwikkelpad/api/mail";
import { createDatabase, migrate, seedDemo, type Database } from "@ontwikkelpad/db";
import { createHTTPHandler } from "@trpc/server/adapters/standalone";
import pino, { type Logger } from "pino";
import type { Config } from "./config.ts";
import { createPortalHandler, findPortals, type Portal } from "./portals.ts";
import { MAX_BODY_BYTES, clientOf, refuseOversizedRequest } from "./request-limits.ts";
import { handleUnsubscribe } from "./unsubscribe.ts";

export interface RunningServer {
  url: string;
  /** The built portals this server serves, each with its full URL. */
  portals: (Portal & { url: string })[];
  db: Database;
  logger: Logger;
  /** Stops accepting connections, drains requests in flight (up to the timeout) and closes the database. */
  close: () => Promise<void>;
}

function toHeaders(req: http.IncomingMessage): Headers {
  const headers = new Headers();
  for (const [key, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) value.forEach((v) => headers.append(key, v));
    else if (value !== undefined) headers.set(key, value);
  }
  return headers;
}

/**
 * Only this origin may provide scripts, styles, images, fonts and API calls; nobody may frame the
 * portals. The one inline style allowed is the printable ministry report's, by its hash.
 */
export const CONTENT_SECURITY_POLICY = `default-src 'self'; style-src 'self' ${MINISTRY_REPORT_STYLE_SOURCE}; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; object-src 'none'`;

function sendJson(res: http.ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" });
  res.end(JSON.stringify(body));
}

/** Opens the database, applies pending migrations, seeds the demo into an empty database and listens. */
export async function startServer(config: Config): Promise<RunningServer> {
  const logger = pino({ level: config.LOG_LEVEL });
  const db = await createDatabase(
    config.DATABASE_URL ? { databaseUrl: config.DATABASE_URL } : { dataDir: config.DATA_DIR },
  );
  await migrate(db);
  if (config.SEED_DEMO) {
    const seeded = await seedDemo(db.prisma);
    logger.info({ seeded }, "demo data checked");
  }

  const trpc = createHTTPHandler({
    router: appRouter,
    basePath: "/trpc/",
    maxBodySize: MAX_BODY_BYTES,
    createContext: ({ req, res }) => {
      const client = clientOf(req, config.TRUST_PROXY);
      return createContext({
        db,
        headers: toHeaders(req),
        ip: client.address,
        secure: client.isHttps,
        setCookie: (cookie) => res.appendHeader("set-cookie", cookie),
      });
    },
    onError: ({ error, path }) => {
      if (error.code === "INTERNAL_SERVER_ERROR") logger.error({ err: error, path }, "procedure failed");
      if (error.code === "SERVICE_UNAVAILABLE")
        logger.error({ err: error.cause, path }, "database unavailable");
    },
    responseMeta: ({ errors }) =>
      errors.some((e) => e.code === "SERVICE_UNAVAILABLE")
        ? { headers: new Headers({ "retry-after": String(RETRY_AFTER_SECONDS) }) }
        : {},
  });

  const portals = findPortals(config.PORTALS_DIR);
  if (portals.length === 0)
    logger.warn({ portalsDir: config.PORTALS_DIR }, "no built portals found: run `pnpm build` to serve them");
  const handlePortal = createPortalHandler(portals);

  // Answers being written; during a stop each one is the last on its connection.
  const inFlight = new Set<http.ServerResponse>();
  let stopping = false;
  const server = http.createServer((req, res) => {
    const started = process.hrtime.bigint();
    inFlight.add(res);
    if (stopping) res.setHeader("connection", "close");
    res.on("close", () => {
      inFlight.delete(res);
      // A keep-alive connection whose answer was already on its way when the stop began is idle now.
      if (stopping) setImmediate(() => server.closeIdleConnections());
    });
    res.on("finish", () => {
      logger.info(
        {
          method: req.method,
          url: req.url,
          status: res.statusCode,
          ms: Number(process.hrtime.bigint() - started) / 1e6,
        },
        "request",
      );
    });
    res.setHeader("x-content-type-options", "nosniff");
    res.setHeader("referrer-policy", "same-origin");
    res.setHeader("content-security-policy", CONTENT_SECURITY_POLICY);
    res.setHeader("x-frame-options", "DENY");
    res.setHeader("cross-origin-opener-policy", "same-origin");
    const path = (req.url ?? "/").split("?")[0]!;
    if (path.startsWith("/trpc/")) {
      const refused = refuseOversizedRequest(req);
      if (!refused) return trpc(req, res);
      // The body is never read: close the connection instead of waiting for the rest of it.
      res.setHeader("connection", "close");
      return sendJson(res, refused.status, refused.body);
    }
    if (path === "/health") {
      db.ping().then(
        () => sendJson(res, 200, { status: "ok", database: db.kind }),
        (err: unknown) => {
          logger.error({ err }, "health check failed");
          res.setHeader("retry-after", String(RETRY_AFTER_SECONDS));
          sendJson(res, 503, { status: "unavailable", database: db.kind });
        },
      );
      return;
    }
    // A school's did:web document and its revocation list (public, read from the database).
    const issuer = /^\/issuers\/([A-Za-z0-9_-]+)\/(did\.json|status)$/.exec(path);
    if (issuer && req.method === "GET") {
      const [, schoolId, what] = issuer as unknown as [string, string, string];
      (what === "status" ? statusListCredential(db.prisma, schoolId) : didDocument(db.prisma, schoolId)).then(
        (document) =>
          document ? sendJson(res, 200, document) : sendJson(res, 404, { error: "Niet gevonden" }),
        (err: unknown) => {
          logger.error({ err, path }, "issuer document failed");
          sendJson(res, 500, { error: "Er ging iets mis. Probeer het later opnieuw." });
        },
      );
      return;
    }
    // A mail's unsubscribe link: no login, the signed token says who and what.
    if (path === UNSUBSCRIBE_PATH)
      return handleUnsubscribe(req, res, { db, logger, ip: clientOf(req, config.TRUST_PROXY).address });
    // The public verify page lives in the school portal; the short address is the one on the PDFs.
    if (path === "/verificatie") {
      const query = (req.url ?? "").slice(path.length);
      res.writeHead(302, { location: `/school/verificatie${query}` });
      res.end();
      return;
    }
    if (handlePortal(req, res, path)) return;
    sendJson(res, 404, { error: "Niet gevonden" });
  });

  await new Promise<void>((resolve) => server.listen(config.PORT, config.HOST, resolve));
  // The outbox's mail and the daily reminders run on a job queue in this database (with several
  // processes on one PostgreSQL, each mail goes out once). It starts once the server listens, so the
  // first requests are not queued behind its set-up on the embedded database's one connection; the
  // outbox keeps every mail until it runs.
  const jobs = startJobQueue(db).then(async (queue) => {
    await startMailWorker(db, queue, mailTransportFromEnv(config.DATA_DIR, config));
    return queue;
  });
  jobs.catch((err: unknown) => logger.error({ err }, "mail worker did not start"));
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.HOST === "0.0.0.0" ? "localhost" : config.HOST}:${port}`;
  logger.info({ url, database: db.kind, portals: portals.map((p) => p.path) }, "server listening");

  let closing: Promise<void> | null = null;
  const close = () =>
    (closing ??= (async () => {
      logger.info({ inFlight: inFlight.size }, "no new connections; waiting for requests in flight");
      // Keep-alive clients would go on sending requests over their open connections, answered after
      // the listener closed, and hold the stop up to the timeout: every answer from now on closes its
      // connection, and connections that wait for a next request close at once (server.close() closes
      // the idle ones since Node 19; the answers' "close" handler above closes those that become idle).
      stopping = true;
      for (const res of inFlight) if (!res.headersSent) res.setHeader("connection", "close");
      const drained = new Promise<void>((resolve) => server.close(() => resolve()));
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<true>((resolve) => {
        timer = setTimeout(() => resolve(true), config.SHUTDOWN_TIMEOUT_MS);
      });
      if (await Promise.race([drained.then(() => false), timedOut])) {
        logger.warn(
          { inFlight: inFlight.size, timeoutMs: config.SHUTDOWN_TIMEOUT_MS },
          "requests still running at the shutdown timeout: closing their connections",
        );
        server.closeAllConnections();
      }
      clearTimeout(timer);
      await jobs.then(
        (queue) => queue.stop(),
        () => undefined,
      );
      // Waits for a transaction that is still running (a long import) to end before closing the files.
      await db.close();
      logger.info("server stopped");
    })());

  return { url, portals: portals.map((p) => ({ ...p, url: `${url}${p.path}/` })), db, logger, close };
}
