import { CREDENTIAL_KIND_LABELS, LEARNING_ROUTE_LABELS, formatDurationMonths } from "@ontwikkelpad/ui";
import { useId, type ReactNode } from "react";
import { unmetPreconditions, type RouteView } from "../path-view.ts";
import { HeadedList } from "./HeadedList.tsx";

/** One route to a goal: how long, which steps at which niveau and leerweg, what is not yet arranged, what stays open. */
export function RouteCard({
  route,
  heading,
  chosen = false,
  children,
}: {
  route: RouteView;
  heading: string;
  chosen?: boolean;
  children?: ReactNode;
}) {
  const titleId = useId();
  const unmet = unmetPreconditions(route);
  return (
    <article className={chosen ? "route-card chosen" : "route-card"} aria-labelledby={titleId}>
      {/* The cards sit under the step's h3 section headings. */}
      <h4 id={titleId}>
        {heading} {chosen && <span className="badge badge-chosen">Gekozen</span>}
      </h4>
      <p>
        <strong>Duur: {formatDurationMonths(route.totalMonths)}</strong> ·{" "}
        {route.steps.length === 1 ? "1 stap" : `${route.steps.length} stappen`}
      </p>
      {route.steps.length === 0 ? (
        <p>Geen scholing nodig.</p>
      ) : (
        <ol>
          {route.steps.map((s) => (
            <li key={s.credentialId}>
              {s.title}
              <br />
              <span className="hint">
                {CREDENTIAL_KIND_LABELS[s.credentialKind]}, niveau {s.niveau},{" "}
                {LEARNING_ROUTE_LABELS[s.learningRoute]}, {formatDurationMonths(s.estimatedMonths)}
              </span>
            </li>
          ))}
        </ol>
      )}
      {unmet.length > 0 && (
        <div className="notice">
          <HeadedList label="Nog te regelen:" items={unmet} />
        </div>
      )}
      {route.openRequirements.length > 0 ? (
        <HeadedList label="Blijft daarna nog open:" items={route.openRequirements} />
      ) : (
        <p>Blijft daarna nog open: niets.</p>
      )}
      {children && <div className="actions">{children}</div>}
    </article>
  );
}
