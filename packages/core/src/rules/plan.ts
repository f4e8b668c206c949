// Long because: one planner: the steps, routes and alternatives it builds depend on each other and share its per-catalog caches.
import { z } from "zod";
import type { Catalog, LearningRoute, Requirement } from "../catalog/schema.ts";
import { LEARNING_ROUTES, LEARNING_ROUTE_WORDS } from "../catalog/schema.ts";
import { compileCatalog, workProcessIndices } from "../catalog/compiled.ts";
import { findCredential, type CredentialKind } from "../catalog/lookup.ts";
import { UnknownReferenceError } from "../errors.ts";
import { Covered, diplomaLearningRoutes, diplomaMonths, scaledMonths } from "./effort.ts";
import {
  holds,
  judgedMastered,
  parseProfile,
  shownWorkProcessBits,
  type PersonProfile,
  type PersonProfileInput,
} from "./profile.ts";
import {
  evaluateRequirement,
  type EvaluationContext,
  type MissingItem,
  type Workplace,
} from "./requirements.ts";
import { workRequirement } from "./work-requirement.ts";

export const goalSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("function"), functionId: z.string().min(1) }),
  /** One or more credentials in order: qualification (diploma), certificate or praktijkverklaring template ids. */
  z.object({ kind: z.literal("credentials"), ids: z.array(z.string().min(1)).min(1) }),
]);
export type Goal = z.infer<typeof goalSchema>;

/**
 * The goal as `goalSchema` returns it, checked without zod when it is well formed (it is, coming from
 * the api's own schema); zod is asked only to give its error.
 */
function checkedGoal(input: Goal): Goal {
  const raw = input as Record<string, unknown> | null;
  if (typeof raw === "object" && raw !== null && !Array.isArray(raw)) {
    const { kind, functionId, ids } = raw;
    if (kind === "function" && typeof functionId === "string" && functionId.length > 0)
      return { kind, functionId };
    if (
      kind === "credentials" &&
      Array.isArray(ids) &&
      ids.length > 0 &&
      ids.every((id) => typeof id === "string" && id.length > 0)
    )
      return { kind, ids: ids.slice() };
  }
  return goalSchema.parse(input);
}

export type Precondition =
  | {
      kind: "sbbRecognition";
      qualificationId: string;
      crebo: string | null;
      learningRoute: LearningRoute;
      message: string;
    }
  | { kind: "workplaceTrainer"; hoursPerWeek: number; message: string };

/** What an employer has that a route's preconditions ask for. */
export interface EmployerFacts {
  /** The employer's active SBB recognitions as leerbedrijf, per crebo and leerweg. */
  recognitions: { crebo: string; learningRoute: LearningRoute }[];
  /** The praktijkopleider of the path, when one is assigned, with the hours agreed for them. */
  trainer: { assigned: boolean; hoursPerWeek: number | null };
}

/**
 * Whether the employer meets a precondition of a route step: an active recognition for the step's
 * crebo and leerweg, or an assigned praktijkopleider with at least the hours the step asks.
 */
export function preconditionMet(precondition: Precondition, facts: EmployerFacts): boolean {
  if (precondition.kind === "sbbRecognition")
    return facts.recognitions.some(
      (r) => r.crebo === precondition.crebo && r.learningRoute === precondition.learningRoute,
    );
  return facts.trainer.assigned && (facts.trainer.hoursPerWeek ?? 0) >= precondition.hoursPerWeek;
}

export interface PlanStep {
  credentialKind: CredentialKind;
  credentialId: string;
  title: string;
  niveau: number;
  learningRoute: LearningRoute;
  /** Werkprocessen this step adds; none twice across a route. */
  workProcessIds: string[];
  estimatedMonths: number;
  /** Shared between plans and frozen: read them, do not change them. */
  preconditions: readonly Precondition[];
}

export interface PlanRoute {
  id: string;
  title: string;
  steps: PlanStep[];
  totalMonths: number;
  /** What stays open outside education once all steps are done (e.g. taaleis mondeling 3F). */
  openRequirements: MissingItem[];
}

export interface DevelopmentPlan {
  goal: Goal;
  alreadyMet: boolean;
  /** Alternative routes side by side: least months first, then fewest steps. */
  routes: PlanRoute[];
}

export interface PlanOptions {
  /** The groups the person works in; babyscholing is needed where they take 0-year-olds. */
  workplace?: Workplace;
}

/** A credential to plan; a diploma in one leerweg. */
interface CredentialSpec {
  kind: CredentialKind;
  id: string;
  learningRoute?: LearningRoute;
}

/** Praktijkopleider time a step needs per week; a catalog-independent planning default. */
const TRAINER_HOURS_PER_WEEK = 2;

type Atom = Exclude<Requirement, { kind: "allOf" | "anyOf" }>;

const alternativesCache = new WeakMap<Requirement, Atom[][]>();

/** Rewrites a requirement as alternatives, each a list of atoms that together satisfy it (cached per catalog entry). */
function alternatives(req: Requirement): Atom[][] {
  let result = alternativesCache.get(req);
  if (!result) {
    result = expandAlternatives(req);
    alternativesCache.set(req, result);
  }
  return result;
}

function expandAlternatives(req: Requirement): Atom[][] {
  switch (req.kind) {
    case "anyOf":
      return req.of.flatMap(alternatives);
    case "allOf":
      return req.of
        .map(alternatives)
        .reduce<Atom[][]>((acc, next) => acc.flatMap((a) => next.map((b) => [...a, ...b])), [[]]);
    case "diploma":
      return req.qualificationIds.map((id) => [{ ...req, qualificationIds: [id] }]);
    case "diplomaWithProof":
      return req.qualificationIds.flatMap((q) =>
        req.proofCertificateIds.map((p): Atom[] => [
          { kind: "diploma", qualificationIds: [q], diplomaGroups: req.diplomaGroups, label: req.label },
          { kind: "certificate", certificateId: p },
        ]),
      );
    default:
      return [[req]];
  }
}

function credentialOf(catalog: Catalog, id: string): CredentialSpec {
  const credential = findCredential(catalog, id);
  if (!credential) throw new UnknownReferenceError("kwalificatie of certificaat", id);
  return { kind: credential.kind, id };
}

const TRAINER: Precondition = Object.freeze({
  kind: "workplaceTrainer",
  hoursPerWeek: TRAINER_HOURS_PER_WEEK,
  message: `een praktijkopleider met ${TRAINER_HOURS_PER_WEEK} uur per week`,
});

const preconditionsCache = new WeakMap<Catalog, Map<string, Map<LearningRoute, readonly Precondition[]>>>();

/**
 * What a step needs from the employer: SBB recognition for the qualification in the leerweg, and a
 * praktijkopleider; built once per catalog, qualification and leerweg, and shared.
 */
function stepPreconditions(
  catalog: Catalog,
  qualificationId: string,
  learningRoute: LearningRoute,
): readonly Precondition[] {
  let byQualification = preconditionsCache.get(catalog);
  if (!byQualification) preconditionsCache.set(catalog, (byQualification = new Map()));
  let byRoute = byQualification.get(qualificationId);
  if (!byRoute) byQualification.set(qualificationId, (byRoute = new Map()));
  let preconditions = byRoute.get(learningRoute);
  if (!preconditions) {
    const q = compileCatalog(catalog).qualification.get(qualificationId);
    const recognition: Precondition = Object.freeze({
      kind: "sbbRecognition" as const,
      qualificationId,
      crebo: q?.crebo ?? null,
      learningRoute,
      message: `SBB-erkenning als leerbedrijf voor ${q?.title ?? qualificationId}${q?.crebo ? ` (crebo ${q.crebo})` : ""}, ${LEARNING_ROUTE_WORDS[learningRoute]}`,
    });
    preconditions = Object.freeze([recognition, TRAINER]);
    byRoute.set(learningRoute, preconditions);
  }
  return preconditions;
}

/** The werkprocessen of `ids` (a catalog list) not yet covered (and, when given, not already judged beheerst). */
function notCovered(
  catalog: Catalog,
  ids: readonly string[],
  covered: Covered,
  mastered?: ReadonlySet<string>,
) {
  const indices = workProcessIndices(catalog, ids);
  const result: string[] = [];
  for (let k = 0; k < ids.length; k++)
    if (!covered.hasIndex(indices[k]!) && !mastered?.has(ids[k]!)) result.push(ids[k]!);
  return result;
}

function buildStep(
  catalog: Catalog,
  profile: PersonProfile,
  credential: CredentialSpec,
  covered: Covered,
): PlanStep {
  const c = compileCatalog(catalog);
  if (credential.kind === "DIPLOMA") {
    const q = c.qualification.get(credential.id)!;
    const learningRoute = credential.learningRoute ?? diplomaLearningRoutes(q)[0]!;
    const ids = notCovered(catalog, q.workProcessIds, covered);
    return {
      credentialKind: "DIPLOMA",
      credentialId: q.id,
      title: `Diploma ${q.title}`,
      niveau: q.niveau,
      learningRoute,
      workProcessIds: ids,
      estimatedMonths: diplomaMonths(q, learningRoute, ids.length),
      preconditions: stepPreconditions(catalog, q.id, learningRoute),
    };
  }
  if (credential.kind === "CERTIFICATE") {
    const cert = c.certificate.get(credential.id)!;
    const ids = notCovered(catalog, cert.workProcessIds, covered);
    return {
      credentialKind: "CERTIFICATE",
      credentialId: cert.id,
      title: `Mbo-certificaat ${cert.code ? `${cert.code} ` : ""}${cert.title}`,
      niveau: cert.niveau,
      learningRoute: "DERDE_LEERWEG",
      workProcessIds: ids,
      estimatedMonths: scaledMonths(cert.durationMonths, ids.length, cert.workProcessIds.length),
      preconditions: stepPreconditions(catalog, cert.qualificationId, "DERDE_LEERWEG"),
    };
  }
  const template = c.praktijkverklaring.get(credential.id)!;
  const ids = notCovered(
    catalog,
    template.recommendedWorkProcessIds,
    covered,
    judgedMastered(catalog, profile),
  );
  return {
    credentialKind: "PRAKTIJKVERKLARING",
    credentialId: template.id,
    title: template.title,
    niveau: template.niveau,
    learningRoute: "DERDE_LEERWEG",
    workProcessIds: ids,
    estimatedMonths: scaledMonths(
      template.durationMonths,
      ids.length,
      template.recommendedWorkProcessIds.length,
    ),
    preconditions: stepPreconditions(catalog, template.qualificationId, "DERDE_LEERWEG"),
  };
}

const LADDER_RANK = { PRAKTIJKVERKLARING: 0, CERTIFICATE: 1, DIPLOMA: 2 } as const;

/** Orders credentials as the ladder runs: praktijkverklaring, then certificates, then diplomas; low niveau first. */
function ladderOrder(catalog: Catalog, a: CredentialSpec, b: CredentialSpec) {
  return (
    LADDER_RANK[a.kind] - LADDER_RANK[b.kind] ||
    (findCredential(catalog, a.id)?.niveau ?? 0) - (findCredential(catalog, b.id)?.niveau ?? 0)
  );
}

// Diplomas and certificates go by their codes (PMK, C0125); a praktijkverklaring has none a user knows.
const stepLabel = (s: PlanStep) =>
  s.credentialKind === "PRAKTIJKVERKLARING" ? "praktijkverklaring" : s.credentialId;
// A diploma step's leerweg is part of the route: the same diploma via BBL and via derde leerweg are two routes.
const stepKey = (s: PlanStep) =>
  s.credentialKind === "DIPLOMA" ? `${s.credentialId}:${s.learningRoute}` : s.credentialId;

/** One credential of a route, read back from the route's id: a diploma's leerweg is part of it. */
export interface RouteCredential {
  credentialId: string;
  learningRoute: LearningRoute | null;
}

/**
 * The credentials of a stored route id, in the order of its steps: "C0125+PMK:BBL" → C0125, then PMK
 * via BBL. The inverse of the ids the planner gives its routes, for a page that shows a chosen route
 * by its credentials' codes and titles rather than by its id.
 */
export function routeCredentials(routeId: string): RouteCredential[] {
  // A route without steps (the goal is already held) has the empty id.
  if (!routeId) return [];
  return routeId.split("+").map((key) => {
    const [credentialId = key, route] = key.split(":");
    const learningRoute = LEARNING_ROUTES.find((r) => r === route) ?? null;
    return { credentialId, learningRoute };
  });
}

function buildRoute(
  catalog: Catalog,
  profile: PersonProfile,
  ctx: EvaluationContext,
  credentials: readonly CredentialSpec[],
  residual: Requirement | null,
): PlanRoute {
  const covered = new Covered(catalog, shownWorkProcessBits(catalog, profile));
  const steps: PlanStep[] = [];
  let totalMonths = 0;
  let bbl = false;
  for (const [i, credential] of credentials.entries()) {
    if (holds(profile, credential.kind, credential.id)) continue;
    const step = buildStep(catalog, profile, credential, covered);
    // What this step adds is covered for the steps after it.
    if (i < credentials.length - 1) covered.add(step.workProcessIds);
    steps.push(step);
    totalMonths += step.estimatedMonths;
    if (step.learningRoute === "BBL") bbl = true;
  }
  // What stays open: evaluate the non-credential requirements as if every step were completed.
  let openRequirements: MissingItem[] = [];
  if (residual) {
    const after: PersonProfile = {
      ...profile,
      credentials: [
        ...profile.credentials,
        ...steps.map((s) => ({
          kind: s.credentialKind,
          ref: s.credentialId,
          issuedOn: "9999-12-31",
          workProcessIds: [],
        })),
      ],
    };
    openRequirements = evaluateRequirement(catalog, after, residual, ctx).missing;
  }
  let id = "";
  const labels: string[] = [];
  for (const step of steps) {
    id = id ? `${id}+${stepKey(step)}` : stepKey(step);
    const label = stepLabel(step);
    if (!labels.includes(label)) labels.push(label);
  }
  const title =
    steps.length === 0
      ? "Geen scholing nodig"
      : labels.join(" + ") + (bbl ? " via BBL" : " via derde leerweg");
  return { id: id || "none", title, steps, totalMonths, openRequirements };
}

/** Every combination of leerwegen for the diplomas among these credentials. */
function perLearningRoute(catalog: Catalog, credentials: readonly CredentialSpec[]): CredentialSpec[][] {
  const c = compileCatalog(catalog);
  let variants: CredentialSpec[][] = [[]];
  for (const credential of credentials) {
    const q = credential.kind === "DIPLOMA" ? c.qualification.get(credential.id) : undefined;
    if (!q) {
      for (const v of variants) v.push(credential);
      continue;
    }
    const next: CredentialSpec[][] = [];
    for (const learningRoute of diplomaLearningRoutes(q))
      for (const v of variants)
        next.push([...v, { kind: credential.kind, id: credential.id, learningRoute }]);
    variants = next;
  }
  return variants;
}

function addRoutes(
  routes: Map<string, PlanRoute>,
  catalog: Catalog,
  profile: PersonProfile,
  ctx: EvaluationContext,
  variants: readonly (readonly CredentialSpec[])[],
  residual: Requirement | null,
) {
  for (const variant of variants) {
    const route = buildRoute(catalog, profile, ctx, variant, residual);
    if (!routes.has(route.id)) routes.set(route.id, route);
  }
}

const byEffort = (a: PlanRoute, b: PlanRoute) =>
  a.totalMonths - b.totalMonths ||
  a.steps.length - b.steps.length ||
  a.openRequirements.length - b.openRequirements.length;

/** One way to meet a function's requirement: the credentials it takes (ladder order) and the rest. */
interface Alternative {
  credentials: { atom: Atom; spec: CredentialSpec }[];
  residual: Requirement;
  /**
   * The leerweg variants of the credentials still to obtain, per set of credentials a person already
   * meets (a bit per credential): the same few sets come back for every person, so each is built once.
   */
  variants: Map<number, CredentialSpec[][]>;
}
const preparedCache = new WeakMap<Requirement, Alternative[]>();

/** A function requirement's alternatives split into credential steps and what stays open; once per catalog entry. */
function prepared(catalog: Catalog, requirement: Requirement): Alternative[] {
  let result = preparedCache.get(requirement);
  if (result) return result;
  result = alternatives(requirement).map((atoms): Alternative => {
    const credentials: Alternative["credentials"] = [];
    const rest: Atom[] = [];
    for (const atom of atoms) {
      if (atom.kind === "diploma")
        credentials.push({ atom, spec: { kind: "DIPLOMA", id: atom.qualificationIds[0]! } });
      else if (atom.kind === "certificate")
        credentials.push({ atom, spec: { kind: "CERTIFICATE", id: atom.certificateId } });
      else rest.push(atom);
    }
    credentials.sort((a, b) => ladderOrder(catalog, a.spec, b.spec));
    return { credentials, residual: { kind: "allOf", of: [{ kind: "none" }, ...rest] }, variants: new Map() };
  });
  preparedCache.set(requirement, result);
  return result;
}

/** Plans a development path from a person's starting point to a goal, with alternative routes. */
export function planDevelopmentPath(
  catalog: Catalog,
  input: PersonProfileInput,
  goalInput: Goal,
  asOf: string,
  options: PlanOptions = {},
): DevelopmentPlan {
  const profile = parseProfile(catalog, input, asOf);
  const goal = checkedGoal(goalInput);
  const ctx: EvaluationContext = { asOf, workplace: options.workplace };
  const routes = new Map<string, PlanRoute>();
  if (goal.kind === "credentials") {
    const credentials = goal.ids.map((id) => credentialOf(catalog, id));
    addRoutes(routes, catalog, profile, ctx, perLearningRoute(catalog, credentials), null);
    const sorted = [...routes.values()].toSorted(byEffort);
    return { goal, alreadyMet: sorted[0]!.steps.length === 0, routes: sorted };
  }
  const fn = compileCatalog(catalog).function.get(goal.functionId);
  if (!fn) throw new UnknownReferenceError("functie", goal.functionId);
  const metOnly: EvaluationContext = { asOf, workplace: options.workplace, metOnly: true };
  if (evaluateRequirement(catalog, profile, workRequirement(fn), metOnly).met) {
    return { goal, alreadyMet: true, routes: [] };
  }
  for (const alternative of prepared(catalog, workRequirement(fn))) {
    // A diploma or certificate already in hand (or another diploma in its group) needs no step.
    let met = 0;
    for (const [i, { atom }] of alternative.credentials.entries())
      if (evaluateRequirement(catalog, profile, atom, metOnly).met) met |= 1 << i;
    let variants = alternative.variants.get(met);
    if (!variants) {
      const credentials = alternative.credentials.filter((_, i) => !(met & (1 << i))).map((c) => c.spec);
      variants = perLearningRoute(catalog, credentials);
      alternative.variants.set(met, variants);
    }
    addRoutes(routes, catalog, profile, ctx, variants, alternative.residual);
  }
  return { goal, alreadyMet: false, routes: [...routes.values()].toSorted(byEffort) };
}
