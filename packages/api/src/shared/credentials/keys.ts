import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import * as Ed25519Multikey from "@digitalbazaar/ed25519-multikey";
import type { CredentialKey, Prisma, PrismaClient } from "@ontwikkelpad/db";
import { schoolDid } from "./did.ts";
import { keyEncryptionKey } from "./settings.ts";

type Db = Prisma.TransactionClient | PrismaClient;

/** AES-256-GCM with a fresh IV: base64 of iv (12 bytes), tag (16 bytes) and ciphertext. */
function encrypt(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyEncryptionKey(), iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64");
}

function decrypt(sealed: string): string {
  const raw = Buffer.from(sealed, "base64");
  const decipher = createDecipheriv("aes-256-gcm", keyEncryptionKey(), raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
}

/** The verification method id of a stored key: the school's did with the key's id as fragment. */
export const verificationMethodId = (key: { id: string; schoolOrganizationId: string }) =>
  `${schoolDid(key.schoolOrganizationId)}#${key.id}`;

async function createKey(tx: Prisma.TransactionClient, schoolOrganizationId: string) {
  const pair = await Ed25519Multikey.generate({});
  const exported = await pair.export({ publicKey: true, secretKey: true });
  return tx.credentialKey.create({
    data: {
      schoolOrganizationId,
      publicKeyMultibase: exported.publicKeyMultibase,
      encryptedSecretKey: encrypt(exported.secretKeyMultibase!),
    },
  });
}

/**
 * The school's key in use, made when the school first signs, as a key pair that can sign. Takes the
 * school's row lock first, so two issues of one school make one key and take revocation-list places
 * one after the other.
 */
export async function signingKey(tx: Prisma.TransactionClient, schoolOrganizationId: string) {
  await tx.$executeRaw`SELECT 1 FROM "Organization" WHERE "id" = ${schoolOrganizationId} FOR UPDATE`;
  const key = (await keyInUse(tx, schoolOrganizationId)) ?? (await createKey(tx, schoolOrganizationId));
  return { key, pair: await keyPair(key) };
}

/** The school's key in use, or null before it first signed. */
export const keyInUse = (db: Db, schoolOrganizationId: string) =>
  db.credentialKey.findFirst({
    where: { schoolOrganizationId, retiredAt: null },
    orderBy: { createdAt: "desc" },
  });

/** A stored key as a key pair that can sign (its secret decrypted with the server's secret). */
export const keyPair = (key: CredentialKey) =>
  Ed25519Multikey.from({
    type: "Multikey",
    id: verificationMethodId(key),
    controller: schoolDid(key.schoolOrganizationId),
    publicKeyMultibase: key.publicKeyMultibase,
    secretKeyMultibase: decrypt(key.encryptedSecretKey),
  });

/**
 * Retires the school's key in use and makes a new one: what the old key signed keeps verifying, because
 * the school's DID document keeps listing every key it ever had.
 */
async function rotateSigningKey(tx: Prisma.TransactionClient, schoolOrganizationId: string) {
  await tx.$executeRaw`SELECT 1 FROM "Organization" WHERE "id" = ${schoolOrganizationId} FOR UPDATE`;
  await tx.credentialKey.updateMany({
    where: { schoolOrganizationId, retiredAt: null },
    data: { retiredAt: new Date() },
  });
  return createKey(tx, schoolOrganizationId);
}

/**
 * Rotates the key of the school with this BRIN (registry number) or id, for the operator's command;
 * null when there is no such school.
 */
export async function rotateSchoolKey(db: PrismaClient, brinOrId: string) {
  const school = await db.organization.findFirst({
    where: { kind: "SCHOOL", OR: [{ id: brinOrId }, { registryNumber: brinOrId }] },
    select: { id: true, name: true },
  });
  if (!school) return null;
  const key = await db.$transaction((tx) => rotateSigningKey(tx, school.id));
  return { schoolName: school.name, keyId: key.id };
}

/** A stored key as a Multikey verification method (public part only). */
const toVerificationMethod = (key: {
  id: string;
  schoolOrganizationId: string;
  publicKeyMultibase: string;
}) => ({
  id: verificationMethodId(key),
  type: "Multikey",
  controller: schoolDid(key.schoolOrganizationId),
  publicKeyMultibase: key.publicKeyMultibase,
});

/**
 * The DID document of a school that has signed (served as its did.json): every key it ever had, each
 * allowed to assert credentials. Null for an id that is no school, or one without keys.
 */
export async function didDocument(db: Db, schoolOrganizationId: string) {
  const keys = await db.credentialKey.findMany({
    where: { schoolOrganizationId, school: { kind: "SCHOOL" } },
    orderBy: { createdAt: "asc" },
  });
  if (keys.length === 0) return null;
  const methods = keys.map(toVerificationMethod);
  return {
    "@context": ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1"],
    id: schoolDid(schoolOrganizationId),
    verificationMethod: methods,
    assertionMethod: methods.map((m) => m.id),
  };
}

/** One verification method of a school (a key id `did#keyId`), as a document with its context. */
export async function verificationMethod(db: Db, schoolOrganizationId: string, keyId: string) {
  const key = await db.credentialKey.findFirst({ where: { id: keyId, schoolOrganizationId } });
  return key ? { "@context": "https://w3id.org/security/multikey/v1", ...toVerificationMethod(key) } : null;
}
