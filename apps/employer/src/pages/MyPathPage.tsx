import {
  ErrorMessage,
  Field,
  QueryState,
  formatDate,
  usePageTitle,
  useTRPC,
  formatDurationMonths,
} from "@ontwikkelpad/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useParams } from "react-router";
import { MyCredentials } from "../components/MyCredentials.tsx";
import { MyLearningTeams } from "../components/MyLearningTeams.tsx";
import { PORTAL_NAME } from "../portal.ts";

/**
 * The employee's own Ontwikkelpad through the link HR sent, without logging in: goal, route,
 * progress and the next review, read-only, and a place to agree to it; as a student, her learning team
 * with her goals and her reflections.
 */
export function MyPathPage() {
  usePageTitle("Mijn Ontwikkelpad", PORTAL_NAME);
  const token = useParams().token ?? "";
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const query = useQuery(trpc.myPath.get.queryOptions({ token }, { retry: false }));
  const [name, setName] = useState("");
  const [nameError, setNameError] = useState<string | undefined>();
  const agree = useMutation(
    trpc.myPath.agree.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.myPath.get.queryKey({ token }) }),
    }),
  );

  return (
    <main id="inhoud" className="login">
      <h1>Mijn Ontwikkelpad</h1>
      <QueryState query={query}>
        {(data) => (
          <>
            <p>
              Hallo {data.name}, dit is je Ontwikkelpad bij {data.organization}, gestart op{" "}
              {formatDate(data.startedOn)}. Je kunt het hier bekijken; wijzigen doe je samen met je werkgever.
            </p>
            <dl className="details-list">
              <dt>Doel</dt>
              <dd>{data.goal ?? "Nog niet gekozen"}</dd>
              <dt>Route</dt>
              <dd>
                {data.route
                  ? `${data.route.title} (${formatDurationMonths(data.route.totalMonths)})`
                  : "Nog niet gekozen"}
              </dd>
              <dt>Volgende evaluatie</dt>
              <dd>{data.nextReviewOn ? formatDate(data.nextReviewOn) : "Nog niet gepland"}</dd>
            </dl>
            <h2>Voortgang</h2>
            <ol>
              {data.steps.map((s) => (
                <li key={s.step} aria-current={s.step === data.currentStep ? "step" : undefined}>
                  {s.title}:{" "}
                  {s.step === data.currentStep
                    ? "hier staat je pad nu"
                    : s.completedOn
                      ? `afgerond op ${formatDate(s.completedOn)}`
                      : "nog niet"}
                </li>
              ))}
            </ol>
            {data.agreement ? (
              <output className="success">
                {data.agreement.name} gaf akkoord op {formatDate(data.agreement.agreedOn)}, bij stap{" "}
                {data.agreement.step}.
              </output>
            ) : (
              <form
                noValidate
                aria-labelledby="agree-title"
                onSubmit={(event) => {
                  event.preventDefault();
                  const missing = name.trim().length < 2;
                  setNameError(missing ? "Vul je naam in om akkoord te geven." : undefined);
                  if (!missing) agree.mutate({ token, name });
                }}
              >
                <h2 id="agree-title">Akkoord geven</h2>
                <p>
                  Met je akkoord laat je je werkgever weten dat je het eens bent met dit Ontwikkelpad zoals
                  het nu is. Je werkgever ziet je naam, de datum en de stap.
                </p>
                <Field label="Je naam" required error={nameError}>
                  {(props) => (
                    <input
                      {...props}
                      autoComplete="name"
                      value={name}
                      onChange={(e) => setName(e.target.value)}
                    />
                  )}
                </Field>
                {agree.isError && <ErrorMessage error={agree.error} />}
                <button type="submit" disabled={agree.isPending}>
                  {agree.isPending ? "Bezig…" : "Akkoord geven"}
                </button>
              </form>
            )}
            <MyLearningTeams token={token} />
            <MyCredentials token={token} />
          </>
        )}
      </QueryState>
    </main>
  );
}
