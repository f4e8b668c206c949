/**
 * What every part of the national dataset shares: the seeded random source, the day it is generated
 * for, the id sequence, the table writers and the date helpers. Each part draws from the one random
 * source in a fixed order, so the dataset stays the same for a given seed, scale and day.
 */
import type { SqlRunner } from "../database.ts";
import { type Random, createRandom } from "./bulk.ts";
import { FAMILY_NAMES, GIVEN_NAMES } from "./national-data.ts";
import { type NationalWriters, createWriters } from "./national-writers.ts";

export interface NationalOptions {
  /** 1 = national size; 0.1 = a tenth (regions stay 35). */
  scale: number;
  seed?: number;
  /** argon2id hash used for every generated account (the demo passphrase). */
  passwordHash: string;
  /** The day the dataset is generated for (only its UTC date counts); the real today by default. */
  today?: Date;
}

export const day = (base: Date, offsetDays: number) => new Date(base.getTime() + offsetDays * 86_400_000);
/** The start of the UTC day `date` falls in. */
const utcDay = (date: Date) => new Date(`${date.toISOString().slice(0, 10)}T00:00:00.000Z`);

export function weightedPick<T>(random: Random, items: readonly T[], weight: (item: T) => number): T {
  const total = items.reduce((sum, item) => sum + weight(item), 0);
  let ticket = random.next() * total;
  for (const item of items) {
    ticket -= weight(item);
    if (ticket <= 0) return item;
  }
  return items[items.length - 1] as T;
}

/** A labour-market region as the generator fills it: its partners, schools and employers. */
export interface RegionRow {
  id: string;
  code: string;
  city: string;
  partnerIds: string[];
  schoolIds: string[];
  employerIds: string[];
}

export interface Generation {
  random: Random;
  today: Date;
  /** A date of something that has happened: never after today. */
  past: (date: Date) => Date;
  /** A national count at the requested scale, at least one. */
  scaled: (n: number) => number;
  /** The next generated id: "gen-<prefix>-<sequence>". */
  id: (prefix: string) => string;
  /** A random given and family name. */
  name: () => readonly [string, string];
  /** Creates an account with one membership; returns its user id. */
  addUser: (email: string, organizationId: string, role: string) => Promise<string>;
  write: NationalWriters;
}

export function createGeneration(sql: SqlRunner, options: NationalOptions): Generation {
  const random = createRandom(options.seed ?? 20_261_123);
  const today = utcDay(options.today ?? new Date());
  const write = createWriters(sql);
  let sequence = 0;
  const id = (prefix: string) => `gen-${prefix}-${(sequence++).toString(36)}`;
  const name = () => [random.pick(GIVEN_NAMES), random.pick(FAMILY_NAMES)] as const;
  return {
    random,
    today,
    past: (date) => (date > today ? today : date),
    scaled: (n) => Math.max(1, Math.round(n * options.scale)),
    id,
    name,
    write,
    addUser: async (email, organizationId, role) => {
      const userId = id("u");
      const [given, family] = name();
      await write.users.add([userId, email, options.passwordHash, `${given} ${family}`]);
      await write.memberships.add([id("m"), userId, organizationId, role]);
      return userId;
    },
  };
}
