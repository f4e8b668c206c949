import { createHash } from "node:crypto";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page, Response } from "@playwright/test";

/**
 * One saved login per account and portal run: the browser's cookies after a login through the form,
 * and what `auth.me` answered for them. The folder is made per run in portal-config.ts (and removed
 * by global-teardown.ts), so that the three portals' runs, each on its own database, never share one.
 */
interface SavedSession {
  cookies: Awaited<ReturnType<ReturnType<Page["context"]>["storageState"]>>["cookies"];
  me: string;
}

function sessionFile(email: string, password: string): string | undefined {
  const folder = process.env.E2E_SESSIONS_DIR;
  if (!folder) return undefined;
  const key = createHash("sha256").update(`${email}\n${password}`).digest("hex").slice(0, 32);
  return join(folder, `${key}.json`);
}

/** The tRPC call the login form makes (alone or in a batch). */
export function isLoginCall(response: Response): boolean {
  const procedures = new URL(response.url()).pathname.split("/").at(-1)?.split(",") ?? [];
  return response.request().method() === "POST" && procedures.includes("auth.login");
}

/** What the server knows of the browser's session: `auth.me`'s answer, or null when it has none. */
async function whoAmI(page: Page): Promise<string | null> {
  const response = await page.request.get("/trpc/auth.me");
  if (!response.ok()) return null;
  return JSON.stringify(((await response.json()) as { result: { data: unknown } }).result.data);
}

/** Keeps the session the form's login just started, for the account's next login in this run. */
export async function saveSession(page: Page, email: string, password: string) {
  const file = sessionFile(email, password);
  if (!file) return;
  const me = await whoAmI(page);
  if (me === null) return;
  const { cookies } = await page.context().storageState();
  writeFileSync(file, JSON.stringify({ cookies, me } satisfies SavedSession));
}

/**
 * Puts the account's saved session in the page's browser when the server still answers for it as
 * after its login (not logged out, same organisation, same roles); true when it did.
 */
export async function reuseSession(page: Page, email: string, password: string): Promise<boolean> {
  const file = sessionFile(email, password);
  if (!file) return false;
  let saved: SavedSession;
  try {
    saved = JSON.parse(readFileSync(file, "utf8")) as SavedSession;
  } catch {
    return false;
  }
  await page.context().addCookies(saved.cookies);
  if ((await whoAmI(page)) === saved.me) return true;
  rmSync(file, { force: true });
  return false;
}
