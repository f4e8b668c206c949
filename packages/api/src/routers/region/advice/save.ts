import { assertAdviceChange, currentAdvice } from "@ontwikkelpad/core";
import { scopeAdviceNotesForRegion } from "@ontwikkelpad/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { requireAction } from "../../../shared/authorization.ts";
import { audit } from "../../../shared/audit.ts";
import { today } from "../../../shared/dates.ts";
import { own } from "../../../shared/own.ts";
import { candidateScope, findCandidate, regionDeskProcedure } from "../_shared/region-desk.ts";
import {
  ADVISE_MESSAGE,
  adviceNoteInclude,
  adviceNoteViewSchema,
  goalFunctionIdSchema,
  nextStepsSchema,
  requireAdviceConsent,
  toAdviceNoteView,
} from "./advice-note.ts";
import { planAdvice } from "./advice-plan.ts";

export const saveAdviceInput = z.object({
  candidateId: z.string().min(1),
  /** The concept to change; without it a new version is written. */
  noteId: z.string().min(1).optional(),
  goalFunctionId: goalFunctionIdSchema,
  routeId: z.string().min(1, "Kies een route."),
  adviceText: z.string().trim().min(10, "Schrijf het advies (minstens 10 tekens).").max(5000),
  nextSteps: nextStepsSchema,
  /** Why a new version replaces the given advice; required exactly then. */
  correctionReason: z.string().trim().max(1000).optional(),
});

/**
 * Writes the LWL advice as a concept: a new one, or changes to the concept `noteId`. The route,
 * its duration and the funding with amounts come from core's planner and funding check on the day of
 * saving, never from the input. A new version after a given advice corrects it and needs a reason; it
 * replaces the given one only when it is given itself. A given note is never changed.
 */
export const save = regionDeskProcedure
  .meta({ action: "adviseCandidates" })
  .input(saveAdviceInput)
  .output(adviceNoteViewSchema)
  .mutation(async ({ ctx, input }) => {
    const candidate = await findCandidate(ctx, input.candidateId);
    requireAction(ctx, ADVISE_MESSAGE);
    requireAdviceConsent(candidate, ctx.regionOrganizationId);
    const route = planAdvice(candidate, input.goalFunctionId, today()).routes.find(
      (r) => r.id === input.routeId,
    );
    if (!route)
      throw new TRPCError({
        code: "BAD_REQUEST",
        message: "Deze route past niet bij het gekozen doel. Kies een route uit de lijst.",
      });
    const reason = input.correctionReason || null;
    const content = {
      goalFunctionId: input.goalFunctionId,
      routeId: route.id,
      routeTitle: route.title,
      learningRoute: route.steps[0]?.learningRoute ?? null,
      durationMonths: Math.round(route.totalMonths),
      funding: route.funding.map(({ instrumentId, title, status, amountEuro }) => ({
        instrumentId,
        title,
        status,
        amountEuro,
      })),
      adviceText: input.adviceText,
      nextSteps: input.nextSteps,
      adviserUserId: ctx.session.user.id,
      adviserName: ctx.session.user.displayName,
    };
    const saved = await ctx.prisma.$transaction(async (tx) => {
      const existing = await tx.adviceNote.findMany({
        where: {
          AND: [
            { candidateRegistrationId: candidate.id },
            scopeAdviceNotesForRegion(ctx.regionOrganizationId, candidateScope(ctx)),
          ],
        },
      });
      let note;
      if (input.noteId) {
        const concept = own(
          existing.find((n) => n.id === input.noteId),
          "adviceNote",
        );
        assertAdviceChange(concept.status, "edit");
        if (concept.supersedesId && !reason) throw reasonRequired();
        note = await tx.adviceNote.update({
          where: { id: concept.id },
          data: { ...content, correctionReason: concept.supersedesId ? reason : null },
          include: adviceNoteInclude,
        });
      } else {
        if (existing.some((n) => n.status === "CONCEPT"))
          throw new TRPCError({
            code: "CONFLICT",
            message:
              "Er staat al een concept-advies voor deze kandidaat. Pas dat concept aan of geef het eerst.",
          });
        const current = currentAdvice(existing);
        if (current) {
          assertAdviceChange(current.status, "correct");
          if (!reason) throw reasonRequired();
        }
        note = await tx.adviceNote.create({
          data: {
            ...content,
            regionOrganizationId: ctx.regionOrganizationId,
            candidateRegistrationId: candidate.id,
            version: Math.max(0, ...existing.map((n) => n.version)) + 1,
            supersedesId: current?.id ?? null,
            correctionReason: current ? reason : null,
          },
          include: adviceNoteInclude,
        });
      }
      await audit(tx, ctx, "advice.save", {
        entity: "AdviceNote",
        entityId: note.id,
        details: { version: note.version, routeId: note.routeId, supersedesId: note.supersedesId },
      });
      return note;
    });
    return toAdviceNoteView(saved);
  });

function reasonRequired() {
  return new TRPCError({
    code: "BAD_REQUEST",
    message: "Deze versie vervangt een gegeven advies. Schrijf de reden van de correctie.",
  });
}
