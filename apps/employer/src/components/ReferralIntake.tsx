import type { RouterOutputs } from "@ontwikkelpad/api";
import { formatCodeTitle, formatDate, formatDurationMonths, titleWithLearningRoute } from "@ontwikkelpad/ui";
import { formatNumber } from "../employer-format.ts";

export type ReferralIntakeData = NonNullable<
  RouterOutputs["employer"]["referrals"]["list"][number]["intake"]
>;

/**
 * What the region's intake says that matters for hiring, shared with this employer under the
 * candidate's consent: availability, hours, language level, experience, werkprocessen already
 * mastered and the route of the LWL advice.
 */
export function ReferralIntake({ intake, candidate }: { intake: ReferralIntakeData; candidate: string }) {
  const route = intake.advisedRoute;
  return (
    <section aria-label={`Intake van ${candidate} bij het regioloket`} className="referral-intake">
      <dl className="facts">
        <dt>Beschikbaar vanaf</dt>
        <dd>{intake.availableFrom ? formatDate(intake.availableFrom) : "Niet bekend"}</dd>
        <dt>Uren per week</dt>
        <dd>{intake.hoursPerWeek === null ? "Niet bekend" : formatNumber(intake.hoursPerWeek)}</dd>
        <dt>Taalniveau</dt>
        <dd>{intake.languageLevel ?? "Niet bekend"}</dd>
        <dt>Werkervaring</dt>
        <dd>
          {intake.experienceYears === null ? "" : `${formatNumber(intake.experienceYears)} jaar. `}
          {intake.experience ?? (intake.experienceYears === null ? "Niet bekend" : "")}
        </dd>
        <dt>Werkprocessen die de kandidaat al doet</dt>
        <dd>
          {intake.workProcesses.length === 0
            ? "Geen genoemd"
            : intake.workProcesses.map(formatCodeTitle).join("; ")}
        </dd>
        <dt>Advies van het Leerwerkloket</dt>
        <dd>
          {route
            ? `${route.goalFunction} via ${route.learningRoute ? titleWithLearningRoute(route.routeTitle, route.learningRoute) : route.routeTitle}, ${formatDurationMonths(route.durationMonths)}${route.givenOn ? `, gegeven op ${formatDate(route.givenOn)}` : ""}`
            : "Geen advies gegeven"}
        </dd>
      </dl>
    </section>
  );
}
