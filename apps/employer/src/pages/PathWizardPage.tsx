import { ErrorMessage, QueryState, formatDate, usePageTitle, useTRPC } from "@ontwikkelpad/ui";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useEffect, useRef, type ReactNode } from "react";
import { Link, useParams, useSearchParams } from "react-router";
import { EmployeeViewSection } from "../components/EmployeeViewSection.tsx";
import { CompletePath } from "../path/CompletePath.tsx";
import { GapStep } from "../path/GapStep.tsx";
import { GoalStep } from "../path/GoalStep.tsx";
import { HeadedList } from "../path/HeadedList.tsx";
import { OffersStep } from "../path/OffersStep.tsx";
import { ResourcesStep } from "../path/ResourcesStep.tsx";
import { ReviewStep } from "../path/ReviewStep.tsx";
import { StartingPointStep } from "../path/StartingPointStep.tsx";
import { StepMove } from "../path/StepMove.tsx";
import { TextStep } from "../path/TextStep.tsx";
import { useRefreshPath } from "../path/useStepMutations.ts";
import {
  STEP_LABELS,
  credentialTitle,
  routeSummary,
  shownStep,
  unmetPreconditions,
  type Credential,
  type Path,
  type PathData,
} from "../path-view.ts";
import { PORTAL_NAME } from "../portal.ts";

/** The 8-step Ontwikkelpad of one person: start it, fill in each step and move through them. */
export function PathWizardPage() {
  const { id = "" } = useParams();
  const trpc = useTRPC();
  const query = useQuery(trpc.employer.paths.get.queryOptions({ personId: id }));
  const credentials = useQuery(trpc.catalog.credentials.queryOptions(undefined, { staleTime: Infinity }));
  const title = query.data ? `Ontwikkelpad van ${query.data.person.name}` : "Ontwikkelpad";
  usePageTitle(title, PORTAL_NAME);

  return (
    <>
      <p className="no-print">
        <Link to={`/personen/${id}`}>← Terug naar {query.data?.person.name ?? "de persoon"}</Link>
      </p>
      <h1>{title}</h1>
      <QueryState query={query}>
        {(data) =>
          data.path ? (
            // A new person (via the reviews-due links) gets fresh forms.
            <Wizard key={data.person.id} data={data} path={data.path} credentials={credentials.data ?? []} />
          ) : (
            <StartPath data={data} credentials={credentials.data ?? []} />
          )
        }
      </QueryState>
    </>
  );
}

function StartPath({ data, credentials }: { data: PathData; credentials: readonly Credential[] }) {
  const trpc = useTRPC();
  const refresh = useRefreshPath(data.person.id);
  const start = useMutation(trpc.employer.paths.start.mutationOptions({ onSuccess: refresh }));
  // endedPaths is latest first: the path just finished, if the last one ended with its goal met.
  const completed = data.endedPaths[0]?.endReason === "COMPLETED" ? data.endedPaths[0] : null;
  return (
    <>
      {completed ? (
        <>
          <output className="success">
            Het Ontwikkelpad is afgerond op {formatDate(completed.endedOn)}: {data.person.name} heeft{" "}
            {credentialTitle(credentials, completed.achievedCredentialId ?? "")} behaald.
          </output>
          <p>
            Kies een volgend doel: start een nieuw Ontwikkelpad. Het afgeronde pad blijft bewaard in de
            geschiedenis op de pagina van {data.person.name}.
          </p>
        </>
      ) : (
        <p>
          Er loopt nog geen Ontwikkelpad voor {data.person.name}. Start er een om in 8 stappen het startpunt,
          het doel, de scholing en de evaluaties vast te leggen.
        </p>
      )}
      {start.isError && <ErrorMessage error={start.error} />}
      <button
        type="button"
        disabled={start.isPending}
        onClick={() => start.mutate({ personId: data.person.id })}
      >
        {start.isPending
          ? "Bezig met starten…"
          : completed
            ? "Volgend doel kiezen: nieuw Ontwikkelpad starten"
            : "Ontwikkelpad starten"}
      </button>
    </>
  );
}

function Wizard({
  data,
  path,
  credentials,
}: {
  data: PathData;
  path: Path;
  credentials: readonly Credential[];
}) {
  const [params] = useSearchParams();
  const shown = shownStep(params.get("stap"), path.currentStep);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const previousShown = useRef(shown);
  const titleOf = (credentialId: string) => credentialTitle(credentials, credentialId);
  const step = path.steps.find((s) => s.step === shown);

  // Keyboard and screen reader users land on the new step's heading, not at the top of the page.
  useEffect(() => {
    if (previousShown.current !== shown) headingRef.current?.focus();
    previousShown.current = shown;
  }, [shown]);

  return (
    <>
      <PathSummary data={data} path={path} credentialTitle={titleOf} />
      <CompletePath data={data} path={path} goalTitle={titleOf(path.goalCredentialId ?? "")} />
      <div className="wizard">
        <nav className="step-nav no-print" aria-label="Stappen van het Ontwikkelpad">
          <ol>
            {path.steps.map((s) => (
              <li
                key={s.step}
                className={
                  s.step === path.currentStep ? "step-current" : s.completedOn ? "step-done" : undefined
                }
              >
                <Link to={`?stap=${s.step}`} aria-current={s.step === shown ? "step" : undefined}>
                  <span className="step-number">{s.step}</span> {STEP_LABELS[s.step]}
                  <span className="step-state">
                    {s.step === path.currentStep
                      ? "hier staat het pad"
                      : s.completedOn
                        ? `afgerond ${formatDate(s.completedOn)}`
                        : "nog niet"}
                  </span>
                </Link>
              </li>
            ))}
          </ol>
        </nav>
        <section className="wizard-step" aria-labelledby="wizard-step-title">
          <h2 id="wizard-step-title" ref={headingRef} tabIndex={-1}>
            Stap {shown}: {step?.title}
          </h2>
          {shown > path.currentStep ? (
            <p>
              Het Ontwikkelpad staat nog bij stap {path.currentStep}.{" "}
              <Link to={`?stap=${path.currentStep}`}>
                Ga naar stap {path.currentStep}: {STEP_LABELS[path.currentStep]}
              </Link>
            </p>
          ) : (
            <>
              <StepBody
                key={shown}
                step={shown}
                data={data}
                path={path}
                credentials={credentials}
                credentialTitle={titleOf}
              />
              {shown === path.currentStep ? (
                <StepMove data={data} path={path} formMovesOn={STEPS_WITH_FORM.has(shown)} />
              ) : (
                <p className="no-print">
                  Het Ontwikkelpad staat bij stap {path.currentStep}.{" "}
                  <Link to={`?stap=${path.currentStep}`}>
                    Ga naar stap {path.currentStep}: {STEP_LABELS[path.currentStep]}
                  </Link>
                </p>
              )}
            </>
          )}
        </section>
      </div>
      <EmployeeViewSection pathId={path.id} />
    </>
  );
}

/** Where the path stands, its goal, and what the chosen route needs that the employer has not arranged (e.g. an SBB recognition). */
function PathSummary({
  data,
  path,
  credentialTitle: titleOf,
}: {
  data: PathData;
  path: Path;
  credentialTitle: (id: string) => string;
}) {
  const route = data.plan?.chosenRoute ?? null;
  const unmet = route ? unmetPreconditions(route) : [];
  return (
    <>
      <dl className="path-summary">
        <dt>Gestart op</dt>
        <dd>{formatDate(path.startedOn)}</dd>
        <dt>Doel</dt>
        <dd>
          {path.goalCredentialId
            ? `${titleOf(path.goalCredentialId)}${routeSummary(route, path.goalFunctionId !== null)}`
            : "Nog niet gekozen"}
        </dd>
        <dt>Volgende evaluatie</dt>
        <dd>{path.nextReviewOn ? formatDate(path.nextReviewOn) : "Nog niet gepland"}</dd>
      </dl>
      {unmet.length > 0 && (
        <div className="notice" role="note" aria-label="Nog te regelen voor de gekozen route">
          <HeadedList label="Nog te regelen voor de gekozen route:" items={unmet} />
        </div>
      )}
    </>
  );
}

/** The steps whose form saves and moves on in one action ("Opslaan en naar stap N"). */
const STEPS_WITH_FORM = new Set([1, 2, 3, 6]);

function StepBody({
  step,
  data,
  path,
  credentials,
  credentialTitle: titleOf,
}: {
  step: number;
  data: PathData;
  path: Path;
  credentials: readonly Credential[];
  credentialTitle: (id: string) => string;
}): ReactNode {
  switch (step) {
    case 1:
      return <StartingPointStep data={data} path={path} credentialTitle={titleOf} />;
    case 2:
    case 3:
      return <TextStep step={step} personId={data.person.id} path={path} />;
    case 4:
      return <GoalStep data={data} path={path} credentials={credentials} />;
    case 5:
      return <GapStep data={data} credentialTitle={titleOf} />;
    case 6:
      return <ResourcesStep data={data} path={path} />;
    case 7:
      return <OffersStep data={data} path={path} />;
    default:
      return <ReviewStep data={data} path={path} />;
  }
}
