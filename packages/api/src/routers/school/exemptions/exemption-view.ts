import { childcareCatalog, findWorkProcess } from "@ontwikkelpad/core";
import type { Prisma } from "@ontwikkelpad/db";
import { z } from "zod";
import { credentialTitle } from "../../../shared/catalog-titles.ts";
import { isoDate, isoDateOrNull } from "../../../shared/dates.ts";
import { notFound } from "../../../shared/own.ts";
import { exemptionGroundSchema, exemptionStatusSchema } from "../../../shared/enums.ts";

/** What the school reads of an exemption: the names of who asked and who decided, and its correction. */
export const exemptionInclude = {
  requestedBy: { select: { displayName: true } },
  decidedBy: { select: { displayName: true } },
  supersededBy: { select: { id: true } },
} satisfies Prisma.ExemptionInclude;

type ExemptionRow = Prisma.ExemptionGetPayload<{ include: typeof exemptionInclude }>;

export const exemptionViewSchema = z.object({
  id: z.string(),
  credentialId: z.string(),
  credentialTitle: z.string(),
  workProcesses: z.array(z.object({ id: z.string(), code: z.string(), title: z.string() })),
  ground: exemptionGroundSchema,
  groundDetail: z.string(),
  status: exemptionStatusSchema,
  requestedBy: z.string(),
  requestedOn: z.string(),
  decidedBy: z.string().nullable(),
  decidedOn: z.string().nullable(),
  decisionNote: z.string().nullable(),
  supersedesId: z.string().nullable(),
  correctionReason: z.string().nullable(),
  /** The decision that corrected this one; null while it stands. */
  supersededById: z.string().nullable(),
});
export type ExemptionView = z.infer<typeof exemptionViewSchema>;

export const toExemptionView = (row: ExemptionRow): ExemptionView => ({
  id: row.id,
  credentialId: row.credentialId,
  credentialTitle: credentialTitle(row.credentialId),
  workProcesses: row.workProcessIds.map((id) => {
    const wp = findWorkProcess(childcareCatalog, id);
    return { id, code: wp?.code ?? id, title: wp?.title ?? id };
  }),
  ground: row.ground,
  groundDetail: row.groundDetail,
  status: row.status,
  requestedBy: row.requestedBy.displayName,
  requestedOn: isoDate(row.createdAt),
  decidedBy: row.decidedBy?.displayName ?? null,
  decidedOn: isoDateOrNull(row.decidedOn),
  decisionNote: row.decisionNote,
  supersedesId: row.supersedesId,
  correctionReason: row.correctionReason,
  supersededById: row.supersededBy?.id ?? null,
});

/** One of the school's exemptions, or the same NOT_FOUND whether it does not exist or is another school's. */
export async function ownExemption(
  ctx: { prisma: Prisma.TransactionClient; organizationId: string },
  exemptionId: string,
) {
  const row = await ctx.prisma.exemption.findFirst({
    where: { id: exemptionId, schoolOrganizationId: ctx.organizationId },
    include: exemptionInclude,
  });
  if (!row) throw notFound("exemption");
  return row;
}

/** The decision the examencommissie gives: grant or refuse, with its motivation. */
export const decisionInput = {
  decision: z.enum(["GRANTED", "REFUSED"]),
  note: z.string().trim().min(1, "Schrijf op waarom de examencommissie zo besluit.").max(2000),
};
