import { assertAdviceChange } from "@ontwikkelpad/core";
import { z } from "zod";
import { requireAction } from "../../../shared/authorization.ts";
import { audit } from "../../../shared/audit.ts";
import { regionDeskProcedure } from "../_shared/region-desk.ts";
import {
  ADVISE_MESSAGE,
  adviceNoteInclude,
  adviceNoteViewSchema,
  findAdviceNote,
  toAdviceNoteView,
} from "./advice-note.ts";

/**
 * Gives a concept advice to the candidate: from now on it never changes (core's rule, and the
 * database's trigger) and the WSP-adviseurs read it. A version that corrects a given advice replaces
 * it from this moment; the old one stays readable.
 */
export const give = regionDeskProcedure
  .meta({ action: "adviseCandidates" })
  .input(z.object({ noteId: z.string().min(1) }))
  .output(adviceNoteViewSchema)
  .mutation(async ({ ctx, input }) => {
    const { note } = await findAdviceNote(ctx, input.noteId, true);
    requireAction(ctx, ADVISE_MESSAGE);
    assertAdviceChange(note.status, "give");
    const given = await ctx.prisma.$transaction(async (tx) => {
      const updated = await tx.adviceNote.update({
        where: { id: note.id },
        data: { status: "GIVEN", givenAt: new Date() },
        include: adviceNoteInclude,
      });
      await audit(tx, ctx, "advice.give", {
        entity: "AdviceNote",
        entityId: note.id,
        details: { version: note.version, supersedesId: note.supersedesId },
      });
      return updated;
    });
    return toAdviceNoteView(given);
  });
