import type { Catalog, JobFunction } from "../schema.ts";
import { childcareCatalog } from "../childcare/index.ts";

/** The onderwijsassistent's kwalificatiedossier is Pedagogisch werk, the one childcare's diplomas share. */
const DOSSIER = "pedagogisch-werk-2021";
const QUALIFICATION = "OA";

const CAO_PO =
  "cao po (PO-Raad, AOb e.a.), functiebeschrijvingen onderwijsassistent en klassenassistent; the mbo-4 diploma Onderwijsassistent as the usual entry requirement is inferred from vacancies, not a legal requirement";

/**
 * A school asks a VOG of everyone who works there (WPO art. 32), but the Personenregister Kinderopvang
 * is for childcare only: the registration core adds to a function that works with children is not asked.
 */
const noPersonenregister: JobFunction["worksWithChildren"] = {
  value: false,
  source:
    "Wet op het primair onderwijs art. 32 (VOG for school staff); Wet kinderopvang art. 1.50 (the Personenregister is for kindercentra and gastouderbureaus only)",
  confidence: "inferred",
};

/**
 * The primary-education (primair onderwijs) catalog, version 1: the onderwijsassistent and the route to
 * the mbo-4 diploma Onderwijsassistent (crebo 25698). Data only; the rules are the ones childcare uses.
 */
export const primaryEducationCatalog: Catalog = {
  sector: { id: "primair-onderwijs", title: "Primair onderwijs" },
  dossierVersions: childcareCatalog.dossierVersions.filter((d) => d.id === DOSSIER),
  workProcesses: childcareCatalog.workProcesses.filter((w) => w.dossierVersionId === DOSSIER),
  qualifications: childcareCatalog.qualifications.filter((q) => q.id === QUALIFICATION),
  certificates: [],
  praktijkverklaringTemplates: [],
  functions: [
    {
      id: "klassenassistent",
      title: "Klassenassistent",
      countsInRatio: "no",
      requirement: { kind: "none" },
      worksWithChildren: noPersonenregister,
      pathRole: "entry",
      source: `${CAO_PO}; no diploma is asked of a klassenassistent`,
      confidence: "unconfirmed",
    },
    {
      id: "onderwijsassistent-in-opleiding",
      title: "Onderwijsassistent in opleiding (BBL)",
      countsInRatio: "learner",
      requirement: {
        kind: "activeEnrolment",
        learningRoutes: ["BBL"],
        qualificationIds: [QUALIFICATION],
        label: "BBL-opleiding Onderwijsassistent",
      },
      worksWithChildren: noPersonenregister,
      source: `${CAO_PO}; a BBL learner with a praktijkovereenkomst at the school (WEB art. 7.2.8)`,
      confidence: "inferred",
    },
    {
      id: "onderwijsassistent",
      title: "Onderwijsassistent",
      countsInRatio: "qualified",
      requirement: {
        kind: "diploma",
        qualificationIds: [QUALIFICATION],
        label: "Diploma Onderwijsassistent (mbo 4)",
      },
      worksWithChildren: noPersonenregister,
      pathRole: "goal",
      source: CAO_PO,
      confidence: "inferred",
    },
  ],
  diplomaGroups: [],
  languageProofs: [],
  fundingInstruments: [],
  // Primary education has no staff–child ratio of the Wet kinderopvang.
  ratioRules: [],
  learnerCap: null,
};
