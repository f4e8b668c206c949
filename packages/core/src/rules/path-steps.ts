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

/** How a move changes step: on to the next, back one to correct, or from 8 a review that restarts at 3. */
export const STEP_MOVE_KINDS = ["forward", "back", "review"] as const;
export type StepMoveKind = (typeof STEP_MOVE_KINDS)[number];

export interface StepMove {
  to: number;
  kind: StepMoveKind;
}

/** The moves from a step: the next one, one back to correct, and from 8 the review restart or back to 7. */
export function stepMoves(from: number): StepMove[] {
  if (from === 8)
    return [
      { to: REVIEW_RESTART_STEP, kind: "review" },
      { to: 7, kind: "back" },
    ];
  return [
    { to: from + 1, kind: "forward" as const },
    { to: from - 1, kind: "back" as const },
  ].filter((m) => m.to >= 1 && m.to <= 8);
}

/** The move from one step to another, or undefined when there is none (skipping is never a move). */
export const stepMove = (from: number, to: number): StepMove | undefined =>
  stepMoves(from).find((m) => m.to === to);

/** Dutch reasons why the path may not yet leave its current step (empty when it may). */
export function missingToLeave(state: PathState): string[] {
  const definition = PATH_STEPS[state.step - 1];
  if (!definition) return [`Onbekende stap ${state.step}.`];
  return definition.needs.filter(({ field }) => !state[field]).map(({ message }) => message);
}

/** A forward move and a review leave the current step, so it must be complete; going back never needs anything. */
const leavesComplete = (move: StepMove) => move.kind !== "back";

/**
 * The moves a path may make now, each with what is still missing for it (empty when it may): the
 * wizard shows exactly these as its step buttons.
 */
export function availableMoves(state: PathState): (StepMove & { missing: string[] })[] {
  const missing = missingToLeave(state);
  return stepMoves(state.step).map((m) => ({ ...m, missing: leavesComplete(m) ? missing : [] }));
}

export function canTransition(state: PathState, to: number): boolean {
  const move = stepMove(state.step, to);
  return move !== undefined && (!leavesComplete(move) || missingToLeave(state).length === 0);
}

/** Returns the state after moving to `to`, or throws with the reasons it may not. */
export function transition(state: PathState, to: number): PathState {
  const move = stepMove(state.step, to);
  if (!move) throw new InvalidTransitionError(state.step, to, []);
  if (leavesComplete(move)) {
    const reasons = missingToLeave(state);
    if (reasons.length) throw new InvalidTransitionError(state.step, to, reasons);
  }
  return { ...state, step: to };
}
