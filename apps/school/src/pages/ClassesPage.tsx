import type { RouterOutputs } from "@ontwikkelpad/api";
import {
  applyServerErrors,
  DataTable,
  Field,
  FormPanel,
  QueryState,
  usePageTitle,
  useRoles,
  useTRPC,
} from "@ontwikkelpad/ui";
import { useMutation, useQuery } from "@tanstack/react-query";
import { createColumnHelper } from "@tanstack/react-table";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useNavigate } from "react-router";
import { PORTAL_NAME } from "../portal.ts";

type Data = RouterOutputs["school"]["classes"]["list"];
type Row = Data["classes"][number];

const column = createColumnHelper<Row>();
const columns = [
  column.accessor("name", { header: "Klas" }),
  column.accessor("credentialTitle", { header: "Opleiding" }),
  column.accessor("cohortYear", { header: "Cohort" }),
  column.accessor((r) => r.region ?? "—", { id: "region", header: "Regio" }),
  column.accessor("learners", { header: "Deelnemers" }),
  column.accessor((r) => (r.employers.length ? r.employers.join(", ") : "Nog niet geadopteerd"), {
    id: "employers",
    header: "Geadopteerd door",
  }),
  column.accessor("teamMembers", { header: "Mentorteam" }),
];

/** The school's classes: who adopted them and how big they are; the opleidingsadviseur adds one. */
export function ClassesPage() {
  usePageTitle("Klassen", PORTAL_NAME);
  const trpc = useTRPC();
  const { can } = useRoles();
  const classes = useQuery(trpc.school.classes.list.queryOptions());
  const [adding, setAdding] = useState(false);
  return (
    <>
      <h1>Klassen</h1>
      <p>
        Werkgevers in de regio adopteren samen een klas. Een praktijkopleider van die werkgevers en een docent
        van de school vormen het mentorteam: zij bespreken wekelijks met de deelnemers hoe het gaat en melden
        aan de regiegroep welke vaardigheden achterblijven.
      </p>
      <QueryState query={classes}>
        {(data) => (
          <>
            {can("manageClasses") && (
              <div className="actions">
                {!adding && (
                  <button type="button" onClick={() => setAdding(true)}>
                    Klas toevoegen
                  </button>
                )}
              </div>
            )}
            {adding && <NewClassForm regions={data.regions} onCancel={() => setAdding(false)} />}
            <DataTable
              data={data.classes}
              columns={columns}
              caption="Klassen van de school"
              emptyText="Er zijn nog geen klassen. Voeg een klas toe om werkgevers hem te laten adopteren."
              rowHref={(r) => `/klassen/${r.id}`}
              searchLabel="Zoek op klas, opleiding of werkgever"
              initialSorting={[{ id: "cohortYear", desc: true }]}
            />
          </>
        )}
      </QueryState>
    </>
  );
}

interface NewClassValues {
  name: string;
  credentialId: string;
  cohortYear: string;
  regionOrganizationId: string;
}

const FIELDS = ["name", "credentialId", "cohortYear", "regionOrganizationId"] as const;

function NewClassForm({ regions, onCancel }: { regions: Data["regions"]; onCancel: () => void }) {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const credentials = useQuery(trpc.catalog.credentials.queryOptions());
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<NewClassValues>({
    defaultValues: {
      name: "",
      credentialId: "",
      cohortYear: "",
      regionOrganizationId: regions.length === 1 ? regions[0]!.id : "",
    },
  });
  const { register, handleSubmit, formState } = form;
  const errors = formState.errors;
  const create = useMutation(
    trpc.school.classes.create.mutationOptions({
      onSuccess: ({ id }) => navigate(`/klassen/${id}`),
      onError: (error) => setFormError(applyServerErrors(error, form, FIELDS)),
    }),
  );
  return (
    <FormPanel
      title="Klas toevoegen"
      error={formError}
      submitLabel="Klas opslaan"
      pending={create.isPending}
      onCancel={onCancel}
      onSubmit={handleSubmit((values) => {
        setFormError(null);
        create.mutate({ ...values, cohortYear: Number(values.cohortYear) });
      })}
      grid={
        <>
          <Field label="Naam" required error={errors.name?.message}>
            {(props) => (
              <input
                {...props}
                autoComplete="off"
                {...register("name", {
                  validate: (v) => v.trim().length >= 2 || "Geef de klas een naam van minstens twee tekens.",
                })}
              />
            )}
          </Field>
          <Field label="Opleiding" required error={errors.credentialId?.message}>
            {(props) => (
              <select
                {...props}
                {...register("credentialId", { required: "Kies de opleiding van de klas." })}
              >
                <option value="">Kies een opleiding</option>
                {(credentials.data ?? []).map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.title}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            label="Cohortjaar"
            required
            hint="Het jaar waarin de klas begint."
            error={errors.cohortYear?.message}
          >
            {(props) => (
              <input
                {...props}
                inputMode="numeric"
                autoComplete="off"
                {...register("cohortYear", {
                  validate: (v) => /^(20|21)\d\d$/.test(v.trim()) || "Vul een jaartal in, bijvoorbeeld 2027.",
                })}
              />
            )}
          </Field>
          <Field
            label="Regio"
            required
            hint="De werkgevers in deze regio adopteren de klas; de regiegroep ontvangt de signalen."
            error={errors.regionOrganizationId?.message}
          >
            {(props) => (
              <select
                {...props}
                {...register("regionOrganizationId", { required: "Kies de regio van de klas." })}
              >
                <option value="">Kies een regio</option>
                {regions.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </>
      }
    />
  );
}
