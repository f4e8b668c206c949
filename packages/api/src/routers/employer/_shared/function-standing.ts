import {
  assessFunction,
  childcareCatalog,
  type FunctionAssessment,
  type Workplace,
} from "@ontwikkelpad/core";
import { readTeamStandingFacts, type Prisma } from "@ontwikkelpad/db";
import { judgeEach } from "../../../shared/judge-each.ts";
import { toPersonProfile } from "../../../shared/person-profile.ts";

/** The groups of the location a person works at: where babyscholing is needed (0-year-olds). */
export const workplaceOf = (location: Workplace | null | undefined): Workplace | undefined =>
  location ? { groups: location.groups } : undefined;

/** What the rules say about a person's own function, or why they could not judge the person's facts. */
export type EmploymentStanding =
  { assessment: FunctionAssessment; problem: null } | { assessment: null; problem: string };

/**
 * Per person of the employer: what the rules say about the function they are employed in, from the
 * same facts the person page shows (held and issued credentials, evidence, enrolments, startpunt) and
 * the groups of their location (babyscholing where there are 0-year-olds). The team list and the
 * dashboard's staffing read it, so they never disagree with the person page. A person whose stored
 * facts core refuses gets core's reason instead (`judgeEach`); the others are judged as usual.
 */
export async function employmentStandings(
  prisma: Prisma.TransactionClient,
  organizationId: string,
  asOf: string,
  personIds?: string[],
): Promise<Map<string, EmploymentStanding>> {
  const employed = await readTeamStandingFacts(prisma, organizationId, asOf, personIds);
  const standings = new Map<string, EmploymentStanding>();
  const judged = judgeEach(employed, (person) =>
    assessFunction(
      childcareCatalog,
      toPersonProfile(person, person.evidence, person.credentials),
      person.employment.functionId,
      asOf,
      { workplace: workplaceOf(person.employment.location) },
    ),
  );
  for (const { row, judgement, problem } of judged) {
    if (problem !== null) standings.set(row.id, { assessment: null, problem });
    else if (judgement) standings.set(row.id, { assessment: judgement, problem: null });
  }
  return standings;
}
