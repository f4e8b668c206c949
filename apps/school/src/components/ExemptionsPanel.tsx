import {
  EXEMPTION_GROUND_LABELS,
  EXEMPTION_STATUS_LABELS,
  formatCodeTitle,
  QueryState,
  useRoles,
  useTRPC,
} from "@ontwikkelpad/ui";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { DecisionForm, RequestForm, type Aim, type Exemption } from "./ExemptionForms.tsx";

/**
 * A learner's vrijstellingen at this school: requests awaiting the examencommissie and its decisions
 * (a corrected decision struck through, with its correction's reason); recording a request for
 * werkprocessen still missing; the examencommissie's decision and its correction. Only a granted
 * vrijstelling counts towards issuing.
 */
export function ExemptionsPanel({ personId, name, aims }: { personId: string; name: string; aims: Aim[] }) {
  const trpc = useTRPC();
  const { can } = useRoles();
  const list = useQuery(trpc.school.exemptions.list.queryOptions({ personId }));
  const requestable = aims.filter((a) => a.kind !== "PRAKTIJKVERKLARING" && a.missing.length > 0);
  return (
    <section aria-labelledby="exemptions-heading">
      <h2 id="exemptions-heading">Vrijstellingen van {name}</h2>
      <p className="hint">
        Een EVC, een certificaat van een andere school of een buitenlands diploma telt pas als de
        examencommissie er vrijstelling voor verleent.
      </p>
      <QueryState query={list}>
        {(rows) =>
          rows.length === 0 ? (
            <p className="empty">Geen vrijstellingen aangevraagd.</p>
          ) : (
            <ul aria-label={`Vrijstellingen van ${name}`} className="exemptions">
              {rows.map((row) => (
                <ExemptionItem key={row.id} row={row} mayDecide={can("decideExemptions")} />
              ))}
            </ul>
          )
        }
      </QueryState>
      {can("requestExemptions") && requestable.length > 0 && (
        <RequestForm personId={personId} aims={requestable} />
      )}
    </section>
  );
}

function ExemptionItem({ row, mayDecide }: { row: Exemption; mayDecide: boolean }) {
  const [correcting, setCorrecting] = useState(false);
  const superseded = row.supersededById !== null;
  const text = (
    <>
      <strong>{EXEMPTION_STATUS_LABELS[row.status]}</strong>: {row.credentialTitle},{" "}
      {row.workProcesses.map(formatCodeTitle).join("; ")}. Grond: {EXEMPTION_GROUND_LABELS[row.ground]} (
      {row.groundDetail}), aangevraagd door {row.requestedBy} op {row.requestedOn}
      {row.decidedBy && ` — besloten door ${row.decidedBy} op ${row.decidedOn}: ${row.decisionNote}`}
      {row.correctionReason && ` (correctie: ${row.correctionReason})`}
    </>
  );
  return (
    <li>
      {superseded ? <s>{text}</s> : text}
      {mayDecide && !superseded && row.status === "REQUESTED" && (
        <DecisionForm exemption={row} correcting={false} onDone={() => undefined} />
      )}
      {mayDecide &&
        !superseded &&
        row.status !== "REQUESTED" &&
        (correcting ? (
          <DecisionForm exemption={row} correcting onDone={() => setCorrecting(false)} />
        ) : (
          <button type="button" className="secondary" onClick={() => setCorrecting(true)}>
            Besluit corrigeren
          </button>
        ))}
    </li>
  );
}
