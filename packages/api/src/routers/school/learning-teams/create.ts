import { z } from "zod";
import { audit } from "../../../shared/audit.ts";
import { dateColumn, plausibleDate } from "../../../shared/dates.ts";
import { requireTeamManager } from "../../../shared/learning-teams.ts";
import { notFound } from "../../../shared/own.ts";
import { schoolProcedure } from "../../../trpc.ts";
import { organizationsOfOwnRegions } from "./region-organizations.ts";

/**
 * A new learning team of the school at a host organisation of its regions (an employer of any sector:
 * childcare, a primary school, welfare, youth care), on the host's question, in a period, with its team coach. The
 * school is its first member; partner schools join by invitation.
 */
export const create = schoolProcedure
  .meta({ action: "manageLearningTeams" })
  .input(
    z
      .object({
        name: z.string().trim().min(2, "Geef het leerteam een naam van minstens twee tekens.").max(120),
        hostOrganizationId: z.string().min(1, "Kies de gastorganisatie van het leerteam."),
        question: z
          .string()
          .trim()
          .min(10, "Beschrijf de vraag van de gastorganisatie in een zin of meer.")
          .max(2000, "Houd de vraag korter dan 2000 tekens."),
        teamCoachName: z.string().trim().min(2, "Vul de naam van de teamcoach in.").max(120),
        startsOn: plausibleDate("begindatum", 2),
        endsOn: plausibleDate("einddatum", 3),
      })
      .refine((team) => team.endsOn > team.startsOn, {
        message: "De einddatum ligt na de begindatum.",
        path: ["endsOn"],
      }),
  )
  .output(z.object({ id: z.string() }))
  .mutation(async ({ ctx, input }) => {
    requireTeamManager(ctx);
    const [host] = await organizationsOfOwnRegions(ctx, "EMPLOYER", input.hostOrganizationId);
    if (!host) throw notFound("learningTeamHost");
    return ctx.prisma.$transaction(async (tx) => {
      const team = await tx.learningTeam.create({
        data: {
          ownerSchoolOrganizationId: ctx.organizationId,
          hostOrganizationId: host.id,
          name: input.name,
          question: input.question,
          teamCoachName: input.teamCoachName,
          startsOn: dateColumn(input.startsOn),
          endsOn: dateColumn(input.endsOn),
          schools: { create: { schoolOrganizationId: ctx.organizationId, status: "JOINED" } },
        },
      });
      await audit(tx, ctx, "learningTeam.create", {
        entity: "LearningTeam",
        entityId: team.id,
        details: {
          name: input.name,
          hostOrganizationId: host.id,
          startsOn: input.startsOn,
          endsOn: input.endsOn,
        },
      });
      return { id: team.id };
    });
  });
