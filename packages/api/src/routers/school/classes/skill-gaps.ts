import { computeSkillGaps, type ClassEvidence, type SkillGap } from "@ontwikkelpad/core";
import { scopeEvidenceForSchool, type Prisma } from "@ontwikkelpad/db";
import { isoDate } from "../../../shared/dates.ts";

/**
 * The skill gaps of a class from its learners' signed praktijkbeoordelingen and established exam
 * results (core decides which records count and what is a gap).
 */
export async function classSkillGaps(
  prisma: Prisma.TransactionClient,
  schoolOrganizationId: string,
  personIds: string[],
): Promise<SkillGap[]> {
  const rows = await prisma.evidence.findMany({
    where: {
      AND: [
        scopeEvidenceForSchool(schoolOrganizationId),
        { personId: { in: personIds } },
        {
          OR: [{ kind: "PRACTICE_ASSESSMENT", signedAt: { not: null } }, { kind: "FORMAL_EXAM" }],
        },
      ],
    },
    select: {
      id: true,
      personId: true,
      workProcessId: true,
      kind: true,
      result: true,
      assessedOn: true,
      createdAt: true,
      supersedesId: true,
    },
  });
  const evidence = rows.map((r): ClassEvidence => ({
    id: r.id,
    personId: r.personId,
    workProcessId: r.workProcessId,
    kind: r.kind === "FORMAL_EXAM" ? r.kind : "PRACTICE_ASSESSMENT",
    result: r.result,
    date: isoDate(r.assessedOn),
    recordedAt: r.createdAt.toISOString(),
    supersedesId: r.supersedesId,
  }));
  return computeSkillGaps(personIds, evidence);
}
