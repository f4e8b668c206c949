import { childcareCatalog } from "@ontwikkelpad/core";
import { scopeOrganizationsInRegion } from "@ontwikkelpad/db";
import { z } from "zod";
import { regionProcedure } from "../../../trpc.ts";

/** The qualifications of the Ontwikkelpad with a crebo: what an employer needs SBB recognition for. */
const CREBOS = childcareCatalog.qualifications.flatMap((q) =>
  q.crebo ? [{ crebo: q.crebo, title: q.title }] : [],
);

/**
 * Which employers and schools take part in the region, and the SBB-recognition coverage of the
 * Ontwikkelpad's crebos among the member employers (organisations, not persons: no suppression).
 */
export const get = regionProcedure
  .meta({ action: "regionMember" })
  .input(z.void())
  .output(
    z.object({
      crebos: z.array(
        z.object({ crebo: z.string(), title: z.string(), recognisedEmployers: z.number().int() }),
      ),
      employers: z.array(
        z.object({
          id: z.string(),
          name: z.string(),
          city: z.string().nullable(),
          recognisedCrebos: z.array(z.string()),
        }),
      ),
      schools: z.array(z.object({ id: z.string(), name: z.string(), city: z.string().nullable() })),
    }),
  )
  .query(async ({ ctx }) => {
    const members = await ctx.prisma.organization.findMany({
      where: {
        AND: [scopeOrganizationsInRegion(ctx.organizationId), { kind: { in: ["EMPLOYER", "SCHOOL"] } }],
      },
      select: {
        id: true,
        name: true,
        city: true,
        kind: true,
        sbbRecognitions: { where: { status: "ACTIVE" }, select: { crebo: true } },
      },
      orderBy: { name: "asc" },
    });
    const employers = members
      .filter((m) => m.kind === "EMPLOYER")
      .map((m) => ({
        id: m.id,
        name: m.name,
        city: m.city,
        recognisedCrebos: [...new Set(m.sbbRecognitions.map((r) => r.crebo))].toSorted(),
      }));
    return {
      crebos: CREBOS.map((c) => ({
        ...c,
        recognisedEmployers: employers.filter((e) => e.recognisedCrebos.includes(c.crebo)).length,
      })),
      employers,
      schools: members.filter((m) => m.kind === "SCHOOL").map(({ id, name, city }) => ({ id, name, city })),
    };
  });
