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

/** Marks a given advice as followed up (the candidate acted on it); the advice itself does not change. */
export const followUp = regionDeskProcedure
  .meta({ action: "adviseCandidates" })
  .input(z.object({ noteId: z.string().min(1) }))
  .output(adviceNoteViewSchema)
  .mutation(async ({ ctx, input }) => {
    const { note } = await findAdviceNote(ctx, input.noteId, true);
    requireAction(ctx, ADVISE_MESSAGE);
    assertAdviceChange(note.status, "followUp");
    const followed = await ctx.prisma.$transaction(async (tx) => {
      const updated = await tx.adviceNote.update({
        where: { id: note.id },
        data: { status: "FOLLOWED_UP", followedUpAt: new Date() },
        include: adviceNoteInclude,
      });
      await audit(tx, ctx, "advice.followUp", { entity: "AdviceNote", entityId: note.id });
      return updated;
    });
    return toAdviceNoteView(followed);
  });
