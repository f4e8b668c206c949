import type {
  Catalog,
  Certificate,
  JobFunction,
  PraktijkverklaringTemplate,
  Qualification,
  WorkProcess,
} from "./schema.ts";

export interface CompiledCatalog {
  workProcess: Map<string, WorkProcess>;
  qualification: Map<string, Qualification>;
  certificate: Map<string, Certificate>;
  praktijkverklaring: Map<string, PraktijkverklaringTemplate>;
  function: Map<string, JobFunction>;
  /** Each werkproces's position in `catalog.workProcesses`: rules keep sets of werkprocessen as bits. */
  workProcessIndex: Map<string, number>;
  /** The positions of each qualification's werkprocessen (`workProcessIndices` of its list). */
  qualificationWorkProcesses: Map<string, Int32Array>;
  /** The positions of each certificate's werkprocessen (`workProcessIndices` of its list). */
  certificateWorkProcesses: Map<string, Int32Array>;
}

const cache = new WeakMap<Catalog, CompiledCatalog>();

const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((item) => [item.id, item]));

/** Look-up indexes of a catalog, built once per catalog object so rules stay fast. */
export function compileCatalog(catalog: Catalog): CompiledCatalog {
  let compiled = cache.get(catalog);
  if (!compiled) {
    const workProcessIndex = new Map(catalog.workProcesses.map((w, i) => [w.id, i]));
    const positions = (ids: readonly string[]) =>
      Int32Array.from(ids, (id) => workProcessIndex.get(id) ?? -1);
    compiled = {
      workProcess: byId(catalog.workProcesses),
      qualification: byId(catalog.qualifications),
      certificate: byId(catalog.certificates),
      praktijkverklaring: byId(catalog.praktijkverklaringTemplates),
      function: byId(catalog.functions),
      workProcessIndex,
      qualificationWorkProcesses: new Map(
        catalog.qualifications.map((q) => [q.id, positions(q.workProcessIds)]),
      ),
      certificateWorkProcesses: new Map(catalog.certificates.map((c) => [c.id, positions(c.workProcessIds)])),
    };
    cache.set(catalog, compiled);
  }
  return compiled;
}

const indicesCache = new WeakMap<readonly string[], Int32Array>();

/**
 * The positions (`workProcessIndex`) of a catalog list of werkprocessen, such as a qualification's or a
 * certificate's, built once per list; -1 for an id the catalog does not hold.
 */
export function workProcessIndices(catalog: Catalog, ids: readonly string[]): Int32Array {
  let indices = indicesCache.get(ids);
  if (!indices) {
    const index = compileCatalog(catalog).workProcessIndex;
    indices = Int32Array.from(ids, (id) => index.get(id) ?? -1);
    indicesCache.set(ids, indices);
  }
  return indices;
}
