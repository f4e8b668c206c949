import type { LearningRoute as CoreLearningRoute } from "@ontwikkelpad/core";
import type { LearningRoute } from "@ontwikkelpad/db";

/** The database spells leerwegen as enum constants, the catalog in lower case. */
const TO_CORE: Record<LearningRoute, CoreLearningRoute> = {
  BOL: "bol",
  BBL: "bbl",
  DERDE_LEERWEG: "derde-leerweg",
};

export const toCoreLearningRoute = (route: LearningRoute): CoreLearningRoute => TO_CORE[route];
