import { applyServerErrors, Field, QueryState, formatDate, useTRPC } from "@ontwikkelpad/ui";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Link } from "react-router";
import { addMonths, reviewDates, type Path, type PathData } from "../path-view.ts";
import { localIsoDate } from "../person-form.ts";
import { SaveOutcome } from "./SavedMessage.tsx";
import { useSaveStep } from "./useStepMutations.ts";

/** Step 8: when the path is next reviewed, the reviews so far (a review restarts at step 3) and the organisation's reviews due. */
export function ReviewStep({ data, path }: { data: PathData; path: Path }) {
  const trpc = useTRPC();
  const person = useQuery(trpc.employer.persons.get.queryOptions({ personId: data.person.id }));
  const dashboard = useQuery(trpc.employer.dashboard.get.queryOptions());
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<{ nextReviewOn: string }>({
    defaultValues: { nextReviewOn: path.nextReviewOn ?? addMonths(localIsoDate(), 3) },
  });
  const { register, handleSubmit, formState, reset } = form;
  const save = useSaveStep(data.person.id, path.id, (error) =>
    setFormError(applyServerErrors(error, form, { "data.nextReviewOn": "nextReviewOn" })),
  );
  const reviews = [
    ...new Set([
      ...(person.data ? reviewDates(person.data.timeline) : []),
      ...(path.lastReviewedOn ? [path.lastReviewedOn] : []),
    ]),
  ]
    .toSorted()
    .toReversed();

  return (
    <>
      <p>
        Bespreek regelmatig hoe het gaat. Bij een evaluatie loop je stap 3 tot en met 7 opnieuw door: klopt de
        ambitie, het doel, de tijd en het aanbod nog?
      </p>
      <form
        noValidate
        aria-label="Volgende evaluatie"
        onSubmit={handleSubmit((values) => {
          setFormError(null);
          save.save({ step: 8, nextReviewOn: values.nextReviewOn }, () => reset(values));
        })}
      >
        <Field
          label="Datum van de volgende evaluatie"
          required
          error={formState.errors.nextReviewOn?.message}
        >
          {(props) => (
            <input
              {...props}
              type="date"
              min={localIsoDate()}
              {...register("nextReviewOn", {
                required: "Vul een geldige datum in.",
                // The server refuses today and earlier with a message the form could only show as a generic error.
                validate: (value) => value > localIsoDate() || "Kies een evaluatiedatum in de toekomst.",
              })}
            />
          )}
        </Field>
        <SaveOutcome saved={save.isSuccess} formError={formError} dirty={formState.isDirty} />
        <button type="submit" disabled={save.isPending}>
          {save.isPending ? "Bezig met opslaan…" : "Evaluatiedatum opslaan"}
        </button>
      </form>
      <h3>Evaluaties van {data.person.name}</h3>
      <p>Volgende evaluatie: {path.nextReviewOn ? formatDate(path.nextReviewOn) : "nog niet gepland"}.</p>
      {reviews.length === 0 ? (
        <p>Er is nog geen evaluatie gehouden.</p>
      ) : (
        <ul>
          {reviews.map((date) => (
            <li key={date}>Evaluatie gehouden op {formatDate(date)}</li>
          ))}
        </ul>
      )}
      <h3 id="reviews-due-title">Evaluaties die binnenkort of te laat zijn</h3>
      <p>Voor iedereen in je organisatie met een lopend Ontwikkelpad.</p>
      <QueryState query={dashboard} loadingText="Evaluaties laden…">
        {({ reviewsDue }) =>
          reviewsDue.length === 0 ? (
            <p>Er komen geen evaluaties aan.</p>
          ) : (
            <ul aria-labelledby="reviews-due-title">
              {reviewsDue.map((r) => (
                <li key={r.personId}>
                  <Link to={`/personen/${r.personId}/ontwikkelpad?stap=8`}>{r.name}</Link>:{" "}
                  {formatDate(r.nextReviewOn)}
                  {r.overdue && <span className="warning"> (te laat)</span>}
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
    </>
  );
}
