import { z } from "zod";
import {
  agreementSchema,
  myPathSchema,
  openEmployeeViewLink,
  readAgreement,
  readMyPath,
} from "../../shared/employee-view.ts";
import { publicProcedure } from "../../trpc.ts";

/**
 * The employee's own Ontwikkelpad, read-only, through the link HR gave them: goal, route, progress and
 * the next review, and whether they agreed to it.
 */
export const get = publicProcedure
  .input(z.object({ token: z.string().min(10).max(100) }))
  .output(myPathSchema.extend({ agreement: agreementSchema.nullable() }))
  .query(async ({ ctx, input }) => {
    const link = await openEmployeeViewLink(ctx.prisma, input.token);
    return { ...(await readMyPath(ctx.prisma, link.developmentPath)), agreement: readAgreement(link) };
  });
