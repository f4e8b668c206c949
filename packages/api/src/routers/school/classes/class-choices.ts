import { ENDED_POK_STATUSES, ROLES, type CoachRole } from "@ontwikkelpad/core";
import { scopeOrganizationsInRegion, scopeOwnedBySchool, type Prisma } from "@ontwikkelpad/db";
import { credentialTitle } from "../../../shared/catalog-titles.ts";
import { personName } from "../../../shared/person-profile.ts";

export const personSelect = { select: { id: true, givenName: true, familyName: true } } as const;

export const byName = <T extends { name: string }>(rows: T[]) =>
  rows.toSorted((a, b) => a.name.localeCompare(b.name, "nl"));

/** How many of the class's learners work for the employer. */
export const countLearnersAt = (learners: { employer: { id: string } }[], employerId: string) =>
  learners.filter((e) => e.employer.id === employerId).length;

interface ClassForChoices {
  regionOrganizationId: string | null;
  enrolments: { employer: { id: string; name: string } }[];
  adoptions: { employer: { id: string } }[];
}

/**
 * The choices for adding to a class: the school's enrolments in no class whose POK has not ended, the
 * employers that may adopt it (its learners' employers first, then the region's), and the praktijkopleiders
 * of its adopters and the school's docenten who are not yet in its mentor team.
 */
export async function readClassChoices(
  ctx: { prisma: Prisma.TransactionClient; organizationId: string },
  schoolClass: ClassForChoices,
  memberIds: ReadonlySet<string>,
) {
  const learners = schoolClass.enrolments;
  const adopterIds = schoolClass.adoptions.map((a) => a.employer.id);
  const [openEnrolments, regionEmployers, candidateMembers] = await Promise.all([
    ctx.prisma.enrolment.findMany({
      where: {
        AND: [
          scopeOwnedBySchool(ctx.organizationId),
          { schoolClassId: null, pokStatus: { notIn: [...ENDED_POK_STATUSES] } },
        ],
      },
      select: { id: true, credentialId: true, person: personSelect, employer: { select: { name: true } } },
    }),
    schoolClass.regionOrganizationId
      ? ctx.prisma.organization.findMany({
          where: {
            AND: [
              scopeOrganizationsInRegion(schoolClass.regionOrganizationId),
              { kind: "EMPLOYER", archivedAt: null },
            ],
          },
          select: { id: true, name: true },
        })
      : [],
    ctx.prisma.membership.findMany({
      where: {
        OR: [
          { organizationId: { in: adopterIds }, role: ROLES.WORKPLACE_TRAINER },
          { organizationId: ctx.organizationId, role: ROLES.TEACHER },
        ],
        user: { disabledAt: null },
      },
      select: {
        userId: true,
        role: true,
        user: { select: { displayName: true } },
        organization: { select: { name: true } },
      },
    }),
  ]);

  const employers = new Map<string, string>();
  for (const e of learners) employers.set(e.employer.id, e.employer.name);
  for (const e of regionEmployers) employers.set(e.id, e.name);

  return {
    learnerOptions: byName(
      openEnrolments.map((e) => ({
        enrolmentId: e.id,
        name: personName(e.person),
        employer: e.employer.name,
        credentialTitle: credentialTitle(e.credentialId),
      })),
    ),
    // The employers of the class's learners come first: they are the ones proposed to adopt it.
    employerOptions: byName(
      [...employers]
        .filter(([id]) => !adopterIds.includes(id))
        .map(([employerId, name]) => ({ employerId, name, learners: countLearnersAt(learners, employerId) })),
    ).toSorted((a, b) => b.learners - a.learners),
    memberOptions: byName(
      candidateMembers
        .filter((m) => !memberIds.has(m.userId))
        .map((m) => ({
          userId: m.userId,
          name: m.user.displayName,
          organization: m.organization.name,
          role: m.role as CoachRole,
        })),
    ),
  };
}
