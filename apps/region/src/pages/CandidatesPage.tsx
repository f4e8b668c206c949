import {
  DataTable,
  formatDate,
  QueryState,
  REFERRAL_STATUS_LABELS,
  usePageTitle,
  useTRPC,
} from "@ontwikkelpad/ui";
import type { RouterOutputs } from "@ontwikkelpad/api";
import { useQuery } from "@tanstack/react-query";
import { createColumnHelper } from "@tanstack/react-table";
import { useState } from "react";
import { useLocation, useNavigate } from "react-router";
import { useRegionAccess } from "../access.ts";
import { RegisterCandidateForm } from "../components/RegisterCandidateForm.tsx";
import { PORTAL_NAME } from "../portal.ts";

type Row = RouterOutputs["region"]["candidates"]["list"][number];
const column = createColumnHelper<Row>();
const columns = [
  column.accessor("name", { header: "Naam" }),
  column.accessor("registeredBy", { header: "Aangemeld door" }),
  column.accessor("registeredOn", { header: "Aangemeld op", cell: (c) => formatDate(c.getValue()) }),
  column.accessor((r) => (r.intakeDone ? "Gedaan" : "Nog niet"), { id: "intake", header: "Intake" }),
  column.accessor((r) => r.city ?? "—", { id: "city", header: "Woonplaats" }),
  column.accessor((r) => (r.latestReferral ? REFERRAL_STATUS_LABELS[r.latestReferral] : "—"), {
    id: "referral",
    header: "Laatste voordracht",
  }),
];

/** The candidates the user may see: the whole desk's, or for a partner only its own. */
export function CandidatesPage() {
  usePageTitle("Kandidaten", PORTAL_NAME);
  const trpc = useTRPC();
  const navigate = useNavigate();
  const location = useLocation();
  const erased = location.state as { removed?: string[]; name?: string } | null;
  const { isPartner } = useRegionAccess();
  const [adding, setAdding] = useState(false);
  const candidates = useQuery(trpc.region.candidates.list.queryOptions());
  return (
    <>
      <div className="page-header">
        <h1>Kandidaten</h1>
        {!adding && (
          <button type="button" onClick={() => setAdding(true)}>
            Kandidaat aanmelden
          </button>
        )}
      </div>
      {erased?.removed && (
        <div className="success">
          <p>
            <output>De toestemming van {erased.name} is ingetrokken.</output> Verwijderd:
          </p>
          <ul>
            {erased.removed.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </div>
      )}
      <p>
        {isPartner
          ? "Je ziet alleen de kandidaten die jouw organisatie heeft aangemeld, zolang hun toestemming geldt."
          : "Kandidaten die het regioloket en de partners hebben aangemeld, zolang hun toestemming geldt."}
      </p>
      {adding && (
        <RegisterCandidateForm
          onCancel={() => setAdding(false)}
          onCreated={(id) => void navigate(`/kandidaten/${id}`, { state: { registered: true } })}
        />
      )}
      <QueryState query={candidates}>
        {(rows) => (
          <DataTable
            data={rows}
            columns={columns}
            caption="Aangemelde kandidaten"
            emptyText="Nog geen kandidaten aangemeld."
            rowHref={(r) => `/kandidaten/${r.id}`}
            searchLabel="Zoek een kandidaat"
          />
        )}
      </QueryState>
    </>
  );
}
