import { EVIDENCE_RESULT_LABELS, formatDate, SimpleTable, type SimpleColumn } from "@ontwikkelpad/ui";
import { useId } from "react";
import {
  RATING_STATE_LABELS,
  currentRating,
  ratingState,
  type Assessments,
  type Evidence,
  type WorkProcessRating,
} from "../path-view.ts";
import { latestObservation, supersededRatings } from "./assessment-view.ts";
import { RatingForm, type RatingFormMode } from "./RatingForm.tsx";

type CoreTask = Assessments["coreTasks"][number];

/** Which werkproces has its rating or correction form open. */
export interface OpenForm {
  workProcessId: string;
  mode: RatingFormMode;
}

export interface RatingActions {
  open: (form: OpenForm | null) => void;
  sign: (wp: WorkProcessRating, rating: Evidence) => void;
  coSign: (wp: WorkProcessRating, rating: Evidence) => void;
  saved: (message: string) => void;
}

/** A werkproces with what its row shows: the live rating, or else the latest observation. */
interface Row {
  wp: WorkProcessRating;
  rating: Evidence | null;
  observation: Evidence | null;
}

const rowOf = (wp: WorkProcessRating): Row => {
  const rating = currentRating(wp);
  return { wp, rating, observation: rating ? null : latestObservation(wp) };
};

function Who({ rating }: { rating: Evidence }) {
  return (
    <ul className="plain-list">
      {rating.signedAt && rating.signedBy === rating.assessor ? (
        <li>Beoordeeld en ondertekend door {rating.assessor ?? "onbekend"}</li>
      ) : (
        <>
          <li>Beoordeeld door {rating.assessor ?? "onbekend"}</li>
          {rating.signedAt && <li>Ondertekend door {rating.signedBy ?? "onbekend"}</li>}
        </>
      )}
      {rating.coSignedAt && (
        <li>
          Medeondertekend door {rating.coSignedBy ?? "onbekend"} op{" "}
          {formatDate(rating.coSignedAt.slice(0, 10))}
        </li>
      )}
    </ul>
  );
}

const COLUMNS: SimpleColumn<Row>[] = [
  {
    header: "Werkproces",
    rowHeader: true,
    render: ({ wp }) => (
      <>
        {wp.code} <span className="wp-title">{wp.title}</span>
      </>
    ),
  },
  {
    header: "Oordeel",
    render: ({ wp, rating, observation }) => (
      <>
        {rating ? (
          <strong>{EVIDENCE_RESULT_LABELS[rating.result]}</strong>
        ) : observation ? (
          <>Nog niet beoordeeld; observatie: {EVIDENCE_RESULT_LABELS[observation.result]}</>
        ) : (
          <span className="empty">Nog niet beoordeeld</span>
        )}
        {rating?.supersedesId && <span className="correction-note"> (correctie)</span>}
        <SupersededList wp={wp} />
      </>
    ),
  },
  { header: "Toelichting", render: ({ rating, observation }) => (rating ?? observation)?.note ?? "—" },
  {
    header: "Datum",
    render: ({ rating, observation }) => {
      const shown = rating ?? observation;
      return shown ? formatDate(shown.assessedOn) : "—";
    },
  },
  {
    header: "Door",
    render: ({ rating, observation }) =>
      rating ? (
        <Who rating={rating} />
      ) : observation ? (
        `Geobserveerd door ${observation.assessor ?? "onbekend"}`
      ) : (
        "—"
      ),
  },
  {
    header: "Status",
    render: ({ rating, observation }) => {
      const state = rating && ratingState(rating);
      return state ? (
        <span className={`badge badge-${state}`}>{RATING_STATE_LABELS[state]}</span>
      ) : observation ? (
        <span className="badge badge-observation">{RATING_STATE_LABELS.observation}</span>
      ) : (
        "—"
      );
    },
  },
];

/** One kerntaak's werkprocessen: the live rating, the corrected ones struck through, and what the user may do next. */
export function CoreTaskTable({
  task,
  personId,
  canRate,
  canCoSign,
  openForm,
  actions,
}: {
  task: CoreTask;
  personId: string;
  canRate: boolean;
  canCoSign: boolean;
  openForm: OpenForm | null;
  actions: RatingActions;
}) {
  const showActions = canRate || canCoSign;
  // Kerntaak codes repeat across dossiers, so the heading's id cannot come from the code.
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>
        {task.code} {task.title}
      </h2>
      <SimpleTable
        caption={`Werkprocessen van ${task.code}`}
        stacked={false}
        rows={task.workProcesses.map(rowOf)}
        rowKey={({ wp }) => wp.id}
        renderDetail={({ wp }) =>
          openForm?.workProcessId === wp.id ? (
            <RatingForm
              personId={personId}
              workProcess={wp}
              mode={openForm.mode}
              onSaved={(message) => {
                actions.open(null);
                actions.saved(message);
              }}
              onCancel={() => actions.open(null)}
            />
          ) : null
        }
        columns={[
          ...COLUMNS,
          ...(showActions
            ? [
                {
                  header: "Acties",
                  render: ({ wp, rating }: Row) => (
                    <RowActions
                      wp={wp}
                      rating={rating}
                      canRate={canRate}
                      canCoSign={canCoSign}
                      formOpen={openForm?.workProcessId === wp.id}
                      actions={actions}
                    />
                  ),
                },
              ]
            : []),
        ]}
      />
    </section>
  );
}

/** Corrected ratings stay visible, struck through, with the reason of the correction. */
function SupersededList({ wp }: { wp: WorkProcessRating }) {
  const superseded = supersededRatings(wp);
  if (superseded.length === 0) return null;
  return (
    <ul className="history" aria-label={`Gecorrigeerde beoordelingen van ${wp.code}`}>
      {superseded.map(({ rating, reason, correctedOn }) => (
        <li key={rating.id}>
          <del>
            {EVIDENCE_RESULT_LABELS[rating.result]} op {formatDate(rating.assessedOn)}
            {rating.note ? `: ${rating.note}` : ""}
          </del>{" "}
          <span className="badge badge-superseded">Vervangen</span> op {formatDate(correctedOn)}, reden:{" "}
          {reason ?? "niet vastgelegd"}
        </li>
      ))}
    </ul>
  );
}

function RowActions({
  wp,
  rating,
  canRate,
  canCoSign,
  formOpen,
  actions,
}: {
  wp: WorkProcessRating;
  rating: Evidence | null;
  canRate: boolean;
  canCoSign: boolean;
  formOpen: boolean;
  actions: RatingActions;
}) {
  const state = rating && ratingState(rating);
  const hidden = <span className="visually-hidden"> {wp.code}</span>;
  const toggle = (mode: RatingFormMode) => actions.open(formOpen ? null : { workProcessId: wp.id, mode });
  return (
    <div className="row-actions">
      {canRate && (state === null || state === "draft") && (
        <button
          type="button"
          className="secondary"
          aria-expanded={formOpen}
          onClick={() => toggle({ kind: "rate", draft: rating })}
        >
          {rating ? "Concept aanpassen" : "Beoordelen"}
          {hidden}
        </button>
      )}
      {canRate && rating && state === "draft" && (
        <button type="button" onClick={() => actions.sign(wp, rating)}>
          Ondertekenen{hidden}
        </button>
      )}
      {canRate && rating && (state === "signed" || state === "cosigned") && (
        <button
          type="button"
          className="secondary"
          aria-expanded={formOpen}
          onClick={() => toggle({ kind: "correct", original: rating })}
        >
          Corrigeren{hidden}
        </button>
      )}
      {canCoSign && rating && state === "signed" && (
        <button type="button" onClick={() => actions.coSign(wp, rating)}>
          Medeondertekenen{hidden}
        </button>
      )}
    </div>
  );
}
