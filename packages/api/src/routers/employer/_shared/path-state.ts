import { requestMessagesInclude } from "../../../shared/request-messages.ts";
import type { PathState } from "@ontwikkelpad/core";
import { type DevelopmentPath, type Prisma, scopeOwnedByEmployer } from "@ontwikkelpad/db";
import { z } from "zod";
import { isoDate, isoDateOrNull } from "../../../shared/dates.ts";
import { pathEndReasonSchema } from "../../../shared/enums.ts";

/** Training requests that still count as sent: waiting for the school or accepted. */
export const OPEN_REQUEST = ["SUBMITTED", "ACCEPTED"] as const;

/** What a path is loaded with for the 8-step machine: its step records and training requests. */
export const pathInclude = {
  stepRecords: { orderBy: { createdAt: "asc" } },
  trainingRequests: {
    include: { school: true, trainingOffer: true, ...requestMessagesInclude },
    orderBy: { createdAt: "desc" },
  },
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

/** An ended path as the person's history shows it: why and when it ended. */
export const endedPathSchema = z.object({
  id: z.string(),
  goalFunctionId: z.string().nullable(),
  goalCredentialId: z.string().nullable(),
  startedOn: z.iso.date(),
  endedOn: z.iso.date(),
  endReason: pathEndReasonSchema,
  /** The catalog id of the credential that met the goal, for a completed path. */
  achievedCredentialId: z.string().nullable(),
});

/** The person's ended paths at this employer, latest first. */
export async function readEndedPaths(
  prisma: Prisma.TransactionClient,
  employerOrganizationId: string,
  personId: string,
): Promise<z.infer<typeof endedPathSchema>[]> {
  const paths = await prisma.developmentPath.findMany({
    where: { ...scopeOwnedByEmployer(employerOrganizationId), personId, status: { not: "ACTIVE" } },
    include: { achievedCredential: { select: { credentialId: true } } },
    orderBy: { endedAt: "desc" },
  });
  return paths.map((p) => ({
    id: p.id,
    goalFunctionId: p.goalFunctionId,
    goalCredentialId: p.goalCredentialId,
    startedOn: isoDate(p.startedAt),
    endedOn: isoDate(p.endedAt!),
    endReason: p.endReason!,
    achievedCredentialId: p.achievedCredential?.credentialId ?? null,
  }));
}
