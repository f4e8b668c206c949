import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { today } from "../../../shared/dates.ts";
import { claimIssuing, issueCredential } from "../_shared/issuing.ts";
import { schoolProcedure } from "../../../trpc.ts";
import { requireAction } from "../../../shared/authorization.ts";
import { ownCredentialRequest } from "../_shared/school-access.ts";
import { readPraktijkverklaringBasis } from "../_shared/praktijkverklaring-basis.ts";

/**
 * Issues the requested praktijkverklaring, listing exactly the werkprocessen judged mastered, signed and
 * co-signed in the recognised leerbedrijf today, after the shared check (no valid one from any school
 * yet). It never changes afterwards.
 */
export const issuePraktijkverklaring = schoolProcedure
  .meta({ action: "issuePraktijkverklaringen" })
  .input(z.object({ requestId: z.string().min(1) }))
  .output(z.object({ credentialId: z.string(), workProcessIds: z.array(z.string()) }))
  .mutation(async ({ ctx, input }) => {
    requireAction(ctx, "Alleen een opleidingsadviseur of examinator geeft een praktijkverklaring af.");
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
      const claim = await claimIssuing(tx, {
        personId: request.personId,
        kind: "PRAKTIJKVERKLARING",
        credentialId: request.credentialId,
        schoolOrganizationId: ctx.organizationId,
      });
      const credential = await issueCredential(
        tx,
        claim,
        {
          workProcessIds: basis.workProcessIds,
          employerOrganizationId: request.employerOrganizationId,
          issuedByUserId: ctx.session.userId,
          issuedOn: today(),
          resultOn: null,
        },
        { ctx, action: "credential.issue", details: { requestId: request.id } },
      );
      const { count } = await tx.credentialRequest.updateMany({
        where: { id: request.id, status: "SUBMITTED" },
        data: { status: "ISSUED", issuedCredentialId: credential.id, respondedAt: new Date() },
      });
      if (count === 0)
        throw new TRPCError({ code: "CONFLICT", message: "Deze aanvraag is al beantwoord of ingetrokken." });
      return { credentialId: credential.id, workProcessIds: basis.workProcessIds };
    });
  });
