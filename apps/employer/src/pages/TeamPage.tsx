import type { RouterOutputs } from "@ontwikkelpad/api";
import {
  compareFamilyNames,
  DataTable,
  downloadCsv,
  formatDate,
  PERSON_KIND_LABELS,
  QueryState,
  RowProblem,
  usePageTitle,
  useTRPC,
} from "@ontwikkelpad/ui";
import { useQuery } from "@tanstack/react-query";
import { createColumnHelper } from "@tanstack/react-table";
import { useEffect, useState } from "react";
import { Link, useLocation, useNavigate } from "react-router";
import { AddPersonForm } from "../components/AddPersonForm.tsx";
import { ImportPersonsPanel } from "../components/ImportPersonsPanel.tsx";
import { localIsoDate } from "../person-form.ts";
import { TEAM_CSV_COLUMNS, mayWorkLabel, personCount, stepLabel } from "../person-import.ts";
import { PORTAL_NAME } from "../portal.ts";
import type { TeamNotice } from "./PersonPage.tsx";

type Person = RouterOutputs["employer"]["persons"]["list"][number];

const column = createColumnHelper<Person>();
const columns = [
  column.accessor("name", {
    header: "Naam",
    sortingFn: (a, b) => compareFamilyNames(a.original, b.original),
  }),
  column.accessor("kind", { header: "Soort", cell: (c) => PERSON_KIND_LABELS[c.getValue()] }),
  column.accessor("functionTitle", { header: "Functie", cell: (c) => c.getValue() ?? "—" }),
  column.accessor((p) => mayWorkLabel(p), {
    id: "mayWork",
    header: "Mag werken in functie",
    // A person whose stored facts the rules could not judge is marked with the reason.
    cell: (c) =>
      c.row.original.problem !== null ? <RowProblem problem={c.row.original.problem} /> : c.getValue(),
  }),
  column.accessor("location", { header: "Locatie", cell: (c) => c.getValue() ?? "—" }),
  column.accessor("hoursPerWeek", {
    header: "Uren per week",
    cell: (c) => c.getValue()?.toLocaleString("nl-NL") ?? "—",
  }),
  column.accessor("pathStep", { header: "Stap Ontwikkelpad", cell: (c) => stepLabel(c.row.original) ?? "—" }),
  column.accessor("nextAction", { header: "Volgende actie" }),
  column.accessor("nextReviewOn", { header: "Volgende evaluatie", cell: (c) => formatDate(c.getValue()) }),
];

type OpenPanel = "add" | "import" | null;

/** The employer's people: search, sort, export, add and import from CSV. */
export function TeamPage() {
  usePageTitle("Team", PORTAL_NAME);
  const trpc = useTRPC();
  const persons = useQuery(trpc.employer.persons.list.queryOptions());
  // The person page sends its archive message along when it returns here. It is shown once: the
  // history entry is replaced without it, so a reload or going back does not repeat it.
  const location = useLocation();
  const navigate = useNavigate();
  const archivedNotice = (location.state as TeamNotice | null)?.notice ?? null;
  const [open, setOpen] = useState<OpenPanel>(null);
  const [added, setAdded] = useState<{ id: string; name: string } | null>(null);
  const [notice, setNotice] = useState<string | null>(archivedNotice);
  useEffect(() => {
    if (archivedNotice) void navigate(location.pathname, { replace: true, state: null });
  }, [archivedNotice, location.pathname, navigate]);
  const toggle = (panel: Exclude<OpenPanel, null>) => {
    setOpen(open === panel ? null : panel);
    setAdded(null);
    setNotice(null);
  };

  return (
    <>
      <div className="page-header">
        <h1>Team</h1>
        <div className="actions no-print">
          <button type="button" aria-expanded={open === "add"} onClick={() => toggle("add")}>
            Persoon toevoegen
          </button>
          <button
            type="button"
            className="secondary"
            aria-expanded={open === "import"}
            onClick={() => toggle("import")}
          >
            Importeren uit CSV
          </button>
          <button
            type="button"
            className="secondary"
            disabled={!persons.isSuccess}
            onClick={() =>
              persons.data && downloadCsv(`team-${localIsoDate()}.csv`, persons.data, TEAM_CSV_COLUMNS)
            }
          >
            Exporteren als CSV
          </button>
        </div>
      </div>
      {added && (
        <output className="success">
          {added.name} is toegevoegd. <Link to={`/personen/${added.id}`}>Bekijk {added.name}</Link>
        </output>
      )}
      {notice && <output className="success">{notice}</output>}
      {open === "add" && (
        <AddPersonForm
          onCreated={(person) => {
            setAdded(person);
            setOpen(null);
          }}
          onCancel={() => setOpen(null)}
        />
      )}
      {open === "import" && (
        <ImportPersonsPanel
          onImported={({ created, updated }) => {
            setNotice(
              `Geïmporteerd: ${personCount(created)} toegevoegd, ${personCount(updated)} bijgewerkt.`,
            );
            setOpen(null);
          }}
          onCancel={() => setOpen(null)}
        />
      )}
      <QueryState query={persons}>
        {(data) => (
          <DataTable
            data={data}
            columns={columns}
            caption="Medewerkers en kandidaten"
            emptyText="Er staan nog geen medewerkers of kandidaten in je team. Voeg iemand toe met ‘Persoon toevoegen’."
            searchLabel="Zoek in het team"
            rowHref={(p) => `/personen/${p.id}`}
          />
        )}
      </QueryState>
    </>
  );
}
