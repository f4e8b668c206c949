import { ANSWERABLE_REFERRAL_STATUSES } from "@ontwikkelpad/core";
import type { Prisma } from "@ontwikkelpad/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { audit } from "../../../shared/audit.ts";
import { consentPurposeSchema } from "../../../shared/enums.ts";
import { findCandidate, regionDeskProcedure } from "../_shared/region-desk.ts";

const withdrawable = consentPurposeSchema.exclude(["SHARE_WITH_SCHOOL"]);

/**
 * The candidate withdraws a consent. Withdrawing the consent to share with employers withdraws the
 * referrals to them not yet answered, in the same transaction: the employers see them as withdrawn,
 * without personal data, and cannot accept them. Withdrawing the registration consent removes the
 * person's data (name, contact details, intake) and the referrals not yet accepted, and answers what
 * was removed; the audit records that it happened, which kinds of data went and which referrals were
 * withdrawn, never the data itself. A person an employer already hired stays that employer's
 * employee: only the region's data goes.
 */
export const withdrawConsent = regionDeskProcedure
  .meta({ action: "regionDeskMember" })
  .input(z.object({ candidateId: z.string().min(1), purpose: withdrawable }))
  .output(z.object({ removed: z.array(z.string()) }))
  .mutation(async ({ ctx, input }) => {
    const candidate = await findCandidate(ctx, input.candidateId);
    const open = await ctx.prisma.consentRecord.findMany({
      where: { personId: candidate.personId, purpose: input.purpose, withdrawnAt: null },
      include: { organization: { select: { name: true } } },
    });
    if (open.length === 0)
      throw new TRPCError({
        code: "BAD_REQUEST",
        message: "Voor dit doel is geen toestemming (meer) gegeven.",
      });
    const now = new Date();
    const removed: string[] = [];
    let withdrawnReferralIds: string[] = [];
    await ctx.prisma.$transaction(async (tx) => {
      if (input.purpose !== "REGION_FOLLOW_UP") {
        await tx.consentRecord.updateMany({
          where: { id: { in: open.map((c) => c.id) } },
          data: { withdrawnAt: now },
        });
        removed.push(
          input.purpose === "ADVICE"
            ? "Toestemming voor LWL-advies"
            : `Toestemming om te delen met ${open.map((c) => c.organization.name).join(", ")}`,
        );
        if (input.purpose === "SHARE_WITH_EMPLOYER") {
          // Without the consent the employer may no longer see or answer the referral.
          withdrawnReferralIds = await withdrawOpenReferrals(
            tx,
            {
              personId: candidate.personId,
              employerOrganizationId: { in: open.map((c) => c.organizationId) },
            },
            {},
          );
          if (withdrawnReferralIds.length > 0)
            removed.push(`${withdrawnReferralIds.length} lopende voordracht(en) teruggetrokken`);
        }
      } else {
        // Everything the person consented to ends with the registration.
        await tx.consentRecord.updateMany({
          where: { personId: candidate.personId, withdrawnAt: null },
          data: { withdrawnAt: now },
        });
        removed.push("Alle toestemmingen");
        withdrawnReferralIds = await withdrawOpenReferrals(
          tx,
          { personId: candidate.personId },
          { reason: null, responseNote: null },
        );
        if (withdrawnReferralIds.length > 0)
          removed.push(`${withdrawnReferralIds.length} lopende voordracht(en) en de motivatie`);
        await tx.candidateRegistration.update({
          where: { id: candidate.id },
          data: {
            erasedAt: now,
            availableFrom: null,
            hoursPerWeek: null,
            city: null,
            postcodeArea: null,
            travelDistanceKm: null,
            locationTypes: [],
            languageLevel: null,
            experience: null,
            experienceYears: null,
            workProcessIds: [],
            priorDiplomas: [],
          },
        });
        removed.push(
          "Intake (beschikbaarheid, uren, woonplaats, voorkeuren, taalniveau, ervaring, diploma's)",
        );
        const advice = await tx.adviceNote.deleteMany({ where: { candidateRegistrationId: candidate.id } });
        if (advice.count > 0) removed.push(`${advice.count} LWL-advies(versies)`);
        if (candidate.person.employerOrganizationId === null) {
          await tx.person.update({
            where: { id: candidate.personId },
            data: { givenName: "", familyName: "", email: null, phone: null, archivedAt: now },
          });
          removed.push("Naam en contactgegevens");
        } else {
          removed.push("De regio ziet deze persoon niet meer; de gegevens bij de werkgever blijven");
        }
      }
      await audit(tx, ctx, "candidate.consent.withdraw", {
        entity: "CandidateRegistration",
        entityId: candidate.id,
        details: { purpose: input.purpose, removed, withdrawnReferralIds },
      });
    });
    return { removed };
  });

/** Marks the referrals matching `where` that are still open as withdrawn (with `erase`), and names them. */
async function withdrawOpenReferrals(
  tx: Prisma.TransactionClient,
  where: Prisma.ReferralWhereInput,
  erase: { reason?: null; responseNote?: null },
): Promise<string[]> {
  const open = await tx.referral.findMany({
    where: { ...where, status: { in: [...ANSWERABLE_REFERRAL_STATUSES] } },
    select: { id: true },
  });
  const ids = open.map((r) => r.id);
  await tx.referral.updateMany({ where: { id: { in: ids } }, data: { status: "WITHDRAWN", ...erase } });
  return ids;
}
