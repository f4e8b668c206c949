import { childcareCatalog, evaluateCredentialEligibility } from "@ontwikkelpad/core";
import { scopeOwnedByEmployer } from "@ontwikkelpad/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { ownPerson } from "../_shared/access.ts";
import { audit } from "../../../shared/audit.ts";
import { today } from "../../../shared/dates.ts";
import { profileFacts, toPersonProfile } from "../../../shared/person-profile.ts";
import { employerProcedure } from "../../../trpc.ts";
import { notFound } from "../../../shared/own.ts";
import { recordNotificationMail } from "../../../shared/notifications/record-mail.ts";

/** Asks a school to issue a praktijkverklaring for the werkprocessen that are signed and co-signed as mastered. */
export const requestPraktijkverklaring = employerProcedure
  .meta({ action: "employerMember" })
  .input(
    z.object({
      personId: z.string().min(1),
      templateId: z.string().min(1),
      schoolId: z.string().min(1, "Kies een mbo-instelling."),
      message: z.string().trim().max(2000).optional(),
    }),
  )
  .output(z.object({ id: z.string(), workProcessCount: z.number() }))
  .mutation(async ({ ctx, input }) => {
    const person = await ownPerson(ctx, input.personId, {
      ...profileFacts(ctx.organizationId),
      evidence: true,
      credentials: true,
      developmentPaths: {
        where: { ...scopeOwnedByEmployer(ctx.organizationId), status: "ACTIVE" },
        take: 1,
      },
    });
    const school = await ctx.prisma.organization.findFirst({
      where: { id: input.schoolId, kind: "SCHOOL", archivedAt: null },
    });
    if (!school) throw notFound("school");
    const eligibility = evaluateCredentialEligibility(
      childcareCatalog,
      toPersonProfile(person, person.evidence, person.credentials),
      today(),
    ).find((e) => e.credentialKind === "PRAKTIJKVERKLARING" && e.credentialId === input.templateId);
    if (!eligibility)
      throw new TRPCError({ code: "BAD_REQUEST", message: "Kies een praktijkverklaring uit de lijst." });
    if (eligibility.workProcessIds.length === 0) {
      throw new TRPCError({
        code: "BAD_REQUEST",
        message:
          "Er is nog geen werkproces als beheerst beoordeeld, ondertekend en medeondertekend. Laat eerst de beoordelingen afronden.",
      });
    }
    return ctx.prisma.$transaction(async (tx) => {
      const open = await tx.credentialRequest.findFirst({
        where: {
          ...scopeOwnedByEmployer(ctx.organizationId),
          personId: person.id,
          credentialId: input.templateId,
          status: "SUBMITTED",
        },
      });
      if (open)
        throw new TRPCError({
          code: "CONFLICT",
          message: "Deze praktijkverklaring is al aangevraagd en wacht op de school.",
        });
      const request = await tx.credentialRequest.create({
        data: {
          employerOrganizationId: ctx.organizationId,
          schoolOrganizationId: school.id,
          personId: person.id,
          developmentPathId: person.developmentPaths[0]?.id ?? null,
          credentialId: input.templateId,
          workProcessIds: eligibility.workProcessIds,
          message: input.message || null,
          requestedByUserId: ctx.session.userId,
        },
      });
      await audit(tx, ctx, "credentialRequest.create", { entity: "CredentialRequest", entityId: request.id });
      await recordNotificationMail(tx, school.id, today());
      return { id: request.id, workProcessCount: eligibility.workProcessIds.length };
    });
  });
