import { z } from "zod";
import { isoDate } from "../../../shared/dates.ts";
import { referralStatusSchema } from "../../../shared/enums.ts";
import { consentFacts, hasConsentNow } from "../../../shared/consent.ts";
import { personName } from "../../../shared/person-profile.ts";
import { candidateScope, regionDeskProcedure } from "../_shared/region-desk.ts";

/**
 * The candidates the caller may see (a partner: only its own) with the registration consent in
 * force now, newest first.
 */
export const list = regionDeskProcedure
  .meta({ action: "regionDeskMember" })
  .input(z.void())
  .output(
    z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        registeredBy: z.string(),
        registeredOn: z.iso.date(),
        intakeDone: z.boolean(),
        city: z.string().nullable(),
        hoursPerWeek: z.number().nullable(),
        latestReferral: referralStatusSchema.nullable(),
      }),
    ),
  )
  .query(async ({ ctx }) => {
    const rows = await ctx.prisma.candidateRegistration.findMany({
      where: candidateScope(ctx),
      select: {
        id: true,
        createdAt: true,
        intakeCompletedAt: true,
        city: true,
        hoursPerWeek: true,
        partner: { select: { name: true } },
        person: {
          select: {
            givenName: true,
            familyName: true,
            ...consentFacts,
            referrals: { select: { status: true }, orderBy: { createdAt: "desc" }, take: 1 },
          },
        },
      },
      orderBy: { createdAt: "desc" },
    });
    return rows
      .filter((r) => hasConsentNow(r.person, "REGION_FOLLOW_UP", ctx.regionOrganizationId))
      .map((r) => ({
        id: r.id,
        name: personName(r.person),
        registeredBy: r.partner?.name ?? "Regioloket",
        registeredOn: isoDate(r.createdAt),
        intakeDone: r.intakeCompletedAt !== null,
        city: r.city,
        hoursPerWeek: r.hoursPerWeek,
        latestReferral: r.person.referrals[0]?.status ?? null,
      }));
  });
