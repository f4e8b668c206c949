import {
  learningTeamAccess,
  programmeCatalog,
  studentAccess,
  type LearningTeamAccess,
} from "@ontwikkelpad/core";
import { scopeLearningTeamsForSchool, type Prisma, type Role } from "@ontwikkelpad/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { isoDate, isoDateOrNull } from "./dates.ts";
import {
  goalSchema,
  goalView,
  memberFacts,
  memberInclude,
  memberName,
  reflectionSchema,
  reflectionViews,
} from "./learning-team-students.ts";
import { notFound } from "./own.ts";
import { type Authorization, requireAction } from "./authorization.ts";

interface OrganizationContext {
  prisma: Prisma.TransactionClient;
  organizationId: string;
}

const teamInclude = {
  host: { select: { name: true } },
  schools: {
    select: { schoolOrganizationId: true, status: true, school: { select: { name: true } } },
    orderBy: { createdAt: "asc" },
  },
  supervisors: { orderBy: [{ name: "asc" }, { createdAt: "asc" }] },
} as const satisfies Prisma.LearningTeamInclude;

/**
 * A learning team read through a scope of the caller's organisation, with the caller's access (core's
 * `learningTeamAccess`), or the team's NOT_FOUND whether it does not exist or the organisation has no
 * place in it.
 */
export async function findLearningTeam(
  ctx: OrganizationContext,
  teamId: string,
  scope: Prisma.LearningTeamWhereInput,
) {
  const team = await ctx.prisma.learningTeam.findFirst({
    where: { AND: [{ id: teamId }, scope] },
    include: teamInclude,
  });
  const access = team ? learningTeamAccess(team, ctx.organizationId) : null;
  if (!team || !access) throw notFound("learningTeam");
  return { team, access };
}

/** Refuses a member of the school whose role does not arrange learning teams (`manageLearningTeams`). */
export function requireTeamManager(ctx: { roles: readonly Role[]; authorization: Authorization }): void {
  requireAction(
    ctx,
    "Alleen een opleidingsadviseur richt leerteams in, nodigt scholen uit en sluit een leerteam af.",
  );
}

/** Refuses a member of the school whose role does not coach students in a team (`coachLearningTeams`). */
export function requireTeamCoach(ctx: { roles: readonly Role[]; authorization: Authorization }): void {
  requireAction(
    ctx,
    "Alleen een opleidingsadviseur of docent stelt leerdoelen, beoordeelt ze en schrijft verslagen van het leerteam.",
  );
}

/** Refuses a member of the host whose role does not name its practice supervisors (`manageLearningTeamSupervisors`). */
export function requireSupervisorManager(ctx: {
  roles: readonly Role[];
  authorization: Authorization;
}): void {
  requireAction(
    ctx,
    "Alleen een beheerder of leidinggevende van de gastorganisatie wijst praktijkbegeleiders aan.",
  );
}

/** Refuses a school that is invited but has not yet taken up its invitation. */
export function requireJoined(access: LearningTeamAccess): void {
  if (access !== "school")
    throw new TRPCError({
      code: "FORBIDDEN",
      message: "Neem eerst de uitnodiging voor dit leerteam aan: daarna werkt je school in het team mee.",
    });
}

/** Refuses a change to a closed team. */
export function requireOpen(team: { closedAt: Date | null }): void {
  if (team.closedAt)
    throw new TRPCError({
      code: "CONFLICT",
      message: "Dit leerteam is afgesloten: er verandert niets meer.",
    });
}

/**
 * A learning team the caller's school has joined, for a change by a member whose role `requireRole`
 * allows (`requireTeamManager`, `requireTeamCoach`): the team's NOT_FOUND where the school has no place in
 * it, then FORBIDDEN for the role, then FORBIDDEN while the school has not taken up its invitation and,
 * with `open`, CONFLICT on a closed team, in that order.
 */
export async function findJoinedLearningTeam(
  ctx: OrganizationContext & { roles: readonly Role[]; authorization: Authorization },
  teamId: string,
  { requireRole, open }: { requireRole: typeof requireTeamManager; open: boolean },
) {
  const { team, access } = await findLearningTeam(
    ctx,
    teamId,
    scopeLearningTeamsForSchool(ctx.organizationId),
  );
  requireRole(ctx);
  requireJoined(access);
  if (open) requireOpen(team);
  return team;
}

/** The title of a programme of the catalog, or its id where the catalog no longer holds it. */
export function programmeTitle(programmeId: string): string {
  return programmeCatalog.programmes.find((p) => p.id === programmeId)?.title ?? programmeId;
}

export const learningTeamViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  host: z.string(),
  question: z.string(),
  teamCoachName: z.string(),
  startsOn: z.iso.date(),
  endsOn: z.iso.date(),
  product: z.string().nullable(),
  closedOn: z.iso.date().nullable(),
  access: z.enum(["school", "invitedSchool", "host"]),
  /** The host's practice supervisors on its work floor, for the host and the joined schools. */
  supervisors: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      jobTitle: z.string().nullable(),
      email: z.string().nullable(),
    }),
  ),
  schools: z.array(
    z.object({ id: z.string(), name: z.string(), status: z.enum(["INVITED", "JOINED"]), own: z.boolean() }),
  ),
  members: z.array(
    z.object({
      id: z.string(),
      studentName: z.string(),
      programmeId: z.string(),
      programme: z.string(),
      school: z.string(),
      own: z.boolean(),
      /** Whether the school added her from its own enrolments (a learner with her own view). */
      enrolled: z.boolean(),
      /** The goals the reader may see (core's `studentAccess`): none of another school's student. */
      goals: z.array(goalSchema),
      /** Her reflections: only her own school reads them (core's `studentAccess`). */
      reflections: z.array(reflectionSchema),
    }),
  ),
  meetings: z.array(
    z.object({ id: z.string(), heldOn: z.iso.date(), notes: z.string(), author: z.string() }),
  ),
});
export type LearningTeamView = z.infer<typeof learningTeamViewSchema>;

/**
 * The team as the caller's organisation reads it: every school reads the team's members and meetings,
 * and only its own students' goals with their assessments; the host reads every goal without the
 * assessments; an invited school reads the team's head until it joins.
 */
export async function learningTeamView(
  ctx: OrganizationContext,
  teamId: string,
  scope: Prisma.LearningTeamWhereInput,
) {
  const { team, access } = await findLearningTeam(ctx, teamId, scope);
  const joinedOrHost = access !== "invitedSchool";
  const [members, meetings] = joinedOrHost
    ? await Promise.all([
        ctx.prisma.learningTeamMember.findMany({
          where: { learningTeamId: team.id },
          include: {
            ...memberInclude,
            school: { select: { name: true } },
            goals: { orderBy: { createdAt: "asc" } },
            reflections: { include: { supersededBy: true } },
          },
        }),
        ctx.prisma.learningTeamMeeting.findMany({
          where: { learningTeamId: team.id },
          include: { author: { select: { name: true } } },
          orderBy: { heldOn: "desc" },
        }),
      ])
    : [[], []];
  return {
    id: team.id,
    name: team.name,
    host: team.host.name,
    question: team.question,
    teamCoachName: team.teamCoachName,
    startsOn: isoDate(team.startsOn),
    endsOn: isoDate(team.endsOn),
    product: team.product,
    closedOn: isoDateOrNull(team.closedAt),
    access,
    supervisors: joinedOrHost
      ? team.supervisors.map((s) => ({ id: s.id, name: s.name, jobTitle: s.jobTitle, email: s.email }))
      : [],
    schools: team.schools.map((s) => ({
      id: s.schoolOrganizationId,
      name: s.school.name,
      status: s.status,
      own: s.schoolOrganizationId === ctx.organizationId,
    })),
    members: members
      .map((member) => {
        const reads = studentAccess(team, memberFacts(member), { organizationId: ctx.organizationId });
        return {
          id: member.id,
          studentName: memberName(member),
          programmeId: member.programmeId,
          programme: programmeTitle(member.programmeId),
          school: member.school.name,
          own: member.schoolOrganizationId === ctx.organizationId,
          enrolled: member.enrolmentId !== null,
          goals: reads.readsGoals ? member.goals.map((goal) => goalView(goal, reads.readsAssessments)) : [],
          reflections: reads.readsReflections ? reflectionViews(member.reflections, member.goals) : [],
        };
      })
      .toSorted((a, b) => a.studentName.localeCompare(b.studentName, "nl")),
    meetings: meetings.map((m) => ({
      id: m.id,
      heldOn: isoDate(m.heldOn),
      notes: m.notes,
      author: m.author.name,
    })),
  } satisfies LearningTeamView;
}

/** The short line of a team in a list: its host, period, state and size. */
export const learningTeamSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  host: z.string(),
  startsOn: z.iso.date(),
  endsOn: z.iso.date(),
  closedOn: z.iso.date().nullable(),
  schools: z.array(z.string()),
  students: z.number().int(),
});

export const learningTeamSummarySelect = {
  id: true,
  name: true,
  startsOn: true,
  endsOn: true,
  closedAt: true,
  host: { select: { name: true } },
  schools: { select: { school: { select: { name: true } } }, orderBy: { createdAt: "asc" } },
  _count: { select: { members: true } },
} as const satisfies Prisma.LearningTeamSelect;

export function learningTeamSummary(
  team: Prisma.LearningTeamGetPayload<{ select: typeof learningTeamSummarySelect }>,
) {
  return {
    id: team.id,
    name: team.name,
    host: team.host.name,
    startsOn: isoDate(team.startsOn),
    endsOn: isoDate(team.endsOn),
    closedOn: isoDateOrNull(team.closedAt),
    schools: team.schools.map((s) => s.school.name),
    students: team._count.members,
  };
}
