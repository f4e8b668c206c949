import { isPokSigned, pokSignatureProblems, pokSignedOn, pokTransitionProblems } from "@ontwikkelpad/core";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { requireAction } from "../../../shared/authorization.ts";
import { audit } from "../../../shared/audit.ts";
import { dateColumn, plausibleDate, today } from "../../../shared/dates.ts";
import { pokPartySchema, pokStatusSchema } from "../../../shared/enums.ts";
import { ownEnrolment } from "../_shared/school-access.ts";
import { schoolProcedure } from "../../../trpc.ts";
import { readPokFacts, SIGNATURE_COLUMNS } from "./pok-view.ts";

/**
 * Records one party's signature of a POK sent for signature: who signed for the learner, the
 * leerbedrijf or the school, and when. With the last of the three the POK is signed (core's rule,
 * WEB art. 7.2.8), on the day of that last signature, in the same transaction.
 */
export const sign = schoolProcedure
  .meta({ action: "managePoks" })
  .input(
    z.object({
      enrolmentId: z.string().min(1),
      party: pokPartySchema,
      signedBy: z.string().trim().min(2, "Vul in wie tekende.").max(200),
      signedOn: plausibleDate("datum van de handtekening", 0),
    }),
  )
  .output(z.object({ status: pokStatusSchema, signedOn: z.iso.date().nullable() }))
  .mutation(async ({ ctx, input }) => {
    const enrolment = await ownEnrolment(ctx, input.enrolmentId);
    requireAction(ctx, "Alleen een opleidingsadviseur of docent legt de handtekeningen van de POK vast.");
    const facts = await readPokFacts(ctx.prisma, enrolment);
    const problems = pokSignatureProblems(facts, input.party, input.signedOn, today());
    const signatures = { ...facts.signatures, [input.party]: { by: input.signedBy, on: input.signedOn } };
    const signed = isPokSigned(signatures);
    // The last signature signs the POK: it must then meet everything a signed POK needs.
    if (problems.length === 0 && signed)
      problems.push(...pokTransitionProblems({ ...facts, signatures }, "SIGNED"));
    if (problems.length) throw new TRPCError({ code: "BAD_REQUEST", message: problems.join(" ") });
    const columns = SIGNATURE_COLUMNS[input.party];
    const signedOn = pokSignedOn(signatures);
    return ctx.prisma.$transaction(async (tx) => {
      const { count } = await tx.enrolment.updateMany({
        where: { id: enrolment.id, pokStatus: "SENT", [columns.on]: null },
        data: {
          [columns.by]: input.signedBy,
          [columns.on]: dateColumn(input.signedOn),
          ...(signedOn ? { pokStatus: "SIGNED" as const, pokSignedOn: dateColumn(signedOn) } : {}),
        },
      });
      if (count === 0)
        throw new TRPCError({
          code: "CONFLICT",
          message: "De POK is intussen gewijzigd. Laad de pagina opnieuw.",
        });
      await audit(tx, ctx, "enrolment.pokSigned", {
        entity: "Enrolment",
        entityId: enrolment.id,
        details: {
          party: input.party,
          signedBy: input.signedBy,
          signedOn: input.signedOn,
          pokSignedOn: signedOn,
        },
      });
      return { status: signed ? ("SIGNED" as const) : enrolment.pokStatus, signedOn };
    });
  });
