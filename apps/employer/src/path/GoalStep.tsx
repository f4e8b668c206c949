import { CREDENTIAL_KIND_LABELS, ErrorMessage, QueryState, useTRPC } from "@ontwikkelpad/ui";
import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useCatalogFunctions } from "../components/SelectFields.tsx";
import {
  credentialTitle,
  routeChoice,
  routeSummary,
  type Credential,
  type Path,
  type PathData,
} from "../path-view.ts";
import { RouteCard } from "./RouteCard.tsx";
import { SaveOutcome } from "./SavedMessage.tsx";
import { useSaveStep } from "./useStepMutations.ts";

/** Step 4: a goal function with its alternative routes side by side, or one loose credential. */
export function GoalStep({
  data,
  path,
  credentials,
}: {
  data: PathData;
  path: Path;
  credentials: readonly Credential[];
}) {
  const trpc = useTRPC();
  const personId = data.person.id;
  const functionSelectId = useId();
  const credentialSelectId = useId();
  const functions = useCatalogFunctions();
  const [chosenFunctionId, setFunctionId] = useState<string | null>(path.goalFunctionId);
  // Until a function is chosen, the path proposes the catalog's goal function.
  const functionId = chosenFunctionId ?? functions.data?.find((f) => f.pathRole === "goal")?.id ?? "";
  const [credentialId, setCredentialId] = useState(path.goalFunctionId ? "" : (path.goalCredentialId ?? ""));
  const functionRoutes = useQuery(
    trpc.employer.paths.routes.queryOptions(
      { personId, goal: { kind: "function", functionId } },
      { enabled: functionId !== "" },
    ),
  );
  const credentialRoute = useQuery(
    trpc.employer.paths.routes.queryOptions(
      { personId, goal: { kind: "credentials", ids: [credentialId] } },
      { enabled: credentialId !== "" },
    ),
  );
  const save = useSaveStep(personId, path.id);
  const functionTitle = functions.data?.find((f) => f.id === functionId)?.title ?? functionId;

  return (
    <>
      {path.goalCredentialId ? (
        <p>
          Gekozen doel: <strong>{credentialTitle(credentials, path.goalCredentialId)}</strong>
          {routeSummary(data.plan?.chosenRoute ?? null, path.goalFunctionId !== null)}.
        </p>
      ) : (
        <p>
          Er is nog geen doel gekozen. Kies een route naar een functie, of één diploma, certificaat of
          praktijkverklaring.
        </p>
      )}
      <SaveOutcome saved={save.isSuccess} />
      {save.isError && <ErrorMessage error={save.error} />}

      <h3>Routes naar een functie</h3>
      <div className="field">
        <label htmlFor={functionSelectId}>Doelfunctie</label>
        <select id={functionSelectId} value={functionId} onChange={(e) => setFunctionId(e.target.value)}>
          {functions.data?.map((f) => (
            <option key={f.id} value={f.id}>
              {f.title}
            </option>
          )) ?? <option value={functionId}>{functionId}</option>}
        </select>
      </div>
      <QueryState query={functionRoutes} loadingText="Routes berekenen…">
        {(plan) =>
          plan.alreadyMet ? (
            <p>
              {data.person.name} voldoet al aan de eisen voor {functionTitle.toLowerCase()}.
            </p>
          ) : plan.routes.length === 0 ? (
            <p>Er is geen route naar deze functie gevonden.</p>
          ) : (
            <div className="route-cards">
              {plan.routes.map((route, index) => {
                const choice = routeChoice(route, functionId, true);
                return (
                  <RouteCard
                    key={route.id}
                    route={route}
                    heading={`Route ${index + 1}: ${route.title}`}
                    chosen={path.goalFunctionId === functionId && path.chosenRouteId === route.id}
                  >
                    <button
                      type="button"
                      disabled={!choice || save.isPending}
                      onClick={() => choice && save.save(choice)}
                    >
                      Kies deze route<span className="visually-hidden"> (route {index + 1})</span>
                    </button>
                  </RouteCard>
                );
              })}
            </div>
          )
        }
      </QueryState>

      <h3>Of: één diploma, certificaat of praktijkverklaring</h3>
      <div className="field">
        <label htmlFor={credentialSelectId}>Diploma, certificaat of praktijkverklaring</label>
        <select
          id={credentialSelectId}
          value={credentialId}
          onChange={(e) => setCredentialId(e.target.value)}
        >
          <option value="">Kies een doel</option>
          {(["PRAKTIJKVERKLARING", "CERTIFICATE", "DIPLOMA"] as const).map((kind) => (
            <optgroup key={kind} label={CREDENTIAL_KIND_LABELS[kind]}>
              {credentials
                .filter((c) => c.kind === kind)
                .map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.title} (niveau {c.niveau})
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      </div>
      {credentialId !== "" && (
        <QueryState query={credentialRoute} loadingText="Route berekenen…">
          {(plan) => {
            const route = plan.routes[0];
            if (!route || plan.alreadyMet) return <p>{data.person.name} heeft dit al behaald.</p>;
            const choice = routeChoice(route, null, false);
            const title = credentialTitle(credentials, credentialId);
            return (
              <div className="route-cards">
                <RouteCard
                  route={route}
                  heading={title}
                  chosen={!path.goalFunctionId && path.goalCredentialId === credentialId}
                >
                  <button
                    type="button"
                    disabled={!choice || save.isPending}
                    onClick={() => choice && save.save(choice)}
                  >
                    Kies dit doel
                  </button>
                </RouteCard>
              </div>
            );
          }}
        </QueryState>
      )}
    </>
  );
}
