import type { Catalog, Confidence, CoreTaskGroup, QualificationPart } from "./schema.ts";
import { compileCatalog } from "./compiled.ts";

export const findQualification = (catalog: Catalog, id: string) =>
  compileCatalog(catalog).qualification.get(id);
export const findCertificate = (catalog: Catalog, id: string) => compileCatalog(catalog).certificate.get(id);
export const findFunction = (catalog: Catalog, id: string) => compileCatalog(catalog).function.get(id);
/** The function a side-entrant starts in without a diploma, as the catalog marks it. */
export const findEntryFunction = (catalog: Catalog) => catalog.functions.find((f) => f.pathRole === "entry");
/** The function a new development path proposes as its goal, as the catalog marks it. */
export const findDefaultGoalFunction = (catalog: Catalog) =>
  catalog.functions.find((f) => f.pathRole === "goal");
export const findWorkProcess = (catalog: Catalog, id: string) => compileCatalog(catalog).workProcess.get(id);

/**
 * The three kinds of credential a person can work towards, spelled as the database, the wire and every
 * portal spell them (a test in the api checks the database's enum has exactly these values).
 */
export const CREDENTIAL_KINDS = ["DIPLOMA", "CERTIFICATE", "PRAKTIJKVERKLARING"] as const;
export type CredentialKind = (typeof CREDENTIAL_KINDS)[number];

/**
 * A qualification (diploma), certificate or praktijkverklaring template seen the same way: what a
 * page lists, a request names or a step works towards. `workProcessIds` are the werkprocessen it covers
 * (for a praktijkverklaring: the recommended ones).
 */
export interface CatalogCredential {
  id: string;
  kind: CredentialKind;
  title: string;
  niveau: number;
  /** The crebo of a qualification, the code of a certificate; a praktijkverklaring has none. */
  code: string | null;
  workProcessIds: string[];
  source: string;
  confidence: Confidence;
}

const credentialCache = new WeakMap<Catalog, Map<string, CatalogCredential>>();

function credentialIndex(catalog: Catalog): Map<string, CatalogCredential> {
  let index = credentialCache.get(catalog);
  if (!index) {
    const all: CatalogCredential[] = [
      ...catalog.qualifications.map((q) => ({
        id: q.id,
        kind: "DIPLOMA" as const,
        title: q.title,
        niveau: q.niveau,
        code: q.crebo,
        workProcessIds: q.workProcessIds,
        source: q.source,
        confidence: q.confidence,
      })),
      ...catalog.certificates.map((c) => ({
        id: c.id,
        kind: "CERTIFICATE" as const,
        title: c.title,
        niveau: c.niveau,
        code: c.code,
        workProcessIds: c.workProcessIds,
        source: c.source,
        confidence: c.confidence,
      })),
      ...catalog.praktijkverklaringTemplates.map((t) => ({
        id: t.id,
        kind: "PRAKTIJKVERKLARING" as const,
        title: t.title,
        niveau: t.niveau,
        code: null,
        workProcessIds: t.recommendedWorkProcessIds,
        source: t.source,
        confidence: t.confidence,
      })),
    ];
    index = new Map(all.map((c) => [c.id, c]));
    credentialCache.set(catalog, index);
  }
  return index;
}

/** Every credential of the catalog: diplomas, then certificates, then praktijkverklaringen, each in catalog order. */
export const listCredentials = (catalog: Catalog): CatalogCredential[] => [
  ...credentialIndex(catalog).values(),
];

/** A diploma, certificate or praktijkverklaring by id, or undefined when the catalog has none. */
export const findCredential = (catalog: Catalog, id: string): CatalogCredential | undefined =>
  credentialIndex(catalog).get(id);

/** Werkprocessen grouped by kerntaak (in catalog order), optionally only the given ids. */
export function listWorkProcesses(catalog: Catalog, ids?: Iterable<string>): CoreTaskGroup[] {
  const wanted = ids ? new Set(ids) : null;
  const groups = new Map<string, CoreTaskGroup>();
  for (const wp of catalog.workProcesses) {
    if (wanted && !wanted.has(wp.id)) continue;
    const key = `${wp.dossierVersionId}:${wp.coreTaskCode}`;
    let group = groups.get(key);
    if (!group) {
      const dossier = catalog.dossierVersions.find((d) => d.id === wp.dossierVersionId);
      group = {
        dossierVersionId: wp.dossierVersionId,
        dossierTitle: dossier?.dossierTitle ?? "",
        coreTaskCode: wp.coreTaskCode,
        title: dossier?.coreTasks.find((t) => t.code === wp.coreTaskCode)?.title ?? wp.coreTaskCode,
        workProcesses: [],
      };
      groups.set(key, group);
    }
    group.workProcesses.push(wp);
  }
  return [...groups.values()];
}

/** A qualification's part with the werkprocessen the catalog holds for it. */
export interface QualificationPartContent {
  kind: QualificationPart["kind"];
  title: string;
  workProcessIds: string[];
  /**
   * Whether the catalog holds the part's content: every kerntaak it names has werkprocessen. A part
   * whose content is not held can never be complete.
   */
  known: boolean;
}

const partsCache = new WeakMap<Catalog, Map<string, QualificationPartContent[]>>();

/** The parts of a qualification (basisdeel, profieldeel) with their werkprocessen; [] for an unknown id. */
export function qualificationParts(catalog: Catalog, qualificationId: string): QualificationPartContent[] {
  let byQualification = partsCache.get(catalog);
  if (!byQualification) {
    byQualification = new Map();
    partsCache.set(catalog, byQualification);
  }
  let parts = byQualification.get(qualificationId);
  if (!parts) {
    const c = compileCatalog(catalog);
    const qualification = c.qualification.get(qualificationId);
    const own = (qualification?.workProcessIds ?? []).flatMap((id) => c.workProcess.get(id) ?? []);
    parts = (qualification?.parts ?? []).map((part) => {
      const codes = new Set(part.coreTaskCodes);
      return {
        kind: part.kind,
        title: part.title,
        workProcessIds: own.filter((wp) => codes.has(wp.coreTaskCode)).map((wp) => wp.id),
        known: codes.size > 0 && [...codes].every((code) => own.some((wp) => wp.coreTaskCode === code)),
      };
    });
    byQualification.set(qualificationId, parts);
  }
  return parts;
}
