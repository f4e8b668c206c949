import type { RouterOutputs } from "@ontwikkelpad/api";
import { CREDENTIAL_ELIGIBILITY_LABELS, CREDENTIAL_KIND_LABELS, formatDate } from "@ontwikkelpad/ui";
import { useWorkProcessTitles } from "./useWorkProcessTitles.ts";

type Learner = RouterOutputs["school"]["requests"]["getTraining"]["learner"];

/** The person's starting point and what is still missing for the requested credential, as core sees it. */
export function LearnerPanel({ learner }: { learner: Learner }) {
  const titleOf = useWorkProcessTitles();
  const { startingPoint, gap } = learner;
  return (
    <section aria-labelledby="learner-heading">
      <h2 id="learner-heading">Startpunt van {learner.name}</h2>
      <dl className="details-list">
        <dt>Functie</dt>
        <dd>{learner.functionTitle ?? "—"}</dd>
        <dt>Taalniveau (mondeling)</dt>
        <dd>{startingPoint.languageLevel ?? "Niet vastgelegd"}</dd>
        <dt>Vooropleiding</dt>
        <dd>{startingPoint.priorEducation.length ? startingPoint.priorEducation.join(", ") : "—"}</dd>
        <dt>Ervaring</dt>
        <dd>{startingPoint.experienceYears} jaar</dd>
        <dt>Ingeschreven in het personenregister</dt>
        <dd>{startingPoint.vogRegistered ? "Ja" : "Nee"}</dd>
      </dl>
      <h3>Behaalde diploma&apos;s, certificaten en verklaringen</h3>
      {learner.heldCredentials.length === 0 ? (
        <p>Nog niets behaald.</p>
      ) : (
        <ul>
          {learner.heldCredentials.map((c) => (
            <li key={`${c.kind}-${c.credentialId}`}>
              {CREDENTIAL_KIND_LABELS[c.kind]} {c.title} ({formatDate(c.issuedOn)})
            </li>
          ))}
        </ul>
      )}
      {learner.goalFunction && (
        <p>
          <strong>Doelfunctie:</strong> {learner.goalFunction.explanation}
        </p>
      )}
      <h3>
        {gap.title}: {CREDENTIAL_ELIGIBILITY_LABELS[gap.status]}
      </h3>
      {gap.missingWorkProcessIds.length === 0 && gap.missingGeneriekDeel.length === 0 ? (
        <p>Er ontbreekt geen werkproces.</p>
      ) : (
        <>
          <p>
            Nog niet aangetoond: {gap.missingWorkProcessIds.length} werkproces
            {gap.missingWorkProcessIds.length === 1 ? "" : "sen"}
            {gap.missingGeneriekDeel.length ? ` en generiek deel: ${gap.missingGeneriekDeel.join(", ")}` : ""}
            .
          </p>
          <ul aria-label={`Nog niet aangetoond voor ${gap.title}`}>
            {gap.missingWorkProcessIds.map((id) => (
              <li key={id}>{titleOf(id)}</li>
            ))}
          </ul>
        </>
      )}
      {gap.shownWorkProcessIds.length > 0 && (
        <details>
          <summary>Al aangetoond ({gap.shownWorkProcessIds.length})</summary>
          <ul>
            {gap.shownWorkProcessIds.map((id) => (
              <li key={id}>{titleOf(id)}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
