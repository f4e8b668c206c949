import { buildOpenBadgeCredential, childcareCatalog, findWorkProcess } from "@ontwikkelpad/core";
import { z } from "zod";
import { isoDate } from "../../../shared/dates.ts";
import { schoolProcedure } from "../../../trpc.ts";
import { readSnapshot } from "./issued-view.ts";
import { ownIssuedCredential } from "./own-credential.ts";

/**
 * An issued credential as an unsigned Open Badges 3.0 OpenBadgeCredential (ids under `baseUrl`, the
 * address the portal is served from), with its revocation when it was superseded.
 */
export const openBadge = schoolProcedure
  .meta({ action: "schoolMember" })
  .input(z.object({ credentialId: z.string().min(1), baseUrl: z.url({ protocol: /^https?$/ }) }))
  .output(
    z.object({
      credential: z.record(z.string(), z.unknown()),
      revocation: z.object({ id: z.string(), revokedAt: z.string(), reason: z.string() }).nullable(),
    }),
  )
  .query(async ({ ctx, input }) => {
    const row = await ownIssuedCredential(ctx, input.credentialId);
    return buildOpenBadgeCredential({
      baseUrl: input.baseUrl,
      credentialId: row.id,
      catalogCredentialId: row.credentialId,
      schoolId: row.schoolOrganizationId,
      issuedOn: isoDate(row.issuedOn),
      snapshot: readSnapshot(row),
      workProcesses: row.workProcessIds.map((id) => {
        const wp = findWorkProcess(childcareCatalog, id);
        return { id, code: wp?.code ?? id, title: wp?.title ?? id };
      }),
      supersededAt: row.supersededAt?.toISOString() ?? null,
      supersededReason: row.supersededReason,
    });
  });
