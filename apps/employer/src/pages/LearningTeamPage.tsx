import type { RouterOutputs } from "@ontwikkelpad/api";
import { QueryState, usePageTitle, useTRPC, formatDate } from "@ontwikkelpad/ui";
import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { LearningTeamSupervisors } from "../components/LearningTeamSupervisors.tsx";
import { PORTAL_NAME } from "../portal.ts";

type Team = RouterOutputs["employer"]["learningTeams"]["get"];

/** A team the organisation hosts: its question, schools, practice supervisors, students with their goals, and meetings. */
export function LearningTeamPage() {
  const { id = "" } = useParams();
  const trpc = useTRPC();
  const team = useQuery(trpc.employer.learningTeams.get.queryOptions({ teamId: id }));
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
  return (
    <>
      <h1>{team.name}</h1>
      <dl className="details-list">
        <dt>Vraag</dt>
        <dd>{team.question}</dd>
        <dt>Teamcoach</dt>
        <dd>{team.teamCoachName}</dd>
        <dt>Scholen</dt>
        <dd>
          {team.schools
            .filter((s) => s.status === "JOINED")
            .map((s) => s.name)
            .join(", ")}
        </dd>
        <dt>Periode</dt>
        <dd>
          {formatDate(team.startsOn)} tot {formatDate(team.endsOn)}
        </dd>
        <dt>Stand</dt>
        <dd>{team.closedOn ? `Afgesloten op ${formatDate(team.closedOn)}` : "Loopt"}</dd>
        {team.product && (
          <>
            <dt>Product</dt>
            <dd>{team.product}</dd>
          </>
        )}
      </dl>
      <LearningTeamSupervisors team={team} />
      <h2>Studenten en leerdoelen</h2>
      {team.members.length === 0 && <p>De scholen hebben nog geen studenten toegevoegd.</p>}
      {team.members.map((member) => (
        <article key={member.id} aria-label={member.studentName} className="card">
          <h3>
            {member.studentName} · {member.programme} · {member.school}
          </h3>
          {member.goals.length === 0 ? (
            <p>Nog geen leerdoelen.</p>
          ) : (
            <ul>
              {member.goals.map((goal) => (
                <li key={goal.id}>
                  <strong>{goal.title}</strong>: {goal.description}
                </li>
              ))}
            </ul>
          )}
        </article>
      ))}
      <h2>Overleggen</h2>
      {team.meetings.length === 0 && <p>Er is nog geen overleg vastgelegd.</p>}
      <ul>
        {team.meetings.map((m) => (
          <li key={m.id}>
            <strong>{formatDate(m.heldOn)}</strong> ({m.author}): {m.notes}
          </li>
        ))}
      </ul>
    </>
  );
}
