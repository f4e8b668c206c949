import { scopeOwnedBySchool } from "@ontwikkelpad/db";
import { z } from "zod";
import { credentialTitle } from "../../../shared/catalog-titles.ts";
import { schoolProcedure } from "../../../trpc.ts";

/** The school's classes with their size, adopting employers and mentor team, and the school's regions for a new class. */
export const list = schoolProcedure
  .meta({ action: "schoolMember" })
  .input(z.void())
  .output(
    z.object({
      classes: z.array(
        z.object({
          id: z.string(),
          name: z.string(),
          credentialTitle: z.string(),
          cohortYear: z.number().int(),
          region: z.string().nullable(),
          learners: z.number().int(),
          employers: z.array(z.string()),
          teamMembers: z.number().int(),
        }),
      ),
      regions: z.array(z.object({ id: z.string(), name: z.string() })),
    }),
  )
  .query(async ({ ctx }) => {
    const [classes, memberships] = await Promise.all([
      ctx.prisma.schoolClass.findMany({
        where: scopeOwnedBySchool(ctx.organizationId),
        select: {
          id: true,
          name: true,
          credentialId: true,
          cohortYear: true,
          region: { select: { name: true } },
          adoptions: { select: { employer: { select: { name: true } } } },
          mentorTeams: { select: { _count: { select: { members: true } } } },
          _count: { select: { enrolments: true } },
        },
        orderBy: [{ cohortYear: "desc" }, { name: "asc" }],
      }),
      ctx.prisma.regionMembership.findMany({
        where: { organizationId: ctx.organizationId },
        select: { region: { select: { id: true, name: true } } },
        orderBy: { region: { name: "asc" } },
      }),
    ]);
    return {
      classes: classes.map((c) => ({
        id: c.id,
        name: c.name,
        credentialTitle: credentialTitle(c.credentialId),
        cohortYear: c.cohortYear,
        region: c.region?.name ?? null,
        learners: c._count.enrolments,
        employers: c.adoptions.map((a) => a.employer.name).toSorted((a, b) => a.localeCompare(b, "nl")),
        teamMembers: c.mentorTeams.reduce((sum, t) => sum + t._count.members, 0),
      })),
      regions: memberships.map((m) => m.region),
    };
  });
