import {
  ActionField,
  ActionForm,
  ContactLine,
  ErrorMessage,
  QueryState,
  usePageTitle,
  useRoles,
  useTRPC,
  useTRPCClient,
  formatDate,
} from "@ontwikkelpad/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { Section } from "../../components/class/Section.tsx";
import { PORTAL_NAME } from "../../portal.ts";

import { AddStudentForm } from "./AddStudentForm.tsx";
import { MemberCard, type Team } from "./MemberCard.tsx";

/**
 * A learning team: the host's question, the schools (a partner joins by invitation), the students with
 * the school's own students' goals and assessments, the meetings, and the team's close with its product.
 */
export function LearningTeamPage() {
  const { id = "" } = useParams();
  const trpc = useTRPC();
  const team = useQuery(trpc.school.learningTeams.get.queryOptions({ teamId: id }));
  usePageTitle(team.data?.name ?? "Leerteam", PORTAL_NAME);
  return (
    <>
      <p>
        <Link to="/leerteams">Terug naar leerteams</Link>
      </p>
      <QueryState query={team}>{(data) => <TeamView team={data} />}</QueryState>
    </>
  );
}

function TeamView({ team }: { team: Team }) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const { can } = useRoles();
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.school.learningTeams.pathKey() });
  const accept = useMutation(trpc.school.learningTeams.accept.mutationOptions({ onSuccess: refresh }));
  const joined = team.access === "school";
  const open = team.closedOn === null;
  const manage = joined && open && can("manageLearningTeams");
  const coach = joined && open && can("coachLearningTeams");
  return (
    <>
      <h1>{team.name}</h1>
      <dl className="details-list">
        <dt>Gastorganisatie</dt>
        <dd>{team.host}</dd>
        <dt>Vraag</dt>
        <dd>{team.question}</dd>
        <dt>Teamcoach</dt>
        <dd>{team.teamCoachName}</dd>
        <dt>Periode</dt>
        <dd>
          {formatDate(team.startsOn)} tot {formatDate(team.endsOn)}
        </dd>
        <dt>Stand</dt>
        <dd>{open ? "Loopt" : `Afgesloten op ${formatDate(team.closedOn)}`}</dd>
        {team.product && (
          <>
            <dt>Product</dt>
            <dd>{team.product}</dd>
          </>
        )}
      </dl>

      {team.access === "invitedSchool" && (
        <section aria-label="Uitnodiging">
          <p>
            Je school is uitgenodigd voor dit leerteam. Neem de uitnodiging aan om je eigen studenten toe te
            voegen.
          </p>
          {accept.error && <ErrorMessage error={accept.error} />}
          {can("manageLearningTeams") && (
            <button
              type="button"
              disabled={accept.isPending}
              onClick={() => accept.mutate({ teamId: team.id })}
            >
              Uitnodiging aannemen
            </button>
          )}
        </section>
      )}

      {team.access === "school" && (
        <Section title="Praktijkbegeleiders">
          {team.supervisors.length === 0 ? (
            <p>{team.host} heeft nog geen praktijkbegeleiders genoemd.</p>
          ) : (
            <ul aria-label={`Praktijkbegeleiders van ${team.host}`}>
              {team.supervisors.map((s) => (
                <li key={s.id}>
                  <ContactLine name={s.name} jobTitle={s.jobTitle} email={s.email} />
                </li>
              ))}
            </ul>
          )}
        </Section>
      )}

      <Section title="Scholen">
        <ul>
          {team.schools.map((s) => (
            <li key={s.id}>
              {s.name}
              {s.status === "INVITED" ? " (uitgenodigd)" : ""}
            </li>
          ))}
        </ul>
        {manage && (
          <InviteForm
            onDone={refresh}
            invite={(id) =>
              client.school.learningTeams.inviteSchool.mutate({ teamId: team.id, schoolOrganizationId: id })
            }
          />
        )}
      </Section>

      {team.access !== "invitedSchool" && (
        <>
          <Section title="Studenten">
            <p>
              Je ziet de leerdoelen en beoordelingen van de studenten van je eigen school; van de andere
              scholen alleen naam en opleiding.
            </p>
            {team.members.length === 0 && <p>Er zitten nog geen studenten in dit leerteam.</p>}
            {team.members.map((member) => (
              <MemberCard key={member.id} team={team} member={member} coach={coach} onDone={refresh} />
            ))}
            {manage && <AddStudentForm team={team} onDone={refresh} />}
          </Section>

          <Section title="Overleggen">
            {team.meetings.length === 0 && <p>Er is nog geen overleg vastgelegd.</p>}
            <ul>
              {team.meetings.map((m) => (
                <li key={m.id}>
                  <strong>{formatDate(m.heldOn)}</strong> ({m.author}): {m.notes}
                </li>
              ))}
            </ul>
            {coach && (
              <ActionForm
                title="Overleg vastleggen"
                submitLabel="Verslag opslaan"
                run={(v) =>
                  client.school.learningTeams.addMeeting
                    .mutate({ teamId: team.id, heldOn: v.heldOn ?? "", notes: v.notes ?? "" })
                    .then(refresh)
                }
              >
                <ActionField label="Datum">
                  <input name="heldOn" type="date" />
                </ActionField>
                <ActionField label="Verslag">
                  <textarea name="notes" rows={3} />
                </ActionField>
              </ActionForm>
            )}
          </Section>

          {manage && (
            <Section title="Afsluiten">
              <ActionForm
                title="Leerteam afsluiten"
                submitLabel="Leerteam afsluiten"
                run={(v) =>
                  client.school.learningTeams.close
                    .mutate({ teamId: team.id, product: v.product ?? "" })
                    .then(refresh)
                }
              >
                <ActionField label="Product van het team">
                  <textarea name="product" rows={3} />
                </ActionField>
              </ActionForm>
            </Section>
          )}
        </>
      )}
    </>
  );
}

function InviteForm({
  invite,
  onDone,
}: {
  invite: (schoolId: string) => Promise<unknown>;
  onDone: () => unknown;
}) {
  const trpc = useTRPC();
  const choices = useQuery(trpc.school.learningTeams.list.queryOptions());
  return (
    <ActionForm
      title="Partnerschool uitnodigen"
      submitLabel="Uitnodigen"
      run={(v) => invite(v.schoolId ?? "").then(onDone)}
    >
      <ActionField label="Partnerschool">
        <select name="schoolId" defaultValue="">
          <option value="">Kies een school</option>
          {(choices.data?.partnerSchools ?? []).map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </ActionField>
    </ActionForm>
  );
}
