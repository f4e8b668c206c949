import type { RouterOutputs } from "@ontwikkelpad/api";

/** A class as `school.classes.get` returns it. */
export type ClassData = RouterOutputs["school"]["classes"]["get"];
export type ClassLearner = ClassData["learners"][number];
