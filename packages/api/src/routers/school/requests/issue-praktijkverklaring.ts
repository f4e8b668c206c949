import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { audit } from "../../../shared/audit.ts";
import { dateColumn, today } from "../../../shared/dates.ts";
import { schoolProcedure } from "../../../trpc.ts";
import { requireRole } from "../../../shared/access.ts";
import { ownCredentialRequest } from "../../../shared/school-access.ts";
import { readPraktijkverklaringBasis } from "./praktijkverklaring-basis.ts";

/**
 * Issues the requested praktijkverklaring, listing exactly the werkprocessen judged mastered, signed and
 * co-signed in the recognised leerbedrijf today. It never changes afterwards.
 */
export const issuePraktijkverklaring = schoolProcedure
  .input(z.object({ requestId: z.string().min(1) }))
  .output(z.object({ credentialId: z.string(), workProcessIds: z.array(z.string()) }))
  .mutation(async ({ ctx, input }) => {
    requireRole(
      ctx.roles,
      ["TRAINING_ADVISOR", "EXAMINER"],
      "Alleen een opleidingsadviseur of examinator geeft een praktijkverklaring af.",
    );
    const request = await ownCredentialRequest(ctx, input.requestId);
    if (request.status !== "SUBMITTED")
      throw new TRPCError({ code: "CONFLICT", message: "Deze aanvraag is al beantwoord of ingetrokken." });
    const basis = await readPraktijkverklaringBasis(ctx.prisma, request);
    if (!basis.recognised)
      throw new TRPCError({
        code: "BAD_REQUEST",
        message: `De werkgever heeft geen geldige SBB-erkenning voor crebo ${basis.crebo ?? "?"}. Vraag de werkgever de erkenning vast te leggen, of wijs de aanvraag af met die reden.`,
      });
    if (basis.workProcessIds.length === 0)
      throw new TRPCError({
        code: "BAD_REQUEST",
        message:
          "Er is geen werkproces als beheerst beoordeeld, ondertekend en medeondertekend. Wijs de aanvraag af of wacht op de beoordelingen.",
      });
    return ctx.prisma.$transaction(async (tx) => {
      const credential = await tx.issuedCredential.create({
        data: {
          personId: request.personId,
          kind: "PRAKTIJKVERKLARING",
          credentialId: request.credentialId,
          workProcessIds: basis.workProcessIds,
          schoolOrganizationId: ctx.organizationId,
          employerOrganizationId: request.employerOrganizationId,
          issuedByUserId: ctx.session.userId,
          issuedOn: dateColumn(today()),
        },
      });
      const { count } = await tx.credentialRequest.updateMany({
        where: { id: request.id, status: "SUBMITTED" },
        data: { status: "ISSUED", issuedCredentialId: credential.id, respondedAt: new Date() },
      });
      if (count === 0)
        throw new TRPCError({ code: "CONFLICT", message: "Deze aanvraag is al beantwoord of ingetrokken." });
      await audit(tx, {
        actorUserId: ctx.session.userId,
        organizationId: ctx.organizationId,
        action: "credential.issue",
        entityType: "IssuedCredential",
        entityId: credential.id,
        data: { requestId: request.id, workProcessIds: basis.workProcessIds },
        ip: ctx.ip,
      });
      return { credentialId: credential.id, workProcessIds: basis.workProcessIds };
    });
  });
