import type { RouterOutputs } from "@ontwikkelpad/api";
import {
  ACTIONS_COLUMN,
  DataTable,
  downloadCsv,
  EVIDENCE_RESULT_LABELS,
  EXAM_RESULT_MOVE_LABELS,
  EXAM_RESULT_STATUS_LABELS,
  QueryState,
  ROLE_LABELS,
  formatDate,
  usePageTitle,
  useRoles,
  useTRPC,
} from "@ontwikkelpad/ui";
import { useQuery } from "@tanstack/react-query";
import { createColumnHelper } from "@tanstack/react-table";
import { useId, useMemo, useState } from "react";
import { Link } from "react-router";
import { ExamResultAction, type ExamResultActionKind } from "../components/ExamResultAction.tsx";
import { RegisterExamForm } from "../components/RegisterExamForm.tsx";
import { PORTAL_NAME } from "../portal.ts";

type Row = RouterOutputs["school"]["examResults"]["list"][number];
type Status = Row["status"];

const STATUSES = Object.keys(EXAM_RESULT_STATUS_LABELS) as Status[];
/** What the exam covers: "B1-K1-W1, B1-K1-W7" from the werkproces ids, or "Generiek deel: Rekenen". */
const covers = (r: Row) =>
  r.generiekDeelPart
    ? `Generiek deel: ${r.generiekDeelPart}`
    : r.workProcessIds.map((id) => id.split(":").at(-1)).join(", ");
const outcomeText = (r: Row) => (r.outcome ? EVIDENCE_RESULT_LABELS[r.outcome] : "—");

const column = createColumnHelper<Row>();

/** The list's columns; the row buttons open a move or the log of that result. */
function examColumns(select: (row: Row, action: ExamResultActionKind) => void) {
  return [
    column.accessor("person", {
      header: "Deelnemer",
      cell: (c) => <Link to={`/deelnemers/${c.row.original.personId}`}>{c.getValue()}</Link>,
    }),
    column.accessor("title", { header: "Examen" }),
    column.accessor("credentialTitle", { header: "Opleiding" }),
    column.accessor(covers, { id: "covers", header: "Onderdeel" }),
    column.accessor((r) => EXAM_RESULT_STATUS_LABELS[r.status], { id: "status", header: "Status" }),
    column.accessor(outcomeText, { id: "outcome", header: "Uitslag" }),
    column.accessor("assessedOn", { header: "Examendatum", cell: (c) => formatDate(c.getValue()) }),
    column.display({
      id: ACTIONS_COLUMN,
      header: "Acties",
      cell: (c) => {
        const row = c.row.original;
        return (
          <div className="actions">
            {row.moves.map((move) => (
              <button
                key={move}
                type="button"
                className={move === "withdraw" ? "danger" : move === "assess" ? "secondary" : undefined}
                aria-label={`${EXAM_RESULT_MOVE_LABELS[move]}: ${row.title}, ${row.person}`}
                onClick={() => select(row, move)}
              >
                {EXAM_RESULT_MOVE_LABELS[move]}
              </button>
            ))}
            <button
              type="button"
              className="secondary"
              aria-label={`Logboek: ${row.title}, ${row.person}`}
              onClick={() => select(row, "log")}
            >
              Logboek
            </button>
          </div>
        );
      },
    }),
  ];
}

/** The school's exam results: filter, search, sort, export; register, assess, establish, withdraw or correct. */
export function ExamsPage() {
  usePageTitle("Examens", PORTAL_NAME);
  const trpc = useTRPC();
  const { roles, can } = useRoles();
  const results = useQuery(trpc.school.examResults.list.queryOptions());
  const [status, setStatus] = useState<Status | "ALL">("ALL");
  const [person, setPerson] = useState("ALL");
  const [credential, setCredential] = useState("ALL");
  const [registering, setRegistering] = useState(false);
  const [selected, setSelected] = useState<{ row: Row; action: ExamResultActionKind } | null>(null);
  const statusId = useId();
  const personId = useId();
  const credentialId = useId();
  const roleNames = roles.flatMap((r) =>
    r in ROLE_LABELS ? [ROLE_LABELS[r as keyof typeof ROLE_LABELS]] : [],
  );

  const columns = useMemo(() => examColumns((row, action) => setSelected({ row, action })), []);

  return (
    <>
      <h1>Examens</h1>
      <p>
        Een examinator meldt examens aan en legt per deelnemer de uitslag vast, ook voor een hele groep
        tegelijk. Alleen de examencommissie stelt een resultaat vast; pas dan telt het mee voor een
        certificaat of diploma. Een vastgesteld resultaat verandert niet meer: de examencommissie legt een
        correctie vast met een reden.
        {roleNames.length > 0 && ` Jouw rol: ${roleNames.join(", ")}.`}
      </p>
      {can("assessExamResults") && !registering && (
        <div className="actions">
          <button type="button" onClick={() => setRegistering(true)}>
            Examenresultaten vastleggen
          </button>
        </div>
      )}
      {registering && <RegisterExamForm onDone={() => setRegistering(false)} />}
      {selected && (
        <ExamResultAction
          key={`${selected.row.id}-${selected.action}`}
          result={selected.row}
          action={selected.action}
          onDone={() => setSelected(null)}
        />
      )}
      <QueryState query={results}>
        {(rows) => {
          const people = [...new Map(rows.map((r) => [r.personId, r.person])).entries()].toSorted((a, b) =>
            a[1].localeCompare(b[1], "nl"),
          );
          const credentials = [...new Map(rows.map((r) => [r.credentialId, r.credentialTitle])).entries()];
          const shown = rows.filter(
            (r) =>
              (status === "ALL" || r.status === status) &&
              (person === "ALL" || r.personId === person) &&
              (credential === "ALL" || r.credentialId === credential),
          );
          return (
            <>
              <div className="form-grid">
                <div className="field">
                  <label htmlFor={statusId}>Status</label>
                  <select
                    id={statusId}
                    value={status}
                    onChange={(e) => setStatus(e.target.value as Status | "ALL")}
                  >
                    <option value="ALL">Alle statussen</option>
                    {STATUSES.map((s) => (
                      <option key={s} value={s}>
                        {EXAM_RESULT_STATUS_LABELS[s]}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="field">
                  <label htmlFor={personId}>Deelnemer</label>
                  <select id={personId} value={person} onChange={(e) => setPerson(e.target.value)}>
                    <option value="ALL">Alle deelnemers</option>
                    {people.map(([id, name]) => (
                      <option key={id} value={id}>
                        {name}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="field">
                  <label htmlFor={credentialId}>Opleiding</label>
                  <select
                    id={credentialId}
                    value={credential}
                    onChange={(e) => setCredential(e.target.value)}
                  >
                    <option value="ALL">Alle opleidingen</option>
                    {credentials.map(([id, title]) => (
                      <option key={id} value={id}>
                        {title}
                      </option>
                    ))}
                  </select>
                </div>
              </div>
              <div className="actions">
                <button
                  type="button"
                  className="secondary"
                  disabled={shown.length === 0}
                  onClick={() =>
                    downloadCsv("examenresultaten.csv", shown, [
                      { header: "Deelnemer", value: (r) => r.person },
                      { header: "Examen", value: (r) => r.title },
                      { header: "Opleiding", value: (r) => r.credentialTitle },
                      { header: "Onderdeel", value: covers },
                      { header: "Status", value: (r) => EXAM_RESULT_STATUS_LABELS[r.status] },
                      { header: "Uitslag", value: outcomeText },
                      { header: "Examendatum", value: (r) => r.assessedOn },
                      { header: "Opmerking", value: (r) => r.note },
                      { header: "Reden correctie", value: (r) => r.correctionReason },
                    ])
                  }
                >
                  Exporteren als CSV
                </button>
              </div>
              <DataTable
                data={shown}
                columns={columns}
                caption="Examenresultaten van de school"
                emptyText={
                  rows.length === 0
                    ? "Er zijn nog geen examenresultaten."
                    : "Geen examenresultaten met deze keuze."
                }
                searchLabel="Zoek op deelnemer, examen of werkproces"
              />
            </>
          );
        }}
      </QueryState>
    </>
  );
}
