import { childcareCatalog, findCredential, issuingRefusal } from "@ontwikkelpad/core";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { requireAction } from "../../../shared/authorization.ts";
import { today } from "../../../shared/dates.ts";
import {
  claimIssuing,
  issueCredential,
  learnerEligibility,
  learnerFacts,
  resultDate,
} from "../_shared/issuing.ts";
import { ownLearner } from "../_shared/school-learners.ts";
import { schoolProcedure } from "../../../trpc.ts";

/**
 * Issues a certificate or diploma to a learner of the school, only when core says it is eligible on
 * the results the school's own examencommissie established, judged again inside the transaction that
 * issues it, after the shared check (its own learner, no valid one of the same credential yet).
 */
export const issue = schoolProcedure
  .meta({ action: "issueCertificatesAndDiplomas" })
  .input(z.object({ personId: z.string().min(1), credentialId: z.string().min(1) }))
  .output(z.object({ credentialId: z.string() }))
  .mutation(async ({ ctx, input }) => {
    requireAction(ctx, "Alleen de examencommissie geeft certificaten en diploma's uit.");
    const { employerOrganizationId } = await ownLearner(ctx, input.personId);
    const catalogCredential = findCredential(childcareCatalog, input.credentialId);
    if (!catalogCredential || catalogCredential.kind === "PRAKTIJKVERKLARING")
      throw new TRPCError({
        code: "BAD_REQUEST",
        message:
          "Kies een certificaat of diploma. Een praktijkverklaring geef je uit vanuit de aanvraag van de werkgever.",
      });
    const { kind } = catalogCredential;
    const date = today();
    return ctx.prisma.$transaction(async (tx) => {
      const claim = await claimIssuing(tx, {
        personId: input.personId,
        kind,
        credentialId: input.credentialId,
        schoolOrganizationId: ctx.organizationId,
      });
      const person = await tx.person.findUniqueOrThrow({
        where: { id: input.personId },
        include: learnerFacts(ctx.organizationId, employerOrganizationId),
      });
      const eligibility = learnerEligibility(person, ctx.organizationId, date).find(
        (e) => e.credentialId === input.credentialId,
      )!;
      const refusal = issuingRefusal(childcareCatalog, eligibility);
      if (refusal) throw new TRPCError({ code: "BAD_REQUEST", message: refusal });
      const credential = await issueCredential(
        tx,
        claim,
        {
          workProcessIds: eligibility.workProcessIds,
          employerOrganizationId,
          issuedByUserId: ctx.session.userId,
          issuedOn: date,
          resultOn: resultDate(person, eligibility, date),
        },
        { ctx, action: "credential.issue" },
      );
      return { credentialId: credential.id };
    });
  });
