import { childcareCatalog, can, findWorkProcess, isoWeekOf, ROLES } from "@ontwikkelpad/core";
import { scopeOwnedBySchool } from "@ontwikkelpad/db";
import { z } from "zod";
import { credentialTitle } from "../../../shared/catalog-titles.ts";
import { isoDate, isoDateOrNull, today } from "../../../shared/dates.ts";
import { personName } from "../../../shared/person-profile.ts";
import { schoolProcedure } from "../../../trpc.ts";
import { byName, countLearnersAt, personSelect, readClassChoices } from "./class-choices.ts";
import { classViewSchema } from "./get-output.ts";
import { ownClass } from "./own-class.ts";
import { classSkillGaps } from "./skill-gaps.ts";

const workProcessLabel = (id: string) => {
  const wp = findWorkProcess(childcareCatalog, id);
  return wp ? `${wp.code} ${wp.title}` : id;
};

/**
 * A class with its learners, adopting employers, mentor team, reflection notes, skill gaps and the
 * signals sent to the regiegroep, plus the choices for adding to each.
 */
export const get = schoolProcedure
  .meta({ action: "schoolMember" })
  .input(z.object({ classId: z.string().min(1) }))
  .output(classViewSchema)
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
    const members = schoolClass.mentorTeams.flatMap((t) => t.members);
    const memberIds = new Set(members.map((m) => m.userId));

    const [choices, notes, skillGaps] = await Promise.all([
      readClassChoices(ctx, schoolClass, memberIds),
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
      adoptions: byName(
        schoolClass.adoptions.map((a) => ({
          employerId: a.employer.id,
          name: a.employer.name,
          learners: countLearnersAt(learners, a.employer.id),
        })),
      ),
      team: byName(
        members.map((m) => ({
          userId: m.userId,
          name: m.user.displayName,
          organization: m.organization.name,
          role: m.organization.kind === "SCHOOL" ? ROLES.TEACHER : ROLES.WORKPLACE_TRAINER,
        })),
      ),
      ...choices,
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
