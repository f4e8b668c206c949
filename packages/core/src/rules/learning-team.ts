import type { ProgrammeCatalog } from "../catalog/programme-schema.ts";
import type { Catalog } from "../catalog/schema.ts";
import { assertAsOf } from "../dates.ts";

/**
 * Interprofessional learning teams (seed 004): students of several schools at one host organisation.
 * Who sees what of a team, what a student's goal may name, and when a team may close. Each school sees
 * and assesses only its own students; the host sees the team without the schools' assessments; a
 * student sees her own goals, assessments and reflections and nothing of the others'.
 */

/** A school's place in a team: it made the team or took up its invitation, or it is invited. */
export type LearningTeamSchoolStatus = "INVITED" | "JOINED";

export interface LearningTeamFacts {
  hostOrganizationId: string;
  schools: readonly { schoolOrganizationId: string; status: LearningTeamSchoolStatus }[];
}

/** How an organisation reads a team: as one of its schools, as an invited school, as its host. */
export type LearningTeamAccess = "school" | "invitedSchool" | "host";

/** The organisation's access to the team, or null: then the team is NOT_FOUND for it. */
export function learningTeamAccess(
  team: LearningTeamFacts,
  organizationId: string,
): LearningTeamAccess | null {
  const school = team.schools.find((s) => s.schoolOrganizationId === organizationId);
  if (school) return school.status === "JOINED" ? "school" : "invitedSchool";
  return team.hostOrganizationId === organizationId ? "host" : null;
}

/**
 * Who reads a student's record in a team: a member of an organisation (a school, the host), or a student
 * through her own view, known by her person (a member linked to her school's enrolment of that person).
 */
export type LearningTeamReader = { organizationId: string } | { studentPersonId: string };

/** What a reader sees of one student of the team. */
export interface StudentAccess {
  /** Her goals (a shared competence or werkproces with its description). */
  readsGoals: boolean;
  /** Her own school's assessment of each goal; as a school, it also assesses them. */
  readsAssessments: boolean;
  /** The reflections she wrote on her team work. */
  readsReflections: boolean;
  /** Whether the reader writes (and corrects) reflections as this student: only she herself. */
  writesReflections: boolean;
}

/**
 * What the reader sees of this student. Her own school reads her goals, its assessments and her
 * reflections, and another school's student is NOT_FOUND for that school's staff; the host reads her
 * goals, never the assessments or reflections. The student herself reads her own goals, their
 * assessments and her reflections, and writes reflections; nothing of another student of the team.
 */
export function studentAccess(
  team: LearningTeamFacts,
  member: { schoolOrganizationId: string; personId: string | null },
  reader: LearningTeamReader,
): StudentAccess {
  if ("studentPersonId" in reader) {
    const herself = member.personId !== null && member.personId === reader.studentPersonId;
    return {
      readsGoals: herself,
      readsAssessments: herself,
      readsReflections: herself,
      writesReflections: herself,
    };
  }
  const access = learningTeamAccess(team, reader.organizationId);
  const ownSchool = access === "school" && member.schoolOrganizationId === reader.organizationId;
  return {
    readsGoals: ownSchool || access === "host",
    readsAssessments: ownSchool,
    readsReflections: ownSchool,
    writesReflections: false,
  };
}

/** A student's goal: a shared competence of the framework, or a werkproces of her own mbo programme. */
export type LearningTeamGoalRef = { competenceId: string } | { workProcessId: string };

/**
 * Why a goal cannot be set for a student of this programme (a Dutch sentence), or null. A werkproces
 * must belong to the programme's qualification in one of the sector catalogs; an hbo programme has no
 * werkprocessen in the catalogs, so its goals name shared competences.
 */
export function learningTeamGoalRefusal(
  programmes: ProgrammeCatalog,
  sectors: readonly Catalog[],
  programmeId: string,
  goal: LearningTeamGoalRef,
): string | null {
  const programme = programmes.programmes.find((p) => p.id === programmeId);
  if (!programme) return "Kies een opleiding uit de lijst.";
  if ("competenceId" in goal)
    return programmes.competenceFramework.competences.some((c) => c.id === goal.competenceId)
      ? null
      : "Kies een gedeelde competentie uit het kader.";
  if (programme.level !== "mbo")
    return `${programme.title} heeft geen werkprocessen in de catalogus: kies een gedeelde competentie.`;
  const qualification = sectors
    .flatMap((sector) => sector.qualifications)
    .find((q) => q.id === programme.qualificationId);
  return qualification?.workProcessIds.includes(goal.workProcessId)
    ? null
    : `Kies een werkproces van ${programme.title}.`;
}

/** Why the team cannot close on `asOf` (a Dutch sentence), or null. */
export function learningTeamCloseRefusal(
  team: { startsOn: string; closedOn: string | null },
  product: string,
  asOf: string,
): string | null {
  assertAsOf(asOf);
  if (team.closedOn !== null) return "Dit leerteam is al afgesloten.";
  if (asOf < team.startsOn) return "Een leerteam sluit je af nadat het begonnen is.";
  if (product.trim().length === 0)
    return "Beschrijf het product dat het team oplevert voordat je het afsluit.";
  return null;
}
