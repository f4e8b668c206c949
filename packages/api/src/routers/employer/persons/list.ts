import { PATH_STEPS, missingToLeave } from "@ontwikkelpad/core";
import { readTeamOverview } from "@ontwikkelpad/db";
import { z } from "zod";
import { functionTitle } from "../../../shared/catalog-titles.ts";
import { isoDateOrNull, today } from "../../../shared/dates.ts";
import { personKindSchema, workRefusalCodeSchema } from "../../../shared/enums.ts";
import { judgeStandings } from "../_shared/function-standing.ts";
import { pathState } from "../_shared/path-state.ts";
import { personName } from "../../../shared/person-profile.ts";
import { employerProcedure } from "../../../trpc.ts";

const personSummary = z.object({
  id: z.string(),
  name: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  email: z.string().nullable(),
  kind: personKindSchema,
  functionTitle: z.string().nullable(),
  location: z.string().nullable(),
  hoursPerWeek: z.number().nullable(),
  contractStart: z.iso.date().nullable(),
  contractEnd: z.iso.date().nullable(),
  pathStep: z.number().nullable(),
  pathStepTitle: z.string().nullable(),
  nextReviewOn: z.iso.date().nullable(),
  /** What to do next on this person's path, in the words of the step that is waiting. */
  nextAction: z.string(),
  /** Whether the rules allow the function they are employed in, and why not; null without employment. */
  mayWork: z.boolean().nullable(),
  mayWorkExplanation: z.string().nullable(),
  /** Why they may not work in any function with children whatever they hold (not in the Personenregister). */
  mayWorkRefusal: workRefusalCodeSchema.nullable(),
  /** Why the rules could not judge this person's stored facts (then `mayWork` is null); null when they could. */
  problem: z.string().nullable(),
});

export const list = employerProcedure
  .meta({ action: "employerMember" })
  .input(z.object({ search: z.string().trim().max(100).optional() }).optional())
  .output(z.array(personSummary))
  .query(async ({ ctx, input }) => {
    const asOf = today();
    // One statement reads the team with the facts its standings are judged from.
    const persons = await readTeamOverview(ctx.prisma, ctx.organizationId, asOf, input?.search);
    const standings = judgeStandings(persons, asOf);
    return persons.map((p) => {
      const standing = standings.get(p.id);
      const { employment, path } = p;
      const waiting = path ? missingToLeave(pathState(path, p.hasProfile))[0] : undefined;
      return {
        id: p.id,
        name: personName(p),
        givenName: p.givenName,
        familyName: p.familyName,
        email: p.email,
        kind: p.kind,
        functionTitle: employment ? functionTitle(employment.functionId) : null,
        location: employment?.locationName ?? null,
        hoursPerWeek: employment?.hoursPerWeek ?? null,
        contractStart: isoDateOrNull(employment?.contractStart),
        contractEnd: isoDateOrNull(employment?.contractEnd),
        pathStep: path?.currentStep ?? null,
        pathStepTitle: path ? (PATH_STEPS[path.currentStep - 1]?.title ?? null) : null,
        nextReviewOn: isoDateOrNull(path?.nextReviewAt),
        nextAction: !path
          ? "Start een Ontwikkelpad."
          : (waiting ??
            (path.currentStep === 8
              ? "Evalueer op de afgesproken datum."
              : `Ga verder met stap ${path.currentStep + 1} (${PATH_STEPS[path.currentStep]?.title ?? ""})`)),
        mayWork: standing?.assessment?.mayFill ?? null,
        mayWorkExplanation: standing?.assessment?.explanation ?? null,
        mayWorkRefusal: standing?.assessment?.refusal?.code ?? null,
        problem: standing?.problem ?? null,
      };
    });
  });
