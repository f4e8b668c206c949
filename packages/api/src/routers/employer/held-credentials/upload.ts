import {
  assessStartingPoint,
  childcareCatalog,
  readOpenBadgeAchievement,
  type CatalogCredential,
} from "@ontwikkelpad/core";
import type { Prisma } from "@ontwikkelpad/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { ownPerson } from "../_shared/access.ts";
import { audit } from "../../../shared/audit.ts";
import { verificationSchema, verifyCredentialDocument } from "../../../shared/credentials/verify.ts";
import { fieldError } from "../../../shared/field-error.ts";
import { personName, toCoreHeldCredential } from "../../../shared/person-profile.ts";
import { today } from "../../../shared/dates.ts";
import { employerProcedure } from "../../../trpc.ts";

/** A signed credential is a few kilobytes; anything near this is not one of ours. */
export const UPLOAD_MAX_CHARACTERS = 100_000;

const NOT_A_CREDENTIAL =
  "Dit is geen Open Badges-bewijs van een school: kies het JSON-bestand dat de school met het bewijs meegaf.";

/** The Open Badges 3.0 credential a school running this system issues (see core's `buildOpenBadgeCredential`). */
const uploadedCredentialSchema = z.looseObject({
  "@context": z.array(z.string()).min(2),
  id: z.string().min(1),
  type: z
    .array(z.string())
    .refine((types) => types.includes("VerifiableCredential") && types.includes("OpenBadgeCredential")),
  issuer: z.looseObject({ id: z.string().min(1), name: z.string().trim().min(1).max(200) }),
  validFrom: z.iso.datetime({ offset: true }),
  credentialSubject: z.looseObject({
    identifier: z.array(z.looseObject({ identityType: z.string(), identityHash: z.string() })).min(1),
    achievement: z.looseObject({
      id: z.string(),
      achievementType: z.string(),
      name: z.string(),
      humanCode: z.string().optional(),
      alignment: z.array(z.looseObject({ targetCode: z.string(), targetUrl: z.string() })).optional(),
    }),
  }),
  proof: z.looseObject({ type: z.string() }),
  credentialStatus: z.looseObject({ statusListCredential: z.string() }),
});
type UploadedCredential = z.infer<typeof uploadedCredentialSchema>;

function parseCredential(json: string): { raw: Record<string, unknown>; credential: UploadedCredential } {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw fieldError("json", NOT_A_CREDENTIAL);
  }
  const parsed = uploadedCredentialSchema.safeParse(raw);
  if (!parsed.success) throw fieldError("json", NOT_A_CREDENTIAL);
  return { raw: raw as Record<string, unknown>, credential: parsed.data };
}

const sameName = (a: string, b: string) =>
  a.trim().replace(/\s+/g, " ").toLocaleLowerCase("nl") ===
  b.trim().replace(/\s+/g, " ").toLocaleLowerCase("nl");

/** The held-credential row of an uploaded credential, as core and the database read it. */
function heldRow(
  credential: UploadedCredential,
  catalogCredential: CatalogCredential,
  workProcessIds: string[],
  ids: { personId: string; employerOrganizationId: string; recordedByUserId: string },
) {
  return {
    ...ids,
    kind: catalogCredential.kind,
    credentialId: catalogCredential.id,
    title: null,
    educationLevel: null,
    diplomaGroup: null,
    issuedOn: new Date(`${credential.validFrom.slice(0, 10)}T00:00:00Z`),
    institution: credential.issuer.name,
    note: null,
    workProcessIds,
    originIssuerDid: credential.issuer.id,
    originSchoolName: credential.issuer.name,
    verifiedAt: new Date(),
  };
}

/**
 * Adds what a person holds from the verifiable credential a school issued them (an Open Badges 3.0
 * credential of a school on this deployment, or of another deployment whose host is on the trust list):
 * verified first (issuer, signature, not revoked; a revoked credential is refused, not stored), then read
 * back to the catalog's credential and werkprocessen, in the person's name. Stored with its origin and
 * never changed after; a credential that does not verify is not stored and the answer says why.
 */
export const upload = employerProcedure
  .meta({ action: "employerMember" })
  .input(
    z.object({
      personId: z.string().min(1),
      json: z
        .string()
        .trim()
        .min(1, "Kies een JSON-bestand of plak de inhoud.")
        .max(UPLOAD_MAX_CHARACTERS, "Dit bestand is te groot voor een bewijs (hooguit 100 kB)."),
    }),
  )
  .output(z.object({ heldCredentialId: z.string().nullable(), verification: verificationSchema }))
  .mutation(async ({ ctx, input }) => {
    const person = await ownPerson(ctx, input.personId);
    const { raw, credential } = parseCredential(input.json);
    const verification = await verifyCredentialDocument(ctx.prisma, raw, { elsewhere: true });
    if (verification.outcome !== "VALID") return { heldCredentialId: null, verification };

    const { credential: catalogCredential, workProcessIds } = readOpenBadgeAchievement(
      childcareCatalog,
      credential.credentialSubject.achievement,
    );
    const learner = credential.credentialSubject.identifier.find((i) => i.identityType === "name");
    const name = personName(person);
    if (!learner || !sameName(learner.identityHash, name))
      throw fieldError(
        "json",
        `Dit bewijs staat op naam van ${learner?.identityHash ?? "iemand anders"}, niet van ${name}. Upload het bij de persoon op wiens naam het staat.`,
      );
    const data = heldRow(credential, catalogCredential, workProcessIds, {
      personId: person.id,
      employerOrganizationId: ctx.organizationId,
      recordedByUserId: ctx.session.userId,
    });
    // The rules check the werkprocessen it states against the catalog before it is stored.
    const row = { ...data, id: "", archivedAt: null, archivedReason: null, createdAt: new Date() };
    assessStartingPoint(childcareCatalog, { credentials: [toCoreHeldCredential(row)] }, today());

    return ctx.prisma.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT 1 FROM "Person" WHERE "id" = ${person.id} FOR UPDATE`;
      const held = await tx.heldCredential.findFirst({
        where: {
          personId: person.id,
          employerOrganizationId: ctx.organizationId,
          archivedAt: null,
          originDocument: { path: ["id"], equals: credential.id },
        },
        select: { id: true },
      });
      if (held) throw new TRPCError({ code: "CONFLICT", message: `Dit bewijs staat al bij ${name}.` });
      const created = await tx.heldCredential.create({
        data: { ...data, originDocument: raw as Prisma.InputJsonObject },
      });
      await audit(tx, ctx, "heldCredential.upload", {
        entity: "HeldCredential",
        entityId: created.id,
        details: {
          personId: person.id,
          credentialId: catalogCredential.id,
          issuerDid: credential.issuer.id,
          credential: credential.id,
        },
      });
      return { heldCredentialId: created.id, verification };
    });
  });
