import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  MIN_BREAKDOWN_POPULATION,
  NOISE_BOUND,
  PTABLE_COLUMNS,
  RECORD_KEY_RANGE,
  ROUNDING_BASE,
  cellKey,
  perturbCount,
  protectBreakdown,
  protectCount,
  trueCountsBehind,
} from "./cell-key.ts";

const recordKey = fc.integer({ min: 0, max: RECORD_KEY_RANGE - 1 });
const records = fc.array(recordKey, { maxLength: 40 });

describe("cellKey", () => {
  it.each([
    [[], 0],
    [[5], 5],
    [[RECORD_KEY_RANGE - 1, 2], 1],
  ])("of %j is %i", (keys, expected) => expect(cellKey(keys)).toBe(expected));

  it("refuses a key outside the range", () => {
    expect(() => cellKey([RECORD_KEY_RANGE])).toThrow(RangeError);
    expect(() => cellKey([-1])).toThrow(RangeError);
  });

  it("does not depend on the order of the records", () => {
    fc.assert(
      fc.property(records, (keys) => {
        expect(cellKey(keys)).toBe(cellKey(keys.toReversed()));
      }),
    );
  });
});

describe("perturbCount", () => {
  it.each([
    [0, 57, 0],
    [1, 19, 5],
    [1, 20, 0],
    [3, 59, 5],
    [3, 60, 0],
    [5, 0, 5],
    [5, 99, 5],
    [7, 39, 10],
    [7, 40, 5],
  ])("publishes count %i with cell key %i as %i", (count, key, published) =>
    expect(perturbCount(count, key)).toBe(published),
  );

  it("keeps 0 at 0, stays within the noise bound, never goes below 0 and is a multiple of the base", () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.nat(RECORD_KEY_RANGE - 1), (count, key) => {
        const published = perturbCount(count, key);
        expect(count > 0 || published === 0).toBe(true);
        expect(published).toBeGreaterThanOrEqual(0);
        expect(Math.abs(published - count)).toBeLessThanOrEqual(NOISE_BOUND);
        expect(published % ROUNDING_BASE).toBe(0);
      }),
    );
  });

  it("is unbiased: over all cell keys the published figure averages the true count", () => {
    for (const count of [1, 2, 3, 4, 6, 13]) {
      const columns = Array.from({ length: PTABLE_COLUMNS }, (_, key) => perturbCount(count, key));
      expect(columns.reduce((a, b) => a + b, 0) / PTABLE_COLUMNS).toBeCloseTo(count, 9);
    }
  });

  it("refuses a count that is not a whole number ≥ 0", () => {
    expect(() => perturbCount(-1, 0)).toThrow(RangeError);
    expect(() => perturbCount(1.5, 0)).toThrow(RangeError);
  });
});

describe("protectCount", () => {
  it("gives the same records the same figure, in any order", () => {
    fc.assert(
      fc.property(records, (keys) => {
        expect(protectCount(keys)).toBe(protectCount(keys.toReversed()));
      }),
    );
  });

  it("answers adding one record with a difference other than 1 in every case", () => {
    fc.assert(
      fc.property(records, recordKey, (keys, added) => {
        const difference = protectCount([...keys, added]) - protectCount(keys);
        expect(Math.abs(difference) % ROUNDING_BASE).toBe(0);
        expect(Math.abs(difference)).toBeLessThanOrEqual(ROUNDING_BASE);
      }),
    );
  });

  it("answers adding one record with a changed figure in a meaningful share of cases, not always", () => {
    let changed = 0;
    const runs = 2000;
    fc.assert(
      fc.property(fc.array(recordKey, { minLength: 3, maxLength: 40 }), recordKey, (keys, added) => {
        if (protectCount([...keys, added]) !== protectCount(keys)) changed++;
      }),
      { numRuns: runs, seed: 19 },
    );
    expect(changed / runs).toBeGreaterThan(0.2);
    expect(changed / runs).toBeLessThan(0.8);
  });

  it("is read back by trueCountsBehind: the true count always lies in the bounds a reader derives", () => {
    fc.assert(
      fc.property(records, (keys) => {
        const { min, max } = trueCountsBehind(protectCount(keys));
        expect(keys.length).toBeGreaterThanOrEqual(min);
        expect(keys.length).toBeLessThanOrEqual(max);
      }),
    );
  });
});

describe("trueCountsBehind", () => {
  it.each([
    [0, 0, 4],
    [5, 1, 9],
    [10, 6, 14],
  ])("reads %i as a true count from %i to %i", (published, min, max) =>
    expect(trueCountsBehind(published)).toEqual({ min, max }),
  );

  it("refuses a figure that the method cannot publish", () => {
    expect(() => trueCountsBehind(3)).toThrow(RangeError);
  });
});

describe("protectBreakdown", () => {
  it("publishes a group's cells only from MIN_BREAKDOWN_POPULATION records in all", () => {
    expect(
      protectBreakdown(
        [
          [1, 2],
          [3, 4],
        ],
        4,
      ),
    ).toBeNull();
    const five = [[1, 2], [3, 4, 5], []];
    expect(protectBreakdown(five, 5)).toEqual(five.map(protectCount));
  });

  it("counts the group's records, not its cells: four records in a stage and an outcome each stay hidden", () => {
    expect(
      protectBreakdown(
        [
          [1, 2, 3, 4],
          [1, 2, 3, 4],
        ],
        4,
      ),
    ).toBeNull();
    expect(MIN_BREAKDOWN_POPULATION).toBe(5);
  });
});
