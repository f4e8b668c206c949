import type { RouterOutputs } from "@ontwikkelpad/api";
import {
  ConfirmDialog,
  DataTable,
  ErrorMessage,
  compareFamilyNames,
  QueryState,
  RowProblem,
  duoDaysLabel,
  formatDate,
  usePageTitle,
  useRoles,
  useTRPC,
  SimpleTable,
} from "@ontwikkelpad/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { createColumnHelper } from "@tanstack/react-table";
import { useState } from "react";
import { IssuedCredentialsTable } from "../components/IssuedCredentialsTable.tsx";
import { PORTAL_NAME } from "../portal.ts";

type Learner = RouterOutputs["school"]["credentials"]["learners"][number];
type Reminder = RouterOutputs["school"]["credentials"]["duoReminders"][number];

const column = createColumnHelper<Learner>();
const learnerColumns = [
  column.accessor("name", {
    header: "Deelnemer",
    sortingFn: (a, b) => compareFamilyNames(a.original, b.original),
  }),
  column.accessor((r) => r.employer ?? "—", { id: "employer", header: "Leerbedrijf" }),
  column.accessor((r) => r.problem ?? (r.eligible.map((e) => e.title).join(", ") || "—"), {
    id: "eligible",
    header: "Klaar om uit te geven",
    // A learner whose stored facts the rules could not judge is marked with the reason.
    cell: (c) =>
      c.row.original.problem !== null ? <RowProblem problem={c.row.original.problem} /> : c.getValue(),
  }),
  column.accessor("missingCount", { header: "Nog niet compleet" }),
  column.accessor("issuedCount", { header: "Uitgegeven" }),
];

/**
 * Uitgeven: the diplomas still to report to DUO, the school's learners with what they may be issued
 * today, and every credential the school issued (superseded ones struck through, with the reason).
 */
export function IssuingPage() {
  usePageTitle("Uitgeven", PORTAL_NAME);
  const trpc = useTRPC();
  const learners = useQuery(trpc.school.credentials.learners.queryOptions());
  const issued = useQuery(trpc.school.credentials.issued.queryOptions());
  return (
    <>
      <h1>Uitgeven</h1>
      <p>
        Een certificaat of diploma geef je uit zodra alle werkprocessen een vastgesteld voldoende
        examenresultaat hebben. Open een deelnemer om te zien wat er nog ontbreekt. Een praktijkverklaring
        geef je uit vanuit de aanvraag van de werkgever.
      </p>
      <DuoReminders />
      <section aria-labelledby="learners-heading">
        <h2 id="learners-heading">Deelnemers</h2>
        <QueryState query={learners}>
          {(rows) => (
            <DataTable
              data={rows}
              columns={learnerColumns}
              caption="Deelnemers van de school en wat ze nu kunnen krijgen"
              emptyText="De school heeft nog geen deelnemers: geen inschrijvingen en geen aanvragen."
              rowHref={(r) => `/uitgeven/${r.personId}`}
              initialSorting={[{ id: "name", desc: false }]}
              searchLabel="Zoek op naam, leerbedrijf of bewijs"
            />
          )}
        </QueryState>
      </section>
      <section aria-labelledby="issued-heading">
        <h2 id="issued-heading">Uitgegeven bewijzen</h2>
        <QueryState query={issued}>
          {(rows) => (
            <IssuedCredentialsTable
              rows={rows}
              caption="Bewijzen die de school heeft uitgegeven, vervangen bewijzen doorgestreept"
              learnerHref={(r) => `/uitgeven/${r.personId}`}
            />
          )}
        </QueryState>
      </section>
    </>
  );
}

/** Diplomas whose data must reach DUO within 14 days of the result; the school reports, we remind. */
function DuoReminders() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { can } = useRoles();
  const reminders = useQuery(trpc.school.credentials.duoReminders.queryOptions());
  const [confirming, setConfirming] = useState<Reminder | null>(null);
  const mark = useMutation(
    trpc.school.credentials.markDuoReported.mutationOptions({
      onSuccess: () =>
        queryClient.invalidateQueries({ queryKey: trpc.school.credentials.duoReminders.queryKey() }),
    }),
  );
  return (
    <section aria-labelledby="duo-heading">
      <h2 id="duo-heading">Melden bij DUO</h2>
      <QueryState query={reminders}>
        {(rows) =>
          rows.length === 0 ? (
            <p className="empty">Er zijn geen diploma’s die nog bij DUO gemeld moeten worden.</p>
          ) : (
            <>
              <p>
                De gegevens van een diploma moeten binnen 14 dagen na de uitslag bij DUO zijn. Ontwikkelpad
                meldt niets zelf: meld het diploma in jullie eigen administratie en vink het hier af.
              </p>
              {mark.isError && <ErrorMessage error={mark.error} />}
              <SimpleTable
                caption="Diploma’s die nog bij DUO gemeld moeten worden, de meest dringende eerst"
                rows={rows}
                rowKey={(r) => r.credentialId}
                columns={[
                  { header: "Deelnemer", rowHeader: true, render: (r) => r.learner },
                  { header: "Diploma", render: (r) => r.title },
                  { header: "Uitslag", render: (r) => formatDate(r.resultOn) },
                  { header: "Uiterlijk melden", render: (r) => formatDate(r.dueOn) },
                  {
                    header: "Termijn",
                    render: (r) =>
                      r.daysLeft < 0 ? <strong>{duoDaysLabel(r.daysLeft)}</strong> : duoDaysLabel(r.daysLeft),
                  },
                  {
                    header: "Actie",
                    className: "actions-cell",
                    render: (r) =>
                      can("issuePraktijkverklaringen") ? (
                        <button
                          type="button"
                          className="secondary"
                          disabled={mark.isPending}
                          aria-label={`${r.title} van ${r.learner} gemeld bij DUO`}
                          onClick={() => setConfirming(r)}
                        >
                          Gemeld bij DUO
                        </button>
                      ) : (
                        "—"
                      ),
                  },
                ]}
              />
            </>
          )
        }
      </QueryState>
      <ConfirmDialog
        open={confirming !== null}
        title="Gemeld bij DUO?"
        confirmLabel="Ja, gemeld"
        busy={mark.isPending}
        onCancel={() => setConfirming(null)}
        onConfirm={() => {
          if (confirming) mark.mutate({ credentialId: confirming.credentialId });
          setConfirming(null);
        }}
      >
        <p>
          Je legt vast dat het diploma van {confirming?.learner} bij DUO is gemeld. Het verdwijnt uit deze
          lijst; wie dit vastlegde, staat in het logboek.
        </p>
      </ConfirmDialog>
    </section>
  );
}
