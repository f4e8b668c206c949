import {
  childcareCatalog,
  findFunction,
  listWorkProcesses,
  planDevelopmentPath,
  preconditionMet,
  type EmployerFacts,
  type Goal,
  type PersonProfileInput,
  type PlanRoute,
} from "@ontwikkelpad/core";
import { scopeOwnedByEmployer, type Prisma } from "@ontwikkelpad/db";
import { z } from "zod";
import { credentialKindSchema, learningRouteSchema } from "./enums.ts";

/** A route as the wizard shows it: steps with their werkprocessen per kerntaak and whether each precondition holds. */
export const routeViewSchema = z.object({
  id: z.string(),
  title: z.string(),
  totalMonths: z.number(),
  openRequirements: z.array(z.string()),
  steps: z.array(
    z.object({
      credentialId: z.string(),
      credentialKind: credentialKindSchema,
      title: z.string(),
      niveau: z.number(),
      learningRoute: learningRouteSchema,
      estimatedMonths: z.number(),
      coreTasks: z.array(
        z.object({
          code: z.string(),
          title: z.string(),
          workProcesses: z.array(z.object({ id: z.string(), code: z.string(), title: z.string() })),
        }),
      ),
      preconditions: z.array(
        z.object({
          kind: z.enum(["sbbRecognition", "workplaceTrainer"]),
          message: z.string(),
          met: z.boolean(),
        }),
      ),
    }),
  ),
});
export type RouteView = z.infer<typeof routeViewSchema>;

export const planViewSchema = z.object({ alreadyMet: z.boolean(), routes: z.array(routeViewSchema) });

function toRouteView(route: PlanRoute, facts: EmployerFacts): RouteView {
  return {
    id: route.id,
    title: route.title,
    totalMonths: route.totalMonths,
    openRequirements: route.openRequirements.map((m) => m.message),
    steps: route.steps.map((s) => ({
      credentialId: s.credentialId,
      credentialKind: s.credentialKind,
      title: s.title,
      niveau: s.niveau,
      learningRoute: s.learningRoute,
      estimatedMonths: s.estimatedMonths,
      coreTasks: listWorkProcesses(childcareCatalog, s.workProcessIds).map((g) => ({
        code: g.coreTaskCode,
        title: g.title,
        workProcesses: g.workProcesses.map(({ id, code, title }) => ({ id, code, title })),
      })),
      preconditions: s.preconditions.map((p) => ({
        kind: p.kind,
        message: p.message,
        met: preconditionMet(p, facts),
      })),
    })),
  };
}

export function planView(profile: PersonProfileInput, goal: Goal, facts: EmployerFacts, asOf: string) {
  const plan = planDevelopmentPath(childcareCatalog, profile, goal, asOf);
  return { alreadyMet: plan.alreadyMet, routes: plan.routes.map((r) => toRouteView(r, facts)) };
}

/**
 * The plan a path follows: the chosen route of its goal function when there is one, otherwise the
 * credential it works towards. Null while no goal is chosen.
 */
export function chosenPlan(
  path: { goalFunctionId: string | null; goalCredentialId: string | null; chosenRoute: string | null },
  profile: PersonProfileInput,
  facts: EmployerFacts,
  asOf: string,
): { route: RouteView | null; routes: RouteView[]; alreadyMet: boolean } | null {
  if (path.goalFunctionId && findFunction(childcareCatalog, path.goalFunctionId)) {
    const plan = planView(profile, { kind: "function", functionId: path.goalFunctionId }, facts, asOf);
    const route = plan.routes.find((r) => r.id === path.chosenRoute);
    if (route || !path.goalCredentialId)
      return { route: route ?? null, routes: plan.routes, alreadyMet: plan.alreadyMet };
  }
  if (!path.goalCredentialId) return null;
  const plan = planView(profile, { kind: "credentials", ids: [path.goalCredentialId] }, facts, asOf);
  const route = plan.routes.find((r) => r.id === path.chosenRoute) ?? plan.routes[0] ?? null;
  return { route, routes: plan.routes, alreadyMet: plan.alreadyMet };
}

/** The employer's active SBB recognitions, in core's spelling, for checking route preconditions. */
export async function activeRecognitions(
  prisma: Prisma.TransactionClient,
  organizationId: string,
): Promise<EmployerFacts["recognitions"]> {
  const rows = await prisma.sbbRecognition.findMany({
    where: { ...scopeOwnedByEmployer(organizationId), status: "ACTIVE" },
    select: { crebo: true, learningRoute: true },
  });
  return rows;
}

type TrainerOfPath = { workplaceTrainerUserId: string | null; trainerHoursPerWeek: number | null } | null;

/** The facts for one path: the employer's recognitions and the praktijkopleider assigned to the path. */
export const pathFacts = (
  recognitions: EmployerFacts["recognitions"],
  path: TrainerOfPath,
): EmployerFacts => ({
  recognitions,
  trainer: {
    assigned: Boolean(path?.workplaceTrainerUserId),
    hoursPerWeek: path?.trainerHoursPerWeek ?? null,
  },
});

/** The employer's facts a route's preconditions are checked against: its SBB recognitions and the path's praktijkopleider. */
export async function planFacts(
  prisma: Prisma.TransactionClient,
  organizationId: string,
  path: TrainerOfPath,
): Promise<EmployerFacts> {
  return pathFacts(await activeRecognitions(prisma, organizationId), path);
}
