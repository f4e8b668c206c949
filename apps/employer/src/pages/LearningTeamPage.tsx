import type { RouterOutputs } from "@ontwikkelpad/api";
import { LearningTeamFrame, LearningTeamGoals, QueryState, usePageTitle, useTRPC } from "@ontwikkelpad/ui";
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
    <LearningTeamFrame
      team={team}
      head={<LearningTeamSupervisors team={team} />}
      renderMember={(member) => <LearningTeamGoals goals={member.goals} />}
    />
  );
}
