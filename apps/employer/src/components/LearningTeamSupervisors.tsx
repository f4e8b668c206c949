import type { RouterOutputs } from "@ontwikkelpad/api";
import {
  ConfirmDialog,
  ContactLine,
  Field,
  FormPanel,
  applyServerErrors,
  errorMessage,
  useRoles,
  useTRPC,
} from "@ontwikkelpad/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useForm } from "react-hook-form";

type Team = RouterOutputs["employer"]["learningTeams"]["get"];
type Supervisor = Team["supervisors"][number];

interface SupervisorFormValues {
  name: string;
  jobTitle: string;
  email: string;
}

const FIELDS = ["name", "jobTitle", "email"] as const;
const EMPTY: SupervisorFormValues = { name: "", jobTitle: "", email: "" };

/**
 * The practice supervisors the host names on its team, whom the schools read to know whom to contact;
 * a beheerder or leidinggevende adds and removes them while the team runs.
 */
export function LearningTeamSupervisors({ team }: { team: Team }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { can } = useRoles();
  const [message, setMessage] = useState<string | null>(null);
  const [removing, setRemoving] = useState<Supervisor | null>(null);
  const manages = team.closedOn === null && can("manageLearningTeamSupervisors");
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.employer.learningTeams.pathKey() });
  const remove = useMutation(
    trpc.employer.learningTeams.removeSupervisor.mutationOptions({
      onSuccess: async () => {
        await refresh();
        setMessage(`${removing?.name ?? "De praktijkbegeleider"} is verwijderd uit het leerteam.`);
        setRemoving(null);
      },
    }),
  );
  return (
    <section aria-labelledby="supervisors-title">
      <h2 id="supervisors-title">Praktijkbegeleiders</h2>
      {message && <output className="success">{message}</output>}
      {team.supervisors.length === 0 ? (
        <p className="empty">Je organisatie heeft nog geen praktijkbegeleiders voor dit leerteam genoemd.</p>
      ) : (
        <ul aria-label="Praktijkbegeleiders van het leerteam">
          {team.supervisors.map((s) => (
            <li key={s.id}>
              <ContactLine name={s.name} jobTitle={s.jobTitle} email={s.email} />{" "}
              {manages && (
                <button
                  type="button"
                  className="secondary"
                  aria-label={`${s.name} verwijderen`}
                  onClick={() => setRemoving(s)}
                >
                  Verwijderen
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {manages && <AddSupervisorForm teamId={team.id} onAdded={setMessage} />}
      <ConfirmDialog
        open={removing !== null}
        title={`${removing?.name ?? ""} verwijderen als praktijkbegeleider?`}
        confirmLabel="Verwijderen"
        busy={remove.isPending}
        onConfirm={() => removing && remove.mutate({ supervisorId: removing.id })}
        onCancel={() => setRemoving(null)}
      >
        <p>De scholen van het leerteam zien deze praktijkbegeleider dan niet meer.</p>
        {remove.isError && (
          <p className="form-error" role="alert">
            {errorMessage(remove.error)}
          </p>
        )}
      </ConfirmDialog>
    </section>
  );
}

function AddSupervisorForm({ teamId, onAdded }: { teamId: string; onAdded: (message: string) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<SupervisorFormValues>({ defaultValues: EMPTY });
  const { register, handleSubmit, reset, formState } = form;
  const add = useMutation(
    trpc.employer.learningTeams.addSupervisor.mutationOptions({
      onSuccess: async (_, input) => {
        await queryClient.invalidateQueries({ queryKey: trpc.employer.learningTeams.pathKey() });
        reset(EMPTY);
        onAdded(`${input.name} is toegevoegd als praktijkbegeleider.`);
      },
      onError: (error) => setFormError(applyServerErrors(error, form, FIELDS)),
    }),
  );
  return (
    <FormPanel
      title="Praktijkbegeleider toevoegen"
      intro={<p>De scholen van het leerteam zien de naam, de functie en het e-mailadres.</p>}
      error={formError}
      submitLabel="Praktijkbegeleider toevoegen"
      pending={add.isPending}
      onSubmit={handleSubmit((values) => {
        setFormError(null);
        add.mutate({
          teamId,
          name: values.name.trim(),
          jobTitle: values.jobTitle.trim() || undefined,
          email: values.email.trim() || undefined,
        });
      })}
      grid={
        <>
          <Field label="Naam" required error={formState.errors.name?.message}>
            {(props) => (
              <input
                {...props}
                autoComplete="off"
                {...register("name", { required: "Vul de naam van de praktijkbegeleider in." })}
              />
            )}
          </Field>
          <Field label="Functie" error={formState.errors.jobTitle?.message}>
            {(props) => <input {...props} autoComplete="off" {...register("jobTitle")} />}
          </Field>
          <Field label="E-mailadres" error={formState.errors.email?.message}>
            {(props) => <input {...props} type="email" autoComplete="off" {...register("email")} />}
          </Field>
        </>
      }
    />
  );
}
