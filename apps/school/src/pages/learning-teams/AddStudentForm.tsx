import { ActionField, ActionForm, useTRPC, useTRPCClient } from "@ontwikkelpad/ui";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import type { Team } from "./MemberCard.tsx";

/**
 * Adds one of the school's own students to the team: a learner found among its enrolments by name (her
 * programme preselected where the catalog knows it), or by name a student the school keeps no
 * enrolment of here.
 */
export function AddStudentForm({ team, onDone }: { team: Team; onDone: () => unknown }) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const [search, setSearch] = useState("");
  const [enrolmentId, setEnrolmentId] = useState("");
  const [programmeId, setProgrammeId] = useState("");
  const choices = useQuery(trpc.school.learningTeams.enrolments.queryOptions({ search }));
  const choose = (id: string) => {
    setEnrolmentId(id);
    const programme = choices.data?.find((c) => c.id === id)?.programmeId;
    if (programme) setProgrammeId(programme);
  };
  return (
    <ActionForm
      title="Student toevoegen"
      submitLabel="Student toevoegen"
      run={(v) =>
        client.school.learningTeams.addMember
          .mutate(
            enrolmentId
              ? { teamId: team.id, enrolmentId, programmeId }
              : { teamId: team.id, studentName: v.studentName ?? "", programmeId },
          )
          .then(() => {
            setEnrolmentId("");
            setProgrammeId("");
            return onDone();
          })
      }
    >
      <p>
        Kies een deelnemer van je school; een student die bij jullie niet is ingeschreven (bijvoorbeeld een
        hbo-student) voeg je toe op naam.
      </p>
      <ActionField label="Zoeken op naam">
        <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} autoComplete="off" />
      </ActionField>
      <ActionField label="Deelnemer">
        <select value={enrolmentId} onChange={(e) => choose(e.target.value)}>
          <option value="">Geen: ik vul een naam in</option>
          {(choices.data ?? []).map((c) => (
            <option key={c.id} value={c.id}>
              {c.name} ({c.credential})
            </option>
          ))}
        </select>
      </ActionField>
      {!enrolmentId && (
        <ActionField label="Naam van de student">
          <input name="studentName" autoComplete="off" />
        </ActionField>
      )}
      <ActionField label="Opleiding">
        <select value={programmeId} onChange={(e) => setProgrammeId(e.target.value)}>
          <option value="">Kies een opleiding</option>
          {team.programmes.map((p) => (
            <option key={p.id} value={p.id}>
              {p.title}
            </option>
          ))}
        </select>
      </ActionField>
    </ActionForm>
  );
}
