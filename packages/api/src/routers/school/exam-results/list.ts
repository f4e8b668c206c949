import { scopeOwnedBySchool } from "@ontwikkelpad/db";
import { z } from "zod";
import { examResultInclude, examResultViewSchema, toExamResultView } from "../_shared/exam-results.ts";
import { schoolProcedure } from "../../../trpc.ts";

/** The school's exam results, newest first, with the moves the caller may make on each. */
export const list = schoolProcedure
  .meta({ action: "schoolMember" })
  .input(z.void())
  .output(z.array(examResultViewSchema))
  .query(async ({ ctx }) => {
    const rows = await ctx.prisma.examResult.findMany({
      where: scopeOwnedBySchool(ctx.organizationId),
      include: examResultInclude,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    });
    return rows.map((row) => toExamResultView(row, ctx.roles));
  });
