import { publicUrl } from "./settings.ts";

/** The did:web prefix of this deployment's issuers: `did:web:<host>[:<path>]:issuers`. */
function issuerPrefix(base = publicUrl()): string {
  const url = new URL(base);
  const path = url.pathname.split("/").filter(Boolean).map(encodeURIComponent);
  return ["did:web", encodeURIComponent(url.host), ...path, "issuers"].join(":");
}

/**
 * A school's did:web on this deployment. It resolves (did:web's rule) to
 * `<PUBLIC_URL>/issuers/<schoolId>/did.json`, which the server serves from the database.
 */
export const schoolDid = (schoolId: string): string => `${issuerPrefix()}:${schoolId}`;

/** The school id of a did (or a key id under it) of this deployment's issuers; null for any other. */
export function schoolIdOfDid(did: string): string | null {
  const prefix = `${issuerPrefix()}:`;
  if (!did.startsWith(prefix)) return null;
  const id = did.slice(prefix.length).split("#")[0]!;
  return /^[A-Za-z0-9_-]+$/.test(id) ? id : null;
}

/** Where a school's revocation list (its Bitstring Status List credential) is served. */
export const statusListUrl = (schoolId: string): string => `${publicUrl()}/issuers/${schoolId}/status`;

/** The school id of a status list URL of this deployment; null for any other. */
export function schoolIdOfStatusList(url: string): string | null {
  const prefix = `${publicUrl()}/issuers/`;
  if (!url.startsWith(prefix)) return null;
  return /^([A-Za-z0-9_-]+)\/status$/.exec(url.slice(prefix.length))?.[1] ?? null;
}

/** Hosts a did:web may be resolved from over plain HTTP: this machine only, for development and tests. */
export const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * Where a did:web is resolved (the did:web method's rule): its host (with port, lower case) and the
 * address of its DID document, `https://<host>/<path>/did.json` (or `/.well-known/did.json` without a
 * path); plain HTTP only for a loopback host. Null for anything that is not a did:web.
 */
export function didWebLocation(did: string): { host: string; documentUrl: string } | null {
  const match = /^did:web:([^:#?/]+)((?::[^:#?/]+)*)$/.exec(did);
  if (!match) return null;
  try {
    const host = decodeURIComponent(match[1]!).toLowerCase();
    const path = match[2]!.split(":").filter(Boolean).map(decodeURIComponent);
    if (path.some((segment) => segment.includes("/") || segment === ".." || segment === ".")) return null;
    const url = new URL(`https://${host}`);
    if (url.host !== host) return null;
    if (LOOPBACK_HOSTS.has(url.hostname)) url.protocol = "http:";
    url.pathname =
      path.length > 0 ? `/${path.map(encodeURIComponent).join("/")}/did.json` : "/.well-known/did.json";
    return { host, documentUrl: url.href };
  } catch {
    return null;
  }
}
