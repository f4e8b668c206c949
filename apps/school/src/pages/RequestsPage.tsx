import type { RouterOutputs } from "@ontwikkelpad/api";
import {
  DataTable,
  formatDate,
  LEARNING_ROUTE_LABELS,
  QueryState,
  SCHOOL_REQUEST_KIND_LABELS,
  schoolRequestStatusLabel,
  usePageTitle,
  useTRPC,
} from "@ontwikkelpad/ui";
import { useQuery } from "@tanstack/react-query";
import { createColumnHelper } from "@tanstack/react-table";
import { useId, useState } from "react";
import { PORTAL_NAME } from "../portal.ts";

type Row = RouterOutputs["school"]["requests"]["list"][number];
type KindFilter = "ALL" | Row["kind"];
type StatusFilter = "OPEN" | "ANSWERED" | "ALL";

const column = createColumnHelper<Row>();
const columns = [
  column.accessor("person", { header: "Deelnemer" }),
  column.accessor("employer", { header: "Werkgever" }),
  column.accessor((r) => SCHOOL_REQUEST_KIND_LABELS[r.kind], { id: "kind", header: "Soort" }),
  column.accessor("credentialTitle", { header: "Vraagt om" }),
  column.accessor((r) => (r.learningRoute ? LEARNING_ROUTE_LABELS[r.learningRoute] : "—"), {
    id: "learningRoute",
    header: "Leerweg",
  }),
  column.accessor("receivedOn", { header: "Ontvangen", cell: (c) => formatDate(c.getValue()) }),
  column.accessor((r) => schoolRequestStatusLabel(r), { id: "status", header: "Status" }),
];

const matchesStatus = (row: Row, filter: StatusFilter) =>
  filter === "ALL" || (filter === "OPEN") === (row.status === "SUBMITTED");

/** The school's inbox: what employers asked, newest first, with the open requests on top by default. */
export function RequestsPage() {
  usePageTitle("Aanvragen", PORTAL_NAME);
  const trpc = useTRPC();
  const requests = useQuery(trpc.school.requests.list.queryOptions());
  const [kind, setKind] = useState<KindFilter>("ALL");
  const [status, setStatus] = useState<StatusFilter>("OPEN");
  const kindId = useId();
  const statusId = useId();
  return (
    <>
      <h1>Aanvragen</h1>
      <p>
        Werkgevers vragen hier om scholing voor een medewerker of om een praktijkverklaring. Open een aanvraag
        om het startpunt te zien en te antwoorden.
      </p>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={kindId}>Soort aanvraag</label>
          <select id={kindId} value={kind} onChange={(e) => setKind(e.target.value as KindFilter)}>
            <option value="ALL">Alle soorten</option>
            <option value="TRAINING">{SCHOOL_REQUEST_KIND_LABELS.TRAINING}</option>
            <option value="CREDENTIAL">{SCHOOL_REQUEST_KIND_LABELS.CREDENTIAL}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={statusId}>Status</label>
          <select id={statusId} value={status} onChange={(e) => setStatus(e.target.value as StatusFilter)}>
            <option value="OPEN">Wacht op antwoord</option>
            <option value="ANSWERED">Beantwoord</option>
            <option value="ALL">Alle</option>
          </select>
        </div>
      </div>
      <QueryState query={requests}>
        {(rows) => (
          <DataTable
            data={rows.filter((r) => (kind === "ALL" || r.kind === kind) && matchesStatus(r, status))}
            columns={columns}
            caption="Aanvragen van werkgevers"
            emptyText={
              status === "OPEN"
                ? "Er wacht geen aanvraag op antwoord."
                : "Er zijn geen aanvragen met deze keuze."
            }
            rowHref={(r) =>
              r.kind === "TRAINING" ? `/aanvragen/scholing/${r.id}` : `/aanvragen/verklaring/${r.id}`
            }
            searchLabel="Zoek op naam, werkgever of opleiding"
            initialSorting={[{ id: "receivedOn", desc: true }]}
          />
        )}
      </QueryState>
    </>
  );
}
