import { DEMO_PASSWORD, type Database } from "@ontwikkelpad/db";
import { CSRF_COOKIE, CSRF_HEADER, createContext } from "./context.ts";
import { createCaller } from "./root.ts";

/**
 * A browser-like caller for router tests: keeps the cookies the server sets and sends the CSRF header,
 * so tests go through the same session and CSRF checks as the portals.
 */
export function testClient(db: Database, ip = "127.0.0.1") {
  const jar = new Map<string, string>();
  const call = async ({ csrf = true } = {}) => {
    const headers = new Headers({
      cookie: [...jar].map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join("; "),
    });
    if (csrf && jar.has(CSRF_COOKIE)) headers.set(CSRF_HEADER, jar.get(CSRF_COOKIE)!);
    const setCookie = (serialized: string) => {
      const [name, value] = serialized.split(";")[0]!.split("=");
      jar.set(name!, decodeURIComponent(value ?? ""));
    };
    return createCaller(await createContext({ db, headers, ip, setCookie }));
  };
  return { call, jar };
}

/** A test client logged in with a demo account. */
export async function loggedInClient(db: Database, email: string, ip?: string) {
  const client = testClient(db, ip);
  await (await client.call()).auth.login({ email, password: DEMO_PASSWORD });
  return client;
}
