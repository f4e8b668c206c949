import {
  childcareCatalog,
  expectedQualification,
  projectionQuarterEnds,
  protectCount,
  protectedCountSchema,
  quarterLabel,
} from "@ontwikkelpad/core";
import {
  type Prisma,
  scopeOrganizationsInRegion,
  scopeOwnedByEmployer,
  scopePersonsForEmployer,
  scopeVacanciesInRegion,
} from "@ontwikkelpad/db";
import { z } from "zod";
import { isoDate, today } from "../../../shared/dates.ts";
import { judgeEach } from "../../../shared/judge-each.ts";
import { profileFacts, toPersonProfile } from "../../../shared/person-profile.ts";
import { activeRecognitions, chosenPlan, pathFacts } from "../../../shared/plan-view.ts";

/** The functions that count as qualified pedagogisch medewerker in the staff-child ratio. */
const QUALIFIED_FUNCTIONS = childcareCatalog.functions.flatMap((f) =>
  f.countsInRatio === "qualified" ? [f.id] : [],
);

export const forecastSchema = z.object({
  quarters: z.array(z.object({ quarter: z.string(), qualified: protectedCountSchema })),
  totalQualified: protectedCountSchema,
  openVacancies: z.number().int(),
  /** Paths left out because the rules could not judge their person's stored facts. */
  unjudged: protectedCountSchema,
});
export type Forecast = z.infer<typeof forecastSchema>;

/**
 * The forecast of newly qualified pedagogisch medewerkers per quarter for the next quarters, from the
 * active paths towards a qualified function in the region's member employers (each expected when the
 * employer dashboard's projection expects it; the first quarter also holds the paths expected sooner),
 * beside the openings of the region's open vacancies for those functions. The people are in the
 * employers' records: each quarter and the total are protected with core's cell key method. Vacancies
 * are places, not persons: exact. A path whose person's stored facts core refuses is not counted in a
 * quarter but in `unjudged` (protected too), so the page says so.
 */
export async function readForecast(prisma: Prisma.TransactionClient, regionId: string): Promise<Forecast> {
  const date = today();
  const quarterEnds = projectionQuarterEnds(date);
  const recordKeys: number[][] = quarterEnds.map(() => []);
  const unjudgedKeys: number[] = [];
  const employers = await prisma.organization.findMany({
    where: { AND: [scopeOrganizationsInRegion(regionId), { kind: "EMPLOYER" }] },
    select: { id: true },
  });
  for (const { id: employerId } of employers) {
    const activeQualifyingPath = {
      ...scopeOwnedByEmployer(employerId),
      status: "ACTIVE" as const,
      goalFunctionId: { in: QUALIFIED_FUNCTIONS },
    };
    const [persons, recognitions] = await Promise.all([
      prisma.person.findMany({
        where: {
          ...scopePersonsForEmployer(employerId),
          archivedAt: null,
          developmentPaths: { some: activeQualifyingPath },
        },
        include: {
          ...profileFacts(employerId),
          evidence: true,
          credentials: true,
          developmentPaths: { where: activeQualifyingPath, orderBy: { startedAt: "desc" }, take: 1 },
        },
      }),
      activeRecognitions(prisma, employerId),
    ]);
    const judged = judgeEach(persons, (p) => {
      const path = p.developmentPaths[0]!;
      return expectedQualification(
        { goalFunctionId: path.goalFunctionId, startedOn: isoDate(path.startedAt) },
        () =>
          chosenPlan(
            path,
            toPersonProfile(p, p.evidence, p.credentials),
            pathFacts(recognitions, path),
            date,
          ),
      );
    });
    for (const { row: p, judgement: expected, problem } of judged) {
      if (problem !== null) unjudgedKeys.push(p.recordKey);
      if (!expected) continue;
      const quarter = quarterEnds.findIndex((end) => expected.on <= end);
      if (quarter >= 0) recordKeys[quarter]!.push(p.recordKey);
    }
  }
  const vacancies = await prisma.vacancy.aggregate({
    where: {
      AND: [scopeVacanciesInRegion(regionId), { status: "OPEN", functionId: { in: QUALIFIED_FUNCTIONS } }],
    },
    _sum: { openings: true },
  });
  return {
    quarters: quarterEnds.map((end, i) => ({
      quarter: quarterLabel(end),
      qualified: protectCount(recordKeys[i]!),
    })),
    totalQualified: protectCount(recordKeys.flat()),
    openVacancies: vacancies._sum.openings ?? 0,
    unjudged: protectCount(unjudgedKeys),
  };
}
