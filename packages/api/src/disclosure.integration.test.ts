import {
  closedPeriods,
  FUNNEL_COLUMNS,
  FUNNEL_STAGES,
  monthsOf,
  type ReportingPeriod,
} from "@ontwikkelpad/core";
import { DisclosureAttack } from "@ontwikkelpad/core/testing";
import { type Database } from "@ontwikkelpad/db";
import { createTestDatabase } from "@ontwikkelpad/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FunnelGrouping } from "./shared/enums.ts";
import { today } from "./shared/dates.ts";
import { loggedInClient } from "./test-client.ts";

/**
 * The disclosure attack, run against everything the region's staff can obtain: the funnel for every
 * closed month and quarter a user may request, grouped every way, before and after each change the
 * staff (and an employer) can make; and the region's dashboard. Every figure becomes a bound on a sum
 * of unknown cells (month × partner × employer × column, per state of the data), every change an exact
 * difference between two states; the solver must not pin any protected cell above zero.
 */

let db: Database;
beforeAll(async () => {
  db = await createTestDatabase({ demo: true });
});
afterAll(() => db.close());

const as = async (email: string) => (await loggedInClient(db, email)).call();
type Caller = Awaited<ReturnType<typeof as>>;

/** The columns whose counts come from employers' and schools' records: never to be recovered. */
const PROTECTED_COLUMNS = new Set([
  "STARTED",
  "PRAKTIJKVERKLARING",
  "CERTIFICATE",
  "DIPLOMA",
  "COMPLETED",
  "LEFT_WITH_RESULT",
  "MOVED_EMPLOYER",
  "DROPPED_OUT",
]);
const GROUPINGS: FunnelGrouping[] = ["month", "partner", "employer"];
const PERIODS: ReportingPeriod[] = [
  ...closedPeriods("month", today(), 12),
  ...closedPeriods("quarter", today(), 4),
];

type Funnel = Awaited<ReturnType<Caller["region"]["funnel"]["get"]>>;
/** Every funnel a user may request in one state of the data. */
async function requestAll(caller: Caller): Promise<Funnel[]> {
  const funnels: Funnel[] = [];
  for (const period of PERIODS)
    for (const by of GROUPINGS) funnels.push(await caller.region.funnel.get({ by, period }));
  return funnels;
}

interface Cell {
  month: string;
  partner: string;
  employer: string;
}

/**
 * Feeds one state's funnels to the attack. Unknowns are `state|month|partner|employer|column`; the
 * (month, partner, employer) combinations are those the tables show rows for (an absent row is 0). A
 * candidate counts in one stage and at most one outcome, so a total is the sum of the stages only.
 */
function observe(
  attack: DisclosureAttack,
  state: string,
  funnels: Funnel[],
  { desk, figures }: { desk: boolean; figures: boolean },
  cells: Cell[],
) {
  const atom = (c: Cell, column: string) => `${state}|${c.month}|${c.partner}|${c.employer}|${column}`;
  let figure = 0;
  for (const f of funnels) {
    const months = monthsOf(f.period);
    const inPeriod = cells.filter((c) => months.includes(c.month));
    const rowOf = (c: Cell) => (f.by === "month" ? c.month : f.by === "partner" ? c.partner : c.employer);
    // A figure's name ends in "|<column>" (or "|total"), as a cell's does, so secrets are found by column.
    const name = (what: string) => `${state} figure ${figure++} (${f.period} by ${f.by}: ${what})`;
    const publish = (what: string, value: number, members: Cell[], columns: readonly string[]) => {
      const n = name(what);
      if (figures) attack.protected(n, value);
      attack.sum(
        n,
        members.flatMap((c) => columns.map((s) => atom(c, s))),
      );
      return n;
    };
    for (const row of f.rows) {
      const members = inPeriod.filter((c) => rowOf(c) === row.label);
      if (row.cells)
        f.columns.forEach((column, i) =>
          publish(`${row.label}|${column}`, row.cells![i]!, members, [column]),
        );
      const total = publish(`${row.label}|total`, row.total, members, FUNNEL_STAGES);
      if (desk) attack.exact(total, row.desk.registered);
    }
    // Groups without a row had no registrations in the period.
    for (const absent of inPeriod.filter((c) => !f.rows.some((r) => r.label === rowOf(c))))
      for (const s of f.columns) attack.exact(atom(absent, s), 0);
    if (f.columnTotals)
      f.columns.forEach((column, i) => publish(`all|${column}`, f.columnTotals![i]!, inPeriod, [column]));
    const total = publish("all|total", f.total, inPeriod, FUNNEL_STAGES);
    if (desk) attack.exact(total, f.desk.registered);
  }
}

/** The (month, partner, employer) combinations any state's tables show. */
function cellsOf(states: Funnel[][]): Cell[] {
  const seen = new Map<string, Cell>();
  for (const funnels of states)
    for (const f of funnels.filter((funnel) => funnel.by !== "month")) {
      // A month's partners and employers, each from its own table: every pairing is a possible cell.
      if (monthsOf(f.period).length !== 1) continue;
      const month = f.period;
      const other = funnels.find((g) => g.period === month && g.by !== f.by && g.by !== "month")!;
      const partners = (f.by === "partner" ? f : other).rows.map((r) => r.label);
      const employers = (f.by === "employer" ? f : other).rows.map((r) => r.label);
      for (const partner of partners)
        for (const employer of employers)
          seen.set(`${month}|${partner}|${employer}`, { month, partner, employer });
    }
  return [...seen.values()];
}

/** A change the attacker made: the cells a candidate left and those it entered, in their columns. */
interface Change {
  from: (Cell & { column: string })[];
  to: (Cell & { column: string })[];
}

function relateStates(
  attack: DisclosureAttack,
  before: string,
  after: string,
  cells: Cell[],
  change: Change,
) {
  const key = (c: Cell, s: string) => `${c.month}|${c.partner}|${c.employer}|${s}`;
  const hits = (side: Change["from"], k: string) => side.filter((at) => key(at, at.column) === k).length;
  for (const c of cells)
    for (const s of FUNNEL_COLUMNS) {
      const delta = hits(change.to, key(c, s)) - hits(change.from, key(c, s));
      attack.equation(
        [
          [`${after}|${key(c, s)}`, 1],
          [`${before}|${key(c, s)}`, -1],
        ],
        delta,
      );
    }
}

const columnOf = (name: string) => name.split("|").at(-1)!;

/**
 * The protected cells the figures pin. What the attacker knows without them (their own changes, the
 * desk's counts, which rows exist) is no disclosure, so it is worked out first and left out. With the
 * desk's counts this is the staff's view (the stages from employers' and schools' records are secret);
 * without, the ministry's (every stage is secret).
 */
function recoveredProtected(desk: boolean, build: (attack: DisclosureAttack, figures: boolean) => void) {
  const attackWith = (figures: boolean) => {
    const attack = new DisclosureAttack();
    build(attack, figures);
    return attack;
  };
  const known = attackWith(false).recovered();
  const secret = (name: string) =>
    !known.has(name) && (desk ? PROTECTED_COLUMNS.has(columnOf(name)) : columnOf(name) !== "total");
  return [...attackWith(true).recovered()].filter(([name]) => secret(name));
}

describe("the attack on everything the region's staff can request", () => {
  it("recovers no protected funnel cell over every period, grouping and change, with or without the desk's exact counts", async () => {
    const coordinator = await as("coordinator@rijnmond.demo");
    const wsp = await as("wsp@rijnmond.demo");
    const hr = await as("hr@kinderrijk.demo");
    const candidates = await wsp.region.candidates.list();
    const named = (name: string) => candidates.find((c) => c.name === name)!;
    const hamza = named("Hamza El Idrissi");
    const eva = named("Eva Smits");
    expect(hamza.registeredOn.slice(0, 7)).toBe(eva.registeredOn.slice(0, 7));
    const month = hamza.registeredOn.slice(0, 7);
    expect(PERIODS).toContain(month);

    const states: Funnel[][] = [await requestAll(coordinator)];
    // Registering a candidate lands in the open month: no published figure moves.
    await wsp.region.candidates.register({
      givenName: "Nieuw",
      familyName: "Testkandidaat",
      email: "nieuw@example.org",
      consentRegistration: true,
      consentAdvice: false,
      consentGivenOn: today(),
    });
    expect(await requestAll(coordinator)).toEqual(states[0]);
    // Withdrawing Hamza's registration before any hire: still REGISTERED, and now uitgevallen.
    await wsp.region.candidates.withdrawConsent({ candidateId: hamza.id, purpose: "REGION_FOLLOW_UP" });
    states.push(await requestAll(coordinator));
    // Referring Eva to Kinderrijk, then Kinderrijk hires her: REGISTERED → REFERRED → STARTED.
    const [match] = (await wsp.region.referrals.matches({ candidateId: eva.id })).filter(
      (m) => m.employer === "Kinderrijk",
    );
    await wsp.region.referrals.send({
      candidateId: eva.id,
      vacancyId: match!.vacancyId,
      reason: "Past bij de groep.",
      consentToShare: true,
    });
    states.push(await requestAll(coordinator));
    const referral = (await hr.employer.referrals.list()).find((r) => r.candidate === "Eva Smits")!;
    await hr.employer.referrals.respond({
      referralId: referral.id,
      decision: "accept",
      functionId: "groepshulp",
      hoursPerWeek: 20,
      contractStart: today(),
    });
    states.push(await requestAll(coordinator));

    const cells = cellsOf(states);
    const at = (employer: string, column: string) => ({ month, partner: "UWV Rotterdam", employer, column });
    const changes: Change[] = [
      { from: [], to: [at("Nog niet verwezen", "DROPPED_OUT")] },
      { from: [at("Nog niet verwezen", "REGISTERED")], to: [at("Kinderrijk", "REFERRED")] },
      { from: [at("Kinderrijk", "REFERRED")], to: [at("Kinderrijk", "STARTED")] },
    ];
    for (const desk of [true, false])
      expect(
        recoveredProtected(desk, (attack, figures) => {
          states.forEach((funnels, i) => observe(attack, `s${i}`, funnels, { desk, figures }, cells));
          changes.forEach((change, i) => relateStates(attack, `s${i}`, `s${i + 1}`, cells, change));
        }),
      ).toEqual([]);
  }, 240_000); // the attack solves every period and grouping of four states: minutes on a busy 2-core machine
});

/** The dashboard's unknown: the active paths at one step towards one goal. */
const pathCell = (step: number, goal: string) => `paths|${step}|${goal}`;

describe("the attack on the region's other protected figures", () => {
  it("recovers no count from the dashboard's steps, goals and total, nor from the prognose's quarters and total", async () => {
    const coordinator = await as("coordinator@rijnmond.demo");
    const dashboard = await coordinator.region.dashboard.get();
    const forecast = await coordinator.region.forecast.get();
    const attack = new DisclosureAttack();
    // Dashboard: unknown paths per (step, goal); the steps, the goals and the total are their sums.
    const goals = dashboard.byGoalFunction.map((g) => g.functionId);
    for (const { step, count } of dashboard.byStep)
      attack.protected(`step ${step}`, count).sum(
        `step ${step}`,
        goals.map((g) => pathCell(step, g)),
      );
    for (const { functionId, count } of dashboard.byGoalFunction)
      attack.protected(`goal ${functionId}`, count).sum(
        `goal ${functionId}`,
        dashboard.byStep.map((s) => pathCell(s.step, functionId)),
      );
    attack.protected("paths", dashboard.activePaths).sum(
      "paths",
      dashboard.byStep.flatMap((s) => goals.map((g) => pathCell(s.step, g))),
    );
    // Prognose: the total is the sum of the quarters.
    for (const { quarter, qualified } of forecast.quarters) attack.protected(`quarter ${quarter}`, qualified);
    attack.protected("qualified", forecast.totalQualified).sum(
      "qualified",
      forecast.quarters.map((q) => `quarter ${q.quarter}`),
    );
    expect(dashboard.activePaths).toBeGreaterThan(0);
    expect([...attack.recovered()]).toEqual([]);
  });
});

/** A small seeded generator (mulberry32), so every run builds the same regions. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A region with partners, employers and 20–70 candidates over the last twelve closed months, each
 * with a random intake, referral, hire, stopped path or erasure, and a coordinator to log in with.
 */
async function seedRandomRegion(seed: number): Promise<string> {
  const next = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const { passwordHash } = await db.prisma.user.findUniqueOrThrow({
    where: { email: "coordinator@rijnmond.demo" },
  });
  const region = await db.prisma.organization.create({
    data: { kind: "REGION", name: `Willekeurige regio ${seed}`, regionCode: `AM${seed}` },
  });
  const partners = await Promise.all(
    ["UWV", "Gemeente"].map((name) =>
      db.prisma.organization.create({ data: { kind: "PARTNER", name: `${name} ${seed}` } }),
    ),
  );
  const employers = await Promise.all(
    ["Zon", "Maan", "Ster"].map(async (name) => {
      const employer = await db.prisma.organization.create({
        data: { kind: "EMPLOYER", name: `${name} ${seed}` },
      });
      await db.prisma.regionMembership.create({
        data: { organizationId: employer.id, regionOrganizationId: region.id },
      });
      return employer;
    }),
  );
  const email = `coordinator-${seed}@example.org`;
  await db.prisma.user.create({
    data: {
      email,
      displayName: `Coördinator ${seed}`,
      passwordHash,
      memberships: { create: { organizationId: region.id, role: "COORDINATOR" } },
    },
  });
  const months = closedPeriods("month", today(), 12);
  const count = 20 + Math.floor(next() * 50);
  for (let i = 0; i < count; i++) {
    const createdAt = new Date(
      `${pick(months)}-${String(1 + Math.floor(next() * 28)).padStart(2, "0")}T10:00:00Z`,
    );
    const person = await db.prisma.person.create({
      data: {
        kind: "CANDIDATE",
        givenName: `Kandidaat ${i}`,
        familyName: `${seed}`,
        registeredByOrganizationId: region.id,
        createdAt,
      },
    });
    const partner = next() < 0.3 ? null : pick(partners);
    const outcome = next();
    await db.prisma.candidateRegistration.create({
      data: {
        personId: person.id,
        regionOrganizationId: region.id,
        partnerOrganizationId: partner?.id ?? null,
        intakeCompletedAt: outcome > 0.2 ? createdAt : null,
        erasedAt: outcome > 0.9 ? new Date() : null,
        createdAt,
      },
    });
    if (outcome > 0.4 && outcome <= 0.9) {
      const employer = pick(employers);
      await db.prisma.referral.create({
        data: {
          regionOrganizationId: region.id,
          employerOrganizationId: employer.id,
          personId: person.id,
          status: outcome > 0.6 ? "HIRED" : "PROPOSED",
          createdAt,
        },
      });
      if (outcome > 0.8)
        await db.prisma.developmentPath.create({
          data: {
            personId: person.id,
            employerOrganizationId: employer.id,
            status: "STOPPED",
            endReason: outcome > 0.85 ? "STOPPED_WITHOUT_RESULT" : "MOVED_EMPLOYER",
            endedAt: new Date(),
          },
        });
    }
  }
  return email;
}

describe("the attack on randomly generated regions", () => {
  it.each([1901, 1902, 1903])("recovers no protected funnel cell in random region %i", async (seed) => {
    const coordinator = await as(await seedRandomRegion(seed));
    const funnels = await requestAll(coordinator);
    const cells = cellsOf([funnels]);
    for (const desk of [true, false])
      expect(
        recoveredProtected(desk, (attack, figures) =>
          observe(attack, "s0", funnels, { desk, figures }, cells),
        ),
      ).toEqual([]);
    // The region has something to protect: some stage figure above 0.
    expect(
      funnels.some((f) => f.columnTotals?.some((v, i) => v > 0 && PROTECTED_COLUMNS.has(f.columns[i]!))),
    ).toBe(true);
  });
});
