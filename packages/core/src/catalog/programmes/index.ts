import type { ProgrammeCatalog } from "../programme-schema.ts";

const SEED_004 =
  "seed 004 (Deventer: Aventus, Saxion, Opleidingsschool De Stedendriehoek, Raster, Varietas; 'Interprofessioneel leren en werken – in en om school', domain Kind en Educatie)";
const CROHO_UNCHECKED =
  "CROHO register (DUO); code as commonly published for the programme, not checked against the register";
const IPEC =
  "Interprofessional Education Collaborative, Core Competencies for Interprofessional Collaborative Practice (2016; the four domains, kept in the 2023 version)";
const ISSUE_27 = `${SEED_004}; the partners' own list is not published there, the competence is named in the project's brief (issue 27)`;

/**
 * The programmes of the schools in an interprofessional learning team (mbo and hbo) and the shared
 * competence framework every student's goals name, besides her own programme's werkprocessen.
 */
export const programmeCatalog: ProgrammeCatalog = {
  programmes: [
    {
      level: "mbo",
      id: "mbo-pedagogisch-medewerker-kinderopvang",
      title: "Pedagogisch medewerker kinderopvang (mbo 3)",
      niveau: 3,
      crebo: "25696",
      qualificationId: "PMK",
      source: "deltion.nl studiegids (crebo 25696 from 1-8-2021); Aventus Deventer offers it (seed 004)",
      confidence: "confirmed",
    },
    {
      level: "mbo",
      id: "mbo-onderwijsassistent",
      title: "Onderwijsassistent (mbo 4)",
      niveau: 4,
      crebo: "25698",
      qualificationId: "OA",
      source: "kwalificatie-mijn.s-bb.nl (crebo 25698 from 1-8-2021); Aventus Deventer offers it (seed 004)",
      confidence: "confirmed",
    },
    {
      level: "hbo-bachelor",
      id: "hbo-pabo",
      title: "Leraar basisonderwijs (pabo)",
      croho: "34808",
      source: `${CROHO_UNCHECKED}; Saxion and Opleidingsschool De Stedendriehoek (seed 004)`,
      confidence: "inferred",
    },
    {
      level: "hbo-bachelor",
      id: "hbo-social-work",
      title: "Social Work",
      croho: "34616",
      source: `${CROHO_UNCHECKED}; Saxion (seed 004, welzijn en jeugdhulp)`,
      confidence: "inferred",
    },
    {
      level: "hbo-bachelor",
      id: "hbo-pedagogiek",
      title: "Pedagogiek",
      croho: null,
      source: `${SEED_004}; the CROHO code was not found`,
      confidence: "unconfirmed",
    },
  ],
  competenceFramework: {
    id: "interprofessioneel-kind-en-educatie",
    title: "Interprofessioneel samenwerken rond het kind",
    source: `${IPEC}, for the first four; ${SEED_004} for the child at the centre and the last two`,
    confidence: "inferred",
    competences: [
      {
        id: "waarden-en-ethiek",
        title: "Het kind centraal",
        description: "Werkt vanuit wat het kind nodig heeft en respecteert de inbreng van andere beroepen.",
        source: `${IPEC} (values/ethics); ${SEED_004} ('waarbij het kind centraal staat')`,
        confidence: "confirmed",
      },
      {
        id: "rollen-en-verantwoordelijkheden",
        title: "Rollen en verantwoordelijkheden",
        description: "Kent de eigen rol en die van de andere professionals rond het kind, en hun grenzen.",
        source: `${IPEC} (roles/responsibilities)`,
        confidence: "confirmed",
      },
      {
        id: "interprofessioneel-communiceren",
        title: "Interprofessioneel communiceren",
        description: "Deelt observaties en afspraken helder met collega's van andere beroepen.",
        source: `${IPEC} (interprofessional communication)`,
        confidence: "confirmed",
      },
      {
        id: "samenwerken-over-beroepsgrenzen",
        title: "Samenwerken over beroepsgrenzen",
        description:
          "Werkt in het team aan de vraag van de praktijkorganisatie en evalueert de samenwerking.",
        source: `${IPEC} (teams and teamwork)`,
        confidence: "confirmed",
      },
      {
        id: "signaleren-en-doorverwijzen",
        title: "Signaleren en doorverwijzen",
        description: "Ziet zorgen over een kind vroeg en weet bij wie in het team of daarbuiten ze horen.",
        source: ISSUE_27,
        confidence: "inferred",
      },
      {
        id: "in-gesprek-met-ouders",
        title: "In gesprek met ouders",
        description:
          "Betrekt ouders als partner en voert met hen het gesprek over de ontwikkeling van het kind.",
        source: ISSUE_27,
        confidence: "inferred",
      },
    ],
  },
};
