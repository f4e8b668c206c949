import { z } from "zod";
import { publicProcedure } from "../../trpc.ts";
import { openInvitation } from "./_shared/invitation.ts";

/** What an invitation link offers: organisation, e-mail address and role, and whether the account exists. */
export const get = publicProcedure
  .input(z.object({ token: z.string().min(10).max(100) }))
  .output(
    z.object({ organization: z.string(), email: z.string(), role: z.string(), hasAccount: z.boolean() }),
  )
  .query(async ({ ctx, input }) => {
    const invitation = await openInvitation(ctx.prisma, input.token);
    const user = await ctx.prisma.user.findUnique({ where: { email: invitation.email } });
    return {
      organization: invitation.organization.name,
      email: invitation.email,
      role: invitation.role,
      hasAccount: user !== null,
    };
  });
