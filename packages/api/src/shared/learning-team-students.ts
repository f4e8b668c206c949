import { programmeCatalog, SECTOR_CATALOGS } from "@ontwikkelpad/core";
import type { Prisma } from "@ontwikkelpad/db";
import { z } from "zod";
import { isoDate, isoDateOrNull } from "./dates.ts";
import { personName } from "./person-profile.ts";

/**
 * A learning team's student as her readers see her (her school, the host, and she herself in her own
 * view): her name, her goals with their catalog titles and assessments, her reflections. What each
 * reader may see is core's `studentAccess`; these only shape it.
 */

/** A reflection's text, as the student writes it and as a correction replaces it. */
export const reflectionText = z
  .string()
  .trim()
  .min(10, "Schrijf je reflectie in een paar zinnen.")
  .max(4000, "Houd je reflectie korter dan 4000 tekens.");

/** The title of a goal's shared competence or werkproces, from the catalogs. */
function goalTitle(goal: { competenceId: string | null; workProcessId: string | null }): string {
  if (goal.competenceId)
    return (
      programmeCatalog.competenceFramework.competences.find((c) => c.id === goal.competenceId)?.title ??
      goal.competenceId
    );
  const workProcessId = goal.workProcessId ?? "";
  return (
    SECTOR_CATALOGS.flatMap((sector) => sector.workProcesses).find((w) => w.id === workProcessId)?.title ??
    workProcessId
  );
}

/** A member with what names her: her school's enrolment of her person, or the name the school gave. */
export const memberInclude = {
  enrolment: { select: { personId: true, person: { select: { givenName: true, familyName: true } } } },
} as const satisfies Prisma.LearningTeamMemberInclude;

type MemberWithPerson = Prisma.LearningTeamMemberGetPayload<{ include: typeof memberInclude }>;

/** The facts core's `studentAccess` reads of a member: her school, and her person when she is a learner. */
export function memberFacts(member: MemberWithPerson) {
  return { schoolOrganizationId: member.schoolOrganizationId, personId: member.enrolment?.personId ?? null };
}

/** A member's name: her enrolment's person's, or the name her school added her by. */
export function memberName(member: MemberWithPerson): string {
  return member.enrolment ? personName(member.enrolment.person) : (member.studentName ?? "");
}

export const goalSchema = z.object({
  id: z.string(),
  kind: z.enum(["competence", "workProcess"]),
  refId: z.string(),
  title: z.string(),
  description: z.string(),
  /** Only for the student's own school and the student herself; null for every other reader. */
  assessment: z.string().nullable(),
  assessedOn: z.iso.date().nullable(),
});

/** A reflection as its readers see it: when, about which goal, and its correction if one replaced it. */
export const reflectionSchema = z.object({
  id: z.string(),
  writtenOn: z.iso.date(),
  goalId: z.string().nullable(),
  goalTitle: z.string().nullable(),
  text: z.string(),
  /** The reason this reflection gives for correcting an earlier one. */
  correctionReason: z.string().nullable(),
  /** Whether a later reflection corrected this one; it stays listed. */
  superseded: z.boolean(),
});

type GoalRow = Prisma.LearningTeamGoalGetPayload<object>;
type ReflectionRow = Prisma.LearningTeamReflectionGetPayload<{ include: { supersededBy: true } }>;

/** A goal as the reader sees it: the assessment only where core's `studentAccess` lets them read it. */
export function goalView(goal: GoalRow, readsAssessments: boolean): z.infer<typeof goalSchema> {
  return {
    id: goal.id,
    kind: goal.competenceId ? "competence" : "workProcess",
    refId: goal.competenceId ?? goal.workProcessId ?? "",
    title: goalTitle(goal),
    description: goal.description,
    assessment: readsAssessments ? goal.assessment : null,
    assessedOn: readsAssessments ? isoDateOrNull(goal.assessedAt) : null,
  };
}

/** The student's reflections, newest first, each with the title of the goal it is about. */
export function reflectionViews(
  reflections: readonly ReflectionRow[],
  goals: readonly GoalRow[],
): z.infer<typeof reflectionSchema>[] {
  return reflections
    .toSorted((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
    .map((r) => {
      const goal = goals.find((g) => g.id === r.goalId);
      return {
        id: r.id,
        writtenOn: isoDate(r.createdAt),
        goalId: r.goalId,
        goalTitle: goal ? goalTitle(goal) : null,
        text: r.text,
        correctionReason: r.correctionReason,
        superseded: r.supersededBy !== null,
      };
    });
}
