import {
  childcareCatalog,
  educationLevelSchema,
  findCredential,
  RECORDED_LANGUAGE_LEVELS,
} from "@ontwikkelpad/core";
import type { HeldCredentialKind } from "@ontwikkelpad/db";
import { z } from "zod";
import { verificationSchema } from "../../../shared/credentials/verify.ts";
import { plausibleDate } from "../../../shared/dates.ts";
import { heldCredentialKindSchema, recordProvenanceSchema } from "../../../shared/enums.ts";

/** The catalog title of a credential of this kind, or null when the catalog has no such credential. */
export function catalogTitle(kind: HeldCredentialKind, id: string | null): string | null {
  if (!id || kind === "OTHER_DIPLOMA") return null;
  const credential = findCredential(childcareCatalog, id);
  return credential?.kind === kind ? credential.title : null;
}

export const heldItemSchema = z.object({
  id: z.string(),
  /**
   * Issued by a school on the platform (verified, read only), uploaded by HR as a school's verifiable
   * credential (verified on upload, never changed), or typed in by the employer's HR (unverified: it
   * counts for staffing, never for issuing).
   */
  provenance: recordProvenanceSchema,
  kind: heldCredentialKindSchema,
  credentialId: z.string().nullable(),
  title: z.string(),
  educationLevel: educationLevelSchema.nullable(),
  diplomaGroup: z.string().nullable(),
  issuedOn: z.iso.date(),
  institution: z.string(),
  note: z.string().nullable(),
  /**
   * A school's signed credential checked now (signature, issuer, revocation), or an uploaded one as it
   * was checked on upload; null when there is none to check.
   */
  verification: verificationSchema.shape.outcome.nullable(),
  /** When an uploaded credential was verified; null for the others. */
  verifiedAt: z.iso.datetime().nullable(),
});

export const personFactsSchema = z.object({
  languageLevel: z.enum(RECORDED_LANGUAGE_LEVELS).nullable(),
  languageSource: z.string().trim().max(200).nullable(),
  vogRegistered: z.boolean(),
  babyscholing: z.boolean(),
  experienceYears: z.number().min(0).max(60),
});

/** What HR records for one credential: a catalog credential by id, or another diploma with its level and cao group. */
export const addHeldCredentialInput = z
  .object({
    personId: z.string().min(1),
    kind: heldCredentialKindSchema,
    credentialId: z.string().trim().max(100).nullable().default(null),
    title: z.string().trim().max(200).nullable().default(null),
    educationLevel: educationLevelSchema.nullable().default(null),
    diplomaGroup: z.string().trim().max(20).nullable().default(null),
    issuedOn: plausibleDate("datum van uitreiking", 0),
    institution: z.string().trim().min(2, "Vul de instelling in die het heeft uitgereikt.").max(200),
    note: z.string().trim().max(1000).nullable().default(null),
  })
  .superRefine((v, ctx) => {
    if (v.kind === "OTHER_DIPLOMA") {
      if (!v.title || v.title.length < 2)
        ctx.addIssue({ code: "custom", path: ["title"], message: "Vul de naam van het diploma in." });
      if (!v.educationLevel)
        ctx.addIssue({
          code: "custom",
          path: ["educationLevel"],
          message: "Kies het niveau van het diploma.",
        });
    } else if (!catalogTitle(v.kind, v.credentialId)) {
      ctx.addIssue({
        code: "custom",
        path: ["credentialId"],
        message: "Kies een diploma of certificaat uit de lijst.",
      });
    }
  });
