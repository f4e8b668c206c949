import http from "node:http";
import https from "node:https";
import { seedDemo, type Database } from "@ontwikkelpad/db";
import { createTestDatabase } from "@ontwikkelpad/db/testing";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { isoDate, today } from "../dates.ts";
import { loggedInClient, testClient } from "../../test-client.ts";
import { didDocument, keyInUse, rotateSchoolKey, signingKey } from "./keys.ts";
import { signCredential } from "./sign.ts";

let db: Database;
let maasoeverId: string;
/** Every attempt to reach the network, refused: verification uses bundled contexts and the database only. */
const network: string[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemo(db.prisma);
  maasoeverId = (await db.prisma.organization.findFirstOrThrow({ where: { name: "ROC De Maasoever" } })).id;
  const refuse = (what: string) => {
    network.push(what);
    throw new Error(`network refused: ${what}`);
  };
  vi.spyOn(globalThis, "fetch").mockImplementation(async (url) => refuse(String(url)));
  vi.spyOn(http, "request").mockImplementation(() => refuse("http.request"));
  vi.spyOn(https, "request").mockImplementation(() => refuse("https.request"));
  vi.spyOn(http, "get").mockImplementation(() => refuse("http.get"));
  vi.spyOn(https, "get").mockImplementation(() => refuse("https.get"));
});
afterAll(async () => {
  vi.restoreAllMocks();
  await db.close();
});

const committee = async () =>
  (await loggedInClient(db, "examencommissie@maasoever.demo", "vc-committee")).call();
const anyone = () => testClient(db, "vc-anonymous").call();
const rosa = async () =>
  (await db.prisma.person.findFirstOrThrow({ where: { givenName: "Rosa", familyName: "Brouwer" } })).id;
const check = async (credential: Record<string, unknown>) =>
  (await anyone()).verification.check({ credential });

/** Rosa's C0125 certificate, issued and signed once for the tests below. */
let issued: { id: string; credential: Record<string, unknown> };
const rosasCertificate = async () => {
  if (!issued) {
    const { credentialId } = await (
      await committee()
    ).school.credentials.issue({ personId: await rosa(), credentialId: "C0125" });
    const { credential } = await (await committee()).school.credentials.openBadge({ credentialId });
    issued = { id: credentialId, credential };
  }
  return structuredClone(issued);
};

/** Every string and number in a JSON value, each with a function that returns a copy with it changed. */
function leafChanges(value: unknown, path: string[] = []): { path: string; change: () => unknown }[] {
  if (typeof value === "string" || typeof value === "number")
    return [{ path: path.join("."), change: () => (typeof value === "string" ? `${value}x` : value + 1) }];
  if (!value || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, child]) =>
    leafChanges(child, [...path, key]).map(({ path: p, change }) => ({
      path: p,
      change: () =>
        Array.isArray(value) ? value.with(Number(key), change()) : { ...value, [key]: change() },
    })),
  );
}

describe("a credential the school issues", () => {
  it("is signed under the school's did:web and verifies with only the bundled contexts and the database", async () => {
    const { credential } = await rosasCertificate();
    expect(credential.proof).toMatchObject({
      type: "DataIntegrityProof",
      cryptosuite: "eddsa-rdfc-2022",
      proofPurpose: "assertionMethod",
    });
    expect((credential.issuer as { id: string }).id).toBe(`did:web:localhost%3A3000:issuers:${maasoeverId}`);
    expect(credential.credentialStatus).toMatchObject({
      type: "BitstringStatusListEntry",
      statusPurpose: "revocation",
      statusListCredential: `http://localhost:3000/issuers/${maasoeverId}/status`,
    });
    const result = await check(credential);
    expect(result).toMatchObject({
      outcome: "VALID",
      checks: { issuer: "PASSED", signature: "PASSED", notRevoked: "PASSED" },
      issuer: { name: "ROC De Maasoever", brin: "99XA" },
      statement: { learnerName: "Rosa Brouwer", code: "C0125" },
    });
    expect(result.statement!.workProcesses.map((w) => w.code)).toContain("B1-K1-W7");
    // The employer's person page shows the same check of what the person holds.
    const hr = await (await loggedInClient(db, "hr@kinderrijk.demo", "vc-hr")).call();
    const held = await hr.employer.heldCredentials.list({ personId: await rosa() });
    expect(held.items.find((i) => i.credentialId === "C0125")).toMatchObject({
      provenance: "ISSUED_BY_SCHOOL",
      verification: "VALID",
    });
    expect(
      held.items.filter((i) => i.provenance === "DECLARED_BY_EMPLOYER").map((i) => i.verification),
    ).toEqual(held.items.filter((i) => i.provenance === "DECLARED_BY_EMPLOYER").map(() => null));
  });

  it("fails the signature when any value in it is changed", async () => {
    const { credential } = await rosasCertificate();
    const { proof, ...content } = credential;
    const changes = leafChanges(content);
    expect(changes.length).toBeGreaterThan(30);
    for (const { path, change } of changes) {
      const result = await check({ ...(change() as object), proof });
      expect([path, result.outcome]).not.toEqual([path, "VALID"]);
      expect([path, result.checks.notRevoked]).not.toEqual([path, "PASSED"]);
    }
    const swapped = { ...credential, name: "Diploma Pedagogisch medewerker kinderopvang" };
    expect(await check(swapped)).toMatchObject({
      outcome: "TAMPERED",
      checks: { issuer: "PASSED", signature: "FAILED" },
    });
  });

  it("is reported as from an unknown issuer when no school of this deployment issued it", async () => {
    const { credential } = await rosasCertificate();
    for (const issuer of [
      { id: "did:web:elders.example:issuers:abc", type: ["Profile"], name: "ROC De Maasoever" },
      "did:web:localhost%3A3000:issuers:no-such-school",
      `did:web:localhost%3A3000:issuers:${(await db.prisma.organization.findFirstOrThrow({ where: { name: "Kinderrijk" } })).id}`,
      undefined,
    ]) {
      const result = await check({ ...credential, issuer });
      expect(result).toMatchObject({ outcome: "UNKNOWN_ISSUER", issuer: null });
    }
  });

  it("shows revoked once a correction supersedes it, while the correction verifies", async () => {
    const { id, credential } = await rosasCertificate();
    const { credentialId } = await (
      await committee()
    ).school.credentials.supersede({
      credentialId: id,
      reason: "Verkeerde afgiftedatum.",
      issuedOn: isoDate(new Date(Date.now() - 86_400_000)),
    });
    expect(await check(credential)).toMatchObject({
      outcome: "REVOKED",
      checks: { issuer: "PASSED", signature: "PASSED", notRevoked: "FAILED" },
    });
    const byLink = await (await anyone()).verification.checkIssued({ credentialId: id });
    expect(byLink.outcome).toBe("REVOKED");
    const correction = await (await anyone()).verification.checkIssued({ credentialId });
    expect(correction.outcome).toBe("VALID");
    expect(await check(correction.credential)).toMatchObject({ outcome: "VALID" });
  });

  it("keeps verifying after the school's key is rotated", async () => {
    const { credential } = await rosasCertificate();
    const before = await keyInUse(db.prisma, maasoeverId);
    expect(await rotateSchoolKey(db.prisma, "99XA")).toMatchObject({ schoolName: "ROC De Maasoever" });
    expect(await rotateSchoolKey(db.prisma, "00ZZ")).toBeNull();
    const after = await keyInUse(db.prisma, maasoeverId);
    expect(after!.id).not.toBe(before!.id);
    const document = await didDocument(db.prisma, maasoeverId);
    expect(document!.assertionMethod).toHaveLength(2);
    expect((await check(credential)).checks.signature).toBe("PASSED");
    // The database keeps both: a key is only ever retired, a signed credential never changes.
    await expect(
      db.prisma.credentialKey.update({ where: { id: before!.id }, data: { retiredAt: null } }),
    ).rejects.toThrow(/only retiring it once/);
    await expect(db.prisma.credentialKey.delete({ where: { id: after!.id } })).rejects.toThrow(
      /kept as it is/,
    );
    await expect(
      db.prisma.signedCredential.update({
        where: { issuedCredentialId: (await rosasCertificate()).id },
        data: { statusListIndex: 99 },
      }),
    ).rejects.toThrow(/is immutable/);
  });
});

describe("signing", () => {
  const credential = async () => {
    const { credential: signed } = await rosasCertificate();
    const { proof: _proof, ...unsigned } = signed;
    return unsigned;
  };
  const pair = async () => (await db.prisma.$transaction((tx) => signingKey(tx, maasoeverId))).pair;

  it("refuses a credential that needs a context that is not bundled, before signing", async () => {
    const unsigned = await credential();
    const contexts = unsigned["@context"] as string[];
    for (const context of ["https://elders.example/context.json", { crebo: "https://elders.example/crebo" }])
      await expect(
        signCredential({ ...unsigned, "@context": [...contexts, context] }, await pair()),
      ).rejects.toThrow(/niet worden ondertekend/);
  });

  it("refuses a term that is not in the Open Badges vocabulary (a bare crebo), in JSON-LD safe mode", async () => {
    const unsigned = await credential();
    await expect(signCredential({ ...unsigned, crebo: "25698" }, await pair())).rejects.toThrow(
      /niet worden ondertekend/,
    );
    expect((await signCredential(unsigned, await pair())).proof).toBeDefined();
  });

  it("keeps the school's secret key encrypted under CREDENTIAL_KEY_SECRET", async () => {
    const { key, pair } = await db.prisma.$transaction((tx) => signingKey(tx, maasoeverId));
    const { secretKeyMultibase } = await pair.export({ secretKey: true });
    // Stored is the sealed secret (iv, tag, ciphertext), never the secret itself.
    expect(secretKeyMultibase).toMatch(/^z/);
    expect(key.encryptedSecretKey).not.toContain(secretKeyMultibase);
    expect(Buffer.from(key.encryptedSecretKey, "base64")).toHaveLength(12 + 16 + secretKeyMultibase!.length);
    vi.stubEnv("CREDENTIAL_KEY_SECRET", "another-secret-of-at-least-32-characters!");
    try {
      await expect(db.prisma.$transaction((tx) => signingKey(tx, maasoeverId))).rejects.toThrow(
        /unsupported state|authenticate/,
      );
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("signs in the demo that npm start serves (NODE_ENV production, SEED_DEMO on) without a secret", async () => {
    const learner = (await db.prisma.person.findFirstOrThrow({ where: { givenName: "Rosa" } })).id;
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("SEED_DEMO", "true");
    vi.stubEnv("CREDENTIAL_KEY_SECRET", "");
    try {
      const latest = (await db.prisma.issuedCredential.findFirstOrThrow({
        where: { personId: learner, supersededById: null },
      }))!;
      const corrected = await (
        await committee()
      ).school.credentials.supersede({
        credentialId: latest.id,
        reason: "Correctie in de demo.",
        issuedOn: today(),
      });
      const { credential } = await (
        await committee()
      ).school.credentials.openBadge({
        credentialId: corrected.credentialId,
      });
      expect((await check(credential)).outcome).toBe("VALID");
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("refuses to issue in production without CREDENTIAL_KEY_SECRET, with a Dutch message", async () => {
    const learner = (await db.prisma.person.findFirstOrThrow({ where: { givenName: "Rosa" } })).id;
    const before = await db.prisma.issuedCredential.count();
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("SEED_DEMO", "false");
    vi.stubEnv("CREDENTIAL_KEY_SECRET", "");
    try {
      const latest = (await db.prisma.issuedCredential.findFirstOrThrow({
        where: { personId: learner, supersededById: null },
      }))!;
      await expect(
        (await committee()).school.credentials.supersede({
          credentialId: latest.id,
          reason: "Nog een correctie.",
          issuedOn: today(),
        }),
      ).rejects.toMatchObject({
        code: "PRECONDITION_FAILED",
        message: expect.stringContaining("CREDENTIAL_KEY_SECRET"),
      });
    } finally {
      vi.unstubAllEnvs();
    }
    expect(await db.prisma.issuedCredential.count()).toBe(before);
  });
});

describe("the network", () => {
  it("was never asked for anything: every check above used bundled contexts and the database", () => {
    expect(network).toEqual([]);
  });
});
