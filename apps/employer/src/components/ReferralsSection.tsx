import type { RouterOutputs } from "@ontwikkelpad/api";
import {
  ACTIONS_COLUMN,
  ActionsHeader,
  ConfirmDialog,
  DataTable,
  compareFamilyNames,
  errorMessage,
  formatDate,
  QueryState,
  REFERRAL_STATUS_LABELS,
  useTRPC,
  ReasonField,
} from "@ontwikkelpad/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { createColumnHelper } from "@tanstack/react-table";
import { createContext, use, useMemo, useState } from "react";
import { Link } from "react-router";
import { AcceptReferralForm } from "./AcceptReferralForm.tsx";
import { ReferralIntake } from "./ReferralIntake.tsx";
import { fieldErrorOf } from "../employer-format.ts";

type Referral = RouterOutputs["employer"]["referrals"]["list"][number];
/** A referral the employer can answer now: the candidate shares their data with it. */
type AnswerableReferral = Referral & { candidate: string };

const DECLINE_REASON = "Geef de reden van de afwijzing (minstens 5 tekens).";

const referralColumn = createColumnHelper<Referral>();

interface ReferralActions {
  accept: (referral: AnswerableReferral) => void;
  decline: (referral: AnswerableReferral) => void;
}

const ReferralActionsContext = createContext<ReferralActions>({ accept: () => {}, decline: () => {} });

/**
 * A hired candidate's link to their page, or the buttons to answer a referral the server says can be
 * answered now; a withdrawn referral has neither.
 */
function ReferralActionCell({ referral }: { referral: Referral }) {
  const actions = use(ReferralActionsContext);
  if (referral.personId) {
    return (
      <Link to={`/personen/${referral.personId}`}>
        Bekijk<span className="visually-hidden"> {referral.candidate}</span> in het team
      </Link>
    );
  }
  if (!referral.answerable || referral.candidate === null) return null;
  const answerable = { ...referral, candidate: referral.candidate };
  return (
    <div className="row-actions">
      <button type="button" onClick={() => actions.accept(answerable)}>
        Aannemen<span className="visually-hidden"> {referral.candidate}</span>
      </button>
      <button type="button" className="secondary" onClick={() => actions.decline(answerable)}>
        Afwijzen<span className="visually-hidden"> {referral.candidate}</span>
      </button>
    </div>
  );
}

/** Withdrawn referrals (no name) after the named ones. */
function compareCandidates(a: Referral, b: Referral): number {
  if (a.candidateName === null || b.candidateName === null)
    return Number(a.candidateName === null) - Number(b.candidateName === null);
  return compareFamilyNames(a.candidateName, b.candidateName);
}

const referralColumns = [
  referralColumn.accessor("candidate", {
    header: "Kandidaat",
    // A withdrawn referral shares no personal data: no name, only that it was withdrawn.
    cell: (c) => c.getValue() ?? "Teruggetrokken, gegevens niet gedeeld",
    sortingFn: (a, b) => compareCandidates(a.original, b.original),
  }),
  referralColumn.accessor("vacancy", { header: "Vacature", cell: (c) => c.getValue() ?? "Open voordracht" }),
  referralColumn.accessor("region", { header: "Regio" }),
  referralColumn.accessor("partner", { header: "Partner", cell: (c) => c.getValue() ?? "—" }),
  referralColumn.accessor("reason", { header: "Waarom voorgedragen", cell: (c) => c.getValue() ?? "—" }),
  referralColumn.display({
    id: "intake",
    header: "Intake regioloket",
    // Only with the candidate's consent to share with this employer does the server send it.
    cell: (c) => {
      const { intake, candidate } = c.row.original;
      return intake && candidate ? (
        <details>
          <summary>
            Intake<span className="visually-hidden"> van {candidate}</span>
          </summary>
          <ReferralIntake intake={intake} candidate={candidate} />
        </details>
      ) : (
        "—"
      );
    },
  }),
  referralColumn.accessor("referredOn", { header: "Voorgedragen op", cell: (c) => formatDate(c.getValue()) }),
  referralColumn.accessor((r) => REFERRAL_STATUS_LABELS[r.status], { id: "status", header: "Status" }),
  referralColumn.accessor("responseNote", { header: "Jouw reactie", cell: (c) => c.getValue() ?? "—" }),
  referralColumn.display({
    id: ACTIONS_COLUMN,
    header: ActionsHeader,
    cell: (c) => <ReferralActionCell referral={c.row.original} />,
  }),
];

/** The candidates the region desks referred to the employer, with accepting and declining. */
export function Referrals() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const referrals = useQuery(trpc.employer.referrals.list.queryOptions());
  const [accepting, setAccepting] = useState<AnswerableReferral | null>(null);
  const [hired, setHired] = useState<{ personId: string; name: string } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [declining, setDeclining] = useState<AnswerableReferral | null>(null);
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | null>(null);
  const decline = useMutation(
    trpc.employer.referrals.respond.mutationOptions({
      onSuccess: async () => {
        await Promise.all(
          [trpc.employer.referrals.list, trpc.employer.todo.list].map((procedure) =>
            queryClient.invalidateQueries({ queryKey: procedure.pathKey() }),
          ),
        );
        setNotice(
          `De voordracht van ${declining?.candidate ?? ""} is afgewezen. Het regioloket ziet je reden.`,
        );
        setDeclining(null);
      },
      onError: (error) => setReasonError(fieldErrorOf(error, "note")),
    }),
  );

  const resetDecline = decline.reset; // stable across renders
  const actions = useMemo<ReferralActions>(
    () => ({
      accept: (referral) => {
        setHired(null);
        setNotice(null);
        setAccepting(referral);
      },
      decline: (referral) => {
        resetDecline();
        setReason("");
        setReasonError(null);
        setHired(null);
        setNotice(null);
        setDeclining(referral);
      },
    }),
    [resetDecline],
  );

  return (
    <section aria-labelledby="referrals-title">
      <h2 id="referrals-title">Voordrachten van het regioloket</h2>
      {hired && (
        <output className="success">
          {hired.name} is aangenomen en staat nu in je team.{" "}
          <Link to={`/personen/${hired.personId}`}>Bekijk {hired.name}</Link>
        </output>
      )}
      {notice && <output className="success">{notice}</output>}
      {accepting && (
        <AcceptReferralForm
          key={accepting.id}
          referral={accepting}
          onAccepted={(person) => {
            setHired(person);
            setAccepting(null);
          }}
          onCancel={() => setAccepting(null)}
        />
      )}
      <QueryState query={referrals}>
        {(data) => (
          <ReferralActionsContext value={actions}>
            <DataTable
              data={data}
              columns={referralColumns}
              caption="Kandidaten die het regioloket aan je organisatie heeft voorgedragen"
              emptyText="Er zijn nog geen kandidaten aan je organisatie voorgedragen."
              searchLabel="Zoek in de voordrachten"
            />
          </ReferralActionsContext>
        )}
      </QueryState>
      <ConfirmDialog
        open={declining !== null}
        title={`Voordracht van ${declining?.candidate ?? ""} afwijzen?`}
        confirmLabel="Voordracht afwijzen"
        busy={decline.isPending}
        onConfirm={() => {
          if (!declining) return;
          if (reason.trim().length < 5) {
            setReasonError(DECLINE_REASON);
            return;
          }
          setReasonError(null);
          decline.mutate({ referralId: declining.id, decision: "decline", note: reason.trim() });
        }}
        onCancel={() => setDeclining(null)}
      >
        <p>Het regioloket ziet je reden en kan de kandidaat daarmee verder helpen.</p>
        <ReasonField label="Reden van de afwijzing" error={reasonError} value={reason} onChange={setReason} />
        {decline.isError && !reasonError && (
          <p className="form-error" role="alert">
            {errorMessage(decline.error)}
          </p>
        )}
      </ConfirmDialog>
    </section>
  );
}
