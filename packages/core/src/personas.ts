import type { Goal } from "./rules/plan.ts";
import type { PersonProfileInput } from "./rules/profile.ts";

export interface Persona {
  key: "ellen" | "miriam" | "milan";
  name: string;
  story: string;
  currentFunctionId: string;
  profile: PersonProfileInput;
  goal: Goal;
}

/** The three acceptance personas of seed 002, as profiles the rules and the demo data share. */
export const PERSONAS: readonly Persona[] = [
  {
    key: "ellen",
    name: "Ellen",
    story:
      "Start als groepshulp met huishoudelijke taken en leert op maat: een praktijkverklaring op niveau 1 en 2.",
    currentFunctionId: "groepshulp",
    profile: {
      languageLevels: { mondeling: "2F" },
      vogRegistered: true,
      evidence: [
        {
          id: "ellen-1",
          workProcessId: "assistent-dienstverlening-2020:B1-K2-W1",
          kind: "PRACTICE_ASSESSMENT",
          signing: "CO_SIGNED",
          result: "MASTERED",
          date: "2026-09-15",
        },
      ],
    },
    goal: { kind: "credentials", ids: ["pv-assistent-dienstverlening", "pv-helpende-zorg-welzijn"] },
  },
  {
    key: "miriam",
    name: "Miriam",
    story:
      "Maakt nu groentehapjes en leert straks kinderen een boterham smeren: het mbo-certificaat Ondersteuning in de kinderopvang.",
    currentFunctionId: "groepshulp",
    profile: {
      languageLevels: { mondeling: "2F" },
      vogRegistered: true,
      credentials: [
        { kind: "PRAKTIJKVERKLARING", ref: "pv-assistent-dienstverlening", issuedOn: "2026-03-01" },
      ],
    },
    goal: { kind: "credentials", ids: ["OIK"] },
  },
  {
    key: "milan",
    name: "Milan",
    story:
      "Helpt nu met uitstapjes en organiseert straks zelf het vakantieprogramma van de BSO: pedagogisch medewerker.",
    currentFunctionId: "groepshulp",
    profile: {
      languageLevels: { mondeling: "2F" },
      vogRegistered: true,
      credentials: [{ kind: "CERTIFICATE", ref: "OIK", issuedOn: "2026-06-30" }],
    },
    goal: { kind: "function", functionId: "pedagogisch-medewerker" },
  },
];
