import { z } from "zod";
import {
  mailPreferenceSchema,
  readMailPreferences,
  sessionNotificationKinds,
} from "../../../shared/notifications/preferences.ts";
import { authedProcedure } from "../../../trpc.ts";

/**
 * The signed-in user's own mail choice for each notification kind of the portal they work in (their
 * active organisation's kind), in the order the settings list them.
 */
export const get = authedProcedure
  .input(z.void())
  .output(z.object({ preferences: z.array(mailPreferenceSchema) }))
  .query(async ({ ctx }) => ({
    preferences: await readMailPreferences(
      ctx.prisma,
      ctx.session.userId,
      sessionNotificationKinds(ctx.session),
    ),
  }));
