import {
  currentRating,
  ratingState,
  type Assessments,
  type Evidence,
  type WorkProcessRating,
} from "../path-view.ts";

/** A rating that a correction replaced, with the reason the correction gave. */
export interface SupersededRating {
  rating: Evidence;
  reason: string | null;
  correctedOn: string;
}

/** The ratings that corrections replaced, newest first, each with the correction's reason. */
export function supersededRatings(wp: WorkProcessRating): SupersededRating[] {
  return wp.history.flatMap((e) => {
    if (!e.superseded) return [];
    const correction = wp.history.find((c) => c.supersedesId === e.id);
    return [
      {
        rating: e,
        reason: correction?.correctionReason ?? null,
        correctedOn: correction?.assessedOn ?? e.assessedOn,
      },
    ];
  });
}

/** The newest observation, shown while no rating exists: it is not a judgement and cannot be signed. */
export function latestObservation(wp: WorkProcessRating): Evidence | null {
  return wp.history.find((e) => e.kind === "PRACTICE_OBSERVATION") ?? null;
}

/** What a werkproces still needs before it counts for the praktijkverklaring, or null when it counts. */
export function outstandingStep(wp: WorkProcessRating): string | null {
  const rating = currentRating(wp);
  if (!rating) return "nog niet beoordeeld";
  if (rating.result === "NOT_APPLICABLE") return null;
  if (rating.result !== "MASTERED") return "beoordeeld als nog niet beheerst";
  switch (ratingState(rating)) {
    case "draft":
      return "de praktijkopleider moet nog ondertekenen";
    case "signed":
      return "de leidinggevende moet nog medeondertekenen";
    default:
      return null;
  }
}

/** The werkprocessen on the page that do not yet count for a praktijkverklaring, with what each still needs. */
export function outstandingWorkProcesses(
  coreTasks: Assessments["coreTasks"],
): { id: string; code: string; title: string; step: string }[] {
  return coreTasks.flatMap((task) =>
    task.workProcesses.flatMap((wp) => {
      const step = outstandingStep(wp);
      return step ? [{ id: wp.id, code: wp.code, title: wp.title, step }] : [];
    }),
  );
}

/** The ratings on the page in one state ("draft": to sign, "signed": to co-sign), with their werkproces. */
export function ratingsInState(
  coreTasks: Assessments["coreTasks"],
  state: "draft" | "signed",
): { wp: WorkProcessRating; rating: Evidence }[] {
  return coreTasks.flatMap((task) =>
    task.workProcesses.flatMap((wp) => {
      const rating = currentRating(wp);
      return rating && ratingState(rating) === state ? [{ wp, rating }] : [];
    }),
  );
}
