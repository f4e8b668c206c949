import type { PathState } from "@ontwikkelpad/core";
import type { DevelopmentPath, Prisma } from "@ontwikkelpad/db";
import { isoDateOrNull } from "../../../shared/dates.ts";

/** Training requests that still count as sent: waiting for the school or accepted. */
export const OPEN_REQUEST = ["SUBMITTED", "ACCEPTED"] as const;

/** What a path is loaded with for the 8-step machine: its step records and training requests. */
export const pathInclude = {
  stepRecords: { orderBy: { createdAt: "asc" } },
  trainingRequests: { include: { school: true, trainingOffer: true }, orderBy: { createdAt: "desc" } },
} satisfies Prisma.DevelopmentPathInclude;

/** What the 8-step machine reads of a stored path: its fields, the steps marked completed and the status of each training request. */
type StoredPath = Pick<
  DevelopmentPath,
  | "currentStep"
  | "careerPerspective"
  | "ambition"
  | "goalFunctionId"
  | "goalCredentialId"
  | "learningHoursPerWeek"
  | "trainerHoursPerWeek"
  | "nextReviewAt"
> & {
  completedSteps: readonly number[];
  trainingRequestStatuses: readonly string[];
};

/** The 8-step machine's view of a stored path; a stored startpunt profile counts as step 1 recorded. */
export function pathState(path: StoredPath, hasProfile: boolean): PathState {
  return {
    step: path.currentStep,
    startingPointRecorded: hasProfile || path.completedSteps.includes(1),
    careerPerspective: path.careerPerspective,
    ambition: path.ambition,
    goalChosen: Boolean(path.goalFunctionId || path.goalCredentialId),
    hoursAgreed: path.learningHoursPerWeek !== null && path.trainerHoursPerWeek !== null,
    trainingRequestSent: path.trainingRequestStatuses.some((status) =>
      (OPEN_REQUEST as readonly string[]).includes(status),
    ),
    nextReviewOn: isoDateOrNull(path.nextReviewAt),
  };
}

/** `pathState` of a path loaded with `pathInclude`. */
export function loadedPathState(
  path: Prisma.DevelopmentPathGetPayload<{ include: typeof pathInclude }>,
  person: { profile: Prisma.JsonValue },
): PathState {
  const completedSteps = path.stepRecords.filter((r) => r.completedAt).map((r) => r.step);
  return pathState(
    { ...path, completedSteps, trainingRequestStatuses: path.trainingRequests.map((r) => r.status) },
    person.profile !== null,
  );
}
