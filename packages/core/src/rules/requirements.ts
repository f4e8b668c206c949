import type { Catalog, Requirement } from "../catalog/schema.ts";
import { compileCatalog } from "../catalog/compiled.ts";
import { holds, type PersonProfile } from "./profile.ts";

/** Something a person still lacks, with a stable code for software and a Dutch message for people. */
export type MissingItem =
  | { code: "CREDENTIAL"; credentialKind: "diploma" | "certificate"; ids: string[]; message: string }
  | { code: "LANGUAGE"; skill: "mondeling"; level: string; message: string }
  | { code: "BABYSCHOLING"; message: string }
  | { code: "VOG_REGISTRATION"; message: string };

export interface RequirementResult {
  met: boolean;
  /** Description of the route by which it is met (anyOf picks the first one that holds). */
  route: string | null;
  /** For an unmet anyOf: the option that lacks least; otherwise everything unmet. */
  missing: MissingItem[];
  /** How many atomic requirements are already met: progress, used to pick the closest option. */
  satisfied: number;
}

const LEVELS = ["1F", "2F", "3F", "4F"];

function highestDiplomaNiveau(catalog: Catalog, profile: PersonProfile): number {
  const c = compileCatalog(catalog);
  return Math.max(
    0,
    ...profile.credentials
      .filter((x) => x.kind === "diploma")
      .map((x) => c.qualification.get(x.ref)?.niveau ?? 0),
  );
}

function ok(route: string | null): RequirementResult {
  return { met: true, route, missing: [], satisfied: 1 };
}

function lacking(...missing: MissingItem[]): RequirementResult {
  return { met: false, route: null, missing, satisfied: 0 };
}

export function evaluateRequirement(
  catalog: Catalog,
  profile: PersonProfile,
  req: Requirement,
): RequirementResult {
  const c = compileCatalog(catalog);
  switch (req.kind) {
    case "none":
      return ok(null);
    case "diploma": {
      const held = req.qualificationIds.find((id) => holds(profile, "diploma", id));
      return held
        ? ok(`${req.label}: ${c.qualification.get(held)?.title ?? held}`)
        : lacking({
            code: "CREDENTIAL",
            credentialKind: "diploma",
            ids: req.qualificationIds,
            message: `diploma ${req.qualificationIds.join(" of ")}`,
          });
    }
    case "diplomaWithProof": {
      const diploma = req.qualificationIds.find((id) => holds(profile, "diploma", id));
      const proof = req.proofCertificateIds.find((id) => holds(profile, "certificate", id));
      if (diploma && proof) return ok(`${req.label}: ${diploma} + ${proof}`);
      const missing: MissingItem[] = [];
      if (!diploma)
        missing.push({
          code: "CREDENTIAL",
          credentialKind: "diploma",
          ids: req.qualificationIds,
          message: `diploma ${req.qualificationIds.join(" of ")}`,
        });
      if (!proof)
        missing.push({
          code: "CREDENTIAL",
          credentialKind: "certificate",
          ids: req.proofCertificateIds,
          message: req.proofCertificateIds.join(" of "),
        });
      return { ...lacking(...missing), satisfied: diploma || proof ? 1 : 0 };
    }
    case "certificate":
      return holds(profile, "certificate", req.certificateId)
        ? ok(`certificaat ${req.certificateId}`)
        : lacking({
            code: "CREDENTIAL",
            credentialKind: "certificate",
            ids: [req.certificateId],
            message: req.certificateId,
          });
    case "language": {
      const held = profile.languageLevels[req.skill];
      if (held && LEVELS.indexOf(held) >= LEVELS.indexOf(req.level))
        return ok(`taalniveau ${req.skill} ${held}`);
      if (
        req.satisfiedByDiplomaNiveau &&
        highestDiplomaNiveau(catalog, profile) >= req.satisfiedByDiplomaNiveau
      ) {
        return ok(`taaleis gedekt door mbo-${req.satisfiedByDiplomaNiveau}-diploma`);
      }
      return lacking({
        code: "LANGUAGE",
        skill: req.skill,
        level: req.level,
        message: `taaleis ${req.skill} ${req.level}`,
      });
    }
    case "babyscholing":
      return profile.babyscholing
        ? ok("babyscholing")
        : lacking({ code: "BABYSCHOLING", message: "babyscholing" });
    case "vogRegistration":
      return profile.vogRegistered
        ? ok("VOG en inschrijving Personenregister")
        : lacking({
            code: "VOG_REGISTRATION",
            message: "VOG en inschrijving in het Personenregister Kinderopvang",
          });
    case "allOf": {
      const results = req.of.map((r) => evaluateRequirement(catalog, profile, r));
      const met = results.every((r) => r.met);
      return {
        met,
        route: met
          ? results
              .map((r) => r.route)
              .filter(Boolean)
              .join(" + ") || null
          : null,
        missing: results.flatMap((r) => r.missing),
        satisfied: results.reduce((sum, r) => sum + r.satisfied, 0),
      };
    }
    case "anyOf": {
      const results = req.of.map((r) => evaluateRequirement(catalog, profile, r));
      const metOption = results.find((r) => r.met);
      if (metOption) return metOption;
      // Closest option: fewest items missing, then the most already in hand.
      const closest = results.reduce((best, r) =>
        r.missing.length < best.missing.length ||
        (r.missing.length === best.missing.length && r.satisfied > best.satisfied)
          ? r
          : best,
      );
      return { met: false, route: null, missing: closest.missing, satisfied: closest.satisfied };
    }
  }
}

/** Joins missing items into one Dutch phrase: "C0123 en taaleis mondeling 3F". */
export function describeMissing(items: MissingItem[]): string {
  const parts = items.map((m) => m.message);
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} en ${parts.at(-1)}`;
}
