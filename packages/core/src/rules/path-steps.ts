import { CoreInputError } from "../errors.ts";

/** What a path has recorded so far; each step needs some of it before the next step may start. */
export interface PathState {
  step: number;
  startingPointRecorded: boolean;
  careerPerspective: string | null;
  ambition: string | null;
  goalChosen: boolean;
  hoursAgreed: boolean;
  trainingRequestSent: boolean;
  nextReviewOn: string | null;
}

export interface PathStepDefinition {
  step: number;
  title: string;
  /** What must be recorded before leaving this step, with the Dutch message when it is not. */
  needs: { field: keyof PathState; message: string }[];
}

/** The 8 steps of "Ontwikkelpad per persoon inkleuren" (seed 002). */
export const PATH_STEPS: readonly PathStepDefinition[] = [
  {
    step: 1,
    title: "Bepaal het startpunt",
    needs: [
      {
        field: "startingPointRecorded",
        message: "Leg het startpunt vast (diploma's, certificaten, ervaring, taalniveau).",
      },
    ],
  },
  {
    step: 2,
    title: "Wat is het loopbaanperspectief?",
    needs: [{ field: "careerPerspective", message: "Beschrijf het loopbaanperspectief." }],
  },
  {
    step: 3,
    title: "Wat is iemands ambitie?",
    needs: [{ field: "ambition", message: "Beschrijf de ambitie van de medewerker." }],
  },
  {
    step: 4,
    title: "Breng loopbaanperspectief en ambitie bij elkaar",
    needs: [{ field: "goalChosen", message: "Kies een doel: een functie of een diploma/certificaat." }],
  },
  { step: 5, title: "Welke scholingsbehoefte volgt daaruit?", needs: [] },
  {
    step: 6,
    title: "Welke ruimte, tijd en middelen zijn er?",
    needs: [{ field: "hoursAgreed", message: "Spreek de uren af voor de kandidaat en de praktijkopleider." }],
  },
  {
    step: 7,
    title: "Bepaal het scholingsaanbod in overleg met de mbo-instelling",
    needs: [
      { field: "trainingRequestSent", message: "Stuur een scholingsaanvraag naar een mbo-instelling." },
    ],
  },
  {
    step: 8,
    title: "Herhaal stap 3–7 in de loop van het Ontwikkelpad",
    needs: [{ field: "nextReviewOn", message: "Plan de volgende evaluatiedatum." }],
  },
];

/** The review cycle: from step 8 a review goes back to step 3. */
export const REVIEW_RESTART_STEP = 3;

export class InvalidTransitionError extends CoreInputError {
  constructor(
    readonly from: number,
    readonly to: number,
    readonly reasons: string[],
  ) {
    super(
      "INVALID_TRANSITION",
      reasons.length ? reasons.join(" ") : `Van stap ${from} kan niet naar stap ${to}.`,
    );
  }
}

/** Steps reachable from a step: the next one, one back to correct, and from 8 the review restart. */
export function allowedTransitions(from: number): number[] {
  if (from === 8) return [REVIEW_RESTART_STEP, 7];
  return [from + 1, from - 1].filter((s) => s >= 1 && s <= 8);
}

/** Dutch reasons why the path may not yet leave its current step (empty when it may). */
export function missingToLeave(state: PathState): string[] {
  const definition = PATH_STEPS[state.step - 1];
  if (!definition) return [`Onbekende stap ${state.step}.`];
  return definition.needs.filter(({ field }) => !state[field]).map(({ message }) => message);
}

export function canTransition(state: PathState, to: number): boolean {
  if (!allowedTransitions(state.step).includes(to)) return false;
  return to < state.step || missingToLeave(state).length === 0;
}

/** Returns the state after moving to `to`, or throws with the reasons it may not. */
export function transition(state: PathState, to: number): PathState {
  if (!allowedTransitions(state.step).includes(to)) throw new InvalidTransitionError(state.step, to, []);
  if (to > state.step || (state.step === 8 && to === REVIEW_RESTART_STEP)) {
    const reasons = missingToLeave(state);
    if (reasons.length) throw new InvalidTransitionError(state.step, to, reasons);
  }
  return { ...state, step: to };
}
