import { z } from "zod";
import type { Catalog, LearningRoute, Requirement } from "../catalog/schema.ts";
import { compileCatalog } from "../catalog/compiled.ts";
import { findCredential, type CredentialKind } from "../catalog/lookup.ts";
import { UnknownReferenceError } from "../errors.ts";
import { diplomaLearningRoutes, diplomaMonths, scaledMonths } from "./effort.ts";
import {
  holds,
  judgedMastered,
  parseProfile,
  shownWorkProcesses,
  type PersonProfile,
  type PersonProfileInput,
} from "./profile.ts";
import {
  evaluateRequirement,
  type EvaluationContext,
  type MissingItem,
  type Workplace,
} from "./requirements.ts";

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

function buildStep(
  catalog: Catalog,
  profile: PersonProfile,
  credential: CredentialSpec,
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
    const learningRoute = credential.learningRoute ?? diplomaLearningRoutes(q)[0]!;
    const ids = adds(q.workProcessIds);
    return {
      credentialKind: "diploma",
      credentialId: q.id,
      title: `Diploma ${q.title}`,
      niveau: q.niveau,
      learningRoute,
      workProcessIds: ids,
      estimatedMonths: diplomaMonths(q, learningRoute, covered),
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
      estimatedMonths: scaledMonths(cert.durationMonths, ids.length, cert.workProcessIds.length),
      preconditions: [recognition(cert.qualificationId, "derde-leerweg"), trainer],
    };
  }
  const template = c.praktijkverklaring.get(credential.id)!;
  const mastered = judgedMastered(catalog, profile);
  const ids = adds(template.recommendedWorkProcessIds).filter((id) => !mastered.has(id));
  return {
    credentialKind: "praktijkverklaring",
    credentialId: template.id,
    title: template.title,
    niveau: template.niveau,
    learningRoute: "derde-leerweg",
    workProcessIds: ids,
    estimatedMonths: scaledMonths(
      template.durationMonths,
      ids.length,
      template.recommendedWorkProcessIds.length,
    ),
    preconditions: [recognition(template.qualificationId, "derde-leerweg"), trainer],
  };
}

/** Orders credentials as the ladder runs: praktijkverklaring, then certificates, then diplomas; low niveau first. */
function ladderOrder(catalog: Catalog, a: CredentialSpec, b: CredentialSpec) {
  const rank = { praktijkverklaring: 0, certificate: 1, diploma: 2 } as const;
  const niveau = (x: { id: string }) => findCredential(catalog, x.id)?.niveau ?? 0;
  return rank[a.kind] - rank[b.kind] || niveau(a) - niveau(b);
}

function buildRoute(
  catalog: Catalog,
  profile: PersonProfile,
  ctx: EvaluationContext,
  credentials: CredentialSpec[],
  residual: Requirement | null,
): PlanRoute {
  const shown = shownWorkProcesses(catalog, profile);
  const covered = new Set(shown);
  const steps: PlanStep[] = [];
  for (const credential of credentials) {
    if (holds(profile, credential.kind, credential.id)) continue;
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
  const openRequirements = residual ? evaluateRequirement(catalog, after, residual, ctx).missing : [];
  // Diplomas and certificates go by their codes (PMK, C0125); a praktijkverklaring has none a user knows.
  const label = (s: PlanStep) =>
    s.credentialKind === "praktijkverklaring" ? "praktijkverklaring" : s.credentialId;
  // A diploma step's leerweg is part of the route: the same diploma via BBL and via derde leerweg are two routes.
  const key = (s: PlanStep) =>
    s.credentialKind === "diploma" ? `${s.credentialId}:${s.learningRoute}` : s.credentialId;
  const title =
    steps.length === 0
      ? "Geen scholing nodig"
      : [...new Set(steps.map(label))].join(" + ") +
        (steps.some((s) => s.learningRoute === "bbl") ? " via BBL" : " via derde leerweg");
  return {
    id: steps.map(key).join("+") || "none",
    title,
    steps,
    totalMonths: steps.reduce((sum, s) => sum + s.estimatedMonths, 0),
    openRequirements,
  };
}

/** Every combination of leerwegen for the diplomas among these credentials. */
function perLearningRoute(catalog: Catalog, credentials: CredentialSpec[]): CredentialSpec[][] {
  const c = compileCatalog(catalog);
  return credentials.reduce<CredentialSpec[][]>(
    (variants, credential) => {
      const q = credential.kind === "diploma" ? c.qualification.get(credential.id) : undefined;
      const options = q
        ? diplomaLearningRoutes(q).map((learningRoute) => ({ ...credential, learningRoute }))
        : [credential];
      return variants.flatMap((v) => options.map((o) => [...v, o]));
    },
    [[]],
  );
}

const byEffort = (a: PlanRoute, b: PlanRoute) =>
  a.totalMonths - b.totalMonths ||
  a.steps.length - b.steps.length ||
  a.openRequirements.length - b.openRequirements.length;

/** Plans a development path from a person's starting point to a goal, with alternative routes. */
export function planDevelopmentPath(
  catalog: Catalog,
  input: PersonProfileInput,
  goalInput: Goal,
  asOf: string,
  options: PlanOptions = {},
): DevelopmentPlan {
  const profile = parseProfile(catalog, input, asOf);
  const goal = goalSchema.parse(goalInput);
  const ctx: EvaluationContext = { asOf, workplace: options.workplace };
  const routes = new Map<string, PlanRoute>();
  const add = (credentials: CredentialSpec[], residual: Requirement | null) => {
    for (const variant of perLearningRoute(catalog, credentials)) {
      const route = buildRoute(catalog, profile, ctx, variant, residual);
      if (!routes.has(route.id)) routes.set(route.id, route);
    }
  };
  if (goal.kind === "credentials") {
    add(
      goal.ids.map((id) => credentialOf(catalog, id)),
      null,
    );
    const sorted = [...routes.values()].toSorted(byEffort);
    return { goal, alreadyMet: sorted[0]!.steps.length === 0, routes: sorted };
  }
  const fn = compileCatalog(catalog).function.get(goal.functionId);
  if (!fn) throw new UnknownReferenceError("functie", goal.functionId);
  if (evaluateRequirement(catalog, profile, fn.requirement, ctx).met) {
    return { goal, alreadyMet: true, routes: [] };
  }
  for (const atoms of alternatives(fn.requirement)) {
    const credentials: CredentialSpec[] = [];
    const rest: Atom[] = [];
    for (const a of atoms) {
      // A diploma or certificate already in hand (or another diploma in its group) needs no step.
      if (a.kind === "diploma" || a.kind === "certificate") {
        if (evaluateRequirement(catalog, profile, a, ctx).met) continue;
        credentials.push(
          a.kind === "diploma"
            ? { kind: "diploma", id: a.qualificationIds[0]! }
            : { kind: "certificate", id: a.certificateId },
        );
      } else rest.push(a);
    }
    add(
      credentials.toSorted((a, b) => ladderOrder(catalog, a, b)),
      { kind: "allOf", of: [{ kind: "none" }, ...rest] },
    );
  }
  return { goal, alreadyMet: false, routes: [...routes.values()].toSorted(byEffort) };
}
