import {
  formatDate,
  PERSON_KIND_LABELS,
  QueryState,
  RowProblem,
  usePageTitle,
  useTRPC,
  WORK_REFUSAL_LABELS,
  SimpleTable,
} from "@ontwikkelpad/ui";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { ArchivePersonDialog } from "../components/ArchivePersonDialog.tsx";
import { CoreTaskProgress } from "../components/CoreTaskProgress.tsx";
import { EditPersonForm } from "../components/EditPersonForm.tsx";
import { EndedPathsSection } from "../components/EndedPathsSection.tsx";
import { HeldCredentialsSection } from "../components/HeldCredentialsSection.tsx";
import { PathPdfButton } from "../components/PathPdfButton.tsx";
import { PathTimeline } from "../components/PathTimeline.tsx";
import { PORTAL_NAME } from "../portal.ts";

/** What the team page says after a person was archived here. */
export interface TeamNotice {
  notice: string;
}

/**
 * One person: their employment, the functions they may fill today and why not the others, what they
 * hold (diplomas, certificates, language, VOG, babyscholing), progress per kerntaak and the timeline
 * of their path; edit, archive and the Ontwikkelpad as PDF.
 */
export function PersonPage() {
  const { id = "" } = useParams();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const person = useQuery(trpc.employer.persons.get.queryOptions({ personId: id }));
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const [archiving, setArchiving] = useState(false);
  const name = person.data?.name ?? "Persoon";
  usePageTitle(name, PORTAL_NAME);

  return (
    <>
      <p className="no-print">
        <Link to="/">← Terug naar het team</Link>
      </p>
      <h1>{name}</h1>
      <QueryState query={person}>
        {(data) => {
          const allowed = data.functions.filter((f) => f.mayFill);
          const refusal = data.functions.find((f) => f.refusal)?.refusal;
          const employment = data.employment;
          return (
            <>
              {data.archived ? (
                <p className="notice">
                  {data.name} is gearchiveerd en staat niet meer in het team. De gegevens blijven bewaard.
                </p>
              ) : (
                <div className="actions no-print">
                  <button
                    type="button"
                    aria-expanded={editing}
                    onClick={() => {
                      setEditing(!editing);
                      setSaved(false);
                    }}
                  >
                    Bewerken
                  </button>
                  <PathPdfButton person={data} />
                  <button type="button" className="danger" onClick={() => setArchiving(true)}>
                    Archiveren
                  </button>
                </div>
              )}
              {saved && <output className="success">De gegevens van {data.name} zijn opgeslagen.</output>}
              {editing && (
                <EditPersonForm
                  personId={data.id}
                  person={data}
                  onSaved={() => {
                    setEditing(false);
                    setSaved(true);
                  }}
                  onCancel={() => setEditing(false)}
                />
              )}
              <ArchivePersonDialog
                open={archiving}
                personId={data.id}
                name={data.name}
                onArchived={() => {
                  setArchiving(false);
                  void navigate("/", {
                    state: { notice: `${data.name} is gearchiveerd.` } satisfies TeamNotice,
                  });
                }}
                onCancel={() => setArchiving(false)}
              />

              <dl className="details-list">
                <dt>Soort</dt>
                <dd>{PERSON_KIND_LABELS[data.kind]}</dd>
                <dt>Functie</dt>
                <dd>{employment?.functionTitle ?? "Geen dienstverband vastgelegd"}</dd>
                <dt>Locatie</dt>
                <dd>{employment?.location ?? "—"}</dd>
                <dt>Uren per week</dt>
                <dd>{employment ? employment.hoursPerWeek.toLocaleString("nl-NL") : "—"}</dd>
                <dt>Contract</dt>
                <dd>
                  {employment
                    ? `${formatDate(employment.contractStart)} tot ${employment.contractEnd ? formatDate(employment.contractEnd) : "onbepaalde tijd"}`
                    : "—"}
                </dd>
                <dt>E-mailadres</dt>
                <dd>{data.email ?? "—"}</dd>
              </dl>
              <nav aria-label="Ontwikkeling" className="no-print">
                <ul className="row-actions plain-list">
                  <li>
                    <Link to={`/personen/${data.id}/ontwikkelpad`}>Ontwikkelpad bekijken/bewerken</Link>
                  </li>
                  <li>
                    <Link to={`/personen/${data.id}/beoordeling`}>Praktijkbeoordeling</Link>
                  </li>
                </ul>
              </nav>

              <section aria-labelledby="functions-title">
                <h2 id="functions-title">Functies</h2>
                <p>
                  {data.problem !== null ? (
                    <RowProblem problem={data.problem} />
                  ) : allowed.length > 0 ? (
                    `${data.name} mag nu werken als ${allowed.map((f) => f.title.toLowerCase()).join(", ")}.`
                  ) : refusal ? (
                    `${data.name} mag geen van deze functies vervullen: ${WORK_REFUSAL_LABELS[refusal]}.`
                  ) : (
                    `${data.name} mag nog geen van deze functies vervullen.`
                  )}
                </p>
                <SimpleTable
                  caption={`Functies die ${data.name} mag vervullen, en waarom (nog) niet`}
                  rows={data.functions}
                  rowKey={(f) => f.functionId}
                  columns={[
                    { header: "Functie", rowHeader: true, render: (f) => f.title },
                    {
                      header: "Mag vervullen",
                      cellClassName: (f) => (f.mayFill ? "yes" : "no"),
                      render: (f) => (f.mayFill ? "Ja" : "Nee"),
                    },
                    { header: "Toelichting", render: (f) => f.explanation },
                  ]}
                />
              </section>

              <HeldCredentialsSection personId={data.id} name={data.name} />

              <section aria-labelledby="progress-title">
                <h2 id="progress-title">Voortgang per kerntaak</h2>
                <CoreTaskProgress personId={data.id} />
              </section>

              <section aria-labelledby="timeline-title">
                <h2 id="timeline-title">Tijdlijn van het Ontwikkelpad</h2>
                <PathTimeline entries={data.timeline} />
              </section>

              <EndedPathsSection personId={data.id} name={data.name} />
            </>
          );
        }}
      </QueryState>
    </>
  );
}
