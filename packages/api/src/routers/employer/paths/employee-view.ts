import { randomBytes } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { addDays } from "date-fns";
import { z } from "zod";
import { hashToken } from "../../../context.ts";
import { ownPath } from "../_shared/access.ts";
import { audit } from "../../../shared/audit.ts";
import { isoDate } from "../../../shared/dates.ts";
import { EMPLOYEE_VIEW_DAYS, agreementSchema, readAgreement } from "../../../shared/employee-view.ts";
import { recordEmployeeLinkMail } from "../../../shared/notifications/record-mail.ts";
import { employerProcedure } from "../../../trpc.ts";

/** Whether the employee was invited to see their own path, until when, and their agreement. */
export const employeeView = employerProcedure
  .meta({ action: "employerMember" })
  .input(z.object({ pathId: z.string().min(1) }))
  .output(
    z.object({
      email: z.string().nullable(),
      links: z.array(
        z.object({
          id: z.string(),
          email: z.string(),
          invitedOn: z.iso.date(),
          invitedBy: z.string(),
          expiresOn: z.iso.date(),
          open: z.boolean(),
          agreement: agreementSchema.nullable(),
        }),
      ),
    }),
  )
  .query(async ({ ctx, input }) => {
    const path = await ownPath(ctx, input.pathId, {
      person: true,
      employeeViewLinks: { include: { invitedBy: true }, orderBy: { createdAt: "desc" } },
    });
    const now = new Date();
    return {
      email: path.person.email,
      links: path.employeeViewLinks.map((l) => ({
        id: l.id,
        email: l.email,
        invitedOn: isoDate(l.createdAt),
        invitedBy: l.invitedBy.displayName,
        expiresOn: isoDate(l.expiresAt),
        open: !l.revokedAt && l.expiresAt > now,
        agreement: readAgreement(l),
      })),
    };
  });

/**
 * Invites the employee to see their own path read-only and agree to it. The link goes to the employee
 * by mail through the outbox, in the same transaction; the answer also holds the token once, to copy to
 * the employee (only its hash is kept with the link); older links of the path close.
 */
export const inviteEmployee = employerProcedure
  .meta({ action: "employerMember" })
  .input(z.object({ pathId: z.string().min(1) }))
  .output(z.object({ token: z.string(), email: z.string() }))
  .mutation(async ({ ctx, input }) => {
    const path = await ownPath(ctx, input.pathId, { person: true });
    const email = path.person.email?.trim().toLowerCase();
    if (!email)
      throw new TRPCError({
        code: "BAD_REQUEST",
        message: "Vul eerst het e-mailadres van de medewerker in bij de persoon.",
      });
    if (path.status === "STOPPED")
      throw new TRPCError({ code: "BAD_REQUEST", message: "Dit Ontwikkelpad is gestopt." });
    const token = randomBytes(24).toString("base64url");
    await ctx.prisma.$transaction(async (tx) => {
      await tx.employeeViewLink.updateMany({
        where: { developmentPathId: path.id, revokedAt: null },
        data: { revokedAt: new Date() },
      });
      const link = await tx.employeeViewLink.create({
        data: {
          developmentPathId: path.id,
          email,
          tokenHash: hashToken(token),
          invitedByUserId: ctx.session.userId,
          expiresAt: addDays(new Date(), EMPLOYEE_VIEW_DAYS),
        },
      });
      await audit(tx, ctx, "path.employee-invite", {
        entity: "DevelopmentPath",
        entityId: path.id,
        details: { linkId: link.id, email },
      });
      await recordEmployeeLinkMail(tx, {
        id: link.id,
        email,
        firstName: path.person.givenName,
        organizationId: ctx.organizationId,
        token,
      });
    });
    return { token, email };
  });
