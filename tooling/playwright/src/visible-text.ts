import { LEARNING_ROUTES, childcareCatalog } from "@ontwikkelpad/core";

const catalog = childcareCatalog;

/**
 * The internal spellings a person must never read, taken from core so that a new catalog entry is
 * checked too: the catalog's ids that are no word or code (`pv-helpende-zorg-welzijn`,
 * `praktijkleren-derde-leerweg`, `pedagogisch-werk-2021`) and the leerwegen as the wire spells them (`DERDE_LEERWEG`) or as a
 * slug (`derde-leerweg`). Ids such as "PMK" or "C0125" are codes a page shows beside their title.
 */
export const INTERNAL_IDS: readonly string[] = [
  ...new Set(
    [
      ...[
        catalog.dossierVersions,
        catalog.qualifications,
        catalog.certificates,
        catalog.praktijkverklaringTemplates,
        catalog.functions,
        catalog.fundingInstruments,
        catalog.diplomaGroups,
        catalog.languageProofs,
      ].flatMap((entries) => entries.map((entry) => entry.id)),
      ...LEARNING_ROUTES.flatMap((route) => [route, route.toLowerCase().replaceAll("_", "-")]),
    ].filter((id) => /[-_]/.test(id)),
  ),
];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const INTERNAL_ID = new RegExp(`(?<![\\w-])(${INTERNAL_IDS.map(escapeRegExp).join("|")})(?![\\w-])`, "g");

/**
 * A route's id as core's planner writes it: its credentials joined by "+", a diploma with its leerweg
 * ("PMK:BBL", "C0125+PMK:DERDE_LEERWEG"). A page shows each credential's code with its title instead.
 */
const ROUTE_ID = new RegExp(`(?<![\\w+-])[\\w+-]+:(${LEARNING_ROUTES.join("|")})(?![\\w-])`, "g");

/** Each rule: what it finds in the text and how the report names it. */
const RULES: readonly { pattern: RegExp; problem: (found: string) => string }[] = [
  { pattern: /(?<![\w-])\d{4}-\d{2}-\d{2}(?![\w-])/g, problem: (d) => `ISO date "${d}" (write d-m-jjjj)` },
  { pattern: INTERNAL_ID, problem: (id) => `internal id "${id}"` },
  { pattern: ROUTE_ID, problem: (id) => `route id "${id}" (write the code with its title)` },
  { pattern: /(\([^()\n]+\))\s*\1/g, problem: (twice) => `"${twice}" says the same twice` },
  { pattern: /€\s?0(?![\d,.])/g, problem: (zero) => `"${zero}" where there is no amount` },
];

/**
 * What a page shows a person that it should not: a date as ISO instead of d-m-jjjj, an internal id,
 * a route id ("PMK:BBL"), a repeated parenthesis ("(BBL) (BBL)") and "€ 0". `text` is the page's visible text (`innerText`).
 */
export function visibleTextProblems(text: string): string[] {
  return [
    ...new Set(
      RULES.flatMap(({ pattern, problem }) => [...text.matchAll(pattern)].map((m) => problem(m[0]))),
    ),
  ];
}
