import { createHash } from "node:crypto";
import type { Database } from "@ontwikkelpad/db";
import { databaseUnavailable, isDatabaseUnavailable } from "./database-outage.ts";

export const SESSION_COOKIE = "op_session";
export const CSRF_COOKIE = "op_csrf";
export const CSRF_HEADER = "x-csrf-token";

export interface ContextOptions {
  db: Database;
  headers: Headers;
  ip: string;
  /** Whether the client reached us over HTTPS (through a trusted reverse proxy): cookies get `Secure`. */
  secure?: boolean;
  /** Appends a serialized Set-Cookie header to the response. */
  setCookie: (serialized: string) => void;
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A cookie's value, or null when it is missing or not valid percent-encoding (a token never is). */
function readCookie(headers: Headers, name: string): string | null {
  for (const part of (headers.get("cookie") ?? "").split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key !== name) continue;
    try {
      return decodeURIComponent(value.join("="));
    } catch {
      return null;
    }
  }
  return null;
}

/** Loads the session (if any) behind the request's cookie; expired sessions count as none. */
export async function createContext({ db, headers, ip, secure = false, setCookie }: ContextOptions) {
  const token = readCookie(headers, SESSION_COOKIE);
  const session = token
    ? await db.prisma.session
        .findUnique({
          where: { tokenHash: hashToken(token) },
          // What authorization and auth.me read; never the password hash.
          select: {
            id: true,
            userId: true,
            csrfToken: true,
            activeOrganizationId: true,
            expiresAt: true,
            user: {
              select: {
                id: true,
                email: true,
                displayName: true,
                disabledAt: true,
                memberships: {
                  select: {
                    organizationId: true,
                    role: true,
                    organization: { select: { name: true, kind: true } },
                  },
                },
              },
            },
          },
        })
        .catch((error: unknown) => {
          throw isDatabaseUnavailable(error) ? databaseUnavailable(error) : error;
        })
    : null;
  const valid = session && session.expiresAt > new Date() && !session.user.disabledAt ? session : null;
  return {
    db,
    prisma: db.prisma,
    headers,
    ip,
    setCookie,
    session: valid,
    secure,
  };
}

export type Context = Awaited<ReturnType<typeof createContext>>;
