import { errorMessage, Field, fieldErrorsOf, useTRPC, SimpleTable } from "@ontwikkelpad/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import {
  IMPORT_HEADERS,
  importTemplate,
  notCsvReason,
  parseImportCsv,
  personCount,
  type ImportRow,
  type ParsedImport,
} from "../person-import.ts";
import { MessageList } from "./MessageList.tsx";

const TEMPLATE_HREF = `data:text/csv;charset=utf-8,${encodeURIComponent(importTemplate())}`;

const rowsText = (n: number) => `${n} ${n === 1 ? "rij" : "rijen"}`;
const problemOf = (error: unknown) => fieldErrorsOf(error).rows ?? errorMessage(error);

interface Preview {
  fileName: string;
  parsed: ParsedImport;
}

/**
 * Imports a team from a CSV file: the server checks every row first (dryRun) and the preview shows
 * its errors per row; importing is only possible when every row is right.
 */
export function ImportPersonsPanel({
  onImported,
  onCancel,
}: {
  onImported: (result: { created: number; updated: number }) => void;
  onCancel: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const summaryId = useId();
  const [preview, setPreview] = useState<Preview | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const check = useMutation(trpc.employer.persons.import.mutationOptions());
  const save = useMutation(
    trpc.employer.persons.import.mutationOptions({
      onSuccess: async ({ created, updated }) => {
        await queryClient.invalidateQueries({ queryKey: trpc.employer.persons.list.pathKey() });
        onImported({ created, updated });
      },
    }),
  );

  async function choose(file: File) {
    setPreview(null);
    setReadError(null);
    check.reset();
    save.reset();
    let parsed: ParsedImport;
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const notCsv = notCsvReason(file.name, bytes);
      if (notCsv) return setReadError(notCsv);
      parsed = parseImportCsv(new TextDecoder().decode(bytes));
    } catch {
      return setReadError(`${file.name} kon niet worden gelezen. Kies een CSV-bestand.`);
    }
    setPreview({ fileName: file.name, parsed });
    if (parsed.missingColumns.length === 0 && parsed.rows.length > 0)
      check.mutate({ rows: parsed.rows, dryRun: true });
  }

  const parsed = preview?.parsed;
  const checked = check.data?.rows;
  const invalid = checked?.filter((r) => r.errors.length > 0).length ?? 0;
  const ready = parsed !== undefined && checked !== undefined && invalid === 0;
  const updates = checked?.filter((r) => r.existing).length ?? 0;
  const additions = (checked?.length ?? 0) - updates;

  return (
    <section aria-labelledby="import-title" className="step-panel">
      <h2 id="import-title">Importeren uit CSV</h2>
      <p>
        Eén persoon per regel, met de kolommen van de export: {IMPORT_HEADERS.join(", ")} (Medewerker of
        Kandidaat), datums als d-m-jjjj. Exporteer het team, pas het bestand aan en importeer het weer: wie al
        in het team staat (zelfde e-mailadres, of zelfde naam zonder e-mailadres) wordt bijgewerkt, de anderen
        worden toegevoegd. Andere kolommen worden niet ingelezen.{" "}
        <a href={TEMPLATE_HREF} download="team-sjabloon.csv">
          Download het sjabloon (CSV)
        </a>
      </p>
      <Field label="CSV-bestand" required hint="Een export uit Excel met puntkomma’s of komma’s werkt ook.">
        {(props) => (
          <input
            {...props}
            type="file"
            accept=".csv,.txt,text/csv"
            onChange={(event) => {
              const file = event.target.files?.[0];
              // Empty the input so choosing the corrected file with the same name reads it again.
              event.target.value = "";
              if (file) void choose(file);
            }}
          />
        )}
      </Field>
      {readError && (
        <p className="form-error" role="alert">
          {readError}
        </p>
      )}

      {parsed && preview && (
        <>
          <p>Gekozen bestand: {preview.fileName}</p>
          {parsed.problems.length > 0 && (
            <div className="notice">
              <p>Het bestand is niet helemaal goed te lezen:</p>
              <ul>
                {parsed.problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </div>
          )}
          {parsed.ignoredColumns.length > 0 && (
            <p className="hint">Deze kolommen worden niet gebruikt: {parsed.ignoredColumns.join(", ")}.</p>
          )}
          {parsed.missingColumns.length > 0 ? (
            <p className="form-error" role="alert">
              In het bestand ontbreken de kolommen {parsed.missingColumns.join(", ")}. Gebruik het sjabloon.
            </p>
          ) : parsed.rows.length === 0 ? (
            <p className="form-error" role="alert">
              Het bestand bevat geen rijen met personen.
            </p>
          ) : check.isPending ? (
            <output className="status">Rijen controleren…</output>
          ) : check.isError ? (
            <p className="form-error" role="alert">
              {problemOf(check.error)}
            </p>
          ) : (
            checked && (
              <>
                <output id={summaryId} className={invalid > 0 ? "status no" : "status yes"}>
                  {invalid > 0
                    ? `${rowsText(parsed.rows.length)}, waarvan ${rowsText(invalid)} met fouten. Pas het bestand aan en kies het opnieuw; er wordt pas iets geïmporteerd als alle rijen kloppen.`
                    : `Alle ${rowsText(parsed.rows.length)} kloppen: ${personCount(additions)} nieuw, ${personCount(updates)} bijwerken.`}
                </output>
                <PreviewTable rows={parsed.rows} checked={checked} fileName={preview.fileName} />
              </>
            )
          )}
          {save.isError && (
            <p className="form-error" role="alert">
              {problemOf(save.error)}
            </p>
          )}
        </>
      )}

      <div className="actions">
        {parsed && checked && (
          <button
            type="button"
            disabled={!ready || save.isPending}
            aria-describedby={summaryId}
            onClick={() => parsed && save.mutate({ rows: parsed.rows, dryRun: false })}
          >
            {save.isPending ? "Bezig met importeren…" : `Importeer ${personCount(parsed.rows.length)}`}
          </button>
        )}
        <button type="button" className="secondary" onClick={onCancel}>
          Annuleren
        </button>
      </div>
    </section>
  );
}

function PreviewTable({
  rows,
  checked,
  fileName,
}: {
  rows: ImportRow[];
  checked: { line: number; name: string; existing: boolean; errors: string[] }[];
  fileName: string;
}) {
  // The check comes right after the name, and long cells wrap, so a long value never pushes the
  // errors out of sight.
  return (
    <SimpleTable
      className="import-preview"
      caption={`Voorbeeld van de import uit ${fileName}`}
      rows={checked}
      rowKey={(result) => result.line}
      rowClassName={(result) => (result.errors.length > 0 ? "row-warning" : undefined)}
      columns={[
        { header: "Regel", cellClassName: () => "numeric", render: (result) => result.line },
        { header: "Naam", rowHeader: true, render: (result) => result.name || "—" },
        {
          header: "Controle",
          cellClassName: (result) => (result.errors.length > 0 ? "no" : "yes"),
          render: (result) => <MessageList messages={result.errors} noneText="In orde" />,
        },
        { header: "Wat er gebeurt", render: (result) => (result.existing ? "Bijwerken" : "Nieuw") },
        { header: "Functie", render: (_, index) => rows[index]?.functie || "—" },
        { header: "Locatie", render: (_, index) => rows[index]?.locatie || "—" },
        { header: "Uren", render: (_, index) => rows[index]?.uren || "—" },
        { header: "Startdatum", render: (_, index) => rows[index]?.startdatum || "—" },
      ]}
    />
  );
}
