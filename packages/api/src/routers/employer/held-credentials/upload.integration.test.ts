import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Database } from "@ontwikkelpad/db";
import { createTestDatabase } from "@ontwikkelpad/db/testing";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { signingKey } from "../../../shared/credentials/keys.ts";
import { didDocument } from "../../../shared/credentials/keys.ts";
import { signCredential } from "../../../shared/credentials/sign.ts";
import { statusListCredential } from "../../../shared/credentials/status-list.ts";
import {
  FETCH_MAX_BYTES,
  IssuerDocumentError,
  fetchIssuerDocument,
} from "../../../shared/credentials/fetch-document.ts";
import { isoDate } from "../../../shared/dates.ts";
import { loggedInClient } from "../../../test-client.ts";

/**
 * Two deployments of the system: this one (`here`, http://localhost:3000) and another (`there`), whose
 * school issues and signs under its own did:web on an ephemeral localhost port. The other deployment's
 * DID document and revocation list are served by a small HTTP server, as its server would serve them.
 */
let here: Database;
let there: Database;
let server: http.Server;
let thereUrl: string;
let thereHost: string;
let thereSchoolId: string;
/** What the other deployment serves, by path. */
const served = new Map<string, string>();
/** Every address this deployment fetched. */
const fetched: string[] = [];

async function asThere<T>(run: () => Promise<T>): Promise<T> {
  const before = process.env.PUBLIC_URL;
  process.env.PUBLIC_URL = thereUrl;
  try {
    return await run();
  } finally {
    if (before === undefined) delete process.env.PUBLIC_URL;
    else process.env.PUBLIC_URL = before;
  }
}

/** The other deployment publishes its school's DID document and revocation list as they stand now. */
const publish = () =>
  asThere(async () => {
    served.set(
      `/issuers/${thereSchoolId}/did.json`,
      JSON.stringify(await didDocument(there.prisma, thereSchoolId)),
    );
    served.set(
      `/issuers/${thereSchoolId}/status`,
      JSON.stringify(await statusListCredential(there.prisma, thereSchoolId)),
    );
  });

const committeeThere = async () =>
  (await loggedInClient(there, "examencommissie@maasoever.demo", "there-committee")).call();
const rosa = async (db: Database) =>
  (await db.prisma.person.findFirstOrThrow({ where: { givenName: "Rosa", familyName: "Brouwer" } })).id;

/** Rosa's C0125 certificate, issued and signed by the other deployment's school. */
let issuedThere: { id: string; json: string };
const rosasCertificateThere = async () =>
  (issuedThere ??= await asThere(async () => {
    const { credentialId } = await (
      await committeeThere()
    ).school.credentials.issue({ personId: await rosa(there), credentialId: "C0125" });
    const { credential } = await (await committeeThere()).school.credentials.openBadge({ credentialId });
    await publish();
    return { id: credentialId, json: JSON.stringify(credential) };
  }));

const hr = async (email = "hr@kinderrijk.demo") =>
  (await loggedInClient(here, email, `upload-${email}`)).call();
const upload = async (personId: string, json: string, email?: string) =>
  (await hr(email)).employer.heldCredentials.upload({ personId, json });

beforeAll(async () => {
  [here, there] = await Promise.all([createTestDatabase({ demo: true }), createTestDatabase({ demo: true })]);
  server = http.createServer((req, res) => {
    const body = served.get(req.url ?? "");
    res.writeHead(body === undefined ? 404 : 200, { "content-type": "application/json" });
    res.end(body ?? "{}");
  });
  await new Promise<void>((resolve) => server.listen(0, "localhost", resolve));
  const { port } = server.address() as AddressInfo;
  thereUrl = `http://localhost:${port}`;
  thereHost = `localhost:${port}`;
  thereSchoolId = (await there.prisma.organization.findFirstOrThrow({ where: { name: "ROC De Maasoever" } }))
    .id;
  const realFetch = globalThis.fetch;
  vi.spyOn(globalThis, "fetch").mockImplementation((input, init) => {
    fetched.push(input instanceof Request ? input.url : String(input));
    return realFetch(input, init);
  });
});
beforeEach(() => {
  process.env.TRUSTED_CREDENTIAL_ISSUERS = `elders.example, ${thereHost.toUpperCase()}`;
});
afterAll(async () => {
  delete process.env.TRUSTED_CREDENTIAL_ISSUERS;
  vi.restoreAllMocks();
  await new Promise((resolve) => server.close(resolve));
  await Promise.all([here.close(), there.close()]);
});

describe("uploading a credential another deployment issued", () => {
  it("verifies it against the issuer's host and stores it with its origin, shown as verified", async () => {
    const { json } = await rosasCertificateThere();
    const personId = await rosa(here);
    const result = await upload(personId, json);
    expect(result.verification).toMatchObject({
      outcome: "VALID",
      checks: { issuer: "PASSED", signature: "PASSED", notRevoked: "PASSED" },
      issuer: { name: "ROC De Maasoever", brin: null },
      statement: { learnerName: "Rosa Brouwer", code: "C0125" },
    });
    const row = await here.prisma.heldCredential.findUniqueOrThrow({
      where: { id: result.heldCredentialId! },
    });
    expect(row).toMatchObject({
      personId,
      kind: "CERTIFICATE",
      credentialId: "C0125",
      institution: "ROC De Maasoever",
      originIssuerDid: `did:web:localhost%3A${thereHost.split(":")[1]}:issuers:${thereSchoolId}`,
      originSchoolName: "ROC De Maasoever",
      originDocument: JSON.parse(json),
    });
    expect(row.verifiedAt).toBeInstanceOf(Date);
    expect(row.workProcessIds).toContain("pedagogisch-werk-2021:B1-K1-W7");
    // Only the issuer's host was asked: its DID document and its revocation list.
    expect(fetched.length).toBeGreaterThan(0);
    expect(fetched.every((url) => url.startsWith(`${thereUrl}/issuers/${thereSchoolId}/`))).toBe(true);

    const list = await (await hr()).employer.heldCredentials.list({ personId });
    expect(list.items.find((i) => i.id === row.id)).toMatchObject({
      provenance: "UPLOADED_VERIFIED",
      verification: "VALID",
      verifiedAt: row.verifiedAt!.toISOString(),
      institution: "ROC De Maasoever",
    });
    const audited = await here.prisma.auditEvent.findFirstOrThrow({
      where: { action: "heldCredential.upload", entityId: row.id },
    });
    expect(audited.data).toMatchObject({ personId, credentialId: "C0125" });

    await expect(upload(personId, json)).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("keeps an uploaded credential as it was verified: only archiving it once", async () => {
    const row = await here.prisma.heldCredential.findFirstOrThrow({ where: { verifiedAt: { not: null } } });
    await expect(
      here.prisma.heldCredential.update({ where: { id: row.id }, data: { credentialId: "C0126" } }),
    ).rejects.toThrow(/only archiving it once/);
    await expect(
      here.prisma.heldCredential.update({ where: { id: row.id }, data: { originDocument: {} } }),
    ).rejects.toThrow(/only archiving it once/);
    await expect(here.prisma.heldCredential.delete({ where: { id: row.id } })).rejects.toThrow(
      /only archiving it once/,
    );
    const declared = await here.prisma.heldCredential.findFirstOrThrow({ where: { verifiedAt: null } });
    await expect(
      here.prisma.heldCredential.update({
        where: { id: declared.id },
        data: {
          originIssuerDid: "did:web:elders.example",
          originSchoolName: "x",
          originDocument: {},
          verifiedAt: new Date(),
        },
      }),
    ).rejects.toThrow(/only archiving it once/);
    await expect(
      here.prisma.heldCredential.update({
        where: { id: declared.id },
        data: { originIssuerDid: "did:web:x" },
      }),
    ).rejects.toThrow(/HeldCredential_origin_whole/);
    await (await hr()).employer.heldCredentials.archive({ heldCredentialId: row.id, reason: "Dubbel" });
    await expect(
      here.prisma.heldCredential.update({ where: { id: row.id }, data: { archivedReason: "Anders" } }),
    ).rejects.toThrow(/only archiving it once/);
  });

  it("refuses it when one byte is changed", async () => {
    const { json } = await rosasCertificateThere();
    const personId = await rosa(here);
    const changed = [
      json.replace('"validFrom":"20', '"validFrom":"19'),
      json.replace("Rosa Brouwer", "Rosa Brouwes"),
      json.replace('"humanCode":"C0125"', '"humanCode":"C0126"'),
      json.replace(/"statusListIndex":"(\d)/, (_, d: string) => `"statusListIndex":"${(Number(d) + 1) % 10}`),
    ];
    for (const text of changed) {
      expect(text).not.toBe(json);
      const result = await upload(personId, text);
      expect(result).toMatchObject({ heldCredentialId: null, verification: { outcome: "TAMPERED" } });
    }
    expect(
      await here.prisma.heldCredential.count({
        where: { personId, verifiedAt: { not: null }, archivedAt: null },
      }),
    ).toBe(0);
  });

  it("refuses an issuer whose host is not on the trust list, without asking it anything", async () => {
    const { json } = await rosasCertificateThere();
    process.env.TRUSTED_CREDENTIAL_ISSUERS = "elders.example";
    const asked = fetched.length;
    const result = await upload(await rosa(here), json);
    expect(result).toMatchObject({
      heldCredentialId: null,
      verification: { outcome: "UNTRUSTED_ISSUER", checks: { issuer: "FAILED", signature: "NOT_CHECKED" } },
    });
    delete process.env.TRUSTED_CREDENTIAL_ISSUERS;
    expect((await upload(await rosa(here), json)).verification.outcome).toBe("UNTRUSTED_ISSUER");
    expect(fetched.length).toBe(asked);
  });

  it("says the issuer could not be reached when its documents are not served", async () => {
    const { json } = await rosasCertificateThere();
    const didPath = `/issuers/${thereSchoolId}/did.json`;
    const document = served.get(didPath)!;
    served.delete(didPath);
    try {
      const result = await upload(await rosa(here), json);
      expect(result).toMatchObject({
        heldCredentialId: null,
        verification: {
          outcome: "ISSUER_UNREACHABLE",
          checks: { issuer: "PASSED", signature: "NOT_CHECKED" },
        },
      });
    } finally {
      served.set(didPath, document);
    }
  });

  it("refuses a credential whose achievement the catalog does not know, in Dutch", async () => {
    const { json } = await rosasCertificateThere();
    const { proof: _proof, ...unsigned } = JSON.parse(json) as Record<string, unknown> & {
      credentialSubject: { achievement: Record<string, unknown> };
    };
    const achievement = { ...unsigned.credentialSubject.achievement, id: `${thereUrl}/achievements/C9999` };
    const signed = await asThere(async () =>
      signCredential(
        { ...unsigned, credentialSubject: { ...unsigned.credentialSubject, achievement } },
        (await there.prisma.$transaction((tx) => signingKey(tx, thereSchoolId))).pair,
      ),
    );
    await expect(upload(await rosa(here), JSON.stringify(signed))).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringMatching(/staat niet in de catalogus/),
    });
  });

  it("refuses a credential in another person's name, and input that is no credential", async () => {
    const { json } = await rosasCertificateThere();
    const milan = (await here.prisma.person.findFirstOrThrow({ where: { givenName: "Milan" } })).id;
    await expect(upload(milan, json)).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringMatching(/op naam van Rosa Brouwer/),
    });
    for (const text of [
      "geen json",
      "{}",
      JSON.stringify({ ...JSON.parse(json), type: ["VerifiableCredential"] }),
    ])
      await expect(upload(milan, text)).rejects.toMatchObject({
        code: "BAD_REQUEST",
        message: expect.stringMatching(/geen Open Badges-bewijs/),
      });
    await expect(upload(milan, "x".repeat(100_001))).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("is NOT_FOUND for another organisation's person", async () => {
    const { json } = await rosasCertificateThere();
    await expect(upload(await rosa(here), json, "hr@zonnebloem.demo")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("refuses it once the other deployment's school revoked it", async () => {
    const { id, json } = await rosasCertificateThere();
    await asThere(async () =>
      (await committeeThere()).school.credentials.supersede({
        credentialId: id,
        reason: "Verkeerde afgiftedatum.",
        issuedOn: isoDate(new Date(Date.now() - 86_400_000)),
      }),
    );
    await publish();
    const result = await upload(await rosa(here), json);
    expect(result).toMatchObject({
      heldCredentialId: null,
      verification: { outcome: "REVOKED", checks: { signature: "PASSED", notRevoked: "FAILED" } },
    });
  });
});

describe("a credential of this deployment's own school", () => {
  it("verifies from the database, without fetching anything", async () => {
    const committee = await (
      await loggedInClient(here, "examencommissie@maasoever.demo", "here-committee")
    ).call();
    const milan = await here.prisma.person.findFirstOrThrow({ where: { givenName: "Milan" } });
    const issued = await here.prisma.issuedCredential.findFirstOrThrow({
      where: { personId: milan.id, kind: "CERTIFICATE", supersededById: null },
    });
    const { credential } = await committee.school.credentials.openBadge({ credentialId: issued.id });
    const asked = fetched.length;
    const result = await upload(milan.id, JSON.stringify(credential));
    expect(result.verification).toMatchObject({ outcome: "VALID", issuer: { brin: "99XA" } });
    expect(result.heldCredentialId).not.toBeNull();
    expect(fetched.length).toBe(asked);
  });
});

describe("fetching another deployment's documents", () => {
  it("refuses anything but HTTPS, or plain HTTP to this machine, before any request", async () => {
    const asked = fetched.length;
    for (const url of [
      "http://example.org/issuers/s/did.json",
      "http://localhost.example.org/issuers/s/did.json",
      "http://10.0.0.1/issuers/s/did.json",
      "http://user:secret@localhost/issuers/s/did.json",
      "ftp://localhost/did.json",
      "file:///etc/passwd",
      "no url",
    ])
      await expect(fetchIssuerDocument(url)).rejects.toThrow(IssuerDocumentError);
    expect(fetched.length).toBe(asked);
  });

  it("refuses a document larger than the limit, a redirect and an error answer", async () => {
    served.set("/large", JSON.stringify({ padding: "x".repeat(FETCH_MAX_BYTES) }));
    await expect(fetchIssuerDocument(`${thereUrl}/large`)).rejects.toThrow(/larger than/);
    await expect(fetchIssuerDocument(`${thereUrl}/missing`)).rejects.toThrow(/answered 404/);
    const redirecting = http.createServer((_req, res) => {
      res.writeHead(302, { location: `${thereUrl}/issuers/${thereSchoolId}/did.json` });
      res.end();
    });
    await new Promise<void>((resolve) => redirecting.listen(0, "localhost", resolve));
    try {
      const { port } = redirecting.address() as AddressInfo;
      await expect(fetchIssuerDocument(`http://localhost:${port}/did.json`)).rejects.toThrow(/unreachable/);
    } finally {
      await new Promise((resolve) => redirecting.close(resolve));
    }
  });
});
