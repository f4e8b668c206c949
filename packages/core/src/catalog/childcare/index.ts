// Long because: catalog data (the childcare functions, credentials and their requirements), one entry after another.
import type { Catalog, Qualification, QualificationPart, Requirement } from "../schema.ts";
import { allWorkProcesses, dossierVersions, GPM_PROFILE, idsOf, OA_PROFILE } from "./work-processes.ts";

const PW = "pedagogisch-werk-2021";
const HZW = "helpende-zorg-en-welzijn-2020";
const AD = "assistent-dienstverlening-2020";
const GENERIEK = ["Nederlands", "Rekenen", "Loopbaan en burgerschap"];

/** A qualification's werkprocessen are those of its parts' kerntaken, so the two never disagree. */
const qualification = (q: Omit<Qualification, "workProcessIds">): Qualification => ({
  ...q,
  workProcessIds: q.parts.flatMap((part) => idsOf(q.dossierVersionId, ...part.coreTaskCodes)),
});

const PW_BASISDEEL: QualificationPart = {
  kind: "basisdeel",
  title: "basisdeel Pedagogisch werk",
  coreTaskCodes: ["B1-K1", "B1-K2"],
  source:
    "s-bb.nl kwalificatiedossier Pedagogisch werk (basisdeel shared by PMK, GPM and OA); domain guide §4",
  confidence: "inferred",
};

/** The two kerntaken of a dossier whose werkprocessen seed 002 lists as one qualification. */
const wholeDossier = (title: string): QualificationPart[] => [
  {
    kind: "basisdeel",
    title,
    coreTaskCodes: ["B1-K1", "B1-K2"],
    source: "seed 002 ('Ellen leert op maat'); split into basisdeel and profieldeel not published there",
    confidence: "inferred",
  },
];

const qualifiedPm: Requirement = {
  kind: "anyOf",
  label: "Kwalificatie-eis",
  of: [
    {
      kind: "diploma",
      qualificationIds: ["PMK", "GPM"],
      diplomaGroups: ["A1"],
      label: "Diploma van de cao-lijst",
    },
    {
      kind: "diplomaWithProof",
      qualificationIds: ["OA"],
      diplomaGroups: ["A2"],
      proofCertificateIds: ["C0125"],
      label: "Diploma uit diplomagroep A2 met aanvullend bewijs",
    },
    {
      kind: "allOf",
      label: "De drie kinderopvangcertificaten",
      of: [
        { kind: "certificate", certificateId: "C0125" },
        { kind: "certificate", certificateId: "C0123" },
        { kind: "certificate", certificateId: "C0126" },
      ],
    },
  ],
};

const TAALEIS =
  "cao Kinderopvang, bijlage Taaleis (accepted proofs of mondeling 3F); domain guide §5 (taaleis since 1-1-2023)";

const personRequirements: Requirement[] = [
  { kind: "language", skill: "mondeling", level: "3F" },
  { kind: "babyscholing" },
];

/**
 * Everyone who works with children in a kindercentrum, groepshulp and learner included, is registered
 * in the Personenregister Kinderopvang and linked to the houder before the first day; registration
 * needs a VOG. Core adds the requirement to every function that works with children.
 */
const worksWithChildren = {
  value: true,
  source:
    "Wet kinderopvang art. 1.50 (kindercentrum) en art. 1.56b (gastouderbureau) (BWBR0017017); Personenregister Kinderopvang (DUO, registratie met VOG en koppeling aan de houder); domain guide §5",
  confidence: "confirmed",
} as const;

/** cao art. 9.5: mbo-3 or higher, havo/vwo, or a foreign diploma with work experience. */
const pmInOntwikkelingEntry: Requirement = {
  kind: "anyOf",
  label: "Instroomeisen cao art. 9.5",
  of: [
    {
      kind: "priorEducation",
      levels: ["mbo-3", "mbo-4", "havo", "vwo", "hbo", "wo"],
      label: "een diploma mbo-3 of hoger, havo of vwo",
    },
    {
      kind: "allOf",
      of: [
        { kind: "priorEducation", levels: ["buitenlands"], label: "een buitenlands diploma" },
        { kind: "experience", minYears: 1 },
      ],
    },
  ],
};

/** The childcare (kinderopvang) catalog, version 1. A second sector is a second file like this one. */
export const childcareCatalog: Catalog = {
  sector: { id: "kinderopvang", title: "Kinderopvang" },
  dossierVersions,
  workProcesses: allWorkProcesses,
  qualifications: [
    qualification({
      id: "PMK",
      crebo: "25696",
      title: "Pedagogisch medewerker kinderopvang",
      niveau: 3,
      dossierVersionId: PW,
      parts: [
        PW_BASISDEEL,
        {
          kind: "profieldeel",
          title: "profieldeel Pedagogisch medewerker kinderopvang",
          coreTaskCodes: ["P1-K1"],
          source: "s-bb.nl beroepen/pedagogisch-medewerker-kinderopvang (kerntaken en werkprocessen)",
          confidence: "inferred",
        },
      ],
      generiekDeel: GENERIEK,
      durationMonths: { BBL: 24, DERDE_LEERWEG: 18 },
      source: "deltion.nl studiegids (crebo 25696 from 1-8-2021)",
      confidence: "confirmed",
    }),
    qualification({
      id: "GPM",
      crebo: "25697",
      title: "Gespecialiseerd pedagogisch medewerker kinderopvang",
      niveau: 4,
      dossierVersionId: PW,
      parts: [
        PW_BASISDEEL,
        {
          kind: "profieldeel",
          title: "profieldeel Gespecialiseerd pedagogisch medewerker",
          coreTaskCodes: ["P2-K1"],
          source: GPM_PROFILE,
          confidence: "unconfirmed",
        },
      ],
      generiekDeel: [...GENERIEK, "Engels"],
      durationMonths: { BBL: 36 },
      // The one-year kopdeel after the shared basis (rocmn.nl) stays, whatever the basisdeel covered.
      minimumMonths: 12,
      source:
        "crebo 25697 unconfirmed (older 25484 confirmed, rocmn.nl); profieldeel unconfirmed (see its part); 12-month kopdeel (rocmn.nl, inferred as the minimum)",
      confidence: "unconfirmed",
    }),
    qualification({
      id: "OA",
      crebo: "25698",
      title: "Onderwijsassistent",
      niveau: 4,
      dossierVersionId: PW,
      parts: [
        PW_BASISDEEL,
        {
          kind: "profieldeel",
          title: "profieldeel Onderwijsassistent",
          coreTaskCodes: ["P3-K1", "P3-K2"],
          source: OA_PROFILE,
          confidence: "unconfirmed",
        },
      ],
      generiekDeel: [...GENERIEK, "Engels"],
      durationMonths: { BBL: 36 },
      // A year for the profieldeel after the shared basis is a planning estimate.
      minimumMonths: 12,
      source:
        "kwalificatie-mijn.s-bb.nl (crebo 25698 from 1-8-2021); profieldeel unconfirmed (see its part); 12-month minimum is a planning estimate",
      confidence: "confirmed",
    }),
    qualification({
      id: "HZW",
      crebo: "25498",
      title: "Helpende zorg en welzijn",
      niveau: 2,
      dossierVersionId: HZW,
      parts: wholeDossier("beroepsgerichte deel Helpende zorg en welzijn"),
      generiekDeel: ["Nederlands", "Rekenen", "Loopbaan en burgerschap"],
      durationMonths: { BBL: 12, DERDE_LEERWEG: 12 },
      source: "davinci.nl (crebo 25498)",
      confidence: "confirmed",
    }),
    qualification({
      id: "AD",
      crebo: null,
      title: "Entree: Assistent dienstverlening",
      niveau: 1,
      dossierVersionId: AD,
      parts: wholeDossier("beroepsgerichte deel Assistent dienstverlening"),
      generiekDeel: ["Nederlands", "Rekenen", "Loopbaan en burgerschap"],
      durationMonths: { BBL: 12, DERDE_LEERWEG: 9 },
      source: "seed 002; crebo unknown",
      confidence: "unconfirmed",
    }),
  ],
  certificates: [
    {
      id: "C0125",
      code: "C0125",
      title: "Pedagogisch klimaat in de kinderopvang",
      niveau: 3,
      qualificationId: "PMK",
      workProcessIds: idsOf(PW, "B1-K1-W7", "B1-K1-W1", "B1-K1-W9", "P1-K1-W5", "B1-K1-W10"),
      durationMonths: 6,
      source: "aventus.nl (werkprocessen); kinderopvang-werkt.nl 30-05-2023",
      confidence: "confirmed",
    },
    {
      id: "C0123",
      code: "C0123",
      title: "Ontwikkeling en spelen stimuleren in de kinderopvang",
      niveau: 3,
      qualificationId: "PMK",
      workProcessIds: idsOf(PW, "B1-K1-W2", "B1-K1-W3", "B1-K1-W5", "B1-K1-W8", "P1-K1-W2", "P1-K1-W4"),
      durationMonths: 6,
      source: "title confirmed (kinderopvang-werkt.nl); werkprocessen mapped by title",
      confidence: "inferred",
    },
    {
      id: "C0126",
      code: "C0126",
      title: "Professioneel samenwerken en communiceren in de kinderopvang",
      niveau: 3,
      qualificationId: "PMK",
      workProcessIds: idsOf(PW, "B1-K1-W4", "B1-K2-W1", "B1-K2-W2", "P1-K1-W1", "P1-K1-W3"),
      durationMonths: 6,
      source: "title confirmed (kinderopvang-werkt.nl); werkprocessen mapped by title",
      confidence: "inferred",
    },
    {
      id: "OIK",
      code: null,
      title: "Ondersteuning in de kinderopvang",
      niveau: 2,
      qualificationId: "HZW",
      workProcessIds: idsOf(HZW, "B1-K1-W4", "B1-K1-W5", "B1-K2-W2", "B1-K2-W3"),
      durationMonths: 6,
      source: "seed 002 (certificate on HZW); code and werkprocessen unknown, mapped by title",
      confidence: "unconfirmed",
    },
  ],
  praktijkverklaringTemplates: [
    {
      id: "pv-assistent-dienstverlening",
      title: "Praktijkverklaring Assistent dienstverlening",
      qualificationId: "AD",
      niveau: 1,
      recommendedWorkProcessIds: idsOf(AD, "B1-K1", "B1-K2"),
      durationMonths: 6,
      source: "seed 002",
      confidence: "confirmed",
    },
    {
      id: "pv-helpende-zorg-welzijn",
      title: "Praktijkverklaring Helpende zorg en welzijn",
      qualificationId: "HZW",
      niveau: 2,
      recommendedWorkProcessIds: idsOf(HZW, "B1-K1", "B1-K2"),
      durationMonths: 9,
      source: "seed 002; duration 6–9 months (davinci.nl)",
      confidence: "confirmed",
    },
  ],
  functions: [
    {
      id: "groepshulp",
      title: "Groepshulp",
      countsInRatio: "no",
      requirement: { kind: "none" },
      worksWithChildren,
      pathRole: "entry",
      source: "cao Kinderopvang; seed 002",
      confidence: "confirmed",
    },
    {
      id: "pedagogisch-medewerker",
      title: "Pedagogisch medewerker",
      countsInRatio: "qualified",
      requirement: { kind: "allOf", of: [qualifiedPm, ...personRequirements] },
      worksWithChildren,
      nonQualifyingQualificationIds: ["HZW"],
      pathRole: "goal",
      source: "fcb.nl/kwalificatie-eisen; kinderopvang-werkt.nl 30-05-2023 and FAQ (HZW does not qualify)",
      confidence: "confirmed",
    },
    {
      id: "beroepskracht-in-opleiding",
      title: "Beroepskracht in opleiding (BBL)",
      countsInRatio: "learner",
      requirement: {
        kind: "activeEnrolment",
        learningRoutes: ["BBL"],
        qualificationIds: ["PMK", "GPM"],
        label: "BBL-opleiding",
      },
      worksWithChildren,
      source: "cao Kinderopvang; Besluit kwaliteit kinderopvang (a BBL learner with a praktijkovereenkomst)",
      confidence: "confirmed",
    },
    {
      id: "pm-in-ontwikkeling",
      title: "Pedagogisch medewerker in ontwikkeling",
      countsInRatio: "learner",
      requirement: {
        kind: "allOf",
        of: [pmInOntwikkelingEntry, { kind: "ontwikkelplan" }],
      },
      worksWithChildren,
      source:
        "cao Kinderopvang art. 9.5 (entry conditions mbo-3+, havo/vwo, or experience with a foreign diploma; the one year of experience is inferred)",
      confidence: "inferred",
    },
    {
      id: "gespecialiseerd-pm",
      title: "Gespecialiseerd pedagogisch medewerker",
      countsInRatio: "qualified",
      requirement: {
        kind: "allOf",
        of: [{ kind: "diploma", qualificationIds: ["GPM"], label: "Diploma GPM" }, ...personRequirements],
      },
      worksWithChildren,
      source: "cao Kinderopvang functiegebouw",
      confidence: "inferred",
    },
  ],
  diplomaGroups: [
    {
      id: "A1",
      title: "Diplomagroep A1: kwalificeert direct",
      source:
        "cao Kinderopvang, bijlage kwalificatie-eisen (fcb.nl/kwalificatie-eisen); group codes inferred",
      confidence: "inferred",
    },
    {
      id: "A2",
      title: "Diplomagroep A2: kwalificeert met aanvullend bewijs (C0125)",
      source: "cao Kinderopvang, bijlage kwalificatie-eisen; kinderopvang-werkt.nl 30-05-2023",
      confidence: "inferred",
    },
  ],
  // The diplomas the cao's Taaleis annex accepts for mondeling 3F. A recognised language test at 3F (or
  // B2 for speaking) is recorded as that level; an mbo-3 diploma and the three certificates are no proof.
  languageProofs: [
    {
      id: "taaleis-mbo-4",
      title: "Nederlands mbo-diploma niveau 4",
      skill: "mondeling",
      level: "3F",
      educationLevels: ["mbo-4"],
      source: TAALEIS,
      confidence: "confirmed",
    },
    {
      id: "taaleis-havo",
      title: "Havo-diploma",
      skill: "mondeling",
      level: "3F",
      educationLevels: ["havo"],
      source: TAALEIS,
      confidence: "confirmed",
    },
    {
      id: "taaleis-vwo",
      title: "Vwo-diploma",
      skill: "mondeling",
      level: "3F",
      educationLevels: ["vwo"],
      source: TAALEIS,
      confidence: "confirmed",
    },
    {
      id: "taaleis-hbo",
      title: "Hbo-bachelor, Associate degree of vhbo-diploma",
      skill: "mondeling",
      level: "3F",
      educationLevels: ["hbo"],
      source: `${TAALEIS}; an Associate degree and a vhbo diploma are recorded at education level hbo (inferred)`,
      confidence: "inferred",
    },
    {
      id: "taaleis-wo",
      title: "Wo-bachelor of -master",
      skill: "mondeling",
      level: "3F",
      educationLevels: ["wo"],
      source: TAALEIS,
      confidence: "confirmed",
    },
  ],
  fundingInstruments: [
    {
      id: "subsidie-groepshulpen",
      title: "Subsidieregeling groepshulpen kinderopvang",
      payer: "SZW / RVO",
      maxAmountEuro: 10056,
      proRataMaxHours: 36,
      validFrom: "2024-11-01",
      validUntil: "2026-12-31",
      functionIds: ["groepshulp"],
      conditions: [
        {
          kind: "applicationWindows",
          windows: [
            { from: "2024-11-01", until: "2024-11-30" },
            { from: "2025-11-01", until: "2025-11-30" },
            { from: "2026-11-01", until: "2026-11-30" },
          ],
        },
        { kind: "excludedEmployerKinds", kinds: ["gastouderbureau", "gastouder"] },
        { kind: "maxPerOrganizationPerYear", max: 2 },
        { kind: "oncePerPerson" },
        { kind: "minContractMonths", months: 12 },
        { kind: "contractStartsFrom", date: "2023-08-01" },
        { kind: "notDeployedFormatively" },
        {
          kind: "trainingStartedInWindow",
          learningRoutes: ["BBL", "DERDE_LEERWEG"],
          from: "2023-08-01",
          until: "2026-10-31",
        },
        { kind: "grantedInstrument", instrumentId: "praktijkleren-derde-leerweg" },
      ],
      source: "rvo.nl (application windows in November 2024, 2025 and 2026; the exact days are inferred)",
      confidence: "confirmed",
    },
    {
      id: "praktijkleren-derde-leerweg",
      title: "Subsidieregeling praktijkleren (derde leerweg)",
      payer: "OCW",
      maxAmountEuro: 2700,
      validFrom: "2024-01-01",
      validUntil: "2031-12-31",
      conditions: [
        { kind: "recognisedTrainingCompany" },
        { kind: "learningRoute", learningRoutes: ["DERDE_LEERWEG"] },
        // The subsidy is for praktijkleren under a praktijkovereenkomst; RVO asks for the signed POK.
        { kind: "signedPok" },
      ],
      source:
        "wetten.overheid.nl BWBR0046007; rvo.nl praktijkleren derde leerweg (administratie en controle: a signed POK)",
      confidence: "confirmed",
    },
    {
      id: "praktijkleren-bbl",
      title: "Subsidieregeling praktijkleren (BBL)",
      payer: "OCW",
      maxAmountEuro: 2700,
      validFrom: null,
      validUntil: null,
      conditions: [{ kind: "recognisedTrainingCompany" }, { kind: "learningRoute", learningRoutes: ["BBL"] }],
      source: "ugoo.nl",
      confidence: "confirmed",
    },
    {
      id: "slim",
      title: "SLIM-regeling (leren en ontwikkelen in het mkb)",
      payer: "SZW",
      maxAmountEuro: null,
      validFrom: null,
      validUntil: "2030-12-31",
      conditions: [],
      source: "wiedijk.nl (60% of costs)",
      confidence: "inferred",
    },
    {
      id: "stap-budget",
      title: "STAP-budget",
      payer: "UWV",
      maxAmountEuro: null,
      validFrom: null,
      validUntil: "2023-12-31",
      conditions: [],
      source: "deeltijd-opleidingen.nl (ended 1-1-2024)",
      confidence: "confirmed",
    },
    {
      id: "leerwerkloket",
      title: "Advies Leerwerkloket",
      payer: "Leerwerkloket (regio)",
      maxAmountEuro: 0,
      validFrom: null,
      validUntil: null,
      conditions: [],
      source: "leerwerkloket.nl (free advice incl. funding)",
      confidence: "confirmed",
    },
  ],
  ratioRules: [
    {
      careType: "dagopvang",
      ageBand: "0-1",
      steps: [
        [1, 3],
        [2, 6],
        [3, 9],
        [4, 12],
      ],
      source: "kinderopvang-wijzer.nl",
      confidence: "confirmed",
    },
    {
      careType: "dagopvang",
      ageBand: "1-2",
      steps: [
        [1, 5],
        [2, 10],
        [3, 15],
        [4, 16],
      ],
      source: "kinderopvang-wijzer.nl",
      confidence: "confirmed",
    },
    {
      careType: "dagopvang",
      ageBand: "2-3",
      steps: [
        [1, 8],
        [2, 16],
      ],
      source: "kinderopvang-wijzer.nl",
      confidence: "confirmed",
    },
    {
      careType: "dagopvang",
      ageBand: "3-4",
      steps: [
        [1, 8],
        [2, 16],
      ],
      source: "kinderopvang-wijzer.nl",
      confidence: "confirmed",
    },
    { careType: "bso", ageBand: "7-13", steps: [[1, 12]], source: "bitcare help", confidence: "confirmed" },
    {
      careType: "bso",
      ageBand: "4-13",
      steps: [[1, 11]],
      source: "bitcare help (max 9 aged 4–7)",
      confidence: "confirmed",
    },
    {
      careType: "bso",
      ageBand: "4-7",
      steps: [[1, 10]],
      source: "kinderopvang-wijzer.nl",
      confidence: "unconfirmed",
    },
  ],
  learnerCap: {
    normalShare: 1 / 3,
    temporaryShare: 1 / 2,
    temporaryUntil: "2026-07-31",
    source: "Besluit kwaliteit kinderopvang; temporary extension to July 2026",
    confidence: "confirmed",
  },
};
