import type { RouterOutputs } from "@ontwikkelpad/api";
import {
  applyServerErrors,
  formatDate,
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
import { PORTAL_NAME } from "../../portal.ts";

type Data = RouterOutputs["school"]["learningTeams"]["list"];
type Row = Data["teams"][number];

const column = createColumnHelper<Row>();
const columns = [
  column.accessor("name", { header: "Leerteam" }),
  column.accessor("host", { header: "Gastorganisatie" }),
  column.accessor((r) => r.schools.join(", "), { id: "schools", header: "Scholen" }),
  column.accessor((r) => `${r.ownStudents} van ${r.students}`, { id: "students", header: "Eigen studenten" }),
  column.accessor(
    (r) => (r.invited ? "Uitgenodigd" : r.closedOn ? `Afgesloten ${formatDate(r.closedOn)}` : "Loopt"),
    {
      id: "state",
      header: "Stand",
    },
  ),
];

/**
 * The school's interprofessional learning teams (seed 004): students of several schools and programmes
 * at one host organisation, on its question. The opleidingsadviseur makes a team and invites partners.
 */
export function LearningTeamsPage() {
  usePageTitle("Leerteams", PORTAL_NAME);
  const trpc = useTRPC();
  const { can } = useRoles();
  const teams = useQuery(trpc.school.learningTeams.list.queryOptions());
  const [adding, setAdding] = useState(false);
  return (
    <>
      <h1>Leerteams</h1>
      <p>
        In een interprofessioneel leerteam werken mbo- en hbo-studenten van verschillende opleidingen samen
        bij één praktijkorganisatie aan een vraag van die organisatie, met het kind in het midden. Elke school
        voegt haar eigen studenten toe en beoordeelt alleen hun leerdoelen.
      </p>
      <QueryState query={teams}>
        {(data) => (
          <>
            {can("manageLearningTeams") && !adding && (
              <div className="actions">
                <button type="button" onClick={() => setAdding(true)}>
                  Leerteam maken
                </button>
              </div>
            )}
            {adding && <NewTeamForm hosts={data.hosts} onCancel={() => setAdding(false)} />}
            <DataTable
              data={data.teams}
              columns={columns}
              caption="Leerteams van de school"
              emptyText="Je school zit nog in geen leerteam. Maak er een, of wacht op de uitnodiging van een partnerschool."
              rowHref={(r) => `/leerteams/${r.id}`}
              searchLabel="Zoek op leerteam, gastorganisatie of school"
            />
          </>
        )}
      </QueryState>
    </>
  );
}

interface NewTeamValues {
  name: string;
  hostOrganizationId: string;
  question: string;
  teamCoachName: string;
  startsOn: string;
  endsOn: string;
}

const FIELDS = ["name", "hostOrganizationId", "question", "teamCoachName", "startsOn", "endsOn"] as const;

function NewTeamForm({ hosts, onCancel }: { hosts: Data["hosts"]; onCancel: () => void }) {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<NewTeamValues>({
    defaultValues: {
      name: "",
      hostOrganizationId: "",
      question: "",
      teamCoachName: "",
      startsOn: "",
      endsOn: "",
    },
  });
  const { register, handleSubmit, formState } = form;
  const errors = formState.errors;
  const create = useMutation(
    trpc.school.learningTeams.create.mutationOptions({
      onSuccess: ({ id }) => navigate(`/leerteams/${id}`),
      onError: (error) => setFormError(applyServerErrors(error, form, FIELDS)),
    }),
  );
  return (
    <FormPanel
      title="Leerteam maken"
      error={formError}
      submitLabel="Leerteam opslaan"
      pending={create.isPending}
      onCancel={onCancel}
      onSubmit={handleSubmit((values) => {
        setFormError(null);
        create.mutate(values);
      })}
      grid={
        <>
          <Field label="Naam" required error={errors.name?.message}>
            {(props) => (
              <input
                {...props}
                autoComplete="off"
                {...register("name", {
                  validate: (v) =>
                    v.trim().length >= 2 || "Geef het leerteam een naam van minstens twee tekens.",
                })}
              />
            )}
          </Field>
          <Field
            label="Gastorganisatie"
            required
            hint="Een kinderopvang, basisschool, welzijns- of jeugdhulporganisatie in de regio van je school."
            error={errors.hostOrganizationId?.message}
          >
            {(props) => (
              <select
                {...props}
                {...register("hostOrganizationId", { required: "Kies de gastorganisatie van het leerteam." })}
              >
                <option value="">Kies een organisatie</option>
                {hosts.map((h) => (
                  <option key={h.id} value={h.id}>
                    {h.city ? `${h.name} (${h.city})` : h.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Teamcoach" required error={errors.teamCoachName?.message}>
            {(props) => (
              <input
                {...props}
                autoComplete="off"
                {...register("teamCoachName", {
                  validate: (v) => v.trim().length >= 2 || "Vul de naam van de teamcoach in.",
                })}
              />
            )}
          </Field>
          <Field label="Begindatum" required error={errors.startsOn?.message}>
            {(props) => (
              <input
                {...props}
                type="date"
                {...register("startsOn", { required: "Vul de begindatum in." })}
              />
            )}
          </Field>
          <Field label="Einddatum" required error={errors.endsOn?.message}>
            {(props) => (
              <input {...props} type="date" {...register("endsOn", { required: "Vul de einddatum in." })} />
            )}
          </Field>
        </>
      }
    >
      <Field
        label="Vraag van de gastorganisatie"
        required
        hint="Waar werkt het team aan? Zet het kind in het midden."
        error={errors.question?.message}
      >
        {(props) => (
          <textarea
            {...props}
            rows={3}
            {...register("question", {
              validate: (v) =>
                v.trim().length >= 10 || "Beschrijf de vraag van de gastorganisatie in een zin of meer.",
            })}
          />
        )}
      </Field>
    </FormPanel>
  );
}
