import { z } from "zod";
import type { JobFunction, Requirement } from "../catalog/schema.ts";
import { isRegisteredForChildcare, type PersonProfile } from "./profile.ts";

const PERSONENREGISTER: Requirement = Object.freeze({ kind: "vogRegistration" });
const workRequirements = new WeakMap<JobFunction, Requirement>();

/**
 * Everything a function asks of a person: its own requirement and, when it works with children, the
 * registration in the Personenregister Kinderopvang with a linked VOG (Wet kinderopvang art. 1.50,
 * 1.56b), which no route to the function replaces. One object per function, so caches keyed on it hold.
 */
export function workRequirement(fn: JobFunction): Requirement {
  if (!fn.worksWithChildren.value) return fn.requirement;
  let requirement = workRequirements.get(fn);
  if (!requirement) {
    requirement = { kind: "allOf", of: [fn.requirement, PERSONENREGISTER] };
    workRequirements.set(fn, requirement);
  }
  return requirement;
}

export const workRefusalCodeSchema = z.enum(["NOT_IN_PERSONENREGISTER"]);
export type WorkRefusalCode = z.infer<typeof workRefusalCodeSchema>;

/** Why a person may not work in a function at all, whatever else they hold: a stable code and a Dutch reason. */
export interface WorkRefusal {
  code: WorkRefusalCode;
  message: string;
}

const NOT_IN_PERSONENREGISTER: WorkRefusal = Object.freeze({
  code: "NOT_IN_PERSONENREGISTER",
  message: "Niet ingeschreven in het Personenregister Kinderopvang met gekoppelde VOG",
});

/**
 * The refusal a function that works with children gives a person who is not registered in the
 * Personenregister Kinderopvang with a linked VOG on `asOf`; null when nothing bars them.
 */
export function workRefusal(fn: JobFunction, profile: PersonProfile, asOf: string): WorkRefusal | null {
  return fn.worksWithChildren.value && !isRegisteredForChildcare(profile, asOf)
    ? NOT_IN_PERSONENREGISTER
    : null;
}
