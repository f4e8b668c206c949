import { z } from "zod";
import { formatDutchDate, isoDateSchema, lastsAtLeastMonths } from "../dates.ts";
import type { Catalog, FundingCondition } from "../catalog/schema.ts";
import { LEARNING_ROUTE_WORDS, learningRouteSchema } from "../catalog/schema.ts";

export const fundingContextSchema = z.object({
  date: isoDateSchema,
  employer: z.object({
    kind: z.string().min(1),
    recognisedTrainingCompany: z.boolean(),
    /** Grants per instrument id the organisation already received this calendar year. */
    grantedThisYear: z.record(z.string(), z.number().int().nonnegative()).default({}),
  }),
  person: z.object({
    contractHoursPerWeek: z.number().positive().max(60),
    contractStart: isoDateSchema.nullable(),
    contractEnd: isoDateSchema.nullable(),
    deployedFormatively: z.boolean().default(false),
    /** Instrument ids this person was granted before (for once-per-person rules and prerequisites). */
    grantedInstruments: z.array(z.string()).default([]),
  }),
  path: z.object({
    learningRoute: learningRouteSchema.nullable(),
    trainingStart: isoDateSchema.nullable(),
    /**
     * The day the POK of the training became signed by all three parties (core's `pokSignedOn`); null
     * while it is not. A caller that does not know it gives null: the answer then says it is missing.
     */
    pokSignedOn: isoDateSchema.nullable().default(null),
  }),
});
export type FundingContext = z.input<typeof fundingContextSchema>;

export interface UnmetCondition {
  code: FundingCondition["kind"];
  message: string;
}

export interface FundingOption {
  instrumentId: string;
  title: string;
  status: "eligible" | "not-eligible" | "closed";
  amountEuro: number | null;
  unmetConditions: UnmetCondition[];
  source: string;
  confidence: string;
}

/** Which funding instruments apply to this employer, person and path on a date, and why not the others. */
export function checkFundingEligibility(catalog: Catalog, input: FundingContext): FundingOption[] {
  const ctx = fundingContextSchema.parse(input);
  const check = (cond: FundingCondition, instrumentId: string): string | null => {
    switch (cond.kind) {
      case "maxPerOrganizationPerYear":
        return (ctx.employer.grantedThisYear[instrumentId] ?? 0) >= cond.max
          ? `Deze organisatie heeft dit jaar al ${cond.max} toekenningen.`
          : null;
      case "oncePerPerson":
        return ctx.person.grantedInstruments.includes(instrumentId)
          ? "Voor deze persoon is deze subsidie al eens toegekend."
          : null;
      case "minContractMonths": {
        if (!ctx.person.contractStart) return "Er is geen arbeidscontract vastgelegd.";
        if (!ctx.person.contractEnd) return null;
        return lastsAtLeastMonths(ctx.person.contractStart, ctx.person.contractEnd, cond.months)
          ? null
          : `Het contract moet minstens ${cond.months} maanden duren.`;
      }
      case "contractStartsFrom":
        return !ctx.person.contractStart || ctx.person.contractStart < cond.date
          ? `Het contract moet ingaan op of na ${formatDutchDate(cond.date)}.`
          : null;
      case "notDeployedFormatively":
        return ctx.person.deployedFormatively ? "De persoon mag niet formatief worden ingezet." : null;
      case "trainingStartedInWindow":
        if (!ctx.path.learningRoute || !cond.learningRoutes.includes(ctx.path.learningRoute))
          return "De opleiding moet via BBL of de derde leerweg lopen.";
        if (
          !ctx.path.trainingStart ||
          ctx.path.trainingStart < cond.from ||
          ctx.path.trainingStart > cond.until
        ) {
          return `De opleiding moet starten tussen ${formatDutchDate(cond.from)} en ${formatDutchDate(cond.until)}.`;
        }
        return null;
      case "grantedInstrument":
        return ctx.person.grantedInstruments.includes(cond.instrumentId)
          ? null
          : `Eerst nodig: toegekende ${instrumentTitle(catalog, cond.instrumentId)}.`;
      case "recognisedTrainingCompany":
        return ctx.employer.recognisedTrainingCompany
          ? null
          : "De werkgever moet een SBB-erkend leerbedrijf zijn.";
      case "signedPok":
        return ctx.path.pokSignedOn !== null && ctx.path.pokSignedOn <= ctx.date
          ? null
          : "De praktijkovereenkomst (POK) is nog niet getekend door de deelnemer, het leerbedrijf en de school.";
      case "excludedEmployerKinds":
        return cond.kinds.includes(ctx.employer.kind)
          ? `Een ${ctx.employer.kind} is uitgesloten van deze regeling.`
          : null;
      case "learningRoute":
        return ctx.path.learningRoute && cond.learningRoutes.includes(ctx.path.learningRoute)
          ? null
          : `Alleen voor leerweg ${cond.learningRoutes.join(" of ")}.`;
      case "applicationWindows": {
        if (cond.windows.some((w) => ctx.date >= w.from && ctx.date <= w.until)) return null;
        const next = cond.windows.find((w) => w.from > ctx.date);
        return next
          ? `Aanvragen kan weer van ${formatDutchDate(next.from)} tot en met ${formatDutchDate(next.until)}.`
          : "De aanvraagperiodes van deze regeling zijn voorbij.";
      }
    }
  };
  return catalog.fundingInstruments.map((instrument) => {
    const closed =
      (instrument.validUntil !== null && ctx.date > instrument.validUntil) ||
      (instrument.validFrom !== null && ctx.date < instrument.validFrom);
    const unmet = closed
      ? []
      : instrument.conditions.flatMap((cond) => {
          const message = check(cond, instrument.id);
          return message ? [{ code: cond.kind, message }] : [];
        });
    // Outside its application windows an instrument is closed, and the answer says when it opens.
    const outsideWindow = unmet.some((u) => u.code === "applicationWindows");
    const amount =
      instrument.maxAmountEuro === null
        ? null
        : instrument.proRataMaxHours
          ? Math.round(
              (instrument.maxAmountEuro *
                Math.min(ctx.person.contractHoursPerWeek, instrument.proRataMaxHours)) /
                instrument.proRataMaxHours,
            )
          : instrument.maxAmountEuro;
    return {
      instrumentId: instrument.id,
      title: instrument.title,
      status: closed || outsideWindow ? "closed" : unmet.length === 0 ? "eligible" : "not-eligible",
      amountEuro: closed || outsideWindow ? null : amount,
      unmetConditions: unmet,
      source: instrument.source,
      confidence: instrument.confidence,
    };
  });
}

/** A funding instrument's title (the catalog's test checks that every instrument a condition names exists). */
const instrumentTitle = (catalog: Catalog, id: string) =>
  catalog.fundingInstruments.find((i) => i.id === id)?.title ?? id;

/**
 * A funding condition in a Dutch sentence, as a region lists the instruments and their conditions;
 * another instrument is named by its title in `catalog`.
 */
export function describeFundingCondition(condition: FundingCondition, catalog: Catalog): string {
  switch (condition.kind) {
    case "maxPerOrganizationPerYear":
      return `Hoogstens ${condition.max} toekenningen per organisatie per jaar.`;
    case "oncePerPerson":
      return "Eén keer per persoon.";
    case "minContractMonths":
      return `Arbeidscontract van minstens ${condition.months} maanden.`;
    case "contractStartsFrom":
      return `Contract begint op of na ${formatDutchDate(condition.date)}.`;
    case "notDeployedFormatively":
      return "De persoon telt niet formatief mee.";
    case "trainingStartedInWindow":
      return `Opleiding (${condition.learningRoutes.map((r) => LEARNING_ROUTE_WORDS[r]).join(" of ")}) gestart tussen ${formatDutchDate(condition.from)} en ${formatDutchDate(condition.until)}.`;
    case "grantedInstrument":
      return `Eerst toegekend: ${instrumentTitle(catalog, condition.instrumentId)}.`;
    case "recognisedTrainingCompany":
      return "De werkgever is een door SBB erkend leerbedrijf.";
    case "signedPok":
      return "Een praktijkovereenkomst (POK), getekend door de deelnemer, het leerbedrijf en de school.";
    case "excludedEmployerKinds":
      return `Niet voor: ${condition.kinds.join(", ")}.`;
    case "learningRoute":
      return `Alleen via ${condition.learningRoutes.map((r) => LEARNING_ROUTE_WORDS[r]).join(" of ")}.`;
    case "applicationWindows":
      return `Aanvragen alleen ${condition.windows.map((w) => `van ${formatDutchDate(w.from)} tot en met ${formatDutchDate(w.until)}`).join(" of ")}.`;
  }
}
