/**
 * An attacker on published figures, for tests: every figure a user can obtain becomes a bound on an
 * unknown true count, every additive fact a linear equation (a total is the sum of its parts, a quarter
 * the sum of its months, a figure after a change the figure before plus the change). The solver
 * narrows the bounds by interval propagation over the equations and pins the counts the equations fix
 * on their own (Gaussian elimination), both until nothing changes. A count it pins is recovered.
 */

import { trueCountsBehind } from "../rules/cell-key.ts";
import { COMPLEMENTARY_HIDDEN, SMALL_COUNT, type PublishedCount } from "./per-table-suppression.ts";

export interface Bounds {
  min: number;
  max: number;
}

type Row = Map<number, number>;
const EPS = 1e-9;

export class DisclosureAttack {
  readonly #index = new Map<string, number>();
  readonly #names: string[] = [];
  readonly #bounds: Bounds[] = [];
  readonly #equations: { terms: Row; constant: number }[] = [];

  #variable(name: string): number {
    let i = this.#index.get(name);
    if (i === undefined) {
      i = this.#names.length;
      this.#index.set(name, i);
      this.#names.push(name);
      this.#bounds.push({ min: 0, max: Number.POSITIVE_INFINITY });
    }
    return i;
  }

  /** The true count `name` lies in [min, max]. */
  bound(name: string, min: number, max: number): this {
    const b = this.#bounds[this.#variable(name)]!;
    b.min = Math.max(b.min, min);
    b.max = Math.min(b.max, max);
    return this;
  }

  /** The true count `name` is exactly `value` (an exact figure, or a change the user made). */
  exact(name: string, value: number): this {
    return this.bound(name, value, value);
  }

  /** What a figure published by the per-table suppression ("<5", "x" or the count) says. */
  suppressed(name: string, published: PublishedCount): this {
    if (published === SMALL_COUNT) return this.bound(name, 1, 4);
    if (published === COMPLEMENTARY_HIDDEN) return this.bound(name, 0, Number.POSITIVE_INFINITY);
    return this.exact(name, published);
  }

  /** What a figure published by the cell key method says, given its public perturbation table. */
  protected(name: string, published: number): this {
    const { min, max } = trueCountsBehind(published);
    return this.bound(name, min, max);
  }

  /** Σ coefficient × count = constant. */
  equation(terms: readonly (readonly [name: string, coefficient: number])[], constant = 0): this {
    const row: Row = new Map();
    for (const [name, coefficient] of terms) {
      const i = this.#variable(name);
      const c = (row.get(i) ?? 0) + coefficient;
      if (Math.abs(c) < EPS) row.delete(i);
      else row.set(i, c);
    }
    if (row.size > 0) this.#equations.push({ terms: row, constant });
    return this;
  }

  /** `total` is the sum of `parts`. */
  sum(total: string, parts: readonly string[]): this {
    return this.equation([[total, -1], ...parts.map((p) => [p, 1] as const)]);
  }

  /** Runs the attack; returns every count's bounds. */
  solve(): Map<string, Bounds> {
    for (let round = 0; round < 1000; round++) {
      const narrowed = this.#propagate();
      const pinned = this.#eliminate();
      if (!narrowed && !pinned) break;
    }
    return new Map(this.#names.map((name, i) => [name, { ...this.#bounds[i]! }]));
  }

  /** The counts pinned to one value above zero: what the attack recovered. */
  recovered(): Map<string, number> {
    const out = new Map<string, number>();
    for (const [name, b] of this.solve()) if (b.min === b.max && b.min > 0) out.set(name, b.min);
    return out;
  }

  #propagate(): boolean {
    let changed = false;
    for (let pass = 0; pass < 200; pass++) {
      let passChanged = false;
      for (const { terms, constant } of this.#equations) {
        for (const [i, a] of terms) {
          // a·x_i = constant − Σ_{j≠i} a_j·x_j
          let lo = constant;
          let hi = constant;
          for (const [j, b] of terms) {
            if (j === i) continue;
            const { min, max } = this.#bounds[j]!;
            lo -= b > 0 ? b * max : b * min;
            hi -= b > 0 ? b * min : b * max;
          }
          const [xLo, xHi] = a > 0 ? [lo / a, hi / a] : [hi / a, lo / a];
          const bound = this.#bounds[i]!;
          const newMin = Number.isFinite(xLo) ? Math.max(bound.min, Math.ceil(xLo - EPS)) : bound.min;
          const newMax = Number.isFinite(xHi) ? Math.min(bound.max, Math.floor(xHi + EPS)) : bound.max;
          if (newMin !== bound.min || newMax !== bound.max) {
            if (newMin > newMax) throw new Error(`The figures contradict each other at ${this.#names[i]}`);
            bound.min = newMin;
            bound.max = newMax;
            passChanged = true;
          }
        }
      }
      if (!passChanged) break;
      changed = true;
    }
    return changed;
  }

  /** Gaussian elimination over the equations and the pinned counts; pins what the system fixes. */
  #eliminate(): boolean {
    const pivots = new Map<number, { terms: Row; constant: number }>();
    const reduce = (terms: Row, constant: number) => {
      const row = new Map(terms);
      let c = constant;
      for (let again = true; again;) {
        again = false;
        for (const [j, a] of row) {
          const p = pivots.get(j);
          if (!p) continue;
          const factor = a / p.terms.get(j)!;
          for (const [k, b] of p.terms) {
            const v = (row.get(k) ?? 0) - factor * b;
            if (Math.abs(v) < EPS) row.delete(k);
            else row.set(k, v);
          }
          c -= factor * p.constant;
          again = true;
          break;
        }
      }
      return { terms: row, constant: c };
    };
    const rows = [
      ...this.#bounds.flatMap((b, i) =>
        b.min === b.max ? [{ terms: new Map([[i, 1]]) as Row, constant: b.min }] : [],
      ),
      ...this.#equations,
    ];
    for (const r of rows) {
      const reduced = reduce(r.terms, r.constant);
      const first = reduced.terms.keys().next();
      if (first.done) continue;
      // Keep earlier pivot rows free of the new pivot, so each pivot row stays fully reduced.
      for (const [j, p] of pivots)
        if (p.terms.has(first.value)) {
          const factor = p.terms.get(first.value)! / reduced.terms.get(first.value)!;
          const next = new Map(p.terms);
          for (const [k, b] of reduced.terms) {
            const v = (next.get(k) ?? 0) - factor * b;
            if (Math.abs(v) < EPS) next.delete(k);
            else next.set(k, v);
          }
          pivots.set(j, { terms: next, constant: p.constant - factor * reduced.constant });
        }
      pivots.set(first.value, reduced);
    }
    let pinned = false;
    for (const [j, p] of pivots) {
      if (p.terms.size !== 1) continue;
      const value = Math.round(p.constant / p.terms.get(j)!);
      const b = this.#bounds[j]!;
      if (b.min !== b.max) {
        if (value < b.min || value > b.max)
          throw new Error(`The figures contradict each other at ${this.#names[j]}`);
        b.min = value;
        b.max = value;
        pinned = true;
      }
    }
    return pinned;
  }
}
