import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { ownPath } from "../_shared/access.ts";
import { completeMetPaths } from "../../../shared/path-outcome.ts";
import { employerProcedure } from "../../../trpc.ts";

/**
 * Afronden: completes a running path whose goal credential the person holds (core's rule), with the
 * date and the credential. An issue that meets the goal completes the path by itself; this is for a
 * credential held before the path was started or its goal chosen. A next goal starts a new path.
 */
export const complete = employerProcedure
  .meta({ action: "employerMember" })
  .input(z.object({ pathId: z.string().min(1) }))
  .output(z.object({ ok: z.literal(true) }))
  .mutation(async ({ ctx, input }) => {
    const path = await ownPath(ctx, input.pathId);
    if (path.status !== "ACTIVE")
      throw new TRPCError({
        code: "BAD_REQUEST",
        message: "Dit Ontwikkelpad is afgesloten en kan niet meer worden gewijzigd.",
      });
    const completed = await ctx.prisma.$transaction((tx) =>
      completeMetPaths(tx, ctx, path.personId, ctx.organizationId),
    );
    if (!completed.includes(path.id))
      throw new TRPCError({
        code: "BAD_REQUEST",
        message:
          "Het doel van dit Ontwikkelpad is nog niet behaald: rond het af zodra de school het diploma, certificaat of de praktijkverklaring heeft uitgegeven.",
      });
    return { ok: true as const };
  });
