import { languageLevelSchema, type LanguageLevel } from "../catalog/schema.ts";

/**
 * The mondeling levels an employer can record: the taaleis levels 1F–4F, and B2 of the European
 * framework (CEFR), which counts as 3F.
 */
export const RECORDED_LANGUAGE_LEVELS = [...languageLevelSchema.options, "B2"] as const;
export type RecordedLanguageLevel = (typeof RECORDED_LANGUAGE_LEVELS)[number];

/** The taaleis level a recorded level counts as: B2 counts as 3F, a level 1F–4F as itself. */
export const mondelingLevel = (recorded: RecordedLanguageLevel): LanguageLevel =>
  recorded === "B2" ? "3F" : recorded;
