// What the benchmarks share: the server started as its own process on a free loopback port, a demo
// login over HTTP, and percentiles of measured latencies.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { DEMO_PASSWORD } from "@ontwikkelpad/db";

export interface Session {
  cookie: string;
  csrf: string;
}

export interface ServerProcess {
  url: string;
  /** Resolves when /health answers 200; throws when the process exits first or after 120 s. */
  waitForHealth: () => Promise<void>;
  /** Logs in with the demo password and returns the session's cookies and CSRF token. */
  session: (email: string) => Promise<Session>;
  stop: () => Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** Starts `src/main.ts` with the caller's environment (DATA_DIR or DATABASE_URL) and the demo seeded. */
export async function startServerProcess(): Promise<ServerProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: new URL("..", import.meta.url),
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", LOG_LEVEL: "warn", SEED_DEMO: "true" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  return {
    url,
    waitForHealth: async () => {
      for (let i = 0; i < 600; i++) {
        if (server.exitCode !== null) throw new Error(`server exited with ${server.exitCode}`);
        const ok = await fetch(`${url}/health`)
          .then((r) => r.ok)
          .catch(() => false);
        if (ok) return;
        await new Promise((r) => setTimeout(r, 200));
      }
      throw new Error("server did not become healthy in 120 s");
    },
    session: async (email) => {
      const res = await fetch(`${url}/trpc/auth.login`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email, password: DEMO_PASSWORD }),
      });
      if (!res.ok) throw new Error(`login ${email} failed: ${res.status}`);
      const cookies = res.headers.getSetCookie().map((c) => c.split(";")[0]!);
      const csrf = cookies.find((c) => c.startsWith("op_csrf="))?.split("=")[1] ?? "";
      return { cookie: cookies.join("; "), csrf: decodeURIComponent(csrf) };
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (server.exitCode !== null) return resolve();
        server.once("exit", () => resolve());
        server.kill("SIGTERM");
      }),
  };
}

/** The `p`th percentile of latencies sorted ascending (0 for none). */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}
