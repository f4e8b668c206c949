import type { RouterOutputs } from "@ontwikkelpad/api";
import type { ReactNode } from "react";
import { formatDate } from "./format.ts";
import { Section } from "./Section.tsx";

/** A learning team as the api gives it to its host and, with more beside it, to its schools. */
export type LearningTeamView = RouterOutputs["employer"]["learningTeams"]["get"];
type Goal = LearningTeamView["members"][number]["goals"][number];

/** What the host and a school read differently about the team's students. */
const MEMBER_TEXTS = {
  host: {
    title: "Studenten en leerdoelen",
    intro: null,
    empty: "De scholen hebben nog geen studenten toegevoegd.",
  },
  school: {
    title: "Studenten",
    intro:
      "Je ziet de leerdoelen en beoordelingen van de studenten van je eigen school; van de andere scholen alleen naam en opleiding.",
    empty: "Er zitten nog geen studenten in dit leerteam.",
  },
} as const;

/**
 * A learning team's page as its host and its schools read it: the name, the host's question, the coach,
 * the period, the state and the product; a school reads who hosts the team, the host which schools work
 * in it. Below that `head` (what the reader's organisation does beside the team: the host's
 * praktijkbegeleiders, a school's invitation and partner schools); then, except for a school still
 * invited, the students, each a card named after her with what `renderMember` shows of her, and the
 * meetings, each with the actions the reader may take (`memberActions`, `meetingActions`), and `foot`.
 */
export function LearningTeamFrame<Team extends LearningTeamView>({
  team,
  head,
  renderMember,
  memberActions,
  meetingActions,
  foot,
}: {
  team: Team;
  head?: ReactNode;
  renderMember: (member: Team["members"][number]) => ReactNode;
  memberActions?: ReactNode;
  meetingActions?: ReactNode;
  foot?: ReactNode;
}) {
  const isHost = team.access === "host";
  const members = MEMBER_TEXTS[isHost ? "host" : "school"];
  return (
    <>
      <h1>{team.name}</h1>
      <dl className="details-list">
        {!isHost && (
          <>
            <dt>Gastorganisatie</dt>
            <dd>{team.host}</dd>
          </>
        )}
        <dt>Vraag</dt>
        <dd>{team.question}</dd>
        <dt>Teamcoach</dt>
        <dd>{team.teamCoachName}</dd>
        {isHost && (
          <>
            <dt>Scholen</dt>
            <dd>
              {team.schools
                .filter((s) => s.status === "JOINED")
                .map((s) => s.name)
                .join(", ")}
            </dd>
          </>
        )}
        <dt>Periode</dt>
        <dd>
          {formatDate(team.startsOn)} tot {formatDate(team.endsOn)}
        </dd>
        <dt>Stand</dt>
        <dd>{team.closedOn === null ? "Loopt" : `Afgesloten op ${formatDate(team.closedOn)}`}</dd>
        {team.product && (
          <>
            <dt>Product</dt>
            <dd>{team.product}</dd>
          </>
        )}
      </dl>
      {head}
      {team.access !== "invitedSchool" && (
        <>
          <Section title={members.title}>
            {members.intro && <p>{members.intro}</p>}
            {team.members.length === 0 && <p>{members.empty}</p>}
            {team.members.map((member) => (
              <article key={member.id} aria-label={member.studentName} className="card">
                <h3>
                  {member.studentName} · {member.programme} · {member.school}
                </h3>
                {renderMember(member)}
              </article>
            ))}
            {memberActions}
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
            {meetingActions}
          </Section>
          {foot}
        </>
      )}
    </>
  );
}

/** A student's goals the reader may see: title and description, then what `renderGoal` adds to one. */
export function LearningTeamGoals({
  goals,
  renderGoal,
}: {
  goals: readonly Goal[];
  renderGoal?: (goal: Goal) => ReactNode;
}) {
  if (goals.length === 0) return <p>Nog geen leerdoelen.</p>;
  return (
    <ul>
      {goals.map((goal) => (
        <li key={goal.id}>
          <strong>{goal.title}</strong>: {goal.description}
          {renderGoal?.(goal)}
        </li>
      ))}
    </ul>
  );
}
