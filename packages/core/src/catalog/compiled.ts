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
}

const cache = new WeakMap<Catalog, CompiledCatalog>();

const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((item) => [item.id, item]));

/** Look-up indexes of a catalog, built once per catalog object so rules stay fast. */
export function compileCatalog(catalog: Catalog): CompiledCatalog {
  let compiled = cache.get(catalog);
  if (!compiled) {
    compiled = {
      workProcess: byId(catalog.workProcesses),
      qualification: byId(catalog.qualifications),
      certificate: byId(catalog.certificates),
      praktijkverklaring: byId(catalog.praktijkverklaringTemplates),
      function: byId(catalog.functions),
    };
    cache.set(catalog, compiled);
  }
  return compiled;
}
