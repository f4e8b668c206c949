import {
  HELD_CREDENTIAL_KIND_LABELS,
  EDUCATION_LEVEL_LABELS,
  Field,
  FormPanel,
  applyServerErrors,
  useTRPC,
  LabelOptions,
} from "@ontwikkelpad/ui";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";

type Kind = keyof typeof HELD_CREDENTIAL_KIND_LABELS;
type Level = keyof typeof EDUCATION_LEVEL_LABELS;

interface Values {
  kind: Kind;
  credentialId: string;
  title: string;
  educationLevel: Level | "";
  diplomaGroup: string;
  issuedOn: string;
  institution: string;
  note: string;
}

const FIELDS = [
  "kind",
  "credentialId",
  "title",
  "educationLevel",
  "diplomaGroup",
  "issuedOn",
  "institution",
  "note",
] as const;

/** Records a diploma, certificate or praktijkverklaring a person brought (employer.heldCredentials.add). */
export function AddHeldCredentialForm({
  personId,
  onSaved,
  onCancel,
}: {
  personId: string;
  onSaved: () => Promise<void>;
  onCancel: () => void;
}) {
  const trpc = useTRPC();
  const credentials = useQuery(trpc.catalog.credentials.queryOptions(undefined, { staleTime: Infinity }));
  const groups = useQuery(trpc.catalog.diplomaGroups.queryOptions(undefined, { staleTime: Infinity }));
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    defaultValues: {
      kind: "DIPLOMA",
      credentialId: "",
      title: "",
      educationLevel: "",
      diplomaGroup: "",
      issuedOn: "",
      institution: "",
      note: "",
    },
  });
  const { register, handleSubmit, control, formState } = form;
  const kind = useWatch({ control, name: "kind" });
  const add = useMutation(
    trpc.employer.heldCredentials.add.mutationOptions({
      onSuccess: onSaved,
      onError: (error) => setFormError(applyServerErrors(error, form, FIELDS)),
    }),
  );
  const errors = formState.errors;
  const options = kind === "OTHER_DIPLOMA" ? [] : (credentials.data ?? []).filter((c) => c.kind === kind);

  return (
    <FormPanel
      title="Diploma of certificaat toevoegen"
      intro={
        <p>
          Leg vast wat deze persoon meebrengt. Diploma’s en certificaten die een school via Ontwikkelpad
          uitreikt, verschijnen vanzelf.
        </p>
      }
      error={formError}
      submitLabel="Toevoegen"
      pending={add.isPending}
      onCancel={onCancel}
      onSubmit={handleSubmit((v) => {
        setFormError(null);
        const other = v.kind === "OTHER_DIPLOMA";
        add.mutate({
          personId,
          kind: v.kind,
          credentialId: other ? null : v.credentialId || null,
          title: other ? v.title : null,
          educationLevel: other && v.educationLevel ? v.educationLevel : null,
          diplomaGroup: other && v.diplomaGroup ? v.diplomaGroup : null,
          issuedOn: v.issuedOn,
          institution: v.institution,
          note: v.note.trim() || null,
        });
      })}
      grid={
        <>
          <Field label="Soort" required error={errors.kind?.message}>
            {(props) => (
              <select {...props} {...register("kind")}>
                <LabelOptions labels={HELD_CREDENTIAL_KIND_LABELS} />
              </select>
            )}
          </Field>
          {kind === "OTHER_DIPLOMA" ? (
            <>
              <Field label="Naam van het diploma" required error={errors.title?.message}>
                {(props) => (
                  <input
                    {...props}
                    autoComplete="off"
                    {...register("title", { required: "Vul de naam van het diploma in." })}
                  />
                )}
              </Field>
              <Field label="Niveau" required error={errors.educationLevel?.message}>
                {(props) => (
                  <select
                    {...props}
                    {...register("educationLevel", { required: "Kies het niveau van het diploma." })}
                  >
                    <option value="">Kies een niveau</option>
                    <LabelOptions labels={EDUCATION_LEVEL_LABELS} />
                  </select>
                )}
              </Field>
              <Field
                label="Diplomagroep (cao)"
                error={errors.diplomaGroup?.message}
                hint="Zie de kwalificatie-eisen van de cao Kinderopvang. Leeg als het diploma niet op de lijst staat."
              >
                {(props) => (
                  <select {...props} {...register("diplomaGroup")}>
                    <option value="">Staat niet op de cao-lijst</option>
                    {(groups.data ?? []).map((g) => (
                      <option key={g.id} value={g.id}>
                        {g.title}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            </>
          ) : (
            <Field label={HELD_CREDENTIAL_KIND_LABELS[kind]} required error={errors.credentialId?.message}>
              {(props) => (
                <select
                  {...props}
                  {...register("credentialId", { required: "Kies een diploma of certificaat uit de lijst." })}
                >
                  <option value="">{credentials.isPending ? "Laden…" : "Kies uit de lijst"}</option>
                  {options.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.code ? `${c.title} (${c.code})` : c.title}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
          <Field label="Datum van uitreiking" required error={errors.issuedOn?.message}>
            {(props) => (
              <input
                {...props}
                type="date"
                {...register("issuedOn", { required: "Vul de datum van uitreiking in." })}
              />
            )}
          </Field>
          <Field
            label="Uitgereikt door"
            required
            error={errors.institution?.message}
            hint="School of instelling"
          >
            {(props) => (
              <input
                {...props}
                autoComplete="off"
                {...register("institution", { required: "Vul de instelling in die het heeft uitgereikt." })}
              />
            )}
          </Field>
          <Field label="Notitie" error={errors.note?.message} hint="Bijvoorbeeld waar de kopie bewaard is.">
            {(props) => <textarea {...props} rows={2} maxLength={1000} {...register("note")} />}
          </Field>
        </>
      }
    />
  );
}
