import {
  ConfirmDialog,
  errorMessage,
  EVIDENCE_RESULT_LABELS,
  formatDate,
  QueryState,
  usePageTitle,
  useTRPC,
} from "@ontwikkelpad/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { Link, useParams } from "react-router";
import { CoreTaskTable, type OpenForm, type RatingActions } from "../assessment/CoreTaskTable.tsx";
import { PraktijkverklaringSection } from "../assessment/PraktijkverklaringSection.tsx";
import { ratingsInState } from "../assessment/assessment-view.ts";
import { type Assessments, type Evidence, type WorkProcessRating } from "../path-view.ts";
import { PORTAL_NAME } from "../portal.ts";

/** One rating or, from the buttons above the tables, all drafts (to sign) or all signed ones (to co-sign). */
type Confirming = { action: "sign" | "coSign"; items: { wp: WorkProcessRating; rating: Evidence }[] };

/** "B1-K1-W2" for one rating, "3 beoordelingen" for several: the subject of the dialog and the message. */
const subject = (items: Confirming["items"]) =>
  items.length === 1 ? `de beoordeling van ${items[0]!.wp.code}` : `${items.length} beoordelingen`;

/**
 * The praktijkbeoordeling of one person: the praktijkopleider rates and signs werkprocessen (signed
 * ratings change only by a correction with a reason), the leidinggevende co-signs, and the co-signed
 * "beheerst" ratings go to the school as a request for the praktijkverklaring.
 */
export function AssessmentPage() {
  const { id = "" } = useParams();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const person = useQuery(trpc.employer.persons.get.queryOptions({ personId: id }));
  const assessments = useQuery(trpc.employer.assessments.get.queryOptions({ personId: id }));
  const name = person.data?.name;
  usePageTitle(name ? `Praktijkbeoordeling van ${name}` : "Praktijkbeoordeling", PORTAL_NAME);

  const [notice, setNotice] = useState<string | null>(null);
  const [openForm, setOpenForm] = useState<OpenForm | null>(null);
  const [confirming, setConfirming] = useState<Confirming | null>(null);
  // A saved form or a closed dialog takes the focus with it: keyboard users continue at the message.
  const noticeRef = useRef<HTMLOutputElement>(null);
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: trpc.employer.assessments.get.pathKey() });
    await queryClient.invalidateQueries({ queryKey: trpc.employer.persons.get.pathKey() });
  };
  const sign = useMutation(
    trpc.employer.assessments.sign.mutationOptions({
      onSuccess: async () => {
        await refresh();
        if (confirming)
          setNotice(
            `${capitalise(subject(confirming.items))} ${confirming.items.length === 1 ? "is" : "zijn"} ondertekend en ${confirming.items.length === 1 ? "ligt" : "liggen"} nu vast.`,
          );
        setConfirming(null);
      },
    }),
  );
  const coSign = useMutation(
    trpc.employer.assessments.coSign.mutationOptions({
      onSuccess: async () => {
        await refresh();
        if (confirming)
          setNotice(
            `${capitalise(subject(confirming.items))} ${confirming.items.length === 1 ? "is" : "zijn"} medeondertekend.`,
          );
        setConfirming(null);
      },
    }),
  );
  const pending = confirming?.action === "sign" ? sign : coSign;

  const confirm = (action: Confirming["action"], items: Confirming["items"]) => {
    (action === "sign" ? sign : coSign).reset();
    setNotice(null);
    setConfirming({ action, items });
  };
  const say = (message: string) => {
    setNotice(message);
    setConfirming(null);
  };
  const actions: RatingActions = {
    open: (form) => {
      setOpenForm(form);
      if (form) setNotice(null);
    },
    sign: (wp, rating) => confirm("sign", [{ wp, rating }]),
    coSign: (wp, rating) => confirm("coSign", [{ wp, rating }]),
    saved: say,
  };

  return (
    <>
      <p className="no-print">
        <Link to={`/personen/${id}`}>← Terug naar {name ?? "de persoon"}</Link>
      </p>
      <h1>Praktijkbeoordeling{name ? ` van ${name}` : ""}</h1>
      {notice && (
        <output ref={noticeRef} tabIndex={-1} className="success">
          {notice}
        </output>
      )}
      <QueryState query={assessments} loadingText="Beoordelingen laden…">
        {(data) => (
          <>
            <p>
              {data.canRate
                ? "Beoordeel per werkproces of het beheerst wordt. Een concept kun je aanpassen; na ondertekenen ligt het vast en verander je het alleen met een correctie en een reden."
                : data.canCoSign
                  ? "Medeonderteken de beoordelingen die de praktijkopleider heeft ondertekend."
                  : "Je kunt de beoordelingen bekijken. Een praktijkopleider beoordeelt en ondertekent, een leidinggevende medeondertekent."}
            </p>
            <BulkActions
              coreTasks={data.coreTasks}
              canRate={data.canRate}
              canCoSign={data.canCoSign}
              onConfirm={confirm}
            />
            {data.coreTasks.length === 0 ? (
              <p className="empty">
                Er zijn nog geen werkprocessen om te beoordelen. Kies eerst een doel in{" "}
                <Link to={`/personen/${id}/ontwikkelpad`}>het Ontwikkelpad</Link>.
              </p>
            ) : (
              data.coreTasks.map((task, index) => (
                <CoreTaskTable
                  key={`${index}-${task.code}`}
                  task={task}
                  personId={id}
                  canRate={data.canRate}
                  canCoSign={data.canCoSign}
                  openForm={openForm}
                  actions={actions}
                />
              ))
            )}
            <PraktijkverklaringSection personId={id} data={data} onRequested={say} />
          </>
        )}
      </QueryState>
      <ConfirmDialog
        open={confirming !== null}
        title={
          confirming
            ? `${capitalise(subject(confirming.items))} ${confirming.action === "sign" ? "ondertekenen" : "medeondertekenen"}?`
            : ""
        }
        confirmLabel={confirming?.action === "coSign" ? "Medeondertekenen" : "Ondertekenen"}
        busy={pending.isPending}
        onConfirm={() =>
          confirming && pending.mutate({ evidenceIds: confirming.items.map((i) => i.rating.id) })
        }
        onCancel={() => setConfirming(null)}
      >
        {confirming && (
          <>
            <ul>
              {confirming.items.map(({ wp, rating }) => (
                <li key={rating.id}>
                  {wp.code} {wp.title}: <strong>{EVIDENCE_RESULT_LABELS[rating.result]}</strong> op{" "}
                  {formatDate(rating.assessedOn)}
                </li>
              ))}
            </ul>
            <p>
              {confirming.action === "sign"
                ? "Na ondertekenen kun je een beoordeling niet meer aanpassen; wijzigen kan alleen nog met een correctie en een reden."
                : "Met je medeondertekening telt een beheerst werkproces mee voor de praktijkverklaring. Dit kun je niet ongedaan maken."}
            </p>
          </>
        )}
        {pending.isError && (
          <p className="form-error" role="alert">
            {errorMessage(pending.error)}
          </p>
        )}
      </ConfirmDialog>
    </>
  );
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Signing or co-signing everything that waits for it at once, after the same confirmation. */
function BulkActions({
  coreTasks,
  canRate,
  canCoSign,
  onConfirm,
}: {
  coreTasks: Assessments["coreTasks"];
  canRate: boolean;
  canCoSign: boolean;
  onConfirm: (action: Confirming["action"], items: Confirming["items"]) => void;
}) {
  const drafts = canRate ? ratingsInState(coreTasks, "draft") : [];
  const signed = canCoSign ? ratingsInState(coreTasks, "signed") : [];
  if (drafts.length < 2 && signed.length < 2) return null;
  return (
    <div className="actions no-print">
      {drafts.length > 1 && (
        <button type="button" onClick={() => onConfirm("sign", drafts)}>
          Alle {drafts.length} concepten ondertekenen
        </button>
      )}
      {signed.length > 1 && (
        <button type="button" onClick={() => onConfirm("coSign", signed)}>
          Alle {signed.length} ondertekende beoordelingen medeondertekenen
        </button>
      )}
    </div>
  );
}
