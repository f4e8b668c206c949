import { PATH_STEPS } from "@ontwikkelpad/core";
import { z } from "zod";
import { credentialTitle } from "../../shared/catalog-titles.ts";
import { isoDate, isoDateOrNull, today } from "../../shared/dates.ts";
import { agreementSchema, openEmployeeViewLink, readAgreement } from "../../shared/employee-view.ts";
import { profileFacts, toPersonProfile } from "../../shared/person-profile.ts";
import { chosenPlan, planFacts } from "../../shared/plan-view.ts";
import { publicProcedure } from "../../trpc.ts";

/**
 * The employee's own Ontwikkelpad, read-only, through the link HR gave them: goal, route, progress and
 * the next review, and whether they agreed to it.
 */
export const getMyPath = publicProcedure
  .input(z.object({ token: z.string().min(10).max(100) }))
  .output(
    z.object({
      organization: z.string(),
      name: z.string(),
      goal: z.string().nullable(),
      route: z.object({ title: z.string(), totalMonths: z.number() }).nullable(),
      currentStep: z.number(),
      steps: z.array(z.object({ step: z.number(), title: z.string(), completedOn: z.iso.date().nullable() })),
      startedOn: z.iso.date(),
      nextReviewOn: z.iso.date().nullable(),
      agreement: agreementSchema.nullable(),
    }),
  )
  .query(async ({ ctx, input }) => {
    const link = await openEmployeeViewLink(ctx.prisma, input.token);
    const path = link.developmentPath;
    const person = await ctx.prisma.person.findUniqueOrThrow({
      where: { id: path.personId },
      include: { ...profileFacts(path.employerOrganizationId), evidence: true, credentials: true },
    });
    const records = await ctx.prisma.pathStepRecord.findMany({
      where: { developmentPathId: path.id, completedAt: { not: null } },
      orderBy: { completedAt: "asc" },
    });
    const profile = toPersonProfile(person, person.evidence, person.credentials);
    const facts = await planFacts(ctx.prisma, path.employerOrganizationId, path);
    const route = chosenPlan(path, profile, facts, today())?.route ?? null;
    return {
      organization: path.employer.name,
      name: person.givenName,
      goal: path.goalCredentialId ? credentialTitle(path.goalCredentialId) : null,
      route: route && { title: route.title, totalMonths: route.totalMonths },
      currentStep: path.currentStep,
      steps: PATH_STEPS.map(({ step, title }) => ({
        step,
        title,
        completedOn: isoDateOrNull(records.filter((r) => r.step === step).at(-1)?.completedAt),
      })),
      startedOn: isoDate(path.startedAt),
      nextReviewOn: isoDateOrNull(path.nextReviewAt),
      agreement: readAgreement(link),
    };
  });
