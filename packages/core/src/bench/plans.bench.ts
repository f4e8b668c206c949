// Prints how many development plans per second of CPU time the rules compute on one core, for a
// typical person and for one with 200 evidence records. Run: pnpm --filter @ontwikkelpad/core bench
import { childcareCatalog as catalog } from "../catalog/childcare/index.ts";
import { planDevelopmentPath } from "../rules/plan.ts";
import type { PersonProfileInput } from "../rules/profile.ts";
import { PERSONAS } from "../personas.ts";

const TODAY = "2026-11-23";
const milan = PERSONAS.find((p) => p.key === "milan")!;
const workProcessIds = catalog.workProcesses.map((w) => w.id);

const heavy: PersonProfileInput = {
  ...milan.profile,
  evidence: Array.from({ length: 200 }, (_, i) => {
    const praktijk = i % 2 === 0;
    return {
      id: `e${i}`,
      workProcessId: workProcessIds[i % workProcessIds.length]!,
      kind: praktijk ? ("PRACTICE_ASSESSMENT" as const) : ("FORMAL_EXAM" as const),
      result: praktijk ? ("MASTERED" as const) : i % 3 === 0 ? ("FAILED" as const) : ("PASSED" as const),
      ...(praktijk ? { signing: "CO_SIGNED" as const } : {}),
      date: `2026-0${1 + (i % 9)}-15`,
    };
  }),
};

/**
 * Plans per second of CPU time, so that other work on a shared machine does not count against the rules.
 * `ask` gives the profile of each plan.
 */
function measure(label: string, ask: () => PersonProfileInput, cpuSeconds = 2) {
  for (let i = 0; i < 500; i++) planDevelopmentPath(catalog, ask(), milan.goal, TODAY); // warm-up
  let count = 0;
  const start = process.cpuUsage();
  let used = 0;
  while (used < cpuSeconds * 1e6) {
    for (let i = 0; i < 100; i++) planDevelopmentPath(catalog, ask(), milan.goal, TODAY);
    count += 100;
    const { user, system } = process.cpuUsage(start);
    used = user + system;
  }
  const perSecond = Math.round(count / (used / 1e6));
  console.log(`${label.padEnd(44)} ${perSecond.toLocaleString("nl-NL").padStart(10)} plannen/s`);
}

measure("typisch (Milan: certificaat, taalniveau)", () => milan.profile);
measure("200 bewijsstukken", () => heavy);
// Core checks an evidence list once (by the list): a new list of the same records is checked again, as
// for a caller that asks only one rule about a person.
measure("200 bewijsstukken, elke keer een nieuwe lijst", () => ({
  ...heavy,
  evidence: heavy.evidence!.slice(),
}));
