import { assessStartingPoint, childcareCatalog } from "@ontwikkelpad/core";
import { z } from "zod";
import { ownPerson } from "../_shared/access.ts";
import { audit } from "../../../shared/audit.ts";
import { dateColumn, today } from "../../../shared/dates.ts";
import { toCoreHeldCredential } from "../../../shared/person-profile.ts";
import { employerProcedure } from "../../../trpc.ts";
import { addHeldCredentialInput } from "./schemas.ts";

/** Records a diploma, certificate, praktijkverklaring or other diploma a person brought. */
export const add = employerProcedure
  .meta({ action: "employerMember" })
  .input(addHeldCredentialInput)
  .output(z.object({ id: z.string() }))
  .mutation(async ({ ctx, input }) => {
    const person = await ownPerson(ctx, input.personId);
    const other = input.kind === "OTHER_DIPLOMA";
    const data = {
      personId: person.id,
      employerOrganizationId: ctx.organizationId,
      kind: input.kind,
      credentialId: other ? null : input.credentialId,
      title: other ? input.title : null,
      educationLevel: other ? input.educationLevel : null,
      diplomaGroup: other ? input.diplomaGroup : null,
      issuedOn: dateColumn(input.issuedOn),
      institution: input.institution,
      note: input.note,
      recordedByUserId: ctx.session.userId,
      workProcessIds: [],
      originIssuerDid: null,
      originSchoolName: null,
      verifiedAt: null,
    };
    // The rules check it against the catalog (e.g. an unknown diplomagroep) before it is stored; a
    // CoreInputError becomes a 400 with core's Dutch message.
    const row = { ...data, id: "", archivedAt: null, archivedReason: null, createdAt: new Date() };
    assessStartingPoint(childcareCatalog, { credentials: [toCoreHeldCredential(row)] }, today());
    return ctx.prisma.$transaction(async (tx) => {
      const created = await tx.heldCredential.create({ data });
      await audit(tx, ctx, "heldCredential.add", {
        entity: "HeldCredential",
        entityId: created.id,
        details: {
          personId: person.id,
          kind: input.kind,
          credentialId: data.credentialId,
          title: data.title,
        },
      });
      return { id: created.id };
    });
  });
