import type { RouterOutputs } from "@ontwikkelpad/api";
import {
  ACTIONS_COLUMN,
  ActionsHeader,
  ConfirmDialog,
  DataTable,
  errorMessage,
  formatDate,
  QueryState,
  usePageTitle,
  useTRPC,
  VACANCY_STATUS_LABELS,
} from "@ontwikkelpad/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { createColumnHelper } from "@tanstack/react-table";
import { createContext, use, useCallback, useState } from "react";
import { AddVacancyForm } from "../components/AddVacancyForm.tsx";
import { formatNumber } from "../employer-format.ts";
import { PORTAL_NAME } from "../portal.ts";
import { Referrals } from "../components/ReferralsSection.tsx";

type Vacancy = RouterOutputs["employer"]["vacancies"]["list"][number];

/** Vacancies the employer posted and the candidates the region desks referred to it. */
export function VacanciesPage() {
  usePageTitle("Vacatures en voordrachten", PORTAL_NAME);
  return (
    <>
      <h1>Vacatures en voordrachten</h1>
      <Vacancies />
      <Referrals />
    </>
  );
}

const vacancyColumn = createColumnHelper<Vacancy>();

/** Opens the close dialog for a vacancy; the table's action cells live outside the page component. */
const CloseVacancyContext = createContext<(vacancy: Vacancy) => void>(() => {});

function CloseVacancyButton({ vacancy }: { vacancy: Vacancy }) {
  const startClosing = use(CloseVacancyContext);
  if (vacancy.status !== "OPEN") return null;
  return (
    <button type="button" className="secondary" onClick={() => startClosing(vacancy)}>
      Sluiten<span className="visually-hidden"> {vacancy.title}</span>
    </button>
  );
}

const vacancyColumns = [
  vacancyColumn.accessor("title", { header: "Titel" }),
  vacancyColumn.accessor("functionTitle", { header: "Functie" }),
  vacancyColumn.accessor("location", {
    header: "Locatie",
    cell: (c) => c.getValue() ?? "Geen vaste locatie",
  }),
  vacancyColumn.accessor("hoursPerWeek", {
    header: "Uren per week",
    cell: (c) => formatNumber(c.getValue()),
  }),
  vacancyColumn.accessor("openings", { header: "Plaatsen" }),
  vacancyColumn.accessor("referrals", { header: "Voordrachten" }),
  vacancyColumn.accessor((v) => VACANCY_STATUS_LABELS[v.status], { id: "status", header: "Status" }),
  vacancyColumn.accessor("publishedOn", { header: "Geplaatst op", cell: (c) => formatDate(c.getValue()) }),
  vacancyColumn.accessor("closesOn", { header: "Sluit op", cell: (c) => formatDate(c.getValue()) }),
  vacancyColumn.display({
    id: ACTIONS_COLUMN,
    header: ActionsHeader,
    cell: (c) => <CloseVacancyButton vacancy={c.row.original} />,
  }),
];

function Vacancies() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const vacancies = useQuery(trpc.employer.vacancies.list.queryOptions());
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [closing, setClosing] = useState<Vacancy | null>(null);
  const [closeAs, setCloseAs] = useState<"CLOSED" | "FILLED">("CLOSED");
  const close = useMutation(
    trpc.employer.vacancies.close.mutationOptions({
      onSuccess: async (_, input) => {
        await queryClient.invalidateQueries({ queryKey: trpc.employer.vacancies.list.pathKey() });
        setNotice(
          `De vacature ${closing?.title ?? ""} is ${input.status === "FILLED" ? "als vervuld " : ""}gesloten.`,
        );
        setClosing(null);
      },
    }),
  );
  const resetClose = close.reset; // stable across renders

  const startClosing = useCallback(
    (vacancy: Vacancy) => {
      resetClose();
      setCloseAs("CLOSED");
      setNotice(null);
      setClosing(vacancy);
    },
    [resetClose],
  );

  return (
    <section aria-labelledby="vacancies-title">
      <div className="page-header">
        <h2 id="vacancies-title">Vacatures</h2>
        <div className="actions no-print">
          <button
            type="button"
            aria-expanded={adding}
            onClick={() => {
              setAdding(!adding);
              setNotice(null);
            }}
          >
            Vacature plaatsen
          </button>
        </div>
      </div>
      {notice && <output className="success">{notice}</output>}
      {adding && (
        <AddVacancyForm
          onCreated={(title) => {
            setNotice(`De vacature ${title} is geplaatst.`);
            setAdding(false);
          }}
          onCancel={() => setAdding(false)}
        />
      )}
      <QueryState query={vacancies}>
        {(data) => (
          <CloseVacancyContext value={startClosing}>
            <DataTable
              data={data}
              columns={vacancyColumns}
              caption="Vacatures van je organisatie"
              emptyText="Je hebt nog geen vacatures geplaatst. Plaats er een met ‘Vacature plaatsen’; open vacatures ziet het regioloket."
              searchLabel="Zoek in de vacatures"
            />
          </CloseVacancyContext>
        )}
      </QueryState>
      <ConfirmDialog
        open={closing !== null}
        title={`Vacature ${closing?.title ?? ""} sluiten?`}
        confirmLabel="Vacature sluiten"
        busy={close.isPending}
        onConfirm={() => closing && close.mutate({ vacancyId: closing.id, status: closeAs })}
        onCancel={() => setClosing(null)}
      >
        <p>
          Een gesloten vacature is niet meer zichtbaar voor het regioloket. Dit kun je niet ongedaan maken.
        </p>
        <fieldset>
          <legend>Waarom sluit je de vacature?</legend>
          <label className="choice">
            <input
              type="radio"
              name="close-as"
              value="FILLED"
              checked={closeAs === "FILLED"}
              onChange={() => setCloseAs("FILLED")}
            />{" "}
            De vacature is vervuld
          </label>
          <label className="choice">
            <input
              type="radio"
              name="close-as"
              value="CLOSED"
              checked={closeAs === "CLOSED"}
              onChange={() => setCloseAs("CLOSED")}
            />{" "}
            De vacature is niet meer nodig
          </label>
        </fieldset>
        {close.isError && (
          <p className="form-error" role="alert">
            {errorMessage(close.error)}
          </p>
        )}
      </ConfirmDialog>
    </section>
  );
}
