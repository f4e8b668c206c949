import { hash, verify } from "@node-rs/argon2";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { audit } from "../../shared/audit.ts";
import { publicProcedure } from "../../trpc.ts";
import { openInvitation } from "./_shared/invitation.ts";

/**
 * Accepts an invitation: a new colleague chooses a name and password, someone with an account
 * confirms with their password; either way they get the invited role in the organisation. They log
 * in afterwards as usual.
 */
export const accept = publicProcedure
  .input(
    z.object({
      token: z.string().min(10).max(100),
      displayName: z.string().trim().max(100).optional(),
      password: z.string().min(1, "Vul een wachtwoord in.").max(200),
    }),
  )
  .output(z.object({ email: z.string() }))
  .mutation(async ({ ctx, input }) => {
    const invitation = await openInvitation(ctx.prisma, input.token);
    const existing = await ctx.prisma.user.findUnique({ where: { email: invitation.email } });
    if (existing && !(await verify(existing.passwordHash, input.password)))
      throw new TRPCError({ code: "BAD_REQUEST", message: "Het wachtwoord klopt niet." });
    if (!existing) {
      if (!input.displayName)
        throw new TRPCError({ code: "BAD_REQUEST", message: "Vul je naam in zoals collega's die zien." });
      if (input.password.length < 12)
        throw new TRPCError({ code: "BAD_REQUEST", message: "Kies een wachtwoord van minstens 12 tekens." });
    }
    const passwordHash = existing ? null : await hash(input.password);
    await ctx.prisma.$transaction(async (tx) => {
      const user =
        existing ??
        (await tx.user.create({
          data: { email: invitation.email, displayName: input.displayName!, passwordHash: passwordHash! },
        }));
      await tx.membership.upsert({
        where: {
          userId_organizationId_role: {
            userId: user.id,
            organizationId: invitation.organizationId,
            role: invitation.role,
          },
        },
        create: { userId: user.id, organizationId: invitation.organizationId, role: invitation.role },
        update: {},
      });
      await tx.invitation.update({ where: { id: invitation.id }, data: { acceptedAt: new Date() } });
      // The invitee acts as the account the invitation made, for the organisation that invited them.
      await audit(
        tx,
        { ...ctx, session: { userId: user.id }, organizationId: invitation.organizationId },
        "invitation.accept",
        { entity: "Invitation", entityId: invitation.id, details: { role: invitation.role } },
      );
    });
    return { email: invitation.email };
  });
