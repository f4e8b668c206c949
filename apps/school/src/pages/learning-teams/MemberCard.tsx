import type { RouterOutputs } from "@ontwikkelpad/api";
import { ActionField, ActionForm, LearningTeamGoals, ReflectionList, useTRPCClient } from "@ontwikkelpad/ui";

export type Team = RouterOutputs["school"]["learningTeams"]["get"];
type Member = Team["members"][number];

/**
 * What a school reads and does on a student's card in the team's frame: its own student's goals, their
 * assessments and a new goal, and the reflections she wrote in her own view (only her own school reads them).
 */
export function MemberCard({
  team,
  member,
  coach,
  onDone,
}: {
  team: Team;
  member: Member;
  coach: boolean;
  onDone: () => unknown;
}) {
  const client = useTRPCClient();
  const programme = team.programmes.find((p) => p.id === member.programmeId);
  return (
    <>
      {member.own && (
        <LearningTeamGoals
          goals={member.goals}
          renderGoal={(goal) => (
            <>
              <br />
              {goal.assessment ? `Beoordeling: ${goal.assessment}` : "Nog niet beoordeeld."}
              {coach && (
                <ActionForm
                  title={`Beoordelen: ${goal.title}`}
                  submitLabel="Beoordeling opslaan"
                  run={(v) =>
                    client.school.learningTeams.assessGoal
                      .mutate({ goalId: goal.id, assessment: v.assessment ?? "" })
                      .then(onDone)
                  }
                >
                  <ActionField label="Beoordeling">
                    <textarea name="assessment" rows={2} />
                  </ActionField>
                </ActionForm>
              )}
            </>
          )}
        />
      )}
      {member.own && member.enrolled && <Reflections member={member} />}
      {member.own && coach && (
        <ActionForm
          title={`Leerdoel voor ${member.studentName}`}
          submitLabel="Leerdoel opslaan"
          run={(v) => {
            const [kind, ref] = (v.goal ?? "").split("|");
            const goal = kind === "werkproces" ? { workProcessId: ref ?? "" } : { competenceId: ref ?? "" };
            return client.school.learningTeams.addGoal
              .mutate({ memberId: member.id, goal, description: v.description ?? "" })
              .then(onDone);
          }}
        >
          <ActionField label="Competentie of werkproces">
            <select name="goal" defaultValue="">
              <option value="">Kies een gedeelde competentie of een werkproces</option>
              <optgroup label="Gedeelde competenties">
                {team.competences.map((c) => (
                  <option key={c.id} value={`competentie|${c.id}`}>
                    {c.title}
                  </option>
                ))}
              </optgroup>
              {programme && programme.workProcesses.length > 0 && (
                <optgroup label={`Werkprocessen ${programme.title}`}>
                  {programme.workProcesses.map((w) => (
                    <option key={w.id} value={`werkproces|${w.id}`}>
                      {w.title}
                    </option>
                  ))}
                </optgroup>
              )}
            </select>
          </ActionField>
          <ActionField label="Wat wil de student leren?">
            <textarea name="description" rows={2} />
          </ActionField>
        </ActionForm>
      )}
    </>
  );
}

/** The student's reflections, newest first; a corrected one stays, marked, beside its correction. */
function Reflections({ member }: { member: Member }) {
  return (
    <section aria-label={`Reflecties van ${member.studentName}`}>
      <h4>Reflecties</h4>
      {member.reflections.length === 0 ? (
        <p>{member.studentName} schreef nog geen reflectie in het eigen Ontwikkelpad.</p>
      ) : (
        <ReflectionList reflections={member.reflections} />
      )}
    </section>
  );
}
