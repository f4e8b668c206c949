import { programmeCatalog } from "@ontwikkelpad/core";
import { scopeOwnedBySchool } from "@ontwikkelpad/db";
import { z } from "zod";
import { credentialTitle } from "../../../shared/catalog-titles.ts";
import { requireTeamManager } from "../../../shared/learning-teams.ts";
import { personName } from "../../../shared/person-profile.ts";
import { schoolProcedure } from "../../../trpc.ts";

/** How many learners one search offers to choose from. */
const CHOICES = 20;

/**
 * The school's own running enrolments whose learner's name matches the search, to add as students to a
 * learning team: the learner, what she is enrolled for and, when an mbo programme of the catalog leads
 * to that qualification, that programme to preselect.
 */
export const enrolments = schoolProcedure
  .meta({ action: "manageLearningTeams" })
  .input(z.object({ search: z.string().trim().max(100) }))
  .output(
    z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        credential: z.string(),
        programmeId: z.string().nullable(),
      }),
    ),
  )
  .query(async ({ ctx, input }) => {
    requireTeamManager(ctx);
    const words = input.search.split(/\s+/).filter((word) => word.length > 0);
    const rows = await ctx.prisma.enrolment.findMany({
      where: {
        AND: [
          scopeOwnedBySchool(ctx.organizationId),
          { status: "ACTIVE" },
          ...words.map((word) => ({
            person: {
              OR: [
                { givenName: { contains: word, mode: "insensitive" as const } },
                { familyName: { contains: word, mode: "insensitive" as const } },
              ],
            },
          })),
        ],
      },
      include: { person: { select: { givenName: true, familyName: true } } },
      orderBy: [{ person: { familyName: "asc" } }, { person: { givenName: "asc" } }],
      take: CHOICES,
    });
    return rows.map((row) => ({
      id: row.id,
      name: personName(row.person),
      credential: credentialTitle(row.credentialId),
      programmeId:
        programmeCatalog.programmes.find((p) => p.level === "mbo" && p.qualificationId === row.credentialId)
          ?.id ?? null,
    }));
  });
