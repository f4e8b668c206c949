import {
  FUNNEL_COLUMNS,
  funnelColumns,
  isClosedPeriod,
  periodBounds,
  protectBreakdown,
  protectCount,
  protectedCountSchema,
  reportingPeriodSchema,
} from "@ontwikkelpad/core";
import {
  type CredentialKind,
  type PathEndReason,
  type Prisma,
  type ReferralStatus,
  scopeCandidateRegistrationsForAggregates,
  scopeOrganizationsInRegion,
  scopeVacanciesInRegion,
} from "@ontwikkelpad/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { dateColumn, today } from "../../../shared/dates.ts";
import { funnelColumnSchema, funnelGroupingSchema, type FunnelGrouping } from "../../../shared/enums.ts";

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
    developmentPaths: {
      endReason: PathEndReason | null;
      continuedBy: { endReason: PathEndReason | null } | null;
    }[];
  };
}

/**
 * The columns one registration counts in: core's stage reached and outcome. A path continued at a new
 * employer (the person consented) counts with its continuation: running there, the journey is open.
 */
const columnsOf = (r: Row) =>
  funnelColumns({
    erased: r.erasedAt !== null,
    pathEndReasons: r.person.developmentPaths.flatMap((p) =>
      p.continuedBy ? [p.endReason, p.continuedBy.endReason] : [p.endReason],
    ),
    intakeCompleted: r.intakeCompletedAt !== null,
    credentialKinds: r.person.credentials.map((c) => c.kind),
    referralStatuses: r.person.referrals.map((ref) => ref.status),
  });

const deskCountsSchema = z.object({
  registered: z.number().int(),
  intakeCompleted: z.number().int(),
  /** The region's referrals of these candidates (a candidate referred twice counts twice). */
  referrals: z.number().int(),
});

/** The desk's own work on these candidates, which its staff may open one by one anyway: exact. */
function countDesk(rows: readonly Row[]): z.infer<typeof deskCountsSchema> {
  return {
    registered: rows.length,
    intakeCompleted: rows.filter((r) => r.intakeCompletedAt).length,
    referrals: rows.reduce((sum, r) => sum + r.person.referrals.length, 0),
  };
}

export const funnelSchema = z.object({
  region: z.string(),
  by: funnelGroupingSchema,
  period: reportingPeriodSchema,
  from: z.iso.date(),
  until: z.iso.date(),
  /** The stages reached, then the outcomes: a candidate counts in one stage and at most one outcome. */
  columns: z.array(funnelColumnSchema),
  rows: z.array(
    z.object({
      label: z.string(),
      /** Null for a row of fewer than five registrations: too few to break down. */
      cells: z.array(protectedCountSchema).nullable(),
      total: protectedCountSchema,
      desk: deskCountsSchema,
    }),
  ),
  columnTotals: z.array(protectedCountSchema).nullable(),
  total: protectedCountSchema,
  desk: deskCountsSchema,
  participatingEmployers: z.number().int(),
  participatingSchools: z.number().int(),
  openVacancies: z.number().int(),
});
export type Funnel = z.infer<typeof funnelSchema>;

/**
 * The regional funnel of the candidates registered in a closed calendar month or quarter, grouped per
 * month, partner organisation or employer: each candidate in the furthest stage reached (aangemeld …
 * diploma) and, once the journey ended, in its outcome (doel behaald, vertrokken met resultaat, naar
 * andere werkgever, uitgevallen), as core decides. Every column figure and total is protected with core's
 * cell key method (the figures the ministry's report holds), a row's columns only from five registrations
 * (core's protectBreakdown: the staff know each row's size); beside them the desk's own counts
 * (registered, intake done, referrals made), exact for its staff. Employers, schools and open vacancies
 * are organisations and places, not persons: exact. A running period is refused.
 */
export async function readFunnel(
  prisma: Prisma.TransactionClient,
  regionId: string,
  by: FunnelGrouping,
  period: string,
): Promise<Funnel> {
  if (!isClosedPeriod(period, today()))
    throw new TRPCError({
      code: "BAD_REQUEST",
      message:
        "Kies een afgesloten maand of kwartaal: cijfers over personen verschijnen als de periode voorbij is.",
    });
  const { from, until } = periodBounds(period);
  const [region, registrations, employers, schools, openVacancies] = await Promise.all([
    prisma.organization.findUniqueOrThrow({ where: { id: regionId }, select: { name: true } }),
    prisma.candidateRegistration.findMany({
      where: {
        AND: [
          scopeCandidateRegistrationsForAggregates(regionId),
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
              where: { regionOrganizationId: regionId },
              select: { status: true, employer: { select: { name: true } } },
              orderBy: { createdAt: "desc" },
            },
            credentials: { where: { supersededById: null }, select: { kind: true } },
            developmentPaths: {
              select: { endReason: true, continuedBy: { select: { endReason: true } } },
            },
          },
        },
      },
    }),
    prisma.organization.count({
      where: { AND: [scopeOrganizationsInRegion(regionId), { kind: "EMPLOYER" }] },
    }),
    prisma.organization.count({
      where: { AND: [scopeOrganizationsInRegion(regionId), { kind: "SCHOOL" }] },
    }),
    prisma.vacancy.count({
      where: { AND: [scopeVacanciesInRegion(regionId), { status: "OPEN" }] },
    }),
  ]);
  const groupOf = (r: Row): string => {
    if (by === "month") return r.createdAt.toISOString().slice(0, 7);
    if (by === "partner") return r.partner?.name ?? DESK;
    return r.person.referrals.find((ref) => ref.status !== "WITHDRAWN")?.employer.name ?? NOT_REFERRED;
  };
  const groups = new Map<string, Row[]>();
  for (const r of registrations) groups.set(groupOf(r), [...(groups.get(groupOf(r)) ?? []), r]);
  const labels = [...groups.keys()].toSorted((a, b) => a.localeCompare(b, "nl"));
  const keys = (rows: readonly Row[]) => rows.map((r) => r.person.recordKey);
  const breakdown = (rows: readonly Row[]) => {
    const counted = rows.map((r) => ({ key: r.person.recordKey, columns: columnsOf(r) }));
    const cells = FUNNEL_COLUMNS.map((column) =>
      counted.filter((c) => c.columns.includes(column)).map((c) => c.key),
    );
    return protectBreakdown(cells, rows.length);
  };
  return {
    region: region.name,
    by,
    period,
    from,
    until,
    columns: [...FUNNEL_COLUMNS],
    rows: labels.map((label) => {
      const rows = groups.get(label)!;
      return { label, cells: breakdown(rows), total: protectCount(keys(rows)), desk: countDesk(rows) };
    }),
    columnTotals: breakdown(registrations),
    total: protectCount(keys(registrations)),
    desk: countDesk(registrations),
    participatingEmployers: employers,
    participatingSchools: schools,
    openVacancies,
  };
}
