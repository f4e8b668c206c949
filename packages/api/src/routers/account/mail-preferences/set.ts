import { TRPCError } from "@trpc/server";
import { z } from "zod";
import {
  mailPreferenceSchema,
  readMailPreferences,
  sessionNotificationKinds,
  storeMailPreferences,
} from "../../../shared/notifications/preferences.ts";
import { authedProcedure } from "../../../trpc.ts";

/**
 * Stores the signed-in user's own mail choices (at once, the daily digest or none) for kinds of the
 * portal they work in, audited, and answers every kind's choice as `get` does. A kind of another
 * portal is refused: the settings page never offers it.
 */
export const set = authedProcedure
  .input(
    z.object({
      preferences: z
        .array(mailPreferenceSchema)
        .min(1, "Kies voor minstens één soort melding hoe je er e-mail over krijgt.")
        .refine(
          (list) => new Set(list.map((p) => p.kind)).size === list.length,
          "Kies per soort melding één keer hoe je er e-mail over krijgt.",
        ),
    }),
  )
  .output(z.object({ preferences: z.array(mailPreferenceSchema) }))
  .mutation(async ({ ctx, input }) => {
    const kinds = sessionNotificationKinds(ctx.session);
    if (input.preferences.some((p) => !kinds.includes(p.kind)))
      throw new TRPCError({
        code: "BAD_REQUEST",
        message:
          "Deze soort melding hoort niet bij de organisatie waarin je nu werkt. Laad de pagina opnieuw en kies opnieuw.",
      });
    return ctx.prisma.$transaction(async (tx) => {
      await storeMailPreferences(
        tx,
        { ...ctx, organizationId: ctx.session.activeOrganizationId },
        "mail.preferences.set",
        input.preferences,
      );
      return { preferences: await readMailPreferences(tx, ctx.session.userId, kinds) };
    });
  });
