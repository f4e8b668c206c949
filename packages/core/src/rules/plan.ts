import { z } from "zod";
import type { Catalog, LearningRoute, Requirement } from "../catalog/schema.ts";
import { compileCatalog } from "../catalog/compiled.ts";
import { findCredential, type CredentialKind } from "../catalog/lookup.ts";
import { UnknownReferenceError } from "../errors.ts";
import {
  holds,
  judgedMastered,
  parseProfile,
  shownWorkProcesses,
  type PersonProfile,
  type PersonProfileInput,
} from "./profile.ts";
import { evaluateRequirement, type MissingItem } from "./requirements.ts";

export const goalSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("function"), functionId: z.string().min(1) }),
  /** One or more credentials in order: qualification (diploma), certificate or praktijkverklaring template ids. */
  z.object({ kind: z.literal("credentials"), ids: z.array(z.string().min(1)).min(1) }),
]);
export type Goal = z.infer<typeof goalSchema>;

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
  preconditions: Precondition[];
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
  /** Alternative routes side by side, shortest first. */
  routes: PlanRoute[];
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
          { kind: "diploma", qualificationIds: [q], label: req.label },
          { kind: "certificate", certificateId: p },
        ]),
      );
    default:
      return [[req]];
  }
}

function credentialOf(catalog: Catalog, id: string): { kind: CredentialKind; id: string } {
  const credential = findCredential(catalog, id);
  if (!credential) throw new UnknownReferenceError("kwalificatie of certificaat", id);
  return { kind: credential.kind, id };
}

/** A share of a credential's months for the part of its werkprocessen still to learn; at least one month. */
const scaled = (months: number, part: number, whole: number) =>
  Math.max(1, Math.ceil(months * (whole === 0 ? 0 : part / whole)));

function buildStep(
  catalog: Catalog,
  profile: PersonProfile,
  credential: { kind: CredentialKind; id: string },
  covered: Set<string>,
): PlanStep {
  const c = compileCatalog(catalog);
  const recognition = (qualificationId: string, learningRoute: LearningRoute): Precondition => {
    const q = c.qualification.get(qualificationId);
    return {
      kind: "sbbRecognition",
      qualificationId,
      crebo: q?.crebo ?? null,
      learningRoute,
      message: `SBB-erkenning als leerbedrijf voor ${q?.title ?? qualificationId}${q?.crebo ? ` (crebo ${q.crebo})` : ""}, ${learningRoute === "bbl" ? "BBL" : "derde leerweg"}`,
    };
  };
  const trainer: Precondition = {
    kind: "workplaceTrainer",
    hoursPerWeek: TRAINER_HOURS_PER_WEEK,
    message: `een praktijkopleider met ${TRAINER_HOURS_PER_WEEK} uur per week`,
  };
  const adds = (ids: string[]) => ids.filter((id) => !covered.has(id));

  if (credential.kind === "diploma") {
    const q = c.qualification.get(credential.id)!;
    const learningRoute: LearningRoute = q.durationMonths.bbl ? "bbl" : "derde-leerweg";
    const ids = adds(q.workProcessIds);
    return {
      credentialKind: "diploma",
      credentialId: q.id,
      title: `Diploma ${q.title}`,
      niveau: q.niveau,
      learningRoute,
      workProcessIds: ids,
      estimatedMonths: scaled(q.durationMonths[learningRoute] ?? 12, ids.length, q.workProcessIds.length),
      preconditions: [recognition(q.id, learningRoute), trainer],
    };
  }
  if (credential.kind === "certificate") {
    const cert = c.certificate.get(credential.id)!;
    const ids = adds(cert.workProcessIds);
    return {
      credentialKind: "certificate",
      credentialId: cert.id,
      title: `Mbo-certificaat ${cert.code ? `${cert.code} ` : ""}${cert.title}`,
      niveau: cert.niveau,
      learningRoute: "derde-leerweg",
      workProcessIds: ids,
      estimatedMonths: scaled(cert.durationMonths, ids.length, cert.workProcessIds.length),
      preconditions: [recognition(cert.qualificationId, "derde-leerweg"), trainer],
    };
  }
  const template = c.praktijkverklaring.get(credential.id)!;
  const mastered = judgedMastered(profile);
  const ids = adds(template.recommendedWorkProcessIds).filter((id) => !mastered.has(id));
  return {
    credentialKind: "praktijkverklaring",
    credentialId: template.id,
    title: template.title,
    niveau: template.niveau,
    learningRoute: "derde-leerweg",
    workProcessIds: ids,
    estimatedMonths: scaled(template.durationMonths, ids.length, template.recommendedWorkProcessIds.length),
    preconditions: [recognition(template.qualificationId, "derde-leerweg"), trainer],
  };
}

/** Orders credentials as the ladder runs: praktijkverklaring, then certificates, then diplomas; low niveau first. */
function ladderOrder(
  catalog: Catalog,
  a: { kind: CredentialKind; id: string },
  b: { kind: CredentialKind; id: string },
) {
  const rank = { praktijkverklaring: 0, certificate: 1, diploma: 2 } as const;
  const niveau = (x: { id: string }) => findCredential(catalog, x.id)?.niveau ?? 0;
  return rank[a.kind] - rank[b.kind] || niveau(a) - niveau(b);
}

function buildRoute(
  catalog: Catalog,
  profile: PersonProfile,
  shown: ReadonlySet<string>,
  credentials: { kind: CredentialKind; id: string }[],
  residual: Requirement | null,
): PlanRoute {
  const covered = new Set(shown);
  const steps: PlanStep[] = [];
  for (const credential of credentials) {
    const kind = credential.kind === "praktijkverklaring" ? "praktijkverklaring" : credential.kind;
    if (holds(profile, kind, credential.id)) continue;
    const step = buildStep(catalog, profile, credential, covered);
    step.workProcessIds.forEach((id) => covered.add(id));
    steps.push(step);
  }
  // What stays open: evaluate the non-credential requirements as if every step were completed.
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
  const openRequirements = residual ? evaluateRequirement(catalog, after, residual).missing : [];
  // Diplomas and certificates go by their codes (PMK, C0125); a praktijkverklaring has none a user knows.
  const label = (s: PlanStep) =>
    s.credentialKind === "praktijkverklaring" ? "praktijkverklaring" : s.credentialId;
  const title =
    steps.length === 0
      ? "Geen scholing nodig"
      : [...new Set(steps.map(label))].join(" + ") +
        (steps.some((s) => s.learningRoute === "bbl") ? " via BBL" : " via derde leerweg");
  return {
    id: steps.map((s) => s.credentialId).join("+") || "none",
    title,
    steps,
    totalMonths: steps.reduce((sum, s) => sum + s.estimatedMonths, 0),
    openRequirements,
  };
}

/** Plans a development path from a person's starting point to a goal, with alternative routes. */
export function planDevelopmentPath(
  catalog: Catalog,
  input: PersonProfileInput,
  goalInput: Goal,
  asOf: string,
): DevelopmentPlan {
  const profile = parseProfile(catalog, input, asOf);
  const goal = goalSchema.parse(goalInput);
  if (goal.kind === "credentials") {
    const credentials = goal.ids.map((id) => credentialOf(catalog, id));
    const route = buildRoute(catalog, profile, shownWorkProcesses(catalog, profile), credentials, null);
    return { goal, alreadyMet: route.steps.length === 0, routes: [route] };
  }
  const fn = compileCatalog(catalog).function.get(goal.functionId);
  if (!fn) throw new UnknownReferenceError("functie", goal.functionId);
  if (evaluateRequirement(catalog, profile, fn.requirement).met) {
    return { goal, alreadyMet: true, routes: [] };
  }
  const routes = new Map<string, PlanRoute>();
  const shown = shownWorkProcesses(catalog, profile);
  for (const atoms of alternatives(fn.requirement)) {
    const credentials = atoms.flatMap((a): { kind: CredentialKind; id: string }[] =>
      a.kind === "diploma"
        ? [{ kind: "diploma", id: a.qualificationIds[0]! }]
        : a.kind === "certificate"
          ? [{ kind: "certificate", id: a.certificateId }]
          : [],
    );
    const residual: Requirement = {
      kind: "allOf",
      of: [{ kind: "none" }, ...atoms.filter((a) => a.kind !== "diploma" && a.kind !== "certificate")],
    };
    const route = buildRoute(
      catalog,
      profile,
      shown,
      credentials.toSorted((a, b) => ladderOrder(catalog, a, b)),
      residual,
    );
    if (!routes.has(route.id)) routes.set(route.id, route);
  }
  return {
    goal,
    alreadyMet: false,
    routes: [...routes.values()].toSorted(
      (a, b) => a.totalMonths - b.totalMonths || a.openRequirements.length - b.openRequirements.length,
    ),
  };
}
