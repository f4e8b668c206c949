import {
  CREDENTIAL_KIND_LABELS,
  formatCodeTitle,
  formatDate,
  formatDurationMonths,
  LEARNING_ROUTE_LABELS,
  SimpleTable,
} from "@ontwikkelpad/ui";
import type { PathData } from "../path-view.ts";
import { HeadedList } from "./HeadedList.tsx";

/** Step 5: what is still to learn — per credential, per kerntaak the werkprocessen not yet shown. */
export function GapStep({
  data,
  credentialTitle,
}: {
  data: PathData;
  credentialTitle: (id: string) => string;
}) {
  const route = data.plan?.chosenRoute ?? null;
  if (!route)
    return <p>Kies eerst een doel in stap 4; dan staat hier wat {data.person.name} nog moet leren.</p>;
  const count = route.steps.reduce(
    (sum, s) => sum + s.coreTasks.reduce((n, t) => n + t.workProcesses.length, 0),
    0,
  );

  return (
    <>
      <h3>Nog te behalen</h3>
      {route.steps.length === 0 ? (
        <p>{data.person.name} heeft het doel al bereikt: er is geen scholing nodig.</p>
      ) : (
        <>
          <p>
            {route.steps.length === 1
              ? "Eén diploma, certificaat of praktijkverklaring"
              : `${route.steps.length} diploma's, certificaten of praktijkverklaringen`}{" "}
            met samen {count} {count === 1 ? "werkproces" : "werkprocessen"} die nog niet zijn aangetoond, in
            {formatDurationMonths(route.totalMonths)}.
          </p>
          <ul>
            {route.steps.map((s) => (
              <li key={s.credentialId}>
                {CREDENTIAL_KIND_LABELS[s.credentialKind]}: {s.title} (niveau {s.niveau},{" "}
                {LEARNING_ROUTE_LABELS[s.learningRoute]}, {formatDurationMonths(s.estimatedMonths)})
              </li>
            ))}
          </ul>
        </>
      )}
      {route.openRequirements.length > 0 && (
        <div className="notice">
          <HeadedList label="Blijft daarna nog open:" items={route.openRequirements} />
        </div>
      )}
      {route.steps.map((s) => (
        <section key={s.credentialId} aria-label={`Werkprocessen voor ${s.title}`}>
          <h3>Werkprocessen: {s.title}</h3>
          {s.coreTasks.length === 0 ? (
            <p>Alle werkprocessen hiervan zijn al aangetoond.</p>
          ) : (
            <SimpleTable
              caption={`Nog te leren voor ${s.title}, per kerntaak`}
              stacked={false}
              rows={s.coreTasks.flatMap((task) => task.workProcesses.map((wp) => ({ task, wp })))}
              rowKey={({ wp }) => wp.id}
              groupBy={({ task }) => ({ key: task.code, header: `Kerntaak ${formatCodeTitle(task)}` })}
              columns={[{ header: "Werkproces", rowHeader: true, render: ({ wp }) => formatCodeTitle(wp) }]}
            />
          )}
        </section>
      ))}
      <h3>Al behaald</h3>
      {data.heldCredentials.length === 0 ? (
        <p>Nog geen diploma&apos;s, certificaten of praktijkverklaringen.</p>
      ) : (
        <ul>
          {data.heldCredentials.map((c) => (
            <li key={`${c.credentialId}-${c.issuedOn}`}>
              {CREDENTIAL_KIND_LABELS[c.kind]} {credentialTitle(c.credentialId)} ({formatDate(c.issuedOn)})
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
