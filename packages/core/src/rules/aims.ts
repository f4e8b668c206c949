import { compileCatalog } from "../catalog/compiled.ts";
import { findCredential } from "../catalog/lookup.ts";
import type { Catalog } from "../catalog/schema.ts";

/** Where what a learner aims at at a school comes from; each entry is a credential id of the catalog. */
export interface AimSources {
  /** The credentials of the learner's enrolments at the school. */
  enrolments: readonly string[];
  /** The credentials the learner's training and credential requests to the school ask for. */
  requests: readonly string[];
  /** The goal credentials of the learner's active Ontwikkelpaden (null: a path towards a function only). */
  pathGoals: readonly (string | null)[];
}

/**
 * What a learner aims at at a school: the credentials of their enrolments there, of their requests to
 * it and of their active paths' goals, in that order, each once. An id the catalog does not know is no
 * aim.
 */
export function aimedCredentials(catalog: Catalog, sources: AimSources): string[] {
  const known = (id: string | null): id is string => id !== null && findCredential(catalog, id) !== undefined;
  return [...new Set([...sources.enrolments, ...sources.requests, ...sources.pathGoals].filter(known))];
}

/**
 * The credentials on the way to `ids`: each one, followed by its certificates when it is a diploma, each
 * once (a school issues a diploma's certificates before the diploma).
 */
export function withCertificates(catalog: Catalog, ids: readonly string[]): string[] {
  const qualifications = compileCatalog(catalog).qualification;
  return [
    ...new Set(
      ids.flatMap((id) => [
        id,
        ...(qualifications.has(id)
          ? catalog.certificates.filter((cert) => cert.qualificationId === id).map((cert) => cert.id)
          : []),
      ]),
    ),
  ];
}
