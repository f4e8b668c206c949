import type { RouterOutputs } from "@ontwikkelpad/api";
import {
  ConfirmDialog,
  errorMessage,
  formatCodeTitle,
  formatDate,
  LEARNING_ROUTE_LABELS,
  QueryState,
  SimpleTable,
  useTRPC,
} from "@ontwikkelpad/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useNavigate } from "react-router";
import { SearchableChoice } from "./SearchableChoice.tsx";
import { useCatalogFunctions } from "./SelectFields.tsx";

type Handover = RouterOutputs["employer"]["paths"]["handovers"][number];

/**
 * "Overgedragen paden": the Ontwikkelpaden of people who moved here from another employer and consent
 * to share them (employer.paths.handovers), with what carries over, and "Pad voortzetten" for one of
 * this employer's own people (employer.paths.continueHandover), which then opens the new path.
 */
export function HandoversSection() {
  const trpc = useTRPC();
  const handovers = useQuery(trpc.employer.paths.handovers.queryOptions());
  const functions = useCatalogFunctions();
  const [continuing, setContinuing] = useState<Handover | null>(null);
  // Towards a function, the goal is the function and the credential its route starts with.
  const goalOf = (h: Handover) =>
    [functions.data?.find((f) => f.id === h.goalFunctionId)?.title, h.goalCredential]
      .filter(Boolean)
      .join(": ") || "Nog niet gekozen";

  return (
    <section aria-labelledby="handovers-title">
      <h2 id="handovers-title">Overgedragen paden</h2>
      <QueryState query={handovers} loadingText="Overgedragen paden laden…">
        {(rows) => (
          <SimpleTable
            caption="Ontwikkelpaden van mensen die van een andere werkgever hierheen komen en toestemming gaven om hun pad te delen"
            rows={rows}
            rowKey={(h) => h.pathId}
            emptyText="Er zijn geen overgedragen paden. Komt iemand van een andere werkgever en geeft die toestemming om het Ontwikkelpad te delen, dan staat het hier."
            columns={[
              { header: "Naam", rowHeader: true, render: (h) => h.person },
              {
                header: "Van",
                render: (h) => `${h.fromEmployer}${h.endedOn ? `, tot ${formatDate(h.endedOn)}` : ""}`,
              },
              { header: "Doel", render: goalOf },
              {
                header: "Route en leerweg",
                render: (h) =>
                  [
                    h.route.map(formatCodeTitle).join(" + "),
                    h.learningRoute && LEARNING_ROUTE_LABELS[h.learningRoute],
                  ]
                    .filter(Boolean)
                    .join(", ") || "Nog niet gekozen",
              },
              {
                header: "Behaald onderweg",
                render: (h) =>
                  h.achievedCredentials.length === 0
                    ? "Nog niets"
                    : h.achievedCredentials.map((c) => `${c.title} (${formatDate(c.issuedOn)})`).join("; "),
              },
              { header: "Gaat verder bij", render: (h) => `Stap ${h.resumeStep}` },
              {
                header: "Actie",
                className: "actions-cell",
                render: (h) =>
                  h.continuedByPathId ? (
                    "Wordt hier voortgezet"
                  ) : (
                    <button type="button" onClick={() => setContinuing(h)}>
                      Pad voortzetten<span className="visually-hidden"> voor {h.person}</span>
                    </button>
                  ),
              },
            ]}
          />
        )}
      </QueryState>
      {continuing && (
        <ContinueHandoverDialog
          key={continuing.pathId}
          handover={continuing}
          onCancel={() => setContinuing(null)}
        />
      )}
    </section>
  );
}

/** Asks which of the employer's own people the handed-over path belongs to, then continues it. */
function ContinueHandoverDialog({ handover, onCancel }: { handover: Handover; onCancel: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const persons = useQuery(trpc.employer.persons.list.queryOptions());
  const [personId, setPersonId] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [choiceError, setChoiceError] = useState<string | null>(null);
  const continuePath = useMutation(
    trpc.employer.paths.continueHandover.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.employer.paths.handovers.queryKey() });
        await navigate(`/personen/${personId}/ontwikkelpad`);
      },
      onError: (e) => setError(errorMessage(e)),
    }),
  );
  const sameName = persons.data?.filter((p) => p.name === handover.person) ?? [];

  return (
    <ConfirmDialog
      open
      title={`Pad van ${handover.person} voortzetten?`}
      confirmLabel="Pad voortzetten"
      busy={continuePath.isPending}
      onConfirm={() => {
        setError(null);
        setChoiceError(personId ? null : "Kies de persoon uit je team bij wie dit pad hoort.");
        if (!personId) return;
        continuePath.mutate({ pathId: handover.pathId, personId });
      }}
      onCancel={onCancel}
    >
      <p>
        Het pad gaat verder bij stap {handover.resumeStep}, met het doel, de route, de leerweg, het
        loopbaanperspectief en de ambitie. De praktijkopleider, de uren en het scholingsaanbod regel je zelf.
        Het oude pad blijft afgesloten bij {handover.fromEmployer}.
      </p>
      <QueryState query={persons} loadingText="Team laden…">
        {(team) => (
          <SearchableChoice
            label="Persoon in je team"
            searchLabel="Zoek de persoon in je team"
            placeholder="Kies een persoon"
            choices={team}
            value={personId}
            onChange={setPersonId}
            error={choiceError}
            required
            hint={
              sameName.length > 0 ? (
                `In je team staat al iemand met de naam ${handover.person}. Kies die als het dezelfde persoon is.`
              ) : (
                <>
                  Staat {handover.person} nog niet in je team? Voeg de persoon eerst toe op de pagina{" "}
                  <Link to="/">Team</Link>.
                </>
              )
            }
          />
        )}
      </QueryState>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </ConfirmDialog>
  );
}
