import type { RouterOutputs } from "@ontwikkelpad/api";
import {
  CREDENTIAL_ELIGIBILITY_LABELS,
  CREDENTIAL_KIND_LABELS,
  EVIDENCE_RESULT_LABELS,
  EXAM_RESULT_STATUS_LABELS,
  formatCodeTitle,
  formatDate,
  POK_STATUS_LABELS,
  QueryState,
  SimpleTable,
  type SimpleColumn,
  usePageTitle,
  useTRPC,
} from "@ontwikkelpad/ui";
import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { PORTAL_NAME } from "../portal.ts";

type Learner = RouterOutputs["school"]["learners"]["get"];
type Credential = Learner["credentials"][number];
type WorkProcess = Credential["coreTasks"][number]["workProcesses"][number];

/** One learner's progress per kerntaak and werkproces towards each credential the path aims at. */
export function LearnerPage() {
  usePageTitle("Deelnemer", PORTAL_NAME);
  const { personId = "" } = useParams();
  const trpc = useTRPC();
  const learner = useQuery(trpc.school.learners.get.queryOptions({ personId }));
  return (
    <>
      <p>
        <Link to="/deelnemers">← Alle deelnemers</Link>
      </p>
      <QueryState query={learner}>{(data) => <Progress data={data} />}</QueryState>
    </>
  );
}

function Progress({ data }: { data: Learner }) {
  return (
    <>
      <h1>{data.name}</h1>
      <dl className="details-list">
        <dt>Werkgever</dt>
        <dd>{data.employer ?? "—"}</dd>
        <dt>Inschrijvingen</dt>
        <dd>
          {data.enrolments.length === 0
            ? "Nog niet ingeschreven"
            : data.enrolments.map((e, index) => (
                <span key={e.id}>
                  {index > 0 && ", "}
                  <Link to={`/inschrijvingen/${e.id}`}>{e.credentialTitle}</Link> (POK{" "}
                  {POK_STATUS_LABELS[e.pokStatus].toLowerCase()})
                </span>
              ))}
        </dd>
      </dl>
      <p>
        Beoordelingen van de praktijkopleider zijn alleen te lezen. Alleen door de examencommissie
        vastgestelde examenresultaten tellen mee. <Link to="/examens">Naar de examens</Link>
      </p>
      {data.credentials.length === 0 && (
        <p className="empty">Deze deelnemer werkt nog niet aan een opleiding bij de school.</p>
      )}
      {data.credentials.map((credential) => (
        <CredentialProgress key={credential.credentialId} credential={credential} />
      ))}
    </>
  );
}

const titleOf = (credential: Credential, id: string) => {
  for (const task of credential.coreTasks) {
    const wp = task.workProcesses.find((w) => w.id === id);
    if (wp) return formatCodeTitle(wp);
  }
  return id.split(":").at(-1) ?? id;
};

function CredentialProgress({ credential }: { credential: Credential }) {
  const headingId = `credential-${credential.credentialId}`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>
        {CREDENTIAL_KIND_LABELS[credential.kind]} {credential.title}
      </h2>
      <p>
        <strong>{CREDENTIAL_ELIGIBILITY_LABELS[credential.status]}.</strong>
        {credential.status === "missing" && credential.missingWorkProcessIds.length > 0 && " Nog nodig:"}
      </p>
      {credential.status === "missing" && credential.missingWorkProcessIds.length > 0 && (
        <ul aria-label={`Nog nodig voor ${credential.title}`}>
          {credential.missingWorkProcessIds.map((id) => (
            <li key={id}>{titleOf(credential, id)}</li>
          ))}
        </ul>
      )}
      {credential.missingGeneriekDeel.length > 0 && (
        <p>Generiek deel nog nodig: {credential.missingGeneriekDeel.join(", ")}.</p>
      )}
      {credential.generiekDeel.length > 0 && (
        <SimpleTable
          caption={`Generiek deel voor ${credential.title}`}
          rows={credential.generiekDeel}
          rowKey={(row) => row.part}
          columns={[
            { header: "Onderdeel", rowHeader: true, render: (row) => row.part },
            { header: "Examenresultaten", render: (row) => <ExamResultLines results={row.examResults} /> },
            { header: "Telt mee", render: (row) => countedText(row.counted) },
          ]}
        />
      )}
      <SimpleTable
        caption={`Voortgang per werkproces voor ${credential.title}`}
        stacked={false}
        rows={credential.coreTasks.flatMap((task) => task.workProcesses.map((wp) => ({ task, wp })))}
        rowKey={({ wp }) => wp.id}
        groupBy={({ task }) => ({ key: task.code, header: `Kerntaak ${formatCodeTitle(task)}` })}
        columns={WORK_PROCESS_COLUMNS}
      />
    </section>
  );
}

const countedText = (counted: boolean) =>
  counted ? <span className="badge badge-cosigned">Telt mee</span> : "Nog niet";

const WORK_PROCESS_COLUMNS: SimpleColumn<{ wp: WorkProcess }>[] = [
  { header: "Werkproces", rowHeader: true, render: ({ wp }) => formatCodeTitle(wp) },
  {
    header: "Praktijkbeoordeling",
    render: ({ wp }) =>
      wp.ratings.length === 0
        ? "—"
        : wp.ratings.map((r) => (
            <div key={`${r.assessedOn}-${r.result}`}>
              {EVIDENCE_RESULT_LABELS[r.result]} op {formatDate(r.assessedOn)}
              {r.signedBy ? `, getekend door ${r.signedBy}` : ""}
              {r.coSignedBy ? `, medeondertekend door ${r.coSignedBy}` : ""}
            </div>
          )),
  },
  { header: "Examenresultaten", render: ({ wp }) => <ExamResultLines results={wp.examResults} /> },
  { header: "Telt mee", render: ({ wp }) => countedText(wp.counted) },
];

/** The school's exam results on one werkproces or part of the generiek deel, with their status. */
function ExamResultLines({ results }: { results: WorkProcess["examResults"] }) {
  if (results.length === 0) return "—";
  return results.map((r) => (
    <div key={r.id}>
      {r.title}: {EXAM_RESULT_STATUS_LABELS[r.status].toLowerCase()}
      {r.outcome ? `, ${EVIDENCE_RESULT_LABELS[r.outcome]}` : ""}
      {r.assessedOn ? ` (${formatDate(r.assessedOn)})` : ""}
    </div>
  ));
}
