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
  judgedMasteredBits,
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

/**
 * What a step to a credential (a diploma in one leerweg) is whoever takes it: the step without the
 * werkprocessen still to learn, the positions of the werkprocessen it covers, and its months for a number
 * of them still to learn.
 */
interface StepTemplate {
  credentialKind: CredentialKind;
  credentialId: string;
  title: string;
  niveau: number;
  learningRoute: LearningRoute;
  workProcessIds: readonly string[];
  indices: Int32Array;
  /** A praktijkverklaring lists what is not yet judged beheerst. */
  leavesJudged: boolean;
  months: (missing: number) => number;
  preconditions: readonly Precondition[];
}

function stepTemplate(catalog: Catalog, credential: CredentialSpec): StepTemplate {
  const c = compileCatalog(catalog);
  if (credential.kind === "DIPLOMA") {
    const q = c.qualification.get(credential.id)!;
    const learningRoute = credential.learningRoute ?? diplomaLearningRoutes(q)[0]!;
    return {
      credentialKind: "DIPLOMA",
      credentialId: q.id,
      title: `Diploma ${q.title}`,
      niveau: q.niveau,
      learningRoute,
      workProcessIds: q.workProcessIds,
      indices: workProcessIndices(catalog, q.workProcessIds),
      leavesJudged: false,
      months: (missing) => diplomaMonths(q, learningRoute, missing),
      preconditions: stepPreconditions(catalog, q.id, learningRoute),
    };
  }
  if (credential.kind === "CERTIFICATE") {
    const cert = c.certificate.get(credential.id)!;
    return {
      credentialKind: "CERTIFICATE",
      credentialId: cert.id,
      title: `Mbo-certificaat ${cert.code ? `${cert.code} ` : ""}${cert.title}`,
      niveau: cert.niveau,
      learningRoute: "DERDE_LEERWEG",
      workProcessIds: cert.workProcessIds,
      indices: workProcessIndices(catalog, cert.workProcessIds),
      leavesJudged: false,
      months: (missing) => scaledMonths(cert.durationMonths, missing, cert.workProcessIds.length),
      preconditions: stepPreconditions(catalog, cert.qualificationId, "DERDE_LEERWEG"),
    };
  }
  const template = c.praktijkverklaring.get(credential.id)!;
  const ids = template.recommendedWorkProcessIds;
  return {
    credentialKind: "PRAKTIJKVERKLARING",
    credentialId: template.id,
    title: template.title,
    niveau: template.niveau,
    learningRoute: "DERDE_LEERWEG",
    workProcessIds: ids,
    indices: workProcessIndices(catalog, ids),
    leavesJudged: true,
    months: (missing) => scaledMonths(template.durationMonths, missing, ids.length),
    preconditions: stepPreconditions(catalog, template.qualificationId, "DERDE_LEERWEG"),
  };
}

/**
 * The step for a person: the werkprocessen of the credential not yet covered (for a praktijkverklaring
 * also not already judged beheerst), which it then covers for the steps after it.
 */
function buildStep(template: StepTemplate, covered: Covered, mastered: Uint8Array): PlanStep {
  const ids: string[] = [];
  const added: number[] = [];
  const { indices, workProcessIds } = template;
  for (let k = 0; k < indices.length; k++) {
    const index = indices[k]!;
    if (covered.hasIndex(index) || (template.leavesJudged && mastered[index] === 1)) continue;
    ids.push(workProcessIds[k]!);
    added.push(index);
  }
  for (const index of added) covered.addIndex(index);
  return {
    credentialKind: template.credentialKind,
    credentialId: template.credentialId,
    title: template.title,
    niveau: template.niveau,
    learningRoute: template.learningRoute,
    workProcessIds: ids,
    estimatedMonths: template.months(ids.length),
    preconditions: template.preconditions,
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
const stepLabel = (s: StepTemplate) =>
  s.credentialKind === "PRAKTIJKVERKLARING" ? "praktijkverklaring" : s.credentialId;
// A diploma step's leerweg is part of the route: the same diploma via BBL and via derde leerweg are two routes.
const stepKey = (s: StepTemplate) =>
  s.credentialKind === "DIPLOMA" ? `${s.credentialId}:${s.learningRoute}` : s.credentialId;

/** The id of the route that needs no training: the goal is already held. */
const NO_STEPS_ROUTE_ID = "none";

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
  // A route without steps (the goal is already held) has the id "none"; an unset route is empty.
  if (!routeId || routeId === NO_STEPS_ROUTE_ID) return [];
  return routeId.split("+").map((key) => {
    const [credentialId = key, route] = key.split(":");
    const learningRoute = LEARNING_ROUTES.find((r) => r === route) ?? null;
    return { credentialId, learningRoute };
  });
}

/** A route whoever takes it: its steps' templates, its id and its title. */
interface RouteTemplate {
  id: string;
  title: string;
  steps: StepTemplate[];
}

function routeTemplate(catalog: Catalog, credentials: readonly CredentialSpec[]): RouteTemplate {
  const steps = credentials.map((credential) => stepTemplate(catalog, credential));
  let id = "";
  const labels: string[] = [];
  for (const step of steps) {
    id = id ? `${id}+${stepKey(step)}` : stepKey(step);
    const label = stepLabel(step);
    if (!labels.includes(label)) labels.push(label);
  }
  const bbl = steps.some((step) => step.learningRoute === "BBL");
  const title =
    steps.length === 0
      ? "Geen scholing nodig"
      : labels.join(" + ") + (bbl ? " via BBL" : " via derde leerweg");
  return { id: id || NO_STEPS_ROUTE_ID, title, steps };
}

function buildRoute(
  catalog: Catalog,
  profile: PersonProfile,
  template: RouteTemplate,
  openRequirements: MissingItem[],
): PlanRoute {
  const covered = new Covered(shownWorkProcessBits(catalog, profile));
  const mastered = judgedMasteredBits(catalog, profile);
  const steps: PlanStep[] = [];
  let totalMonths = 0;
  for (const next of template.steps) {
    const step = buildStep(next, covered, mastered);
    steps.push(step);
    totalMonths += step.estimatedMonths;
  }
  return { id: template.id, title: template.title, steps, totalMonths, openRequirements };
}

/**
 * What stays open once these credentials are obtained: the non-credential requirements evaluated as if
 * every step were completed.
 */
function openAfter(
  catalog: Catalog,
  profile: PersonProfile,
  ctx: EvaluationContext,
  credentials: readonly CredentialSpec[],
  residual: Requirement,
): MissingItem[] {
  const after: PersonProfile = {
    ...profile,
    credentials: [
      ...profile.credentials,
      ...credentials.map((s) => ({ kind: s.kind, ref: s.id, issuedOn: "9999-12-31", workProcessIds: [] })),
    ],
  };
  return evaluateRequirement(catalog, after, residual, ctx).missing;
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

/** Adds a route per template, the first of each id. */
function addRoutes(
  routes: Map<string, PlanRoute>,
  catalog: Catalog,
  profile: PersonProfile,
  templates: readonly RouteTemplate[],
  openRequirements: (() => MissingItem[]) | null,
) {
  for (const template of templates) {
    if (routes.has(template.id)) continue;
    routes.set(template.id, buildRoute(catalog, profile, template, openRequirements?.() ?? []));
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
   * The routes of each leerweg variant of the credentials still to obtain, per set of credentials a
   * person already meets (a bit per credential): the same few sets come back for every person, so each
   * is built once.
   */
  routes: Map<number, { credentials: CredentialSpec[]; templates: RouteTemplate[] }>;
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
    return { credentials, residual: { kind: "allOf", of: [{ kind: "none" }, ...rest] }, routes: new Map() };
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
    // A credential already held needs no step.
    const templates = perLearningRoute(catalog, credentials).map((variant) =>
      routeTemplate(
        catalog,
        variant.filter((credential) => !holds(profile, credential.kind, credential.id)),
      ),
    );
    addRoutes(routes, catalog, profile, templates, null);
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
    // A diploma or certificate already in hand (or another diploma in its group) needs no step; so
    // every credential left is one the person does not hold.
    let met = 0;
    for (const [i, { atom }] of alternative.credentials.entries())
      if (evaluateRequirement(catalog, profile, atom, metOnly).met) met |= 1 << i;
    let toObtain = alternative.routes.get(met);
    if (!toObtain) {
      const credentials = alternative.credentials.filter((_, i) => !(met & (1 << i))).map((c) => c.spec);
      const templates = perLearningRoute(catalog, credentials).map((v) => routeTemplate(catalog, v));
      toObtain = { credentials, templates };
      alternative.routes.set(met, toObtain);
    }
    // What stays open is the same in every leerweg: evaluated once, each route keeps its own list.
    let open: MissingItem[] | undefined;
    const { credentials } = toObtain;
    addRoutes(routes, catalog, profile, toObtain.templates, () =>
      (open ??= openAfter(catalog, profile, ctx, credentials, alternative.residual)).slice(),
    );
  }
  return { goal, alreadyMet: false, routes: [...routes.values()].toSorted(byEffort) };
}
