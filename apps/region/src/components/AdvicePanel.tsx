import {
  FUNDING_ELIGIBILITY_LABELS,
  LEARNING_ROUTE_LABELS,
  QueryState,
  formatDate,
  formatEuro,
  useTRPC,
  SimpleTable,
} from "@ontwikkelpad/ui";
import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";

/**
 * The LWL advice note: routes to the chosen goal (core's planner) with the funding per route (core's
 * funding check), printable for the candidate.
 */
export function AdvicePanel({ candidateId }: { candidateId: string }) {
  const trpc = useTRPC();
  const goalId = useId();
  const functions = useQuery(trpc.catalog.functions.queryOptions());
  const [goal, setGoal] = useState("pedagogisch-medewerker");
  const advice = useQuery(trpc.region.advice.get.queryOptions({ candidateId, goalFunctionId: goal }));
  return (
    <section aria-labelledby="advice-title" className="advice">
      <div className="page-header">
        <h2 id="advice-title">LWL-advies</h2>
        <button
          type="button"
          className="secondary no-print"
          disabled={!advice.data}
          onClick={() => window.print()}
        >
          Advies afdrukken
        </button>
      </div>
      <div className="field no-print">
        <label htmlFor={goalId}>Doel</label>
        <select id={goalId} value={goal} onChange={(e) => setGoal(e.target.value)}>
          {functions.data?.map((f) => (
            <option key={f.id} value={f.id}>
              {f.title}
            </option>
          ))}
        </select>
      </div>
      <QueryState query={advice}>
        {(a) => (
          <>
            <p>
              Advies voor {a.candidate}, doel {a.goalFunction}, opgesteld op {formatDate(a.date)}.
              {a.alreadyMet && " Dit doel is al bereikt."} De voorwaarden bij de werkgever (SBB-erkenning,
              praktijkopleider) regel je zodra er een werkgever is.
            </p>
            {a.routes.map((route) => (
              <article key={route.id} aria-labelledby={`route-${route.id}`}>
                <h3 id={`route-${route.id}`}>
                  {route.title}: ongeveer {route.totalMonths} maanden
                </h3>
                <ol>
                  {route.steps.map((s) => (
                    <li key={s.credentialId}>
                      {s.title} (niveau {s.niveau}, {LEARNING_ROUTE_LABELS[s.learningRoute]}, ongeveer{" "}
                      {s.estimatedMonths} maanden)
                    </li>
                  ))}
                </ol>
                {route.openRequirements.length > 0 && (
                  <p>Daarnaast nog nodig: {route.openRequirements.join("; ")}</p>
                )}
                <SimpleTable
                  caption={`Financiering voor ${route.title}`}
                  rows={route.funding}
                  rowKey={(f) => f.title}
                  columns={[
                    { header: "Regeling", rowHeader: true, render: (f) => f.title },
                    { header: "Oordeel", render: (f) => FUNDING_ELIGIBILITY_LABELS[f.status] },
                    { header: "Bedrag", render: (f) => formatEuro(f.amountEuro) },
                    { header: "Nog niet voldaan", render: (f) => f.unmetConditions.join(" ") || "—" },
                  ]}
                />
              </article>
            ))}
          </>
        )}
      </QueryState>
    </section>
  );
}
