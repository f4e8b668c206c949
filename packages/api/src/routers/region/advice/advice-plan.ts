import {
  checkFundingEligibility,
  childcareCatalog,
  languageLevelSchema,
  type PersonProfileInput,
} from "@ontwikkelpad/core";
import { isoDateOrNull } from "../../../shared/dates.ts";
import { planView } from "../../../shared/plan-view.ts";

/** What the advice reads of a candidate's intake. */
export interface AdviceIntake {
  languageLevel: string | null;
  hoursPerWeek: number | null;
  availableFrom: Date | null;
}

/**
 * The routes from core's planner for a candidate and a goal function, each with core's funding check
 * for its first step on `date`. A candidate has no employer yet, so the employer's side is taken as a
 * recognised childcare employer and its preconditions are listed as still to arrange.
 */
export function planAdvice(intake: AdviceIntake, goalFunctionId: string, date: string) {
  const language = languageLevelSchema.safeParse(intake.languageLevel);
  const profile: PersonProfileInput = {
    credentials: [],
    evidence: [],
    languageLevels: language.success ? { mondeling: language.data } : {},
  };
  const plan = planView(
    profile,
    { kind: "function", functionId: goalFunctionId },
    { recognitions: [], trainer: { assigned: false, hoursPerWeek: null } },
    date,
  );
  const hours = intake.hoursPerWeek ?? 24;
  const start = isoDateOrNull(intake.availableFrom) ?? date;
  return {
    alreadyMet: plan.alreadyMet,
    routes: plan.routes.map((route) => {
      const first = route.steps[0];
      const funding = first
        ? checkFundingEligibility(childcareCatalog, {
            date,
            employer: { kind: childcareCatalog.sector.id, recognisedTrainingCompany: true },
            person: { contractHoursPerWeek: hours, contractStart: start, contractEnd: null },
            // A candidate has no POK yet: the advice names the signed POK among what is still needed.
            path: { learningRoute: first.learningRoute, trainingStart: start, pokSignedOn: null },
          })
        : [];
      return {
        ...route,
        funding: funding.map((f) => ({
          instrumentId: f.instrumentId,
          title: f.title,
          status: f.status,
          amountEuro: f.amountEuro,
          unmetConditions: f.unmetConditions.map((u) => u.message),
        })),
      };
    }),
  };
}
