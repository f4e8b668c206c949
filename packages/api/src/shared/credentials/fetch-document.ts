import { LOOPBACK_HOSTS } from "./did.ts";

/** How long another deployment may take to answer, and how large its answer may be. */
export const FETCH_TIMEOUT_MS = 5_000;
export const FETCH_MAX_BYTES = 256 * 1024;

/** An issuer document that could not be fetched: not allowed, unreachable, too slow, too large or no JSON. */
export class IssuerDocumentError extends Error {
  constructor(
    readonly url: string,
    reason: string,
  ) {
    super(`Issuer document ${url}: ${reason}`);
  }
}

async function readLimited(response: Response, url: string): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    size += read.value.byteLength;
    if (size > FETCH_MAX_BYTES) {
      await reader.cancel();
      throw new IssuerDocumentError(url, `larger than ${FETCH_MAX_BYTES} bytes`);
    }
    chunks.push(read.value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * Fetches a JSON document of another deployment (an issuer's DID document or revocation list): over
 * HTTPS only (plain HTTP for a loopback host, for development and tests), without following redirects,
 * within `FETCH_TIMEOUT_MS` and `FETCH_MAX_BYTES`. Anything else throws an `IssuerDocumentError`.
 */
export async function fetchIssuerDocument(url: string): Promise<unknown> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new IssuerDocumentError(url, "not a URL");
  }
  const allowed =
    parsed.protocol === "https:" || (parsed.protocol === "http:" && LOOPBACK_HOSTS.has(parsed.hostname));
  if (!allowed || parsed.username || parsed.password)
    throw new IssuerDocumentError(url, "only https (http for localhost) is fetched");
  let response: Response;
  try {
    response = await fetch(parsed, {
      redirect: "error",
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
      headers: { accept: "application/json, application/did+json, application/ld+json" },
    });
  } catch (cause) {
    throw Object.assign(new IssuerDocumentError(url, "unreachable"), { cause });
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new IssuerDocumentError(url, `answered ${response.status}`);
  }
  const text = await readLimited(response, url);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new IssuerDocumentError(url, "not JSON");
  }
}
