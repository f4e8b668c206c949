import type { EducationLevel } from "@ontwikkelpad/core";
import { scopeOwnedByEmployer } from "@ontwikkelpad/db";
import { z } from "zod";
import { ownPerson } from "../_shared/access.ts";
import { verifyCredentialDocument } from "../../../shared/credentials/verify.ts";
import { isoDate } from "../../../shared/dates.ts";
import { readStartingPoint } from "../../../shared/person-profile.ts";
import { employerProcedure } from "../../../trpc.ts";
import { catalogTitle, heldItemSchema, personFactsSchema } from "./schemas.ts";

/**
 * What a person brings: the credentials schools issued on the platform (verified, each signed one
 * checked now for signature, issuer and revocation; they appear by themselves and cannot be changed here),
 * those HR uploaded as a school's verifiable credential (verified on upload, with when) and those HR
 * recorded (declared by the employer, unverified),
 * each with its provenance, with language level, VOG and babyscholing.
 */
export const list = employerProcedure
  .meta({ action: "employerMember" })
  .input(z.object({ personId: z.string().min(1) }))
  .output(z.object({ facts: personFactsSchema, items: z.array(heldItemSchema) }))
  .query(async ({ ctx, input }) => {
    const person = await ownPerson(ctx, input.personId, {
      heldCredentials: {
        where: { ...scopeOwnedByEmployer(ctx.organizationId), archivedAt: null },
        omit: { originDocument: true },
        orderBy: { issuedOn: "desc" },
      },
      credentials: {
        where: { supersededById: null },
        include: { school: { select: { name: true } }, signed: { select: { document: true } } },
        orderBy: { issuedOn: "desc" },
      },
    });
    const start = readStartingPoint(person.profile);
    const issued = await Promise.all(
      person.credentials.map(async (c) => ({
        id: c.id,
        provenance: "ISSUED_BY_SCHOOL" as const,
        kind: c.kind,
        credentialId: c.credentialId,
        title: catalogTitle(c.kind, c.credentialId) ?? c.credentialId,
        educationLevel: null,
        diplomaGroup: null,
        issuedOn: isoDate(c.issuedOn),
        institution: c.school.name,
        note: null,
        verification: c.signed
          ? (await verifyCredentialDocument(ctx.prisma, c.signed.document as Record<string, unknown>)).outcome
          : null,
        verifiedAt: null,
      })),
    );
    const recorded = person.heldCredentials.map((h) => ({
      id: h.id,
      provenance: h.verifiedAt ? ("UPLOADED_VERIFIED" as const) : ("DECLARED_BY_EMPLOYER" as const),
      kind: h.kind,
      credentialId: h.credentialId,
      title: (h.kind === "OTHER_DIPLOMA" ? h.title : catalogTitle(h.kind, h.credentialId)) ?? "",
      educationLevel: h.educationLevel as EducationLevel | null,
      diplomaGroup: h.diplomaGroup,
      issuedOn: isoDate(h.issuedOn),
      institution: h.institution,
      note: h.note,
      // An uploaded credential was verified when it was uploaded (its issuer may be on another deployment:
      // not fetched again on every view).
      verification: h.verifiedAt ? ("VALID" as const) : null,
      verifiedAt: h.verifiedAt?.toISOString() ?? null,
    }));
    return {
      facts: {
        languageLevel: start.languageLevel,
        languageSource: start.languageSource,
        vogRegistered: start.vogRegistered,
        babyscholing: start.babyscholing,
        experienceYears: start.experienceYears,
      },
      items: [...issued, ...recorded].toSorted((a, b) => b.issuedOn.localeCompare(a.issuedOn)),
    };
  });
