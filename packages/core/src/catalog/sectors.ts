import { childcareCatalog } from "./childcare/index.ts";
import { primaryEducationCatalog } from "./primary-education/index.ts";
import type { Catalog } from "./schema.ts";

/** Every sector's catalog: a learning team's goal may name a werkproces of any of their qualifications. */
export const SECTOR_CATALOGS: readonly Catalog[] = [childcareCatalog, primaryEducationCatalog];
