import { PATH_STEPS, childcareCatalog, listCredentials, listWorkProcesses } from "@ontwikkelpad/core";
import { credentialKindSchema } from "../shared/enums.ts";
import { z } from "zod";
import { publicProcedure, router } from "../trpc.ts";

const provenance = { source: z.string(), confidence: z.enum(["confirmed", "inferred", "unconfirmed"]) };

/** The catalog is public reference data: the same for every organisation. */
export const catalogRouter = router({
  functions: publicProcedure
    .input(z.void())
    .output(
      z.array(
        z.object({
          id: z.string(),
          title: z.string(),
          /** The function's place on a development path (the entry without a diploma, the proposed goal). */
          pathRole: z.enum(["entry", "goal"]).nullable(),
          ...provenance,
        }),
      ),
    )
    .query(() =>
      childcareCatalog.functions.map(({ id, title, pathRole, source, confidence }) => ({
        id,
        title,
        pathRole: pathRole ?? null,
        source,
        confidence,
      })),
    ),

  credentials: publicProcedure
    .input(z.void())
    .output(
      z.array(
        z.object({
          id: z.string(),
          kind: credentialKindSchema,
          title: z.string(),
          niveau: z.number(),
          code: z.string().nullable(),
          ...provenance,
        }),
      ),
    )
    .query(() =>
      listCredentials(childcareCatalog).map(({ id, kind, title, niveau, code, source, confidence }) => ({
        id,
        kind,
        title,
        niveau,
        code,
        source,
        confidence,
      })),
    ),

  /** The cao diplomagroepen HR can record another diploma in. */
  diplomaGroups: publicProcedure
    .input(z.void())
    .output(z.array(z.object({ id: z.string(), title: z.string(), ...provenance })))
    .query(() =>
      childcareCatalog.diplomaGroups.map(({ id, title, source, confidence }) => ({
        id,
        title,
        source,
        confidence,
      })),
    ),

  workProcesses: publicProcedure
    .input(z.object({ ids: z.array(z.string()).optional() }).optional())
    .output(
      z.array(
        z.object({
          dossierVersionId: z.string(),
          dossierTitle: z.string(),
          coreTaskCode: z.string(),
          title: z.string(),
          workProcesses: z.array(z.object({ id: z.string(), code: z.string(), title: z.string() })),
        }),
      ),
    )
    .query(({ input }) =>
      listWorkProcesses(childcareCatalog, input?.ids).map((g) => ({
        ...g,
        workProcesses: g.workProcesses.map(({ id, code, title }) => ({ id, code, title })),
      })),
    ),

  pathSteps: publicProcedure
    .input(z.void())
    .output(z.array(z.object({ step: z.number(), title: z.string() })))
    .query(() => PATH_STEPS.map(({ step, title }) => ({ step, title }))),
});
