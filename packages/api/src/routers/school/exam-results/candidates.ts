import { childcareCatalog, findCredential, findQualification, listWorkProcesses } from "@ontwikkelpad/core";
import { scopeOwnedBySchool } from "@ontwikkelpad/db";
import { z } from "zod";
import { credentialTitle } from "../../../shared/catalog-titles.ts";
import { personName } from "../../../shared/person-profile.ts";
import { schoolProcedure } from "../../../trpc.ts";

/**
 * Who can sit an exam: the school's running enrolments towards a certificate or diploma (with their
 * class, to pick a group), and per credential its werkprocessen by kerntaak and, for a diploma,
 * the parts of its generiek deel.
 */
export const candidates = schoolProcedure
  .meta({ action: "schoolMember" })
  .input(z.void())
  .output(
    z.object({
      learners: z.array(
        z.object({
          enrolmentId: z.string(),
          personId: z.string(),
          person: z.string(),
          credentialId: z.string(),
          className: z.string().nullable(),
        }),
      ),
      credentials: z.array(
        z.object({
          id: z.string(),
          title: z.string(),
          coreTasks: z.array(
            z.object({
              code: z.string(),
              title: z.string(),
              workProcesses: z.array(z.object({ id: z.string(), code: z.string(), title: z.string() })),
            }),
          ),
          /** Empty for a certificate. */
          generiekDeel: z.array(z.string()),
        }),
      ),
    }),
  )
  .query(async ({ ctx }) => {
    const enrolments = await ctx.prisma.enrolment.findMany({
      where: { ...scopeOwnedBySchool(ctx.organizationId), status: "ACTIVE" },
      include: {
        person: { select: { givenName: true, familyName: true } },
        schoolClass: { select: { name: true } },
      },
      orderBy: [{ person: { familyName: "asc" } }, { person: { givenName: "asc" } }],
    });
    const examinable = enrolments.filter(
      (e) => findCredential(childcareCatalog, e.credentialId)?.kind !== "PRAKTIJKVERKLARING",
    );
    const credentialIds = [...new Set(examinable.map((e) => e.credentialId))];
    return {
      learners: examinable.map((e) => ({
        enrolmentId: e.id,
        personId: e.personId,
        person: personName(e.person),
        credentialId: e.credentialId,
        className: e.schoolClass?.name ?? null,
      })),
      credentials: credentialIds.map((id) => ({
        id,
        title: credentialTitle(id),
        coreTasks: listWorkProcesses(
          childcareCatalog,
          findCredential(childcareCatalog, id)?.workProcessIds ?? [],
        ).map((group) => ({
          code: group.coreTaskCode,
          title: group.title,
          workProcesses: group.workProcesses.map((wp) => ({ id: wp.id, code: wp.code, title: wp.title })),
        })),
        generiekDeel: findQualification(childcareCatalog, id)?.generiekDeel ?? [],
      })),
    };
  });
