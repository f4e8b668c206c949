import { z } from "zod";
import { confidenceSchema } from "./schema.ts";

const provenance = { source: z.string().min(1), confidence: confidenceSchema };

/** The kinds of programme a learning team's students follow: mbo by crebo, hbo by CROHO code. */
export const PROGRAMME_LEVELS = ["mbo", "hbo-associate-degree", "hbo-bachelor"] as const;
export const programmeLevelSchema = z.enum(PROGRAMME_LEVELS);
export type ProgrammeLevel = z.infer<typeof programmeLevelSchema>;

/**
 * A programme of a school: an mbo qualification (crebo, and the sector catalog's qualification where one
 * holds its werkprocessen) or an hbo programme (its CROHO code, or none where it is not known).
 */
export const programmeSchema = z.discriminatedUnion("level", [
  z.object({
    level: z.literal("mbo"),
    id: z.string().min(1),
    title: z.string().min(1),
    niveau: z.number().int().min(1).max(4),
    crebo: z.string().regex(/^\d{5}$/),
    /** The sector catalogs' qualification whose werkprocessen a student's goals may name. */
    qualificationId: z.string().min(1),
    ...provenance,
  }),
  z.object({
    level: z.enum(["hbo-associate-degree", "hbo-bachelor"]),
    id: z.string().min(1),
    title: z.string().min(1),
    croho: z
      .string()
      .regex(/^\d{5}$/)
      .nullable(),
    ...provenance,
  }),
]);
export type Programme = z.infer<typeof programmeSchema>;

/** One competence every profession in a learning team works on. */
export const sharedCompetenceSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  description: z.string().min(1),
  ...provenance,
});
export type SharedCompetence = z.infer<typeof sharedCompetenceSchema>;

/** The shared competences of interprofessional learning, with the source of the framework. */
export const competenceFrameworkSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  competences: z.array(sharedCompetenceSchema).min(1),
  ...provenance,
});
export type CompetenceFramework = z.infer<typeof competenceFrameworkSchema>;

export const programmeCatalogSchema = z.object({
  programmes: z.array(programmeSchema).min(1),
  competenceFramework: competenceFrameworkSchema,
});
export type ProgrammeCatalog = z.infer<typeof programmeCatalogSchema>;
