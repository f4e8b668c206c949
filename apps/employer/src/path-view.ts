import type { RouterInputs, RouterOutputs } from "@ontwikkelpad/api";

/** Pure helpers for the Ontwikkelpad wizard and the praktijkbeoordeling: labels, mappings, sums. */

export type PathData = RouterOutputs["employer"]["paths"]["get"];
export type Path = NonNullable<PathData["path"]>;
export type RouteView = RouterOutputs["employer"]["paths"]["routes"]["routes"][number];
export type StepSaveData = RouterInputs["employer"]["paths"]["save"]["data"];
export type Assessments = RouterOutputs["employer"]["assessments"]["get"];
export type WorkProcessRating = Assessments["coreTasks"][number]["workProcesses"][number];
export type Evidence = NonNullable<WorkProcessRating["current"]>;
export type Credential = RouterOutputs["catalog"]["credentials"][number];

/** A credential's title from the catalog's list, or its id when the catalog does not know it. */
export const credentialTitle = (credentials: readonly Credential[], id: string): string =>
  credentials.find((c) => c.id === id)?.title ?? id;

export const RATING_OPTIONS = [
  { value: "MASTERED", label: "Beheerst" },
  { value: "NOT_YET", label: "Nog niet" },
  { value: "NOT_APPLICABLE", label: "Niet van toepassing" },
] as const;
export type Rating = (typeof RATING_OPTIONS)[number]["value"];

/** "Helpende zorg; EHBO\nVMBO" → ["Helpende zorg", "EHBO", "VMBO"]: one per line or separated by semicolons. */
export function parseList(text: string): string[] {
  return text
    .split(/[\n;]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The step-4 save for one of the alternative routes: its first step decides the credential and leerweg. */
export function routeChoice(
  route: RouteView,
  goalFunctionId: string | null,
  useRouteId: boolean,
): Extract<StepSaveData, { step: 4 }> | null {
  const first = route.steps[0];
  if (!first) return null;
  return {
    step: 4,
    goalFunctionId,
    goalCredentialId: first.credentialId,
    routeId: useRouteId ? route.id : null,
    learningRoute: first.learningRoute,
  };
}

/** Short names of the 8 steps for the step list; the full titles come from core. */
export const STEP_LABELS: Record<number, string> = {
  1: "Startpunt",
  2: "Loopbaanperspectief",
  3: "Ambitie",
  4: "Doel",
  5: "Scholingsbehoefte",
  6: "Ruimte, tijd en middelen",
  7: "Scholingsaanbod",
  8: "Evaluatie",
};

/** The step the wizard shows: the one asked for in the address (?stap=4), else where the path stands. */
export function shownStep(requested: string | null, currentStep: number): number {
  const step = Number(requested);
  return requested !== null && Number.isInteger(step) && step >= 1 && step <= 8 ? step : currentStep;
}

/** What a route needs that is not arranged yet (SBB recognition, praktijkopleider hours), each once. */
export function unmetPreconditions(route: {
  steps: readonly { preconditions: readonly { message: string; met: boolean }[] }[];
}): string[] {
  return [
    ...new Set(route.steps.flatMap((s) => s.preconditions.filter((p) => !p.met).map((p) => p.message))),
  ];
}

/**
 * "(route PMK via BBL, ongeveer 18 maanden)" for a route to a function; towards a single credential
 * the route's name would only repeat it, so then only the duration.
 */
export function routeSummary(
  route: { title: string; totalMonths: number } | null,
  towardsFunction: boolean,
): string {
  if (!route) return "";
  return towardsFunction
    ? ` (route ${route.title}, ongeveer ${route.totalMonths} maanden)`
    : ` (ongeveer ${route.totalMonths} maanden)`;
}

/** Where a practice rating stands: a draft can still change, a signed one only by a correction. */
export type RatingState = "observation" | "draft" | "signed" | "cosigned";

export function ratingState(e: Evidence): RatingState {
  if (e.kind !== "PRACTICE_ASSESSMENT") return "observation";
  if (e.coSignedAt) return "cosigned";
  if (e.signedAt) return "signed";
  return "draft";
}

export const RATING_STATE_LABELS: Record<RatingState, string> = {
  observation: "Observatie",
  draft: "Concept",
  signed: "Ondertekend",
  cosigned: "Medeondertekend",
};

/** The werkproces's live practice rating (not an observation, not superseded), or null while none was given. */
export function currentRating(wp: WorkProcessRating): Evidence | null {
  return wp.history.find((e) => e.kind === "PRACTICE_ASSESSMENT" && !e.superseded) ?? null;
}

/** The kerntaken and werkprocessen of a route's steps, as paths.get gives them. */
type RouteContent = {
  steps: { coreTasks: { code: string; title: string; workProcesses: { id: string }[] }[] }[];
};

/**
 * Per kerntaak how many werkprocessen of the whole goal have a signed "beheerst" rating: every step of
 * the chosen route (each certificate, not only the first the path names as its goal), each kerntaak
 * and werkproces counted once however many steps share it; without a route, the werkprocessen being
 * rated. The person page and the Ontwikkelpad PDF both show these figures.
 */
export function progressPerCoreTask(
  coreTasks: Assessments["coreTasks"],
  route: RouteContent | null,
): { code: string; title: string; mastered: number; total: number }[] {
  const mastered = new Set(
    coreTasks
      .flatMap((task) => task.workProcesses)
      .filter((wp) => {
        const rating = currentRating(wp);
        return rating !== null && rating.result === "MASTERED" && rating.signedAt !== null;
      })
      .map((wp) => wp.id),
  );
  const groups = new Map<string, { title: string; ids: Set<string> }>();
  for (const task of route ? route.steps.flatMap((step) => step.coreTasks) : coreTasks) {
    const group = groups.get(task.code) ?? { title: task.title, ids: new Set<string>() };
    for (const wp of task.workProcesses) group.ids.add(wp.id);
    groups.set(task.code, group);
  }
  return [...groups].map(([code, { title, ids }]) => ({
    code,
    title,
    total: ids.size,
    mastered: [...ids].filter((id) => mastered.has(id)).length,
  }));
}

/** Dates of the reviews (step 8 → 3) from a person's timeline, newest first. */
export function reviewDates(timeline: { date: string; title: string }[]): string[] {
  return timeline.filter((t) => t.title.startsWith("Stap 8 afgerond")).map((t) => t.date);
}

/** yyyy-mm-dd `months` after `from` (local calendar), for a sensible default review date. */
export function addMonths(from: string, months: number): string {
  const [y, m, d] = from.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(d, lastDay));
  return date.toISOString().slice(0, 10);
}
