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
