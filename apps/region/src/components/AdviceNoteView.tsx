import type { RouterOutputs } from "@ontwikkelpad/api";
import {
  ADVICE_STATUS_LABELS,
  FUNDING_ELIGIBILITY_LABELS,
  LEARNING_ROUTE_LABELS,
  SimpleTable,
  formatDate,
  formatDurationMonths,
  formatAmountUpTo,
} from "@ontwikkelpad/ui";

export type AdviceNote = RouterOutputs["region"]["advice"]["notes"]["notes"][number];

/** One version of the LWL advice as the candidate gets it on paper: the page's print view. */
export function AdviceNoteView({ note, candidate }: { note: AdviceNote; candidate: string }) {
  return (
    <article aria-labelledby={`advice-${note.id}`} className="advice-note">
      <h3 id={`advice-${note.id}`}>
        Advies voor {candidate}, versie {note.version} ({ADVICE_STATUS_LABELS[note.status]})
      </h3>
      <dl className="facts">
        <dt>Doel</dt>
        <dd>{note.goalFunction}</dd>
        <dt>Route</dt>
        <dd>
          {note.routeTitle}
          {note.learningRoute && `, ${LEARNING_ROUTE_LABELS[note.learningRoute]}`},{" "}
          {formatDurationMonths(note.durationMonths)}
        </dd>
        <dt>Adviseur</dt>
        <dd>{note.adviserName}</dd>
        <dt>Status</dt>
        <dd>
          {ADVICE_STATUS_LABELS[note.status]}
          {note.givenOn && `, gegeven op ${formatDate(note.givenOn)}`}
          {note.followedUpOn && `, opgevolgd op ${formatDate(note.followedUpOn)}`}
          {note.supersededById && " — vervangen door een nieuwere versie"}
        </dd>
        {note.correctionReason && (
          <>
            <dt>Reden van de correctie</dt>
            <dd>{note.correctionReason}</dd>
          </>
        )}
      </dl>
      <p className="advice-text">{note.adviceText}</p>
      <SimpleTable
        caption="Financiering"
        rows={note.funding}
        rowKey={(f) => f.instrumentId}
        emptyText="Geen regelingen voor deze route."
        columns={[
          { header: "Regeling", rowHeader: true, render: (f) => f.title },
          { header: "Oordeel", render: (f) => FUNDING_ELIGIBILITY_LABELS[f.status] },
          { header: "Bedrag", render: (f) => formatAmountUpTo(f.amountEuro) },
        ]}
      />
      <SimpleTable
        caption="Vervolgstappen"
        rows={note.nextSteps}
        rowKey={(s) => `${s.dueOn}-${s.description}`}
        emptyText="Geen vervolgstappen."
        columns={[
          { header: "Stap", rowHeader: true, render: (s) => s.description },
          { header: "Uiterlijk", render: (s) => formatDate(s.dueOn) },
        ]}
      />
    </article>
  );
}
