import {
  ActionField,
  ActionForm,
  ContactLine,
  ErrorMessage,
  LearningTeamFrame,
  QueryState,
  usePageTitle,
  useRoles,
  useTRPC,
  useTRPCClient,
  Section,
} from "@ontwikkelpad/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { PORTAL_NAME } from "../../portal.ts";
import { AddStudentForm } from "./AddStudentForm.tsx";
import { MemberCard, type Team } from "./MemberCard.tsx";

/**
 * A learning team in the frame its host reads it in too (`LearningTeamFrame`), with what a school does
 * there: take up its invitation, read the host's praktijkbegeleiders, invite a partner school, add its
 * own students, set and assess their goals, record meetings and close the team with its product.
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
    <LearningTeamFrame
      team={team}
      head={
        <>
          {team.access === "invitedSchool" && (
            <section aria-label="Uitnodiging">
              <p>
                Je school is uitgenodigd voor dit leerteam. Neem de uitnodiging aan om je eigen studenten toe
                te voegen.
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

          {joined && (
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
                  client.school.learningTeams.inviteSchool.mutate({
                    teamId: team.id,
                    schoolOrganizationId: id,
                  })
                }
              />
            )}
          </Section>
        </>
      }
      renderMember={(member) => <MemberCard team={team} member={member} coach={coach} onDone={refresh} />}
      memberActions={manage && <AddStudentForm team={team} onDone={refresh} />}
      meetingActions={
        coach && (
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
        )
      }
      foot={
        manage && (
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
        )
      }
    />
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
