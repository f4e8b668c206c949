import {
  FUNNEL_STAGES,
  funnelStage,
  isClosedPeriod,
  periodBounds,
  protectBreakdown,
  protectCount,
  protectedCountSchema,
  reportingPeriodSchema,
} from "@ontwikkelpad/core";
import {
  type CredentialKind,
  type ReferralStatus,
  scopeCandidateRegistrationsForAggregates,
  scopeOrganizationsInRegion,
  scopeVacanciesInRegion,
} from "@ontwikkelpad/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { dateColumn, today } from "../../../shared/dates.ts";
import { funnelGroupingSchema, funnelStageSchema } from "../../../shared/enums.ts";
import { regionProcedure } from "../../../trpc.ts";

/** The row a candidate without a referral falls in when the funnel is grouped by employer. */
const NOT_REFERRED = "Nog niet verwezen";
const DESK = "Regioloket";

interface Row {
  createdAt: Date;
  erasedAt: Date | null;
  intakeCompletedAt: Date | null;
  partner: { name: string } | null;
  person: {
    recordKey: number;
    referrals: { status: ReferralStatus; employer: { name: string } }[];
    credentials: { kind: CredentialKind }[];
    developmentPaths: { status: string }[];
  };
}

/** Core's funnel stage of one registration. */
const stageOf = (r: Row) =>
  funnelStage({
    erased: r.erasedAt !== null,
    pathStopped: r.person.developmentPaths.some((p) => p.status === "STOPPED"),
    intakeCompleted: r.intakeCompletedAt !== null,
    credentialKinds: r.person.credentials.map((c) => c.kind),
    referralStatuses: r.person.referrals.map((ref) => ref.status),
  });

const deskCountsSchema = z.object({
  registered: z.number().int(),
  intakeCompleted: z.number().int(),
  referred: z.number().int(),
});

/** The desk's own work on these candidates, which its staff may open one by one anyway: exact. */
function countDesk(rows: readonly Row[]): z.infer<typeof deskCountsSchema> {
  return {
    registered: rows.length,
    intakeCompleted: rows.filter((r) => r.intakeCompletedAt).length,
    referred: rows.filter((r) => r.person.referrals.length > 0).length,
  };
}

/**
 * The regional funnel (aangemeld → … → diploma, plus uitgevallen) of the candidates registered in a
 * closed calendar month or quarter, grouped per month, partner organisation or employer. Every stage
 * figure and total is protected with core's cell key method (the figures the ministry's report holds),
 * a row's stages only from five registrations (core's protectBreakdown: the staff know each row's
 * size); beside them the desk's own counts (registered, intake done, referred), exact for its staff.
 * Employers, schools and open vacancies are organisations and places, not persons: exact.
 */
export const get = regionProcedure
  .meta({ action: "regionMember" })
  .input(z.object({ by: funnelGroupingSchema, period: reportingPeriodSchema }))
  .output(
    z.object({
      region: z.string(),
      by: funnelGroupingSchema,
      period: reportingPeriodSchema,
      from: z.iso.date(),
      until: z.iso.date(),
      stages: z.array(funnelStageSchema),
      rows: z.array(
        z.object({
          label: z.string(),
          /** Null for a row of fewer than five registrations: too few to break down. */
          cells: z.array(protectedCountSchema).nullable(),
          total: protectedCountSchema,
          desk: deskCountsSchema,
        }),
      ),
      stageTotals: z.array(protectedCountSchema).nullable(),
      total: protectedCountSchema,
      desk: deskCountsSchema,
      participatingEmployers: z.number().int(),
      participatingSchools: z.number().int(),
      openVacancies: z.number().int(),
    }),
  )
  .query(async ({ ctx, input }) => {
    if (!isClosedPeriod(input.period, today()))
      throw new TRPCError({
        code: "BAD_REQUEST",
        message:
          "Kies een afgesloten maand of kwartaal: cijfers over personen verschijnen als de periode voorbij is.",
      });
    const { from, until } = periodBounds(input.period);
    const [region, registrations, employers, schools, openVacancies] = await Promise.all([
      ctx.prisma.organization.findUniqueOrThrow({
        where: { id: ctx.organizationId },
        select: { name: true },
      }),
      ctx.prisma.candidateRegistration.findMany({
        where: {
          AND: [
            scopeCandidateRegistrationsForAggregates(ctx.organizationId),
            { createdAt: { gte: dateColumn(from), lt: dateColumn(until) } },
          ],
        },
        // Counts only: no names, contact details or intake leave the database here.
        select: {
          createdAt: true,
          erasedAt: true,
          intakeCompletedAt: true,
          partner: { select: { name: true } },
          person: {
            select: {
              recordKey: true,
              referrals: {
                where: { regionOrganizationId: ctx.organizationId },
                select: { status: true, employer: { select: { name: true } } },
                orderBy: { createdAt: "desc" },
              },
              credentials: { where: { supersededById: null }, select: { kind: true } },
              developmentPaths: { select: { status: true } },
            },
          },
        },
      }),
      ctx.prisma.organization.count({
        where: { AND: [scopeOrganizationsInRegion(ctx.organizationId), { kind: "EMPLOYER" }] },
      }),
      ctx.prisma.organization.count({
        where: { AND: [scopeOrganizationsInRegion(ctx.organizationId), { kind: "SCHOOL" }] },
      }),
      ctx.prisma.vacancy.count({
        where: { AND: [scopeVacanciesInRegion(ctx.organizationId), { status: "OPEN" }] },
      }),
    ]);
    const groupOf = (r: Row): string => {
      if (input.by === "month") return r.createdAt.toISOString().slice(0, 7);
      if (input.by === "partner") return r.partner?.name ?? DESK;
      return r.person.referrals.find((ref) => ref.status !== "WITHDRAWN")?.employer.name ?? NOT_REFERRED;
    };
    const groups = new Map<string, Row[]>();
    for (const r of registrations) groups.set(groupOf(r), [...(groups.get(groupOf(r)) ?? []), r]);
    const labels = [...groups.keys()].toSorted((a, b) => a.localeCompare(b, "nl"));
    const keys = (rows: readonly Row[]) => rows.map((r) => r.person.recordKey);
    const breakdown = (rows: readonly Row[]) =>
      protectBreakdown(FUNNEL_STAGES.map((stage) => keys(rows.filter((r) => stageOf(r) === stage))));
    return {
      region: region.name,
      by: input.by,
      period: input.period,
      from,
      until,
      stages: [...FUNNEL_STAGES],
      rows: labels.map((label) => {
        const rows = groups.get(label)!;
        return {
          label,
          cells: breakdown(rows),
          total: protectCount(keys(rows)),
          desk: countDesk(rows),
        };
      }),
      stageTotals: breakdown(registrations),
      total: protectCount(keys(registrations)),
      desk: countDesk(registrations),
      participatingEmployers: employers,
      participatingSchools: schools,
      openVacancies,
    };
  });
