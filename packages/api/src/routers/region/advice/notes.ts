import { can, currentAdvice, isAdviceVisible } from "@ontwikkelpad/core";
import { scopeAdviceNotesForRegion } from "@ontwikkelpad/db";
import { z } from "zod";
import { requireAction } from "../../../shared/authorization.ts";
import { audit } from "../../../shared/audit.ts";
import { candidateScope, findCandidate, regionDeskProcedure } from "../_shared/region-desk.ts";
import {
  adviceNoteInclude,
  adviceNoteViewSchema,
  requireAdviceConsent,
  toAdviceNoteView,
} from "./advice-note.ts";

/**
 * A candidate's advice notes, newest version first, with the one that holds now (core's
 * `currentAdvice`). The region's own staff read the given notes, the LWL-adviseurs and the coordinator
 * their concepts too; always only while the candidate's consent for advice to this region is in force,
 * asked at the moment of reading. Every read is logged.
 */
export const notes = regionDeskProcedure
  .meta({ action: "readAdvice" })
  .input(z.object({ candidateId: z.string().min(1) }))
  .output(
    z.object({
      candidate: z.string(),
      canWrite: z.boolean(),
      currentId: z.string().nullable(),
      notes: z.array(adviceNoteViewSchema),
    }),
  )
  .query(async ({ ctx, input }) => {
    const candidate = await findCandidate(ctx, input.candidateId);
    requireAction(ctx, "Het LWL-advies lezen de medewerkers van de regio. Vraag hen om het advies.");
    requireAdviceConsent(candidate, ctx.regionOrganizationId);
    const canWrite = can(ctx.roles, "adviseCandidates");
    const rows = await ctx.prisma.adviceNote.findMany({
      where: {
        AND: [
          { candidateRegistrationId: candidate.id },
          scopeAdviceNotesForRegion(ctx.regionOrganizationId, candidateScope(ctx)),
        ],
      },
      include: adviceNoteInclude,
      orderBy: { version: "desc" },
    });
    const visible = rows.filter((n) => isAdviceVisible(n.status, canWrite));
    await audit(ctx.prisma, ctx, "advice.read", {
      entity: "CandidateRegistration",
      entityId: candidate.id,
      details: { noteIds: visible.map((n) => n.id) },
    });
    return {
      candidate: `${candidate.person.givenName} ${candidate.person.familyName}`,
      canWrite,
      currentId: currentAdvice(visible)?.id ?? null,
      notes: visible.map(toAdviceNoteView),
    };
  });
