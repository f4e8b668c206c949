import { z } from "zod";
import { requireAction } from "../../../shared/authorization.ts";
import { audit } from "../../../shared/audit.ts";
import { dateColumn, plausibleDate, today } from "../../../shared/dates.ts";
import { regionProcedure } from "../../../trpc.ts";
import { notFound } from "../../../shared/own.ts";
import { learningCirclesSchema, readLearningCircles } from "../_shared/learning-circles.ts";

const COORDINATOR_ONLY =
  "Leerkringen legt de regiecoördinator vast. Vraag haar of hem om de sessie of actie bij te werken.";

/** The region's leerkring sessions, latest first, each with its actions (`readLearningCircles`). */
export const listLearningCircles = regionProcedure
  .meta({ action: "regionMember" })
  .input(z.void())
  .output(learningCirclesSchema)
  .query(({ ctx }) => readLearningCircles(ctx.prisma, ctx.organizationId));

/** Records a leerkring session (the coordinator). */
export const addLearningCircle = regionProcedure
  .meta({ action: "manageImplementation" })
  .input(
    z.object({
      heldOn: plausibleDate("datum van de sessie", 1),
      topic: z.string().trim().min(3, "Vul het onderwerp in (minstens 3 tekens).").max(200),
      participants: z
        .array(z.string().trim().min(2, "Vul per deelnemer een organisatie of naam in.").max(120))
        .min(1, "Vul minstens één deelnemer in.")
        .max(60),
      notes: z.string().trim().max(5000),
    }),
  )
  .output(z.object({ id: z.string() }))
  .mutation(async ({ ctx, input }) => {
    requireAction(ctx, COORDINATOR_ONLY);
    return ctx.prisma.$transaction(async (tx) => {
      const s = await tx.learningCircleSession.create({
        data: { ...input, heldOn: dateColumn(input.heldOn), regionOrganizationId: ctx.organizationId },
      });
      await audit(tx, ctx, "learningCircle.create", { entity: "LearningCircleSession", entityId: s.id });
      return { id: s.id };
    });
  });

/** Adds an action to a session of the caller's region (the coordinator). */
export const addLearningCircleAction = regionProcedure
  .meta({ action: "manageImplementation" })
  .input(
    z.object({
      sessionId: z.string().min(1),
      description: z.string().trim().min(5, "Beschrijf de actie (minstens 5 tekens).").max(2000),
      owner: z.string().trim().min(2, "Vul in wie de actie oppakt.").max(120),
      dueOn: plausibleDate("deadline", 3).nullable(),
    }),
  )
  .output(z.object({ id: z.string() }))
  .mutation(async ({ ctx, input }) => {
    requireAction(ctx, COORDINATOR_ONLY);
    const session = await ctx.prisma.learningCircleSession.findFirst({
      where: { id: input.sessionId, regionOrganizationId: ctx.organizationId },
      select: { id: true },
    });
    if (!session) throw notFound("learningCircleSession");
    return ctx.prisma.$transaction(async (tx) => {
      const a = await tx.learningCircleAction.create({
        data: {
          sessionId: session.id,
          description: input.description,
          owner: input.owner,
          dueOn: input.dueOn ? dateColumn(input.dueOn) : null,
        },
      });
      await audit(tx, ctx, "learningCircle.action.create", {
        entity: "LearningCircleAction",
        entityId: a.id,
      });
      return { id: a.id };
    });
  });

/** Marks an action done (today) or open again (the coordinator). */
export const setLearningCircleActionDone = regionProcedure
  .meta({ action: "manageImplementation" })
  .input(z.object({ actionId: z.string().min(1), done: z.boolean() }))
  .output(z.object({ ok: z.literal(true) }))
  .mutation(async ({ ctx, input }) => {
    requireAction(ctx, COORDINATOR_ONLY);
    const a = await ctx.prisma.learningCircleAction.findFirst({
      where: { id: input.actionId, session: { regionOrganizationId: ctx.organizationId } },
      select: { id: true },
    });
    if (!a) throw notFound("learningCircleAction");
    await ctx.prisma.$transaction(async (tx) => {
      await tx.learningCircleAction.update({
        where: { id: a.id },
        data: { doneOn: input.done ? dateColumn(today()) : null },
      });
      await audit(tx, ctx, "learningCircle.action.done", {
        entity: "LearningCircleAction",
        entityId: a.id,
        details: { done: input.done },
      });
    });
    return { ok: true as const };
  });
