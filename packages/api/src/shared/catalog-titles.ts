import { childcareCatalog, findCredential, findFunction, findWorkProcess } from "@ontwikkelpad/core";

/** Titles as every page shows them; an id the catalog no longer knows is shown as it is. */
export const credentialTitle = (id: string): string => findCredential(childcareCatalog, id)?.title ?? id;
export const functionTitle = (id: string): string => findFunction(childcareCatalog, id)?.title ?? id;
export const workProcessTitle = (id: string): string => findWorkProcess(childcareCatalog, id)?.title ?? id;
