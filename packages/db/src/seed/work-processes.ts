import { childcareCatalog, findCertificate, findQualification } from "@ontwikkelpad/core";

type Tuple<N extends number, R extends string[] = []> = R["length"] extends N ? R : Tuple<N, [string, ...R]>;

/** The first `count` ids, typed as a tuple so the seed can index them; throws if the catalog shrank. */
function first<N extends number>(ids: readonly string[], count: N): Tuple<N> {
  if (ids.length < count)
    throw new Error(`The catalog lists ${ids.length} werkprocessen, the demo data needs ${count}.`);
  return ids.slice(0, count) as Tuple<N>;
}

const pmk = findQualification(childcareCatalog, "PMK")!;
const hzw = findQualification(childcareCatalog, "HZW")!;

/** Werkproces ids the demo data refers to, taken from the core catalog so both stay in step. */
export const DEMO_WORK_PROCESSES = {
  /** Pedagogisch werk basisdeel, kerntaak B1-K1. */
  pw: first(
    pmk.workProcessIds.filter((id) => id.includes(":B1-K1-")),
    8,
  ),
  /** What certificate C0125 covers. */
  c0125: findCertificate(childcareCatalog, "C0125")!.workProcessIds,
  /** Helpende zorg en welzijn, as on the groepshulp praktijkverklaring. */
  hzw: first(hzw.workProcessIds, 9),
};
