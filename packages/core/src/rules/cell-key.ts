/**
 * The cell key method for every protected figure about persons (the region's figures of people in
 * employers' and schools' records, the school's counts of other employers' staff, and every figure the
 * ministry receives). Source: ESS Handbook on Statistical Disclosure Control, ch. 5 (frequency tables),
 * and the ABS TableBuilder, which the European 2021 census followed.
 *
 * Each person record carries a fixed random record key (an integer in [0, RECORD_KEY_RANGE), filled
 * by the database when the row is made). A cell's key is the sum of its records' keys modulo the range,
 * and a fixed perturbation table gives the cell's noise from its true count and its cell key. So:
 * - the same records always give the same published figure, whichever table, grouping or period asks;
 * - a figure computed twice over record sets that differ by one record differs by noise, not by one:
 *   subtracting a shorter period, another grouping or the figure from before a change returns noise;
 * - 0 stays 0, the noise is at most NOISE_BOUND either way and a published figure is never negative;
 * - published figures do not add up exactly: a total carries its own noise.
 */

import { z } from "zod";

/** Record keys are whole numbers in [0, RECORD_KEY_RANGE); the database's default fills them. */
export const RECORD_KEY_RANGE = 2 ** 31 - 1;
/** The perturbation table has this many columns; a cell key picks one (its key modulo this). */
export const PTABLE_COLUMNS = 100;
/** Protected figures are multiples of this. */
export const ROUNDING_BASE = 5;
/** The largest difference between a protected figure and its true count, either way. */
export const NOISE_BOUND = ROUNDING_BASE - 1;

/** A protected figure on the wire: the perturbed count, a multiple of ROUNDING_BASE. */
export const protectedCountSchema = z.number().int().nonnegative().multipleOf(ROUNDING_BASE);
export type ProtectedCount = z.infer<typeof protectedCountSchema>;

/**
 * The perturbation table: per remainder r of the true count modulo ROUNDING_BASE, the share of the
 * columns that rounds up (r in ROUNDING_BASE); the others round down. That is unbiased random rounding
 * (the published figure equals the true count on average) with the cell key as the random draw. A
 * multiple of ROUNDING_BASE, 0 included, is published as it is.
 */
const roundsUp = (count: number, column: number) =>
  column < ((count % ROUNDING_BASE) * PTABLE_COLUMNS) / ROUNDING_BASE;

/** The cell key of a set of records: the sum of their record keys modulo RECORD_KEY_RANGE. */
export function cellKey(recordKeys: readonly number[]): number {
  let key = 0;
  for (const k of recordKeys) {
    if (!Number.isInteger(k) || k < 0 || k >= RECORD_KEY_RANGE)
      throw new RangeError(`A record key must be a whole number in [0, ${RECORD_KEY_RANGE}), got ${k}`);
    key = (key + k) % RECORD_KEY_RANGE;
  }
  return key;
}

/** The published count of a cell with this true count and cell key, from the perturbation table. */
export function perturbCount(count: number, key: number): ProtectedCount {
  if (!Number.isInteger(count) || count < 0)
    throw new RangeError(`A count must be a whole number ≥ 0, got ${count}`);
  const down = count - (count % ROUNDING_BASE);
  return roundsUp(count, key % PTABLE_COLUMNS) ? down + ROUNDING_BASE : down;
}

/** The protected figure of the records a cell counts (one key per record). */
export function protectCount(recordKeys: readonly number[]): ProtectedCount {
  return perturbCount(recordKeys.length, cellKey(recordKeys));
}

/**
 * The true counts that can be published as `published`: what a reader who knows this table (it is
 * public, as the method requires) can conclude from one figure on its own.
 */
export function trueCountsBehind(published: number): { min: number; max: number } {
  if (published % ROUNDING_BASE !== 0) throw new RangeError(`Not a protected figure: ${published}`);
  return { min: Math.max(0, published - NOISE_BOUND), max: published + NOISE_BOUND };
}

/**
 * A breakdown of a group whose size the viewer knows exactly (the desk's own registrations) is
 * published only from this size: with fewer, one positive cell would say which stage the group's one or
 * two people are in, whatever its noise.
 */
export const MIN_BREAKDOWN_POPULATION = 5;

/**
 * The protected cells of a group's breakdown (one record-key list per cell), or null when the group
 * has fewer than MIN_BREAKDOWN_POPULATION records in all. `population` is the group's number of records
 * (the staff know it): a record may sit in more than one cell, as a funnel's stage and its outcome.
 */
export function protectBreakdown(
  cells: readonly (readonly number[])[],
  population: number,
): ProtectedCount[] | null {
  return population < MIN_BREAKDOWN_POPULATION ? null : cells.map(protectCount);
}
