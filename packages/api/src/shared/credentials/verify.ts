import * as vc from "@digitalbazaar/vc";
import { DataIntegrityProof } from "@digitalbazaar/data-integrity";
import { cryptosuite } from "@digitalbazaar/eddsa-rdfc-2022-cryptosuite";
import { checkStatus } from "@digitalbazaar/vc-bitstring-status-list";
import type { PrismaClient } from "@ontwikkelpad/db";
import { z } from "zod";
import { documentLoader } from "./contexts.ts";
import { schoolIdOfDid, schoolIdOfStatusList } from "./did.ts";
import { didDocument, verificationMethod } from "./keys.ts";
import { statusListCredential } from "./status-list.ts";

const checkSchema = z.enum(["PASSED", "FAILED", "NOT_CHECKED"]);

/** What a verification found: each check, its outcome, and what the credential states. */
export const verificationSchema = z.object({
  /** VALID only when every check passed; otherwise the first that failed. */
  outcome: z.enum(["VALID", "TAMPERED", "UNKNOWN_ISSUER", "REVOKED"]),
  checks: z.object({ issuer: checkSchema, signature: checkSchema, notRevoked: checkSchema }),
  /** The issuing school as this deployment knows it, when the issuer is one of its schools. */
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

/**
 * Verifies a credential with nothing but the bundled contexts and this deployment's database: the issuer
 * is one of its schools, the Data Integrity proof holds under a key of that school (any byte changed
 * fails it), and its place in the school's revocation list is not set. The library answers "verified"
 * for a revoked credential: revocation is read from the status check's own result.
 */
export async function verifyCredentialDocument(
  db: PrismaClient,
  credential: Record<string, unknown>,
): Promise<Verification> {
  const statement = readStatement(credential);
  const schoolId = schoolIdOfDid(issuerIdOf(credential.issuer) ?? "");
  const school = schoolId
    ? await db.organization.findFirst({
        where: { id: schoolId, kind: "SCHOOL" },
        select: { name: true, registryNumber: true },
      })
    : null;
  if (!school)
    return {
      outcome: "UNKNOWN_ISSUER",
      checks: { issuer: "FAILED", signature: "NOT_CHECKED", notRevoked: "NOT_CHECKED" },
      issuer: null,
      statement,
    };
  const issuer = { name: school.name, brin: school.registryNumber };
  const loader = documentLoader(fromDatabase(db));
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
  if (!signed || revoked === null)
    return {
      outcome: "TAMPERED",
      checks: { issuer: "PASSED", signature: signed ? "PASSED" : "FAILED", notRevoked: "NOT_CHECKED" },
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
