import type { Catalog, EducationLevel, LearningRoute, Requirement } from "../catalog/schema.ts";
import { compileCatalog } from "../catalog/compiled.ts";
import { LEARNING_ROUTE_WORDS } from "../catalog/schema.ts";
import { Covered, quickestCredential } from "./effort.ts";
import { languageProof, meetsLanguageLevel } from "./language.ts";
import {
  activeEnrolments,
  educationLevels,
  holds,
  isRegisteredForChildcare,
  shownWorkProcessBits,
  type PersonProfile,
} from "./profile.ts";

/** Something a person still lacks, with a stable code for software and a Dutch message for people. */
export type MissingItem =
  | { code: "CREDENTIAL"; credentialKind: "DIPLOMA" | "CERTIFICATE"; ids: string[]; message: string }
  | { code: "LANGUAGE"; skill: "mondeling"; level: string; message: string }
  | { code: "BABYSCHOLING"; message: string }
  | { code: "VOG_REGISTRATION"; message: string }
  | {
      code: "ENROLMENT";
      learningRoutes: LearningRoute[];
      qualificationIds: string[];
      message: string;
    }
  | { code: "PRIOR_EDUCATION"; levels: EducationLevel[]; message: string }
  | { code: "EXPERIENCE"; minYears: number; message: string }
  | { code: "ONTWIKKELPLAN"; message: string };

/** Where a person works, as far as the rules need it: the age bands of their groups (months). */
export interface Workplace {
  groups: { minAgeMonths: number; maxAgeMonths: number }[];
}

/** What an evaluation depends on besides the profile: the date asked about and, when known, the workplace. */
export interface EvaluationContext {
  asOf: string;
  workplace?: Workplace;
  /**
   * Only `met` matters: an allOf or anyOf returns as soon as it is decided, without picking the closest
   * option, and no route or missing item is written.
   */
  metOnly?: boolean;
}

export interface RequirementResult {
  met: boolean;
  /** Description of the route by which it is met (anyOf picks the first one that holds). */
  route: string | null;
  /** For an unmet anyOf: the option that takes least effort; otherwise everything unmet. */
  missing: MissingItem[];
  /** How many atomic requirements are already met: progress, the last tie-breaker between options. */
  satisfied: number;
  /** Things to check that do not block, e.g. babyscholing when the workplace is not known. */
  notes: string[];
}

const BABY_NOTE = "Werkt deze persoon met 0-jarigen? Dan is babyscholing nodig.";

/** A group takes 0-year-olds when its youngest age is under twelve months. */
export const worksWithInfants = (workplace: Workplace) => workplace.groups.some((g) => g.minAgeMonths < 12);

/** Shared by every result without notes or missing items; results are read, never changed. */
const NONE: never[] = Object.freeze([]) as never[];

function ok(route: string | null, notes: string[] = NONE): RequirementResult {
  return { met: true, route, missing: NONE, satisfied: 1, notes };
}

function lacking(...missing: MissingItem[]): RequirementResult {
  return { met: false, route: null, missing, satisfied: 0, notes: NONE };
}

/** What an evaluation that asks only whether it is met answers, without the words of the route or what lacks. */
const MET: RequirementResult = Object.freeze({
  met: true,
  route: null,
  missing: NONE,
  satisfied: 1,
  notes: NONE,
});
const UNMET: RequirementResult = Object.freeze({
  met: false,
  route: null,
  missing: NONE,
  satisfied: 0,
  notes: NONE,
});

/** An "other diploma" recorded in one of these cao diplomagroepen. */
function otherDiplomaIn(profile: PersonProfile, groups: string[] | undefined) {
  if (!groups?.length) return undefined;
  for (const x of profile.credentials)
    if (x.kind === "OTHER_DIPLOMA" && x.diplomaGroup !== null && groups.includes(x.diplomaGroup)) return x;
  return undefined;
}

const diplomaMessage = (ids: string[], groups: string[] | undefined) =>
  `diploma ${ids.join(" of ")}${groups?.length ? ` (of een ander diploma uit diplomagroep ${groups.join(" of ")})` : ""}`;

/** Months of schooling the credentials an option lacks would take, cheapest first, overlap counted once. */
function effortMonths(catalog: Catalog, profile: PersonProfile, missing: MissingItem[]): number {
  const covered = new Covered(shownWorkProcessBits(catalog, profile));
  let months = 0;
  for (const kind of ["CERTIFICATE", "DIPLOMA"] as const)
    for (const m of missing)
      if (m.code === "CREDENTIAL" && m.credentialKind === kind)
        months += quickestCredential(catalog, kind, m.ids, covered);
  return months;
}

export function evaluateRequirement(
  catalog: Catalog,
  profile: PersonProfile,
  req: Requirement,
  ctx: EvaluationContext,
): RequirementResult {
  const metOnly = ctx.metOnly === true;
  switch (req.kind) {
    case "none":
      return metOnly ? MET : ok(null);
    case "diploma": {
      const held = req.qualificationIds.find((id) => holds(profile, "DIPLOMA", id));
      if (held)
        return metOnly
          ? MET
          : ok(`${req.label}: ${compileCatalog(catalog).qualification.get(held)?.title ?? held}`);
      const other = otherDiplomaIn(profile, req.diplomaGroups);
      if (other) return metOnly ? MET : ok(`${req.label}: ${other.title}`);
      if (metOnly) return UNMET;
      return lacking({
        code: "CREDENTIAL",
        credentialKind: "DIPLOMA",
        ids: req.qualificationIds,
        message: diplomaMessage(req.qualificationIds, req.diplomaGroups),
      });
    }
    case "diplomaWithProof": {
      const diploma =
        req.qualificationIds.find((id) => holds(profile, "DIPLOMA", id)) ??
        otherDiplomaIn(profile, req.diplomaGroups)?.title;
      const proof = req.proofCertificateIds.find((id) => holds(profile, "CERTIFICATE", id));
      if (metOnly) return diploma && proof ? MET : UNMET;
      if (diploma && proof) return ok(`${req.label}: ${diploma} + ${proof}`);
      const missing: MissingItem[] = [];
      if (!diploma)
        missing.push({
          code: "CREDENTIAL",
          credentialKind: "DIPLOMA",
          ids: req.qualificationIds,
          message: diplomaMessage(req.qualificationIds, req.diplomaGroups),
        });
      if (!proof)
        missing.push({
          code: "CREDENTIAL",
          credentialKind: "CERTIFICATE",
          ids: req.proofCertificateIds,
          message: req.proofCertificateIds.join(" of "),
        });
      return { ...lacking(...missing), satisfied: diploma || proof ? 1 : 0 };
    }
    case "certificate":
      if (metOnly) return holds(profile, "CERTIFICATE", req.certificateId) ? MET : UNMET;
      return holds(profile, "CERTIFICATE", req.certificateId)
        ? ok(`certificaat ${req.certificateId}`)
        : lacking({
            code: "CREDENTIAL",
            credentialKind: "CERTIFICATE",
            ids: [req.certificateId],
            message: req.certificateId,
          });
    case "language": {
      const held = profile.languageLevels[req.skill];
      if (held && meetsLanguageLevel(held, req.level))
        return metOnly ? MET : ok(`taalniveau ${req.skill} ${held}`);
      const proof = languageProof(catalog, profile, req.skill, req.level);
      if (proof) return metOnly ? MET : ok(`taaleis gedekt door ${proof.title.toLowerCase()}`);
      if (metOnly) return UNMET;
      return lacking({
        code: "LANGUAGE",
        skill: req.skill,
        level: req.level,
        message: `taaleis ${req.skill} ${req.level}`,
      });
    }
    case "babyscholing":
      if (metOnly)
        return profile.babyscholing || !ctx.workplace || !worksWithInfants(ctx.workplace) ? MET : UNMET;
      if (profile.babyscholing) return ok("babyscholing");
      if (!ctx.workplace) return ok(null, [BABY_NOTE]);
      return worksWithInfants(ctx.workplace)
        ? lacking({ code: "BABYSCHOLING", message: "babyscholing (werkt met 0-jarigen)" })
        : ok(null);
    case "vogRegistration":
      if (metOnly) return isRegisteredForChildcare(profile, ctx.asOf) ? MET : UNMET;
      return isRegisteredForChildcare(profile, ctx.asOf)
        ? ok("VOG en inschrijving Personenregister")
        : lacking({
            code: "VOG_REGISTRATION",
            message: "inschrijving in het Personenregister Kinderopvang met gekoppelde VOG",
          });
    case "activeEnrolment": {
      const fits = (e: PersonProfile["enrolments"][number]) =>
        req.learningRoutes.includes(e.learningRoute) && req.qualificationIds.includes(e.qualificationId);
      const active = activeEnrolments(profile, ctx.asOf).find(fits);
      if (metOnly) return active ? MET : UNMET;
      if (active)
        return ok(
          `${req.label}: ${compileCatalog(catalog).qualification.get(active.qualificationId)?.title ?? active.qualificationId}`,
        );
      const pending = profile.enrolments.find(fits);
      const routes = req.learningRoutes.map((r) => LEARNING_ROUTE_WORDS[r]).join(" of ");
      const why = !pending
        ? ""
        : pending.pokSignedOn === null || pending.pokSignedOn > ctx.asOf
          ? ` (de praktijkovereenkomst voor ${pending.qualificationId} is nog niet getekend)`
          : ` (de inschrijving voor ${pending.qualificationId} loopt niet op deze datum)`;
      return lacking({
        code: "ENROLMENT",
        learningRoutes: req.learningRoutes,
        qualificationIds: req.qualificationIds,
        message: `een lopende ${routes}-inschrijving met getekende praktijkovereenkomst voor ${req.qualificationIds.join(" of ")}${why}`,
      });
    }
    case "priorEducation": {
      const levels = educationLevels(catalog, profile);
      if (metOnly) return req.levels.some((l) => levels.has(l)) ? MET : UNMET;
      return req.levels.some((l) => levels.has(l))
        ? ok(req.label)
        : lacking({ code: "PRIOR_EDUCATION", levels: req.levels, message: req.label });
    }
    case "experience":
      if (metOnly) return profile.experienceYears >= req.minYears ? MET : UNMET;
      return profile.experienceYears >= req.minYears
        ? ok(`${profile.experienceYears} jaar werkervaring`)
        : lacking({
            code: "EXPERIENCE",
            minYears: req.minYears,
            message: `minstens ${req.minYears} jaar werkervaring`,
          });
    case "ontwikkelplan":
      if (metOnly) return profile.ontwikkelplan ? MET : UNMET;
      return profile.ontwikkelplan
        ? ok("ontwikkelplan")
        : lacking({ code: "ONTWIKKELPLAN", message: "een ontwikkelplan met de werkgever" });
    case "allOf": {
      if (metOnly) {
        for (const r of req.of) if (!evaluateRequirement(catalog, profile, r, ctx).met) return UNMET;
        return MET;
      }
      let met = true;
      let route = "";
      let satisfied = 0;
      const missing: MissingItem[] = [];
      const notes: string[] = [];
      for (const r of req.of) {
        const result = evaluateRequirement(catalog, profile, r, ctx);
        if (!result.met) met = false;
        if (result.route) route = route ? `${route} + ${result.route}` : result.route;
        satisfied += result.satisfied;
        for (const m of result.missing) missing.push(m);
        for (const n of result.notes) notes.push(n);
      }
      return { met, route: met ? route || null : null, missing, satisfied, notes };
    }
    case "anyOf": {
      if (metOnly) {
        for (const r of req.of) if (evaluateRequirement(catalog, profile, r, ctx).met) return MET;
        return UNMET;
      }
      const results = req.of.map((r) => evaluateRequirement(catalog, profile, r, ctx));
      const metOption = results.find((r) => r.met);
      if (metOption) return metOption;
      // Closest option: least schooling (months), then fewest items missing, then the most in hand.
      let closest = results[0]!;
      let closestMonths = effortMonths(catalog, profile, closest.missing);
      for (const r of results.slice(1)) {
        const months = effortMonths(catalog, profile, r.missing);
        if (
          months < closestMonths ||
          (months === closestMonths &&
            (r.missing.length < closest.missing.length ||
              (r.missing.length === closest.missing.length && r.satisfied > closest.satisfied)))
        ) {
          closest = r;
          closestMonths = months;
        }
      }
      return { ...closest, met: false, route: null };
    }
  }
}

/** Joins missing items into one Dutch phrase: "C0123 en taaleis mondeling 3F". */
export function describeMissing(items: MissingItem[]): string {
  const parts = items.map((m) => m.message);
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} en ${parts.at(-1)}`;
}
