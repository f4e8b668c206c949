import type { RouterOutputs } from "@ontwikkelpad/api";
import {
  ActionField,
  ActionForm,
  formatDate,
  ReflectionList,
  useTRPC,
  useTRPCClient,
} from "@ontwikkelpad/ui";
import { useQuery, useQueryClient } from "@tanstack/react-query";

type Team = RouterOutputs["myPath"]["learningTeams"][number];

/**
 * The learning teams the employee takes part in as a student: the team, her own goals with her school's
 * assessments, and her reflections, which she writes and corrects here; her school reads them.
 */
export function MyLearningTeams({ token }: { token: string }) {
  const trpc = useTRPC();
  const query = useQuery(trpc.myPath.learningTeams.queryOptions({ token }, { retry: false }));
  if (!query.data || query.data.length === 0) return null;
  return (
    <>
      {query.data.map((team) => (
        <TeamSection key={team.memberId} token={token} team={team} />
      ))}
    </>
  );
}

function TeamSection({ token, team }: { token: string; team: Team }) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: trpc.myPath.learningTeams.queryKey({ token }) });
  const headingId = `leerteam-${team.memberId}`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>Mijn leerteam: {team.name}</h2>
      <dl className="details-list">
        <dt>Gastorganisatie</dt>
        <dd>{team.host}</dd>
        <dt>Vraag</dt>
        <dd>{team.question}</dd>
        <dt>Periode</dt>
        <dd>
          {formatDate(team.startsOn)} tot {formatDate(team.endsOn)}
          {team.closedOn && `, afgesloten op ${formatDate(team.closedOn)}`}
        </dd>
        <dt>Teamcoach</dt>
        <dd>{team.teamCoachName}</dd>
        <dt>Scholen</dt>
        <dd>{team.schools.join(", ")}</dd>
        <dt>Jouw opleiding</dt>
        <dd>{team.programme}</dd>
      </dl>
      <h3>Mijn leerdoelen</h3>
      {team.goals.length === 0 ? (
        <p>Je school heeft nog geen leerdoelen met je vastgelegd.</p>
      ) : (
        <ul>
          {team.goals.map((goal) => (
            <li key={goal.id}>
              <strong>{goal.title}</strong>: {goal.description}
              <br />
              {goal.assessment
                ? `Beoordeling van je school (${formatDate(goal.assessedOn)}): ${goal.assessment}`
                : "Nog niet beoordeeld door je school."}
            </li>
          ))}
        </ul>
      )}
      <h3>Mijn reflecties</h3>
      <p>
        Alleen je eigen school leest je reflecties. Een reflectie verandert niet meer: je kunt hem corrigeren.
      </p>
      {team.reflections.length === 0 && <p>Je hebt nog geen reflectie geschreven.</p>}
      <ReflectionList
        reflections={team.reflections}
        renderAction={(r) =>
          team.canReflect &&
          !r.superseded && (
            <details>
              <summary>Corrigeren</summary>
              <ActionForm
                title={`Reflectie van ${formatDate(r.writtenOn)} corrigeren`}
                submitLabel="Correctie opslaan"
                run={(v) =>
                  client.myPath.correctReflection
                    .mutate({ token, reflectionId: r.id, text: v.text ?? "", reason: v.reason ?? "" })
                    .then(refresh)
                }
              >
                <ActionField label="Nieuwe tekst">
                  <textarea name="text" rows={3} />
                </ActionField>
                <ActionField label="Waarom corrigeer je?">
                  <input name="reason" autoComplete="off" />
                </ActionField>
              </ActionForm>
            </details>
          )
        }
      />
      {team.canReflect && (
        <ActionForm
          title="Reflectie schrijven"
          submitLabel="Reflectie opslaan"
          run={(v) =>
            client.myPath.writeReflection
              .mutate({ token, memberId: team.memberId, goalId: v.goalId || null, text: v.text ?? "" })
              .then(refresh)
          }
        >
          <ActionField label="Over leerdoel">
            <select name="goalId" defaultValue="">
              <option value="">Geen bepaald leerdoel</option>
              {team.goals.map((goal) => (
                <option key={goal.id} value={goal.id}>
                  {goal.title}
                </option>
              ))}
            </select>
          </ActionField>
          <ActionField label="Je reflectie">
            <textarea name="text" rows={4} />
          </ActionField>
        </ActionForm>
      )}
    </section>
  );
}
