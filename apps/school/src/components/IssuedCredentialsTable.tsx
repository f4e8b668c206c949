import type { RouterOutputs } from "@ontwikkelpad/api";
import { ACTIONS_COLUMN, CREDENTIAL_KIND_LABELS, DataTable, formatDate } from "@ontwikkelpad/ui";
import { createColumnHelper } from "@tanstack/react-table";
import { useMemo, type ReactNode } from "react";
import { CredentialDownloads } from "./CredentialDownloads.tsx";

export type IssuedRow = RouterOutputs["school"]["credentials"]["issued"][number];

const column = createColumnHelper<IssuedRow>();

/** "Vervangen op 1-12-2026: reden", or "Geldig". */
const issuedStatus = (row: IssuedRow) =>
  row.supersededById
    ? `Vervangen op ${formatDate(row.supersededOn)}: ${row.supersededReason ?? ""}`
    : "Geldig";

function columnsWith(renderActions?: (row: IssuedRow) => ReactNode) {
  return [
    column.accessor("title", {
      header: "Bewijs",
      cell: (c) =>
        c.row.original.supersededById ? (
          <>
            <del>{c.getValue()}</del> <span className="visually-hidden">(vervangen)</span>
          </>
        ) : (
          c.getValue()
        ),
    }),
    column.accessor((r) => CREDENTIAL_KIND_LABELS[r.kind], { id: "kind", header: "Soort" }),
    column.accessor("learner", { header: "Deelnemer" }),
    column.accessor("issuedOn", { header: "Afgegeven", cell: (c) => formatDate(c.getValue()) }),
    column.accessor(issuedStatus, { id: "status", header: "Status" }),
    column.display({
      id: ACTIONS_COLUMN,
      header: "Acties",
      cell: (c) => (
        <>
          <CredentialDownloads
            credentialId={c.row.original.id}
            label={`${c.row.original.title} van ${c.row.original.learner}, ${formatDate(c.row.original.issuedOn)}`}
          />
          {renderActions?.(c.row.original)}
        </>
      ),
    }),
  ];
}

/**
 * Issued credentials, superseded ones struck through with the reason beside them; each with its PDF and
 * Open Badges JSON, and optionally more actions (a correction).
 */
export function IssuedCredentialsTable({
  rows,
  caption,
  learnerHref,
  renderActions,
}: {
  rows: IssuedRow[];
  caption: string;
  /** Makes the learner's name a link (on the overview). */
  learnerHref?: (row: IssuedRow) => string;
  renderActions?: (row: IssuedRow) => ReactNode;
}) {
  const columns = useMemo(() => columnsWith(renderActions), [renderActions]);
  return (
    <DataTable
      data={rows}
      columns={columns}
      caption={caption}
      emptyText="Er zijn nog geen bewijzen uitgegeven."
      rowHref={learnerHref}
      initialSorting={[{ id: "issuedOn", desc: true }]}
      searchLabel="Zoek op bewijs, soort of deelnemer"
    />
  );
}
