import type { RouterOutputs } from "@ontwikkelpad/api";
import {
  ErrorMessage,
  compareFamilyNames,
  Field,
  LEARNING_ROUTE_LABELS,
  QueryState,
  RowProblem,
  downloadCsv,
  formatDate,
  useTRPC,
} from "@ontwikkelpad/ui";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";

type Learner = RouterOutputs["school"]["subsidy"]["rvoLearners"][number];
type RvoExportResult = RouterOutputs["school"]["subsidy"]["rvoExport"];
type Cell = string | number;

const todayIso = () => new Date().toISOString().slice(0, 10);
const startOfYear = () => `${todayIso().slice(0, 4)}-01-01`;

/**
 * The export for RVO's praktijkleren subsidy: the chosen learners (or every BBL and derde-leerweg
 * learner with a signed POK) with their attendance and coaching over a period, as numbered CSV files
 * of at most 5 learners each. A learner who cannot go to RVO (a POK withdrawn after signing) is marked
 * with the reason and cannot be chosen; the export names whom it left out.
 */
export function RvoExport() {
  const trpc = useTRPC();
  const learners = useQuery(trpc.school.subsidy.rvoLearners.queryOptions());
  return (
    <section aria-labelledby="rvo-heading">
      <h2 id="rvo-heading">Export voor RVO (subsidie praktijkleren)</h2>
      <QueryState query={learners}>
        {(rows) =>
          rows.length === 0 ? (
            <p>Er zijn nog geen deelnemers in de bbl of derde leerweg met een getekende POK.</p>
          ) : (
            <ExportForm learners={rows} />
          )
        }
      </QueryState>
    </section>
  );
}

function ExportForm({ learners }: { learners: Learner[] }) {
  const trpc = useTRPC();
  const [from, setFrom] = useState(startOfYear());
  const [to, setTo] = useState(todayIso());
  const [search, setSearch] = useState("");
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [done, setDone] = useState<string | null>(null);
  const [skipped, setSkipped] = useState<RvoExportResult["skipped"]>([]);
  const exportFiles = useMutation(
    trpc.school.subsidy.rvoExport.mutationOptions({
      onSuccess: ({ files, skipped: left }) => {
        setSkipped(left);
        for (const file of files)
          downloadCsv(
            file.name,
            file.rows,
            file.header.map((header, i) => ({ header, value: (row: Cell[]) => row[i] })),
          );
        const learnerCount = files.reduce((sum, f) => sum + f.rows.length, 0);
        setDone(
          `${files.length} ${files.length === 1 ? "bestand" : "bestanden"} met ${learnerCount} ${learnerCount === 1 ? "deelnemer" : "deelnemers"} gedownload (hoogstens 5 per bestand).`,
        );
      },
    }),
  );
  const term = search.trim().toLowerCase();
  const shown = learners
    .filter((l) => `${l.person} ${l.employer}`.toLowerCase().includes(term))
    .toSorted(compareFamilyNames);
  const toggle = (id: string) =>
    setChosen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <form
      aria-label="Export voor RVO"
      onSubmit={(event) => {
        event.preventDefault();
        setDone(null);
        setSkipped([]);
        exportFiles.mutate({ from, to, ...(chosen.size ? { enrolmentIds: [...chosen] } : {}) });
      }}
    >
      <p className="hint">
        Kies deelnemers, of geen om iedereen met een getekende POK in de periode te exporteren. RVO neemt
        hoogstens 5 deelnemers per bestand: bij meer krijg je genummerde bestanden.
      </p>
      <div className="form-grid">
        <Field label="Periode van" required>
          {(props) => <input {...props} type="date" value={from} onChange={(e) => setFrom(e.target.value)} />}
        </Field>
        <Field label="Periode tot en met" required>
          {(props) => <input {...props} type="date" value={to} onChange={(e) => setTo(e.target.value)} />}
        </Field>
        <Field label="Zoek een deelnemer">
          {(props) => (
            <input {...props} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
          )}
        </Field>
      </div>
      <fieldset>
        <legend>Deelnemers ({chosen.size === 0 ? "alle" : `${chosen.size} gekozen`})</legend>
        {shown.length === 0 ? (
          <p>Geen deelnemer gevonden.</p>
        ) : (
          shown.map((l) => (
            <div className="checkbox-field" key={l.id}>
              <input
                type="checkbox"
                id={`rvo-${l.id}`}
                checked={chosen.has(l.id)}
                disabled={l.problem !== null}
                aria-describedby={l.problem !== null ? `rvo-${l.id}-problem` : undefined}
                onChange={() => toggle(l.id)}
              />
              <label htmlFor={`rvo-${l.id}`}>
                {l.person}, {l.employer} ({LEARNING_ROUTE_LABELS[l.learningRoute].toLowerCase()}, POK{" "}
                {formatDate(l.startDate)} – {formatDate(l.endDate)})
              </label>
              {l.problem !== null && (
                <span id={`rvo-${l.id}-problem`}>
                  <RowProblem problem={l.problem} />
                </span>
              )}
            </div>
          ))
        )}
      </fieldset>
      {exportFiles.isError && <ErrorMessage error={exportFiles.error} />}
      {done && <output className="notice">{done}</output>}
      {skipped.length > 0 && (
        <div className="notice">
          <p>Niet in de export:</p>
          <ul>
            {skipped.map((s) => (
              <li key={s.enrolmentId}>
                {s.person}: <RowProblem problem={s.problem} />
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="actions">
        <button type="submit" disabled={exportFiles.isPending}>
          CSV voor RVO downloaden
        </button>
      </div>
    </form>
  );
}
