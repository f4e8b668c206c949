import { publishedCountSchema, suppressTable } from "@ontwikkelpad/core";
import {
  scopeCandidateRegistrationsForAggregates,
  scopeOrganizationsInRegion,
  scopeVacanciesInRegion,
} from "@ontwikkelpad/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { dateColumn, plausibleDate } from "../../../shared/dates.ts";
import {
  FUNNEL_STAGES,
  funnelGroupingSchema,
  funnelStageSchema,
  type FunnelStage,
} from "../../../shared/enums.ts";
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
    referrals: { status: string; employer: { name: string } }[];
    credentials: { kind: string }[];
    developmentPaths: { status: string }[];
  };
}

/** A candidate counts once, at the furthest stage reached. */
function stageOf(r: Row): FunnelStage {
  if (r.erasedAt || r.person.developmentPaths.some((p) => p.status === "STOPPED")) return "DROPPED_OUT";
  const kinds = new Set(r.person.credentials.map((c) => c.kind));
  if (kinds.has("DIPLOMA")) return "DIPLOMA";
  if (kinds.has("CERTIFICATE")) return "CERTIFICATE";
  if (kinds.has("PRAKTIJKVERKLARING")) return "PRAKTIJKVERKLARING";
  const referrals = r.person.referrals.filter((ref) => ref.status !== "WITHDRAWN");
  if (referrals.some((ref) => ref.status === "HIRED")) return "STARTED";
  if (referrals.length > 0) return "REFERRED";
  // "INTAKE" here is the funnel stage after the intake, not a role.
  return r.intakeCompletedAt ? "INTAKE" : "REGISTERED";
}

/**
 * The regional funnel (aangemeld → … → diploma, plus uitgevallen) of the candidates registered in the
 * period, grouped per month, partner organisation or employer, as one table suppressed with its
 * totals, beside the participating employers and schools and the open vacancies.
 */
export const get = regionProcedure
  .meta({ action: "regionMember" })
  .input(
    z.object({
      by: funnelGroupingSchema,
      from: plausibleDate("begindatum", 1),
      to: plausibleDate("einddatum", 1),
    }),
  )
  .output(
    z.object({
      region: z.string(),
      by: funnelGroupingSchema,
      from: z.iso.date(),
      to: z.iso.date(),
      stages: z.array(funnelStageSchema),
      rows: z.array(
        z.object({ label: z.string(), cells: z.array(publishedCountSchema), total: publishedCountSchema }),
      ),
      stageTotals: z.array(publishedCountSchema),
      total: publishedCountSchema,
      participatingEmployers: z.number().int(),
      participatingSchools: z.number().int(),
      openVacancies: z.number().int(),
    }),
  )
  .query(async ({ ctx, input }) => {
    if (input.to < input.from)
      throw new TRPCError({ code: "BAD_REQUEST", message: "De einddatum ligt voor de begindatum." });
    const end = new Date(dateColumn(input.to).getTime() + 86_400_000);
    const [region, registrations, employers, schools, openVacancies] = await Promise.all([
      ctx.prisma.organization.findUniqueOrThrow({
        where: { id: ctx.organizationId },
        select: { name: true },
      }),
      ctx.prisma.candidateRegistration.findMany({
        where: {
          AND: [
            scopeCandidateRegistrationsForAggregates(ctx.organizationId),
            { createdAt: { gte: dateColumn(input.from), lt: end } },
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
    const counts = new Map<string, number[]>();
    for (const r of registrations) {
      const group = groupOf(r);
      const row = counts.get(group) ?? FUNNEL_STAGES.map(() => 0);
      row[FUNNEL_STAGES.indexOf(stageOf(r))]! += 1;
      counts.set(group, row);
    }
    const labels = [...counts.keys()].toSorted((a, b) => a.localeCompare(b, "nl"));
    const table = suppressTable(labels.map((l) => counts.get(l)!));
    return {
      region: region.name,
      by: input.by,
      from: input.from,
      to: input.to,
      stages: [...FUNNEL_STAGES],
      rows: labels.map((label, i) => ({ label, cells: table.cells[i]!, total: table.rowTotals[i]! })),
      stageTotals: table.columnTotals,
      total: table.total,
      participatingEmployers: employers,
      participatingSchools: schools,
      openVacancies,
    };
  });
