import {
  ErrorMessage,
  Field,
  FormPanel,
  QueryState,
  applyServerErrors,
  formatDate,
  useRoles,
  useTRPC,
  SimpleTable,
} from "@ontwikkelpad/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { AddableSection } from "./AddableSection.tsx";

interface SessionValues {
  heldOn: string;
  topic: string;
  participants: string;
  notes: string;
}
interface ActionValues {
  description: string;
  owner: string;
  dueOn: string;
}
const SESSION_FIELDS = {
  heldOn: "heldOn",
  topic: "topic",
  participants: "participants",
  notes: "notes",
} as const;
const ACTION_FIELDS = ["description", "owner", "dueOn"] as const;
const todayIso = () => new Date().toLocaleDateString("sv-SE");
/** One participant per line (an organisation or a free-text name). */
const participantLines = (text: string) =>
  text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.length > 0);

/** The leerkring sessions: everyone in the region reads them, the coordinator records sessions and actions. */
export function LearningCirclesPanel({ organizations }: { organizations: readonly string[] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { can } = useRoles();
  const isCoordinator = can("manageImplementation");
  const sessions = useQuery(trpc.region.implementation.listLearningCircles.queryOptions());
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: trpc.region.implementation.listLearningCircles.queryKey() });
  const setDone = useMutation(
    trpc.region.implementation.setLearningCircleActionDone.mutationOptions({ onSuccess: refresh }),
  );
  return (
    <AddableSection
      id="learning-circles-title"
      title="Leerkringen"
      addLabel="Sessie vastleggen"
      renderForm={(close) => <SessionForm organizations={organizations} onClose={close} onSaved={refresh} />}
    >
      {setDone.isError && <ErrorMessage error={setDone.error} />}
      <QueryState query={sessions}>
        {(rows) =>
          rows.length === 0 ? (
            <p>Nog geen leerkringsessies vastgelegd.</p>
          ) : (
            rows.map((s) => (
              <article key={s.id} aria-labelledby={`lk-${s.id}`}>
                <h3 id={`lk-${s.id}`}>
                  {formatDate(s.heldOn)}: {s.topic}
                </h3>
                <p>
                  <strong>Deelnemers:</strong> {s.participants.join(", ")}
                </p>
                {s.notes && <p>{s.notes}</p>}
                <SimpleTable
                  caption={`Acties uit de sessie van ${formatDate(s.heldOn)}`}
                  emptyText="Nog geen acties."
                  rows={s.actions}
                  rowKey={(a) => a.id}
                  columns={[
                    { header: "Actie", rowHeader: true, render: (a) => a.description },
                    { header: "Eigenaar", render: (a) => a.owner },
                    { header: "Deadline", render: (a) => (a.dueOn ? formatDate(a.dueOn) : "—") },
                    {
                      header: "Afgerond",
                      render: (a) =>
                        isCoordinator ? (
                          <label>
                            <input
                              type="checkbox"
                              checked={a.doneOn !== null}
                              disabled={setDone.isPending}
                              onChange={(e) => setDone.mutate({ actionId: a.id, done: e.target.checked })}
                            />{" "}
                            {a.doneOn ? formatDate(a.doneOn) : "Open"}
                            <span className="visually-hidden"> – {a.description}</span>
                          </label>
                        ) : a.doneOn ? (
                          formatDate(a.doneOn)
                        ) : (
                          "Open"
                        ),
                    },
                  ]}
                />
                {isCoordinator && <AddActionForm sessionId={s.id} topic={s.topic} onAdded={refresh} />}
              </article>
            ))
          )
        }
      </QueryState>
    </AddableSection>
  );
}

function AddActionForm({
  sessionId,
  topic,
  onAdded,
}: {
  sessionId: string;
  topic: string;
  onAdded: () => Promise<void>;
}) {
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<ActionValues>({
    defaultValues: { description: "", owner: "", dueOn: "" },
  });
  const { register, handleSubmit, reset, formState } = form;
  const add = useMutation(
    trpc.region.implementation.addLearningCircleAction.mutationOptions({
      onSuccess: async () => {
        reset();
        setOpen(false);
        await onAdded();
      },
      onError: (error) => setFormError(applyServerErrors(error, form, ACTION_FIELDS)),
    }),
  );
  if (!open)
    return (
      <button type="button" onClick={() => setOpen(true)}>
        Actie toevoegen<span className="visually-hidden"> aan {topic}</span>
      </button>
    );
  return (
    <FormPanel
      title={`Actie toevoegen aan “${topic}”`}
      error={formError}
      submitLabel="Actie opslaan"
      pending={add.isPending}
      onCancel={() => setOpen(false)}
      onSubmit={handleSubmit((v) => {
        setFormError(null);
        add.mutate({
          sessionId,
          description: v.description.trim(),
          owner: v.owner.trim(),
          dueOn: v.dueOn || null,
        });
      })}
      grid={
        <>
          <Field label="Eigenaar" required error={formState.errors.owner?.message}>
            {(props) => (
              <input {...props} {...register("owner", { required: "Vul in wie de actie oppakt." })} />
            )}
          </Field>
          <Field label="Deadline" error={formState.errors.dueOn?.message}>
            {(props) => <input {...props} type="date" {...register("dueOn")} />}
          </Field>
        </>
      }
    >
      <Field label="Actie" required error={formState.errors.description?.message}>
        {(props) => (
          <textarea
            {...props}
            rows={2}
            {...register("description", {
              validate: (v) => v.trim().length >= 5 || "Beschrijf de actie (minstens 5 tekens).",
            })}
          />
        )}
      </Field>
    </FormPanel>
  );
}

function SessionForm({
  organizations,
  onClose,
  onSaved,
}: {
  organizations: readonly string[];
  onClose: () => void;
  onSaved: () => Promise<void>;
}) {
  const trpc = useTRPC();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<SessionValues>({
    defaultValues: { heldOn: todayIso(), topic: "", participants: "", notes: "" },
  });
  const { register, handleSubmit, formState } = form;
  const add = useMutation(
    trpc.region.implementation.addLearningCircle.mutationOptions({
      onSuccess: async () => {
        onClose();
        await onSaved();
      },
      onError: (error) => setFormError(applyServerErrors(error, form, SESSION_FIELDS)),
    }),
  );
  return (
    <FormPanel
      title="Leerkringsessie vastleggen"
      error={formError}
      submitLabel="Sessie opslaan"
      pending={add.isPending}
      onCancel={onClose}
      onSubmit={handleSubmit((v) => {
        setFormError(null);
        add.mutate({
          heldOn: v.heldOn,
          topic: v.topic.trim(),
          participants: participantLines(v.participants),
          notes: v.notes.trim(),
        });
      })}
      grid={
        <>
          <Field label="Datum" required error={formState.errors.heldOn?.message}>
            {(props) => <input {...props} type="date" {...register("heldOn")} />}
          </Field>
          <Field label="Onderwerp" required error={formState.errors.topic?.message}>
            {(props) => (
              <input
                {...props}
                {...register("topic", {
                  validate: (v) => v.trim().length >= 3 || "Vul het onderwerp in (minstens 3 tekens).",
                })}
              />
            )}
          </Field>
        </>
      }
    >
      <Field
        label="Deelnemers"
        required
        hint={`Eén per regel: een organisatie of een naam. Aangesloten: ${organizations.join(", ") || "nog geen"}.`}
        error={formState.errors.participants?.message}
      >
        {(props) => (
          <textarea
            {...props}
            rows={4}
            {...register("participants", {
              validate: (v) => participantLines(v).length > 0 || "Vul minstens één deelnemer in.",
            })}
          />
        )}
      </Field>
      <Field label="Verslag" error={formState.errors.notes?.message}>
        {(props) => <textarea {...props} rows={4} {...register("notes")} />}
      </Field>
    </FormPanel>
  );
}
