import {
  childcareCatalog,
  ENDED_POK_STATUSES,
  findWorkProcess,
  isoWeekOf,
  can,
  type CoachRole,
  COACH_ROLES,
  ROLES,
} from "@ontwikkelpad/core";
import { scopeOrganizationsInRegion, scopeOwnedBySchool } from "@ontwikkelpad/db";
import { z } from "zod";
import { credentialTitle } from "../../../shared/catalog-titles.ts";
import { isoDate, isoDateOrNull, today } from "../../../shared/dates.ts";
import { personName } from "../../../shared/person-profile.ts";
import { schoolProcedure } from "../../../trpc.ts";
import { ownClass } from "./own-class.ts";
import { classSkillGaps } from "./skill-gaps.ts";

const memberRoleSchema = z.enum(COACH_ROLES);
const personSelect = { select: { id: true, givenName: true, familyName: true } } as const;

const workProcessLabel = (id: string) => {
  const wp = findWorkProcess(childcareCatalog, id);
  return wp ? `${wp.code} ${wp.title}` : id;
};

const byName = <T extends { name: string }>(rows: T[]) =>
  rows.toSorted((a, b) => a.name.localeCompare(b.name, "nl"));

/**
 * A class with its learners, adopting employers, mentor team, reflection notes, skill gaps and the
 * signals sent to the regiegroep, plus the choices for adding to each.
 */
export const get = schoolProcedure
  .meta({ action: "schoolMember" })
  .input(z.object({ classId: z.string().min(1) }))
  .output(
    z.object({
      id: z.string(),
      name: z.string(),
      credentialTitle: z.string(),
      cohortYear: z.number().int(),
      region: z.string().nullable(),
      canManage: z.boolean(),
      canWrite: z.boolean(),
      /** This week (ISO), the week picker's default. */
      currentWeek: z.string(),
      learners: z.array(
        z.object({
          enrolmentId: z.string(),
          name: z.string(),
          employer: z.string(),
          credentialTitle: z.string(),
        }),
      ),
      learnerOptions: z.array(
        z.object({
          enrolmentId: z.string(),
          name: z.string(),
          employer: z.string(),
          credentialTitle: z.string(),
        }),
      ),
      adoptions: z.array(z.object({ employerId: z.string(), name: z.string(), learners: z.number().int() })),
      employerOptions: z.array(
        z.object({ employerId: z.string(), name: z.string(), learners: z.number().int() }),
      ),
      team: z.array(
        z.object({ userId: z.string(), name: z.string(), organisation: z.string(), role: memberRoleSchema }),
      ),
      memberOptions: z.array(
        z.object({ userId: z.string(), name: z.string(), organisation: z.string(), role: memberRoleSchema }),
      ),
      notes: z.array(
        z.object({
          id: z.string(),
          isoWeek: z.string(),
          enrolmentId: z.string(),
          learner: z.string(),
          text: z.string(),
          author: z.string(),
          writtenAt: z.iso.datetime(),
        }),
      ),
      skillGaps: z.array(
        z.object({
          workProcessId: z.string(),
          workProcess: z.string(),
          rated: z.number().int(),
          struggling: z.number().int(),
          lastSentOn: z.iso.date().nullable(),
        }),
      ),
      signals: z.array(
        z.object({
          id: z.string(),
          workProcess: z.string(),
          note: z.string(),
          sentOn: z.iso.date(),
          sentBy: z.string().nullable(),
          rated: z.number().int().nullable(),
          struggling: z.number().int().nullable(),
          acknowledgedOn: z.iso.date().nullable(),
          discussedOn: z.iso.date().nullable(),
          regiegroepNote: z.string().nullable(),
        }),
      ),
    }),
  )
  .query(async ({ ctx, input }) => {
    const schoolClass = await ownClass(ctx, input.classId, {
      region: { select: { name: true } },
      enrolments: {
        select: {
          id: true,
          credentialId: true,
          person: personSelect,
          employer: { select: { id: true, name: true } },
        },
      },
      adoptions: { select: { employer: { select: { id: true, name: true } } } },
      mentorTeams: {
        select: {
          members: {
            select: {
              userId: true,
              organizationId: true,
              user: { select: { displayName: true } },
              organization: { select: { name: true, kind: true } },
            },
          },
          signals: {
            select: {
              id: true,
              workProcessId: true,
              note: true,
              createdAt: true,
              learnersRated: true,
              learnersStruggling: true,
              sentBy: { select: { displayName: true } },
              review: { select: { acknowledgedAt: true, discussedOn: true, regiegroepNote: true } },
            },
          },
        },
      },
    });
    const learners = schoolClass.enrolments;
    const adopterIds = schoolClass.adoptions.map((a) => a.employer.id);
    const learnersAt = (employerId: string) => learners.filter((e) => e.employer.id === employerId).length;
    const members = schoolClass.mentorTeams.flatMap((t) => t.members);
    const memberIds = new Set(members.map((m) => m.userId));

    const [openEnrolments, regionEmployers, candidateMembers, notes, skillGaps] = await Promise.all([
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
      ctx.prisma.reflectionNote.findMany({
        where: { AND: [scopeOwnedBySchool(ctx.organizationId), { schoolClassId: schoolClass.id }] },
        select: {
          id: true,
          isoWeek: true,
          enrolmentId: true,
          text: true,
          createdAt: true,
          author: { select: { displayName: true } },
          enrolment: { select: { person: personSelect } },
        },
        orderBy: [{ isoWeek: "desc" }, { createdAt: "desc" }],
      }),
      classSkillGaps(
        ctx.prisma,
        ctx.organizationId,
        learners.map((e) => e.person.id),
      ),
    ]);

    const signals = schoolClass.mentorTeams
      .flatMap((t) => t.signals)
      .toSorted((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
    const lastSent = new Map<string, string>();
    for (const s of signals)
      if (!lastSent.has(s.workProcessId)) lastSent.set(s.workProcessId, isoDate(s.createdAt));

    const employers = new Map<string, string>();
    for (const e of learners) employers.set(e.employer.id, e.employer.name);
    for (const e of regionEmployers) employers.set(e.id, e.name);

    return {
      id: schoolClass.id,
      name: schoolClass.name,
      credentialTitle: credentialTitle(schoolClass.credentialId),
      cohortYear: schoolClass.cohortYear,
      region: schoolClass.region?.name ?? null,
      canManage: can(ctx.roles, "manageClasses"),
      canWrite: can(ctx.roles, "writeClassNotes") && members.some((m) => m.userId === ctx.session.userId),
      currentWeek: isoWeekOf(today()),
      learners: byName(
        learners.map((e) => ({
          enrolmentId: e.id,
          name: personName(e.person),
          employer: e.employer.name,
          credentialTitle: credentialTitle(e.credentialId),
        })),
      ),
      learnerOptions: byName(
        openEnrolments.map((e) => ({
          enrolmentId: e.id,
          name: personName(e.person),
          employer: e.employer.name,
          credentialTitle: credentialTitle(e.credentialId),
        })),
      ),
      adoptions: byName(
        schoolClass.adoptions.map((a) => ({
          employerId: a.employer.id,
          name: a.employer.name,
          learners: learnersAt(a.employer.id),
        })),
      ),
      // The employers of the class's learners come first: they are the ones proposed to adopt it.
      employerOptions: byName(
        [...employers]
          .filter(([id]) => !adopterIds.includes(id))
          .map(([employerId, name]) => ({ employerId, name, learners: learnersAt(employerId) })),
      ).toSorted((a, b) => b.learners - a.learners),
      team: byName(
        members.map((m) => ({
          userId: m.userId,
          name: m.user.displayName,
          organisation: m.organization.name,
          role: m.organization.kind === "SCHOOL" ? ROLES.TEACHER : ROLES.WORKPLACE_TRAINER,
        })),
      ),
      memberOptions: byName(
        candidateMembers
          .filter((m) => !memberIds.has(m.userId))
          .map((m) => ({
            userId: m.userId,
            name: m.user.displayName,
            organisation: m.organization.name,
            role: m.role as CoachRole,
          })),
      ),
      notes: notes.map((n) => ({
        id: n.id,
        isoWeek: n.isoWeek,
        enrolmentId: n.enrolmentId,
        learner: personName(n.enrolment.person),
        text: n.text,
        author: n.author.displayName,
        writtenAt: n.createdAt.toISOString(),
      })),
      skillGaps: skillGaps.map((g) => ({
        workProcessId: g.workProcessId,
        workProcess: workProcessLabel(g.workProcessId),
        rated: g.rated,
        struggling: g.struggling,
        lastSentOn: lastSent.get(g.workProcessId) ?? null,
      })),
      signals: signals.map((s) => ({
        id: s.id,
        workProcess: workProcessLabel(s.workProcessId),
        note: s.note,
        sentOn: isoDate(s.createdAt),
        sentBy: s.sentBy?.displayName ?? null,
        rated: s.learnersRated,
        struggling: s.learnersStruggling,
        acknowledgedOn: isoDateOrNull(s.review?.acknowledgedAt),
        discussedOn: isoDateOrNull(s.review?.discussedOn),
        regiegroepNote: s.review?.regiegroepNote ?? null,
      })),
    };
  });
