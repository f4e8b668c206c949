import {
  ConfirmDialog,
  DataTable,
  ACTIONS_COLUMN,
  ErrorMessage,
  MENTOR_TEAM_ROLE_LABELS,
  QueryState,
  usePageTitle,
  useTRPC,
  useTRPCClient,
  Section,
} from "@ontwikkelpad/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { createColumnHelper } from "@tanstack/react-table";
import { createContext, useContext, useState } from "react";
import { Link, useParams } from "react-router";
import { AddForm } from "../components/class/AddForm.tsx";
import type { ClassData as Data, ClassLearner as Learner } from "../components/class/class-data.ts";
import { NoteForm } from "../components/class/NoteForm.tsx";
import { Notes } from "../components/class/Notes.tsx";
import { SentSignals } from "../components/class/SentSignals.tsx";
import { SkillGaps } from "../components/class/SkillGaps.tsx";
import { PORTAL_NAME } from "../portal.ts";

interface Confirmation {
  title: string;
  body: string;
  confirmLabel: string;
  run: () => void;
}

const AskRemoveLearner = createContext<(learner: Learner) => void>(() => undefined);

function RemoveLearnerButton({ learner }: { learner: Learner }) {
  const ask = useContext(AskRemoveLearner);
  return (
    <button
      type="button"
      className="secondary"
      aria-label={`${learner.name} uit de klas halen`}
      onClick={() => ask(learner)}
    >
      Uit de klas halen
    </button>
  );
}

const learnerColumn = createColumnHelper<Learner>();
const LEARNER_COLUMNS = [
  learnerColumn.accessor("name", { header: "Deelnemer" }),
  learnerColumn.accessor("employer", { header: "Leerbedrijf" }),
  learnerColumn.accessor("credentialTitle", { header: "Opleiding" }),
];
const MANAGED_LEARNER_COLUMNS = [
  ...LEARNER_COLUMNS,
  learnerColumn.display({
    id: ACTIONS_COLUMN,
    header: "Actie",
    cell: (c) => <RemoveLearnerButton learner={c.row.original} />,
  }),
];

/** A class: learners, adopting employers, mentor team, weekly reflections and skill-gap signals. */
export function ClassPage() {
  const { id = "" } = useParams();
  const trpc = useTRPC();
  const schoolClass = useQuery(trpc.school.classes.get.queryOptions({ classId: id }));
  usePageTitle(schoolClass.data?.name ?? "Klas", PORTAL_NAME);
  return (
    <>
      <p>
        <Link to="/klassen">Terug naar klassen</Link>
      </p>
      <QueryState query={schoolClass}>{(data) => <ClassView data={data} />}</QueryState>
    </>
  );
}

function ClassView({ data }: { data: Data }) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.school.classes.pathKey() });
  const [confirm, setConfirm] = useState<Confirmation | null>(null);
  const removeLearner = useMutation(
    trpc.school.classes.removeLearner.mutationOptions({ onSuccess: refresh }),
  );
  const removeAdoption = useMutation(
    trpc.school.classes.removeAdoption.mutationOptions({ onSuccess: refresh }),
  );
  const removeMember = useMutation(trpc.school.classes.removeMember.mutationOptions({ onSuccess: refresh }));
  const removeError = removeLearner.error ?? removeAdoption.error ?? removeMember.error;

  const askRemoveLearner = (learner: Learner) =>
    setConfirm({
      title: `${learner.name} uit de klas halen?`,
      body: "De reflecties die al geschreven zijn, blijven bij de klas.",
      confirmLabel: "Uit de klas halen",
      run: () => removeLearner.mutate({ classId: data.id, enrolmentId: learner.enrolmentId }),
    });

  return (
    <>
      <h1>{data.name}</h1>
      <dl className="details-list">
        <dt>Opleiding</dt>
        <dd>{data.credentialTitle}</dd>
        <dt>Cohort</dt>
        <dd>{data.cohortYear}</dd>
        <dt>Regio</dt>
        <dd>{data.region ?? "Geen regio"}</dd>
      </dl>
      {Boolean(removeError) && <ErrorMessage error={removeError} />}

      <Section title="Deelnemers">
        <AskRemoveLearner value={askRemoveLearner}>
          <DataTable
            data={data.learners}
            columns={data.canManage ? MANAGED_LEARNER_COLUMNS : LEARNER_COLUMNS}
            caption="Deelnemers in de klas"
            emptyText="Er zitten nog geen deelnemers in deze klas."
            searchLabel="Zoek een deelnemer"
          />
        </AskRemoveLearner>
        {data.canManage && (
          <AddForm
            label="Deelnemer toevoegen"
            field="Deelnemer"
            empty="Alle ingeschreven deelnemers zitten al in een klas."
            options={data.learnerOptions.map((o) => ({
              value: o.enrolmentId,
              text: `${o.name} (${o.employer}, ${o.credentialTitle})`,
            }))}
            onAdd={(enrolmentId) =>
              client.school.classes.addLearner.mutate({ classId: data.id, enrolmentId }).then(refresh)
            }
          />
        )}
      </Section>

      <Section title="Werkgevers die de klas adopteren">
        {data.adoptions.length === 0 ? (
          <p>Nog geen werkgever heeft deze klas geadopteerd.</p>
        ) : (
          <ul>
            {data.adoptions.map((a) => (
              <li key={a.employerId}>
                {a.name} — {a.learners === 1 ? "1 deelnemer" : `${a.learners} deelnemers`} in de klas{" "}
                {data.canManage && (
                  <button
                    type="button"
                    className="secondary"
                    aria-label={`Adoptie door ${a.name} beëindigen`}
                    onClick={() =>
                      setConfirm({
                        title: `Adoptie door ${a.name} beëindigen?`,
                        body: "De werkgever adopteert de klas dan niet meer; haal eerst zijn praktijkopleiders uit het mentorteam.",
                        confirmLabel: "Adoptie beëindigen",
                        run: () =>
                          removeAdoption.mutate({ classId: data.id, employerOrganizationId: a.employerId }),
                      })
                    }
                  >
                    Beëindigen
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
        {data.canManage && (
          <AddForm
            label="Werkgever laten adopteren"
            field="Werkgever"
            hint="Werkgevers met deelnemers in de klas staan bovenaan."
            empty="Alle werkgevers in de regio adopteren deze klas al."
            options={data.employerOptions.map((o) => ({
              value: o.employerId,
              text: o.learners > 0 ? `${o.name} (${o.learners} in de klas)` : o.name,
            }))}
            onAdd={(employerOrganizationId) =>
              client.school.classes.adopt.mutate({ classId: data.id, employerOrganizationId }).then(refresh)
            }
          />
        )}
      </Section>

      <Section title="Mentorteam">
        {data.team.length === 0 ? (
          <p>Het mentorteam heeft nog geen leden: kies een praktijkopleider en een docent.</p>
        ) : (
          <ul>
            {data.team.map((m) => (
              <li key={m.userId}>
                {m.name} — {MENTOR_TEAM_ROLE_LABELS[m.role]}, {m.organization}{" "}
                {data.canManage && (
                  <button
                    type="button"
                    className="secondary"
                    aria-label={`${m.name} uit het mentorteam halen`}
                    onClick={() =>
                      setConfirm({
                        title: `${m.name} uit het mentorteam halen?`,
                        body: "Reflecties en signalen die al verstuurd zijn, blijven staan.",
                        confirmLabel: "Uit het team halen",
                        run: () => removeMember.mutate({ classId: data.id, userId: m.userId }),
                      })
                    }
                  >
                    Uit het mentorteam halen
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
        {data.canManage && (
          <AddForm
            label="Lid toevoegen aan het mentorteam"
            field="Praktijkopleider of docent"
            hint="Praktijkopleiders van de werkgevers die de klas adopteren, en docenten van de school."
            empty="Er is niemand meer om toe te voegen: laat eerst een werkgever de klas adopteren."
            options={data.memberOptions.map((o) => ({
              value: o.userId,
              text: `${o.name} (${MENTOR_TEAM_ROLE_LABELS[o.role]}, ${o.organization})`,
            }))}
            onAdd={(userId) =>
              client.school.classes.addMember.mutate({ classId: data.id, userId }).then(refresh)
            }
          />
        )}
      </Section>

      <Section title="Reflecties per week">
        {data.canWrite ? (
          <NoteForm data={data} onWritten={refresh} />
        ) : (
          <p className="hint">De docent van het mentorteam schrijft de reflecties.</p>
        )}
        <Notes notes={data.notes} />
      </Section>

      <Section title="Signalen aan de regiegroep">
        <SkillGaps data={data} onSent={refresh} />
        <SentSignals signals={data.signals} />
      </Section>

      <ConfirmDialog
        open={confirm !== null}
        title={confirm?.title ?? ""}
        confirmLabel={confirm?.confirmLabel ?? ""}
        onCancel={() => setConfirm(null)}
        onConfirm={() => {
          confirm?.run();
          setConfirm(null);
        }}
      >
        <p>{confirm?.body}</p>
      </ConfirmDialog>
    </>
  );
}
