import { z } from "zod";
import { didWebLocation } from "./did.ts";
import { fetchIssuerDocument } from "./fetch-document.ts";
import { trustedIssuerHosts } from "./settings.ts";

const MULTIKEY_CONTEXT = "https://w3id.org/security/multikey/v1";

const didDocumentSchema = z.looseObject({
  id: z.string(),
  verificationMethod: z
    .array(z.looseObject({ id: z.string(), type: z.string(), controller: z.string() }))
    .default([]),
});

const statusListUrlOf = (credential: Record<string, unknown>): string | null => {
  const parsed = z
    .object({ credentialStatus: z.object({ statusListCredential: z.string() }) })
    .safeParse(credential);
  return parsed.success ? parsed.data.credentialStatus.statusListCredential : null;
};

/**
 * The documents of an issuer on another deployment, for one verification: a did:web whose host is on the
 * trust list (`TRUSTED_CREDENTIAL_ISSUERS`) has its DID document (and the keys in it) fetched from that
 * host, and the credential's revocation list when it lies on the same host; nothing else is fetched
 * (contexts stay bundled). `unreachable` says whether a fetch failed, so a verifier can tell an issuer it
 * could not reach from a credential that does not verify. Null when the issuer is no trusted did:web.
 */
export function trustedForeignIssuer(issuerDid: string, credential: Record<string, unknown>) {
  const location = didWebLocation(issuerDid);
  if (!location || !trustedIssuerHosts().has(location.host)) return null;
  const origin = new URL(location.documentUrl).origin;
  const statusUrl = statusListUrlOf(credential);
  const statusOnHost = statusUrl !== null && URL.canParse(statusUrl) && new URL(statusUrl).origin === origin;
  const fetched = new Map<string, Promise<unknown>>();
  const state = { unreachable: false };
  const fetchOnce = (url: string) => {
    let document = fetched.get(url);
    if (!document) {
      document = fetchIssuerDocument(url).catch(() => {
        state.unreachable = true;
        return null;
      });
      fetched.set(url, document);
    }
    return document;
  };
  const resolve = async (url: string): Promise<object | null> => {
    const [base, fragment] = url.split("#");
    if (base === issuerDid) {
      const parsed = didDocumentSchema.safeParse(await fetchOnce(location.documentUrl));
      if (!parsed.success || parsed.data.id !== issuerDid) return null;
      if (fragment === undefined) return parsed.data;
      const method = parsed.data.verificationMethod.find((m) => m.id === url && m.controller === issuerDid);
      return method ? { "@context": MULTIKEY_CONTEXT, ...method } : null;
    }
    if (statusOnHost && url === statusUrl) {
      const list = await fetchOnce(url);
      return list && typeof list === "object" ? list : null;
    }
    return null;
  };
  return { resolve, state };
}
