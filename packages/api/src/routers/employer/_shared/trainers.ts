import { ROLES } from "@ontwikkelpad/core";
import { scopeMembershipsOfOrganization, scopeOwnedByEmployer, type Prisma } from "@ontwikkelpad/db";
import { z } from "zod";

export const workplaceTrainerSchema = z.object({
  userId: z.string(),
  name: z.string(),
  hoursPerWeek: z.number().nullable(),
  activePaths: z.number(),
  plannedHoursPerWeek: z.number(),
});
export type WorkplaceTrainer = z.infer<typeof workplaceTrainerSchema>;

/** The employer's praktijkopleiders with their contracted hours and the hours their active paths ask of them. */
export async function workplaceTrainers(
  prisma: Prisma.TransactionClient,
  organizationId: string,
): Promise<WorkplaceTrainer[]> {
  const memberships = await prisma.membership.findMany({
    where: { ...scopeMembershipsOfOrganization(organizationId), role: ROLES.WORKPLACE_TRAINER },
    include: {
      user: {
        include: {
          pathsAsTrainer: {
            where: { ...scopeOwnedByEmployer(organizationId), status: "ACTIVE" },
            select: { trainerHoursPerWeek: true },
          },
        },
      },
    },
    orderBy: { user: { displayName: "asc" } },
  });
  return memberships.map((m) => ({
    userId: m.userId,
    name: m.user.displayName,
    hoursPerWeek: m.hoursPerWeek,
    activePaths: m.user.pathsAsTrainer.length,
    plannedHoursPerWeek: m.user.pathsAsTrainer.reduce((sum, p) => sum + (p.trainerHoursPerWeek ?? 0), 0),
  }));
}
