import {
  PATH_STEPS,
  assessStaffing,
  childcareCatalog,
  expectedQualification,
  findEntryFunction,
  findFunction,
  findWorkRefusal,
  groupInputFromAges,
  projectionQuarterEnds,
  quarterLabel,
  requiredQualifiedStaff,
  type StaffMember,
} from "@ontwikkelpad/core";
import { scopeOwnedByEmployer, scopePersonsForEmployer } from "@ontwikkelpad/db";
import { z } from "zod";
import { dateColumn, isoDate, isoDateOrNull, today } from "../../shared/dates.ts";
import { employmentStandings } from "./_shared/function-standing.ts";
import { employerFundingFacts, fundingOptionsFor } from "./_shared/funding.ts";
import { judgeEach, unjudgedPersonSchema } from "../../shared/judge-each.ts";
import { personName, profileFacts, toPersonProfile } from "../../shared/person-profile.ts";
import { activeRecognitions, chosenPlan, pathFacts } from "../../shared/plan-view.ts";
import { employerProcedure, router } from "../../trpc.ts";

/** How far ahead reviews count as due. */
const REVIEW_HORIZON_DAYS = 30;

export const dashboardRouter = router({
  get: employerProcedure
    .meta({ action: "employerMember" })
    .input(z.void())
    .output(
      z.object({
        byFunction: z.array(
          z.object({
            functionId: z.string(),
            title: z.string(),
            total: z.number(),
            withoutPath: z.number(),
            byStep: z.array(z.number()),
          }),
        ),
        steps: z.array(z.object({ step: z.number(), title: z.string() })),
        reviewsDue: z.array(
          z.object({
            personId: z.string(),
            name: z.string(),
            nextReviewOn: z.iso.date(),
            overdue: z.boolean(),
          }),
        ),
        groepshulpSubsidy: z.object({
          maxPerYear: z.number(),
          grantedThisYear: z.number(),
          persons: z.array(
            z.object({
              personId: z.string(),
              name: z.string(),
              status: z.enum(["eligible", "not-eligible", "closed"]),
              amountEuro: z.number().nullable(),
              reasons: z.array(z.string()),
              applied: z.boolean(),
            }),
          ),
        }),
        /** Staff whose stored facts the rules could not judge: not counted as allowed nor projected. */
        unjudged: z.array(unjudgedPersonSchema),
        staffing: z.array(
          z.object({
            locationId: z.string(),
            name: z.string(),
            type: z.string(),
            required: z.number(),
            qualified: z.number(),
            learnersCounted: z.number(),
            /** Staff employed in a function the rules do not (yet) allow them: they do not count. */
            notAllowed: z.number(),
            shortfall: z.number(),
            projection: z.array(
              z.object({ quarter: z.string(), qualified: z.number(), shortfall: z.number() }),
            ),
          }),
        ),
      }),
    )
    .query(async ({ ctx }) => {
      const date = today();
      const now = dateColumn(date);
      const [persons, locations, recognitions, employerFacts] = await Promise.all([
        ctx.prisma.person.findMany({
          where: { ...scopePersonsForEmployer(ctx.organizationId), archivedAt: null },
          include: {
            ...profileFacts(ctx.organizationId),
            evidence: true,
            credentials: true,
            fundingApplications: { where: scopeOwnedByEmployer(ctx.organizationId) },
            employments: {
              where: {
                ...scopeOwnedByEmployer(ctx.organizationId),
                OR: [{ contractEnd: null }, { contractEnd: { gte: now } }],
              },
              orderBy: { contractStart: "desc" },
              take: 1,
            },
            developmentPaths: {
              where: { ...scopeOwnedByEmployer(ctx.organizationId), status: "ACTIVE" },
              orderBy: { startedAt: "desc" },
              take: 1,
            },
          },
          orderBy: [{ familyName: "asc" }, { givenName: "asc" }],
        }),
        ctx.prisma.location.findMany({
          where: { ...scopeOwnedByEmployer(ctx.organizationId), archivedAt: null },
          include: { groups: true },
          orderBy: { name: "asc" },
        }),
        activeRecognitions(ctx.prisma, ctx.organizationId),
        employerFundingFacts(ctx.prisma, ctx.organizationId, date),
      ]);
      const standings = await employmentStandings(ctx.prisma, ctx.organizationId, date);

      const byFunction = new Map<string, { total: number; withoutPath: number; byStep: number[] }>();
      for (const p of persons) {
        const functionId = p.employments[0]?.functionId;
        if (!functionId) continue;
        const row = byFunction.get(functionId) ?? {
          total: 0,
          withoutPath: 0,
          byStep: PATH_STEPS.map(() => 0),
        };
        row.total++;
        const path = p.developmentPaths[0];
        if (path) row.byStep[path.currentStep - 1]!++;
        else row.withoutPath++;
        byFunction.set(functionId, row);
      }

      const horizon = isoDate(new Date(now.getTime() + REVIEW_HORIZON_DAYS * 86_400_000));
      const reviewsDue = persons
        .flatMap((p) => {
          const next = isoDateOrNull(p.developmentPaths[0]?.nextReviewAt);
          return next && next <= horizon
            ? [{ personId: p.id, name: personName(p), nextReviewOn: next, overdue: next < date }]
            : [];
        })
        .toSorted((a, b) => a.nextReviewOn.localeCompare(b.nextReviewOn));

      // The subsidy for the entry function, where people start without a diploma, as the catalog names it.
      const entryFunctionId = findEntryFunction(childcareCatalog)?.id;
      const entrySubsidy = childcareCatalog.fundingInstruments.find(
        (i) => entryFunctionId !== undefined && i.functionIds?.includes(entryFunctionId),
      );
      const inEntryFunction = persons.filter((p) => p.employments[0]?.functionId === entryFunctionId);
      const subsidyPersons = inEntryFunction.flatMap((p) => {
        const option = fundingOptionsFor(
          employerFacts,
          {
            employment: p.employments[0],
            applications: p.fundingApplications,
            learningRoute: p.developmentPaths[0]?.learningRoute ?? null,
            trainingStart: p.enrolments[0]?.pokStartDate ?? null,
            pokSignedOn: p.enrolments[0]?.pokSignedOn ?? null,
          },
          date,
        ).find((o) => o.instrumentId === entrySubsidy?.id);
        return option
          ? [
              {
                personId: p.id,
                name: personName(p),
                status: option.status,
                amountEuro: option.amountEuro,
                reasons: option.unmetConditions,
                applied: option.application !== null,
              },
            ]
          : [];
      });
      const subsidyRule = entrySubsidy?.conditions.find((c) => c.kind === "maxPerOrganizationPerYear");

      // When each path is expected to make its person count under its goal function.
      const onPath = persons.flatMap((p) =>
        p.developmentPaths[0] ? [{ p, path: p.developmentPaths[0] }] : [],
      );
      const projected = judgeEach(onPath, ({ p, path }) => {
        const profile = toPersonProfile(p, p.evidence, p.credentials);
        const expected = expectedQualification(
          { goalFunctionId: path.goalFunctionId, startedOn: isoDate(path.startedAt) },
          () => chosenPlan(path, profile, pathFacts(recognitions, path), date),
        );
        return expected ? { ...expected, profile } : null;
      });
      const qualifiesOn = new Map(
        projected.flatMap(({ row, judgement }) => (judgement ? [[row.p.id, judgement] as const] : [])),
      );
      const problems = new Map<string, string>();
      for (const { row, problem } of projected) if (problem !== null) problems.set(row.p.id, problem);
      for (const [personId, standing] of standings)
        if (standing.problem !== null && !problems.has(personId)) problems.set(personId, standing.problem);
      const unjudged = persons.flatMap((p) => {
        const problem = problems.get(p.id);
        return problem ? [{ personId: p.id, name: personName(p), problem }] : [];
      });
      const quarterEnds = projectionQuarterEnds(date);

      const staffing = locations.map((l) => {
        const required = l.groups.reduce(
          (sum, g) =>
            sum +
            requiredQualifiedStaff(
              childcareCatalog,
              groupInputFromAges(g.minAgeMonths, g.maxAgeMonths, g.maxChildren),
            ),
          0,
        );
        const staff = persons.filter((p) => p.employments[0]?.locationId === l.id);
        // Today each person counts in the function the rules allow them; a path moves them to its goal,
        // where they count only when core does not refuse them (a diploma brings no Personenregister).
        const functionsOn = (d: string): StaffMember[] =>
          staff.map((p) => {
            const change = qualifiesOn.get(p.id);
            return change && change.on <= d
              ? {
                  functionId: change.functionId,
                  mayFill: findWorkRefusal(childcareCatalog, change.profile, change.functionId, d) === null,
                }
              : {
                  functionId: p.employments[0]!.functionId,
                  mayFill: standings.get(p.id)?.assessment?.mayFill ?? false,
                };
          });
        const current = assessStaffing(childcareCatalog, required, functionsOn(date), date);
        return {
          locationId: l.id,
          name: l.name,
          type: l.type,
          required,
          qualified: current.qualified,
          learnersCounted: current.learnersCounted,
          notAllowed: current.notAllowed,
          shortfall: current.shortfall,
          projection: quarterEnds.map((end) => {
            const atEnd = assessStaffing(childcareCatalog, required, functionsOn(end), end);
            return {
              quarter: quarterLabel(end),
              qualified: atEnd.qualified,
              shortfall: atEnd.shortfall,
            };
          }),
        };
      });

      return {
        byFunction: [...byFunction].map(([functionId, row]) => ({
          functionId,
          title: findFunction(childcareCatalog, functionId)?.title ?? functionId,
          ...row,
        })),
        steps: PATH_STEPS.map(({ step, title }) => ({ step, title })),
        reviewsDue,
        groepshulpSubsidy: {
          maxPerYear: subsidyRule?.kind === "maxPerOrganizationPerYear" ? subsidyRule.max : 0,
          grantedThisYear: (entrySubsidy && employerFacts.grantedThisYear[entrySubsidy.id]) ?? 0,
          persons: subsidyPersons,
        },
        unjudged,
        staffing,
      };
    }),
});
