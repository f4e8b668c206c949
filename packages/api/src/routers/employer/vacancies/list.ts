import { childcareCatalog, findFunction } from "@ontwikkelpad/core";
import { scopeOwnedByEmployer } from "@ontwikkelpad/db";
import { z } from "zod";
import { isoDateOrNull } from "../../../shared/dates.ts";
import { vacancyStatusSchema } from "../../../shared/enums.ts";
import { employerProcedure } from "../../../trpc.ts";

/** The employer's vacancies, open ones first, each with how many candidates were referred to it. */
export const list = employerProcedure
  .meta({ action: "employerMember" })
  .input(z.void())
  .output(
    z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        functionTitle: z.string(),
        location: z.string().nullable(),
        hoursPerWeek: z.number(),
        openings: z.number(),
        status: vacancyStatusSchema,
        publishedOn: z.iso.date().nullable(),
        closesOn: z.iso.date().nullable(),
        referrals: z.number(),
      }),
    ),
  )
  .query(async ({ ctx }) => {
    const vacancies = await ctx.prisma.vacancy.findMany({
      where: scopeOwnedByEmployer(ctx.organizationId),
      include: { location: true, _count: { select: { referrals: true } } },
      orderBy: [{ status: "asc" }, { publishedAt: "desc" }],
    });
    return vacancies.map((v) => ({
      id: v.id,
      title: v.title,
      functionTitle: findFunction(childcareCatalog, v.functionId)?.title ?? v.functionId,
      location: v.location?.name ?? null,
      hoursPerWeek: v.hoursPerWeek,
      openings: v.openings,
      status: v.status,
      publishedOn: isoDateOrNull(v.publishedAt),
      closesOn: isoDateOrNull(v.closesOn),
      referrals: v._count.referrals,
    }));
  });
