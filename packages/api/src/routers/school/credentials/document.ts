import { childcareCatalog, findWorkProcess } from "@ontwikkelpad/core";
import { z } from "zod";
import { publicUrl } from "../../../shared/credentials/settings.ts";
import { isoDate, isoDateOrNull } from "../../../shared/dates.ts";
import { schoolProcedure } from "../../../trpc.ts";
import { workProcessRefSchema } from "./aims.ts";
import { readSnapshot } from "../../../shared/issued-snapshot.ts";
import { issuedView, issuedViewSchema } from "./issued-view.ts";
import { ownIssuedCredential } from "./own-credential.ts";

/** Who signed, and on which day; null when nobody did. */
const signature = (name: string | undefined, at: Date | null) =>
  name && at ? { name, on: isoDateOrNull(at)! } : null;

const signatureSchema = z.object({ name: z.string(), on: z.iso.date() }).nullable();

/**
 * Everything the PDF of an issued credential states: learner, school, the werkprocessen with titles,
 * issue date and, for a praktijkverklaring, the leerbedrijf with who judged (signed) and co-signed each
 * werkproces, and when.
 */
export const document = schoolProcedure
  .meta({ action: "schoolMember" })
  .input(z.object({ credentialId: z.string().min(1) }))
  .output(
    issuedViewSchema.extend({
      school: z.string(),
      niveau: z.number().int(),
      workProcesses: z.array(
        workProcessRefSchema.extend({ signedBy: signatureSchema, coSignedBy: signatureSchema }),
      ),
      praktijkopleiders: z.array(z.string()),
      /** The public verify page of this credential: the QR code on its PDF. */
      verificationUrl: z.url(),
    }),
  )
  .query(async ({ ctx, input }) => {
    const row = await ownIssuedCredential(ctx, input.credentialId);
    const snapshot = readSnapshot(row);
    const judgements =
      row.kind === "PRAKTIJKVERKLARING" && row.employerOrganizationId
        ? await ctx.prisma.evidence.findMany({
            where: {
              personId: row.personId,
              employerOrganizationId: row.employerOrganizationId,
              kind: "PRACTICE_ASSESSMENT",
              result: "MASTERED",
              workProcessId: { in: row.workProcessIds },
              coSignedAt: { not: null },
              supersededBy: null,
            },
            include: {
              signedBy: { select: { displayName: true } },
              coSignedBy: { select: { displayName: true } },
            },
            orderBy: { assessedOn: "asc" },
          })
        : [];
    // The latest co-signed judgement of each werkproces (on or before the issue date) is the one stated.
    const latest = new Map(
      judgements
        .filter((j) => isoDate(j.assessedOn) <= isoDate(row.issuedOn))
        .map((j) => [j.workProcessId, j]),
    );
    const workProcesses = row.workProcessIds.map((id) => {
      const wp = findWorkProcess(childcareCatalog, id);
      const j = latest.get(id);
      return {
        id,
        code: wp?.code ?? id,
        title: wp?.title ?? id,
        signedBy: signature(j?.signedBy?.displayName, j?.signedAt ?? null),
        coSignedBy: signature(j?.coSignedBy?.displayName, j?.coSignedAt ?? null),
      };
    });
    return {
      ...issuedView(row),
      school: snapshot.issuerName,
      niveau: snapshot.achievement.niveau,
      employer: snapshot.employerName ?? row.employer?.name ?? null,
      workProcesses,
      praktijkopleiders: [...new Set(workProcesses.flatMap((wp) => (wp.signedBy ? [wp.signedBy.name] : [])))],
      verificationUrl: `${publicUrl()}/verificatie?id=${encodeURIComponent(row.id)}`,
    };
  });
