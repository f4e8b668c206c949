/** Werkproces ids the demo data refers to (ids carry their dossier version, as in the catalog). */
export const DEMO_WORK_PROCESSES = {
  /** Pedagogisch werk basisdeel, kerntaak B1-K1. */
  pw: [
    "pedagogisch-werk-2021:B1-K1-W1",
    "pedagogisch-werk-2021:B1-K1-W2",
    "pedagogisch-werk-2021:B1-K1-W3",
    "pedagogisch-werk-2021:B1-K1-W4",
    "pedagogisch-werk-2021:B1-K1-W5",
    "pedagogisch-werk-2021:B1-K1-W6",
    "pedagogisch-werk-2021:B1-K1-W7",
    "pedagogisch-werk-2021:B1-K1-W8",
  ],
  /** What certificate C0125 covers. */
  c0125: ["pedagogisch-werk-2021:B1-K1-W1", "pedagogisch-werk-2021:B1-K1-W7"],
  /** Helpende zorg en welzijn, as on the groepshulp praktijkverklaring. */
  hzw: [
    "helpende-zorg-en-welzijn-2020:B1-K1-W1",
    "helpende-zorg-en-welzijn-2020:B1-K1-W2",
    "helpende-zorg-en-welzijn-2020:B1-K1-W3",
    "helpende-zorg-en-welzijn-2020:B1-K1-W4",
    "helpende-zorg-en-welzijn-2020:B1-K1-W5",
    "helpende-zorg-en-welzijn-2020:B1-K2-W1",
    "helpende-zorg-en-welzijn-2020:B1-K2-W2",
    "helpende-zorg-en-welzijn-2020:B1-K2-W3",
  ],
} as const;
