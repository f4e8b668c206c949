import { childcareCatalog, issuingRefusal } from "@ontwikkelpad/core";
import { scopeOwnedBySchool } from "@ontwikkelpad/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { requireAction } from "../../../shared/authorization.ts";
import { isoDate, plausibleDate, today } from "../../../shared/dates.ts";
import {
  claimIssuing,
  issueCredential,
  learnerEligibility,
  learnerFacts,
  resultDate,
} from "../_shared/issuing.ts";
import { readPraktijkverklaringBasis } from "../_shared/praktijkverklaring-basis.ts";
import { schoolProcedure } from "../../../trpc.ts";
import { notFound } from "../../../shared/own.ts";

export const supersedeInput = z.object({
  credentialId: z.string().min(1),
  reason: z
    .string()
    .trim()
    .min(5, "Schrijf waarom je corrigeert: de werkgever en de deelnemer lezen het bij het oude bewijs.")
    .max(2000),
  issuedOn: plausibleDate("afgiftedatum", 0),
  /** A praktijkverklaring's corrected werkprocessen; a certificate or diploma states what core counts. */
  workProcessIds: z.array(z.string().min(1)).max(100).optional(),
});

/**
 * Corrects an issued credential: a new one with the corrected date (or, for a praktijkverklaring,
 * werkprocessen) supersedes it with the reason. The old one stays, pointing to the new.
 */
export const supersede = schoolProcedure
  .meta({ action: ["issueCertificatesAndDiplomas", "issuePraktijkverklaringen"] })
  .input(supersedeInput)
  .output(z.object({ credentialId: z.string() }))
  .mutation(async ({ ctx, input }) => {
    const old = await ctx.prisma.issuedCredential.findFirst({
      where: { AND: [{ id: input.credentialId }, scopeOwnedBySchool(ctx.organizationId)] },
    });
    if (!old) throw notFound("issuedCredential");
    const praktijkverklaring = old.kind === "PRAKTIJKVERKLARING";
    requireAction(
      ctx,
      praktijkverklaring
        ? "Alleen een opleidingsadviseur of examinator corrigeert een praktijkverklaring."
        : "Alleen de examencommissie corrigeert een certificaat of diploma.",
      praktijkverklaring ? "issuePraktijkverklaringen" : "issueCertificatesAndDiplomas",
    );
    if (old.supersededById)
      throw new TRPCError({
        code: "CONFLICT",
        message: "Dit bewijs is al gecorrigeerd. Corrigeer de nieuwste versie.",
      });
    const date = today();
    return ctx.prisma.$transaction(async (tx) => {
      const claim = await claimIssuing(tx, {
        personId: old.personId,
        kind: old.kind,
        credentialId: old.credentialId,
        schoolOrganizationId: ctx.organizationId,
        supersedes: { id: old.id, reason: input.reason },
      });
      let workProcessIds: string[];
      let resultOn = old.resultOn ? isoDate(old.resultOn) : null;
      if (praktijkverklaring) {
        const chosen = [...new Set(input.workProcessIds ?? old.workProcessIds)];
        const basis = await readPraktijkverklaringBasis(tx, {
          personId: old.personId,
          employerOrganizationId: old.employerOrganizationId ?? "",
          credentialId: old.credentialId,
        });
        const allowed = new Set(basis.workProcessIds);
        if (chosen.length === 0 || chosen.some((id) => !allowed.has(id)))
          throw new TRPCError({
            code: "BAD_REQUEST",
            message:
              "Een praktijkverklaring noemt alleen werkprocessen die in het erkende leerbedrijf als beheerst zijn beoordeeld, ondertekend en medeondertekend, en minstens één.",
          });
        workProcessIds = chosen;
      } else {
        const person = await tx.person.findUniqueOrThrow({
          where: { id: old.personId },
          include: learnerFacts(ctx.organizationId, old.employerOrganizationId),
        });
        // Judged as if the credential it replaces had not been issued.
        const eligibility = learnerEligibility(person, ctx.organizationId, date, old.id).find(
          (e) => e.credentialId === old.credentialId,
        )!;
        const refusal = issuingRefusal(childcareCatalog, eligibility);
        if (refusal) throw new TRPCError({ code: "BAD_REQUEST", message: refusal });
        workProcessIds = eligibility.workProcessIds;
        resultOn = resultDate(person, eligibility, input.issuedOn);
      }
      const credential = await issueCredential(
        tx,
        claim,
        {
          workProcessIds,
          employerOrganizationId: old.employerOrganizationId,
          issuedByUserId: ctx.session.userId,
          issuedOn: input.issuedOn,
          resultOn,
        },
        { ctx, action: "credential.supersede" },
      );
      return { credentialId: credential.id };
    });
  });
