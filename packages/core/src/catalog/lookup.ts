import type { Catalog, CoreTaskGroup } from "./schema.ts";
import { compileCatalog } from "./compiled.ts";

export const findQualification = (catalog: Catalog, id: string) =>
  compileCatalog(catalog).qualification.get(id);
export const findCertificate = (catalog: Catalog, id: string) => compileCatalog(catalog).certificate.get(id);
export const findFunction = (catalog: Catalog, id: string) => compileCatalog(catalog).function.get(id);
export const findWorkProcess = (catalog: Catalog, id: string) => compileCatalog(catalog).workProcess.get(id);

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
