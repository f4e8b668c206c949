import { scopeOwnedBySchool } from "@ontwikkelpad/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { requireAction } from "../../../shared/authorization.ts";
import { audit } from "../../../shared/audit.ts";
import { dateColumn, today } from "../../../shared/dates.ts";
import { schoolProcedure } from "../../../trpc.ts";
import { notFound } from "../../../shared/own.ts";

/** Records that the school reported a diploma's data to DUO (outside the platform); audited. */
export const markDuoReported = schoolProcedure
  .meta({ action: "issuePraktijkverklaringen" })
  .input(z.object({ credentialId: z.string().min(1) }))
  .output(z.object({ ok: z.literal(true) }))
  .mutation(async ({ ctx, input }) => {
    requireAction(
      ctx,
      "Alleen een opleidingsadviseur of examinator markeert een diploma als gemeld bij DUO.",
    );
    const diploma = await ctx.prisma.issuedCredential.findFirst({
      where: { AND: [{ id: input.credentialId, kind: "DIPLOMA" }, scopeOwnedBySchool(ctx.organizationId)] },
      include: { duoReport: true },
    });
    if (!diploma) throw notFound("diploma");
    if (diploma.duoReport)
      throw new TRPCError({ code: "CONFLICT", message: "Dit diploma is al als gemeld bij DUO gemarkeerd." });
    await ctx.prisma.$transaction(async (tx) => {
      const report = await tx.duoReport.create({
        data: {
          issuedCredentialId: diploma.id,
          reportedOn: dateColumn(today()),
          reportedByUserId: ctx.session.userId,
        },
      });
      await audit(tx, ctx, "credential.duoReported", {
        entity: "IssuedCredential",
        entityId: diploma.id,
        details: { duoReportId: report.id },
      });
    });
    return { ok: true as const };
  });
