import * as vc from "@digitalbazaar/vc";
import { DataIntegrityProof } from "@digitalbazaar/data-integrity";
import { cryptosuite } from "@digitalbazaar/eddsa-rdfc-2022-cryptosuite";
import { checkStatus } from "@digitalbazaar/vc-bitstring-status-list";
import type { PrismaClient } from "@ontwikkelpad/db";
import { z } from "zod";
import { documentLoader } from "./contexts.ts";
import { didWebLocation, schoolIdOfDid, schoolIdOfStatusList } from "./did.ts";
import { trustedForeignIssuer } from "./foreign-issuer.ts";
import { didDocument, verificationMethod } from "./keys.ts";
import { statusListCredential } from "./status-list.ts";

const checkSchema = z.enum(["PASSED", "FAILED", "NOT_CHECKED"]);

/** What a verification found: each check, its outcome, and what the credential states. */
export const verificationSchema = z.object({
  /**
   * VALID only when every check passed; otherwise the first that failed. UNTRUSTED_ISSUER (a did:web of
   * another host not on the trust list) and ISSUER_UNREACHABLE (its documents could not be fetched) only
   * when issuers elsewhere were asked for.
   */
  outcome: z.enum([
    "VALID",
    "TAMPERED",
    "UNKNOWN_ISSUER",
    "UNTRUSTED_ISSUER",
    "ISSUER_UNREACHABLE",
    "REVOKED",
  ]),
  checks: z.object({ issuer: checkSchema, signature: checkSchema, notRevoked: checkSchema }),
  /**
   * The issuing school as this deployment knows it (name and BRIN), or as a trusted issuer elsewhere
   * names itself in the credential (no BRIN).
   */
  issuer: z.object({ name: z.string(), brin: z.string().nullable() }).nullable(),
  /** What the credential states (as it stands: trust it only when the outcome is VALID). */
  statement: z
    .object({
      learnerName: z.string().nullable(),
      achievement: z.string(),
      code: z.string().nullable(),
      validFrom: z.string().nullable(),
      workProcesses: z.array(z.object({ code: z.string(), title: z.string() })),
    })
    .nullable(),
});
export type Verification = z.infer<typeof verificationSchema>;

const statementSchema = z.object({
  validFrom: z.string().optional(),
  credentialSubject: z.object({
    identifier: z
      .array(z.object({ identityType: z.string(), identityHash: z.string() }).partial())
      .optional(),
    achievement: z.object({
      name: z.string(),
      humanCode: z.string().optional(),
      alignment: z.array(z.object({ targetCode: z.string(), targetName: z.string() })).optional(),
    }),
  }),
});

function readStatement(credential: Record<string, unknown>): Verification["statement"] {
  const parsed = statementSchema.safeParse(credential);
  if (!parsed.success) return null;
  const { credentialSubject: subject, validFrom } = parsed.data;
  return {
    learnerName: subject.identifier?.find((i) => i.identityType === "name")?.identityHash ?? null,
    achievement: subject.achievement.name,
    code: subject.achievement.humanCode ?? null,
    validFrom: validFrom ?? null,
    workProcesses: (subject.achievement.alignment ?? []).map((a) => ({
      code: a.targetCode,
      title: a.targetName,
    })),
  };
}

/** The issuer's DID documents and keys and the schools' revocation lists, from the database only. */
const fromDatabase = (db: PrismaClient) => async (url: string) => {
  const listOf = schoolIdOfStatusList(url);
  if (listOf) return statusListCredential(db, listOf);
  const schoolId = schoolIdOfDid(url);
  if (!schoolId) return null;
  const fragment = url.split("#")[1];
  return fragment ? verificationMethod(db, schoolId, fragment) : didDocument(db, schoolId);
};

const issuerIdOf = (issuer: unknown): string | null =>
  typeof issuer === "string"
    ? issuer
    : issuer && typeof issuer === "object" && "id" in issuer && typeof issuer.id === "string"
      ? issuer.id
      : null;

/** Where an issuer's documents come from, with the issuer as the verify page shows it. */
interface IssuerSource {
  issuer: NonNullable<Verification["issuer"]>;
  resolve: (url: string) => Promise<object | null>;
  /** Whether fetching from another deployment failed (never for this deployment's schools). */
  unreachable: () => boolean;
}

const issuerNameOf = (issuer: unknown): string | null =>
  issuer && typeof issuer === "object" && "name" in issuer && typeof issuer.name === "string"
    ? issuer.name
    : null;

async function issuerSource(
  db: PrismaClient,
  credential: Record<string, unknown>,
  elsewhere: boolean,
): Promise<IssuerSource | "UNKNOWN_ISSUER" | "UNTRUSTED_ISSUER"> {
  const issuerId = issuerIdOf(credential.issuer) ?? "";
  const schoolId = schoolIdOfDid(issuerId);
  if (schoolId) {
    const school = await db.organization.findFirst({
      where: { id: schoolId, kind: "SCHOOL" },
      select: { name: true, registryNumber: true },
    });
    return school
      ? {
          issuer: { name: school.name, brin: school.registryNumber },
          resolve: fromDatabase(db),
          unreachable: () => false,
        }
      : "UNKNOWN_ISSUER";
  }
  if (!elsewhere || !didWebLocation(issuerId)) return "UNKNOWN_ISSUER";
  const foreign = trustedForeignIssuer(issuerId, credential);
  if (!foreign) return "UNTRUSTED_ISSUER";
  return {
    issuer: { name: issuerNameOf(credential.issuer) ?? issuerId, brin: null },
    resolve: foreign.resolve,
    unreachable: () => foreign.state.unreachable,
  };
}

/**
 * Verifies a credential with the bundled contexts and the issuer's documents: the issuer is one of this
 * deployment's schools (its keys and revocation list from the database, nothing fetched) or, only with
 * `elsewhere`, a did:web of another deployment on the trust list (`trustedForeignIssuer`: its DID
 * document and revocation list fetched from its host). The Data Integrity proof holds under a key of
 * that issuer (any byte changed fails it), and its place in the revocation list is not set. The library
 * answers "verified" for a revoked credential: revocation is read from the status check's own result.
 */
export async function verifyCredentialDocument(
  db: PrismaClient,
  credential: Record<string, unknown>,
  { elsewhere = false }: { elsewhere?: boolean } = {},
): Promise<Verification> {
  const statement = readStatement(credential);
  const source = await issuerSource(db, credential, elsewhere);
  if (typeof source === "string")
    return {
      outcome: source,
      checks: { issuer: "FAILED", signature: "NOT_CHECKED", notRevoked: "NOT_CHECKED" },
      issuer: null,
      statement,
    };
  const { issuer } = source;
  const loader = documentLoader(source.resolve);
  const suite = new DataIntegrityProof({ cryptosuite });
  let revoked: boolean | null = null;
  const result = await vc
    .verifyCredential({
      credential,
      suite,
      documentLoader: loader,
      checkStatus: async (options) => {
        const status = await checkStatus({ ...options, documentLoader: loader, suite });
        revoked = status.verified ? (status.results ?? []).some((r) => r.status === true) : null;
        return status;
      },
    })
    .catch(() => null);
  const signed = result?.results?.[0]?.verified === true;
  const unreachable = source.unreachable();
  if (!signed || revoked === null)
    return {
      outcome: unreachable ? "ISSUER_UNREACHABLE" : "TAMPERED",
      checks: {
        issuer: "PASSED",
        signature: signed ? "PASSED" : unreachable ? "NOT_CHECKED" : "FAILED",
        notRevoked: "NOT_CHECKED",
      },
      issuer,
      statement,
    };
  return {
    outcome: revoked ? "REVOKED" : "VALID",
    checks: { issuer: "PASSED", signature: "PASSED", notRevoked: revoked ? "FAILED" : "PASSED" },
    issuer,
    statement,
  };
}
