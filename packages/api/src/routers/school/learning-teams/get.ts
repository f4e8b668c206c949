import { scopeLearningTeamsForSchool } from "@ontwikkelpad/db";
import { programmeCatalog, SECTOR_CATALOGS } from "@ontwikkelpad/core";
import { z } from "zod";
import { learningTeamView, learningTeamViewSchema } from "../../../shared/learning-teams.ts";
import { schoolProcedure } from "../../../trpc.ts";

/**
 * One of the school's learning teams: its schools, members, the school's own students' goals with their
 * assessments, the meetings; and the choices for a new student and goal (programmes, shared
 * competences, each mbo programme's werkprocessen).
 */
export const get = schoolProcedure
  .meta({ action: "schoolMember" })
  .input(z.object({ teamId: z.string().min(1) }))
  .output(
    learningTeamViewSchema.extend({
      programmes: z.array(
        z.object({
          id: z.string(),
          title: z.string(),
          workProcesses: z.array(z.object({ id: z.string(), title: z.string() })),
        }),
      ),
      competences: z.array(z.object({ id: z.string(), title: z.string() })),
    }),
  )
  .query(async ({ ctx, input }) => {
    const view = await learningTeamView(ctx, input.teamId, scopeLearningTeamsForSchool(ctx.organizationId));
    const workProcesses = SECTOR_CATALOGS.flatMap((sector) => sector.workProcesses);
    const qualifications = SECTOR_CATALOGS.flatMap((sector) => sector.qualifications);
    return {
      ...view,
      programmes: programmeCatalog.programmes.map((programme) => {
        const ids =
          programme.level === "mbo"
            ? (qualifications.find((q) => q.id === programme.qualificationId)?.workProcessIds ?? [])
            : [];
        return {
          id: programme.id,
          title: programme.title,
          workProcesses: ids.map((id) => ({
            id,
            title: workProcesses.find((w) => w.id === id)?.title ?? id,
          })),
        };
      }),
      competences: programmeCatalog.competenceFramework.competences.map((c) => ({
        id: c.id,
        title: c.title,
      })),
    };
  });
