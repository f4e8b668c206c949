import {
  languageLevelSchema,
  type Catalog,
  type LanguageLevel,
  type LanguageProof,
} from "../catalog/schema.ts";
import { educationLevels, type PersonProfile } from "./profile.ts";

/**
 * The mondeling levels an employer can record: the taaleis levels 1F–4F, and B2 of the European
 * framework (CEFR), which counts as 3F.
 */
export const RECORDED_LANGUAGE_LEVELS = [...languageLevelSchema.options, "B2"] as const;
export type RecordedLanguageLevel = (typeof RECORDED_LANGUAGE_LEVELS)[number];

/** The taaleis level a recorded level counts as: B2 counts as 3F, a level 1F–4F as itself. */
export const mondelingLevel = (recorded: RecordedLanguageLevel): LanguageLevel =>
  recorded === "B2" ? "3F" : recorded;

const LEVELS = languageLevelSchema.options;

/** Whether a taaleis level is the required one or higher. */
export const meetsLanguageLevel = (held: LanguageLevel, required: LanguageLevel) =>
  LEVELS.indexOf(held) >= LEVELS.indexOf(required);

/**
 * The first of the catalog's language proofs for this skill at this level or higher that one of the
 * person's diplomas is (a catalog diploma counts as mbo at its niveau); undefined when none is.
 */
export function languageProof(
  catalog: Catalog,
  profile: PersonProfile,
  skill: LanguageProof["skill"],
  level: LanguageLevel,
): LanguageProof | undefined {
  const levels = educationLevels(catalog, profile);
  return catalog.languageProofs.find(
    (p) =>
      p.skill === skill && meetsLanguageLevel(p.level, level) && p.educationLevels.some((l) => levels.has(l)),
  );
}
