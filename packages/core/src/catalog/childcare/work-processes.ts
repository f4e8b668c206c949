import type { DossierVersion, WorkProcess } from "../schema.ts";

const SBB_PW = "s-bb.nl kwalificatiedossier Pedagogisch werk (pre-2021 titles); codes inferred from order";
export const GPM_PROFILE =
  "frieslandcollege.nl and skillsheroes.nl beroepsbeschrijving Gespecialiseerd pedagogisch medewerker (crebo 25484/25697); titles paraphrased there, codes P2-K1-W1…W7 inferred from order (profile P2 after PMK's P1), grouping into one kerntaak unconfirmed";
export const OA_PROFILE =
  "roacn.com kwalificatie Onderwijsassistent (older dossier, crebo 93500), corroborated by the examenplan on wikiwijs.nl (WP 1.1–2.5); codes P3-K1/P3-K2 inferred from order (profile P3 after GPM), not confirmed for crebo 25698";
const SEED_002 = "seed 002, 'Ellen leert op maat: praktijkverklaring'; codes inferred from order";

type Entry = [code: string, title: string];

function workProcesses(
  dossierVersionId: string,
  source: string,
  confidence: WorkProcess["confidence"],
  entries: Entry[],
) {
  return entries.map(([code, title]): WorkProcess => ({
    id: `${dossierVersionId}:${code}`,
    dossierVersionId,
    code,
    coreTaskCode: code.replace(/-W\d+$/, ""),
    title,
    source,
    confidence,
  }));
}

export const dossierVersions: DossierVersion[] = [
  {
    id: "pedagogisch-werk-2021",
    dossierTitle: "Pedagogisch werk",
    validForCohortsFrom: "2021-08-01",
    coreTasks: [
      { code: "B1-K1", title: "Begeleiden van kinderen bij hun ontwikkeling" },
      { code: "B1-K2", title: "Werken aan kwaliteit en deskundigheid" },
      { code: "P1-K1", title: "Opvoeden en ontwikkelen van het kind/de kinderen in de kinderopvang" },
      // The profielen of GPM and OA: their kerntaak titles are not published where we looked; these
      // name what the sources below describe (unconfirmed, like their codes).
      { code: "P2-K1", title: "Begeleiden van kinderen met een specifieke ondersteuningsvraag" },
      { code: "P3-K1", title: "Assisteren bij het uitvoeren van onderdelen van het primaire proces" },
      { code: "P3-K2", title: "Uitvoeren van taken rondom het primaire proces" },
    ],
    source: "s-bb.nl; rocmn.nl; aventus.nl",
    confidence: "inferred",
  },
  {
    id: "helpende-zorg-en-welzijn-2020",
    dossierTitle: "Helpende zorg en welzijn",
    validForCohortsFrom: "2020-08-01",
    coreTasks: [
      { code: "B1-K1", title: "Ondersteunen bij zorg, welzijn en veiligheid" },
      { code: "B1-K2", title: "Ondersteunen bij wonen, persoonlijke zorg en activiteiten" },
    ],
    source: SEED_002,
    confidence: "inferred",
  },
  {
    id: "assistent-dienstverlening-2020",
    dossierTitle: "Entree: Assistent dienstverlening",
    validForCohortsFrom: "2020-08-01",
    coreTasks: [
      { code: "B1-K1", title: "Uitvoeren van assisterende werkzaamheden" },
      { code: "B1-K2", title: "Uitvoeren van dienstverlenende taken" },
    ],
    source: SEED_002,
    confidence: "inferred",
  },
];

export const allWorkProcesses: WorkProcess[] = [
  ...workProcesses("pedagogisch-werk-2021", SBB_PW, "inferred", [
    ["B1-K1-W1", "Inventariseert behoeften en wensen van het kind"],
    ["B1-K1-W2", "Bereidt de uitvoering van activiteiten voor"],
    ["B1-K1-W3", "Richt ruimten in ter voorbereiding op activiteiten"],
    ["B1-K1-W4", "Stemt de werkzaamheden af met betrokkenen"],
    ["B1-K1-W5", "Stimuleert de ontwikkeling door het aanbieden van activiteiten"],
    ["B1-K1-W6", "Ondersteunt bij verzorgende taken"],
    ["B1-K1-W7", "Zorgt voor een veilig pedagogisch klimaat"],
    ["B1-K1-W8", "Evalueert de werkzaamheden"],
    ["B1-K2-W1", "Werkt aan de eigen deskundigheid"],
    ["B1-K2-W2", "Werkt aan het bewaken en bevorderen van kwaliteitszorg"],
    ["P1-K1-W1", "Voert gesprekken met de ouders/vervangende opvoeders en het kind"],
    ["P1-K1-W2", "Stelt een activiteitenprogramma op"],
    ["P1-K1-W3", "Maakt een plan van aanpak voor de begeleiding"],
    ["P1-K1-W4", "Zorgt voor uitvoering van een dagprogramma"],
    ["P1-K1-W5", "Biedt persoonlijke verzorging"],
    ["P1-K1-W6", "Draagt zorg voor huishoudelijke werkzaamheden"],
  ]),
  // Named in the 2021 revision (rocmn.nl, aventus.nl); their codes are not published.
  ...workProcesses(
    "pedagogisch-werk-2021",
    "rocmn.nl; aventus.nl (2021 revision); code unconfirmed",
    "unconfirmed",
    [
      ["B1-K1-W9", "Creëert een verantwoorde en stimulerende speel-/leeromgeving"],
      ["B1-K1-W10", "Draagt zorg voor een hygiënische en gezonde omgeving"],
    ],
  ),
  // Profieldeel Gespecialiseerd pedagogisch medewerker: the tasks the beroepsbeschrijving names
  // beyond the basisdeel. The 2021 dossier's own list and codes were not found: unconfirmed.
  ...workProcesses("pedagogisch-werk-2021", GPM_PROFILE, "unconfirmed", [
    ["P2-K1-W1", "Voert gesprekken met de ouders/vervangende opvoeders en het kind"],
    ["P2-K1-W2", "Stelt een activiteitenprogramma op"],
    ["P2-K1-W3", "Levert een bijdrage aan de ontwikkeling en uitvoering van een begeleidingsplan"],
    ["P2-K1-W4", "Biedt opvang en persoonlijke verzorging"],
    ["P2-K1-W5", "Draagt zorg voor huishoudelijke werkzaamheden"],
    ["P2-K1-W6", "Biedt (specifieke) ontwikkelingsgerichte activiteiten aan"],
    ["P2-K1-W7", "Voert coördinerende taken uit"],
  ]),
  // Profieldeel Onderwijsassistent: the werkprocessen of the older Onderwijsassistent dossier's two
  // primary-process kerntaken (its third, kwaliteit en deskundigheid, is the shared basisdeel's B1-K2).
  ...workProcesses("pedagogisch-werk-2021", OA_PROFILE, "unconfirmed", [
    ["P3-K1-W1", "Observeert de werkwijze van leerlingen/deelnemers en rapporteert de bevindingen"],
    ["P3-K1-W2", "Bereidt de uitvoering van programmaonderdelen voor"],
    ["P3-K1-W3", "Assisteert bij de uitvoering van programmaonderdelen"],
    ["P3-K1-W4", "Begeleidt leerlingen/deelnemers bij de uitvoering van programmaonderdelen"],
    ["P3-K2-W1", "Voert werkzaamheden uit ten behoeve van het primaire proces"],
    ["P3-K2-W2", "Assisteert bij het organiseren van activiteiten"],
    ["P3-K2-W3", "Voert administratieve taken uit"],
    ["P3-K2-W4", "Houdt toezicht en begeleidt buiten het primaire proces"],
    ["P3-K2-W5", "Voert in PO en SO pedagogisch-verzorgende taken uit"],
  ]),
  ...workProcesses("helpende-zorg-en-welzijn-2020", SEED_002, "inferred", [
    ["B1-K1-W1", "Treedt op als aanspreekpunt"],
    ["B1-K1-W2", "Voert eenvoudige administratieve werkzaamheden uit"],
    ["B1-K1-W3", "Assisteert bij voorraadbeheer"],
    ["B1-K1-W4", "Draagt bij aan een veilige situatie"],
    ["B1-K1-W5", "Voert werkzaamheden uit gericht op voeding"],
    ["B1-K2-W1", "Ondersteunt bij wonen en huishouden"],
    ["B1-K2-W2", "Ondersteunt bij persoonlijke zorg en activiteiten van het dagelijks leven"],
    ["B1-K2-W3", "Assisteert bij de uitvoering van sociale en recreatieve activiteiten"],
    ["B1-K2-W4", "Evalueert de werkzaamheden"],
  ]),
  ...workProcesses("assistent-dienstverlening-2020", SEED_002, "inferred", [
    ["B1-K1-W1", "Bereidt assisterende werkzaamheden voor"],
    ["B1-K1-W2", "Voert assisterende werkzaamheden uit"],
    ["B1-K1-W3", "Meldt zich ter afsluiting van zijn assisterende werkzaamheden af"],
    ["B1-K2-W1", "Maakt (werk)ruimtes gebruiksklaar"],
    ["B1-K2-W2", "Voert ondersteunende dienstverlenende taken uit in werk, woon en leefomgeving"],
    ["B1-K2-W3", "Staat derden te woord en verwijst hen door"],
  ]),
];

/** Ids of one dossier version's werkprocessen by exact code or by kerntaak code. */
export function idsOf(dossierVersionId: string, ...codes: string[]): string[] {
  return allWorkProcesses
    .filter(
      (wp) =>
        wp.dossierVersionId === dossierVersionId &&
        codes.some((c) => wp.code === c || wp.code.startsWith(`${c}-`)),
    )
    .map((wp) => wp.id);
}
