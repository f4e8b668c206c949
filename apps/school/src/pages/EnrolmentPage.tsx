import type { RouterOutputs } from "@ontwikkelpad/api";
import {
  Field,
  FormPanel,
  type FieldControlProps,
  POK_STATUS_LABELS,
  QueryState,
  applyServerErrors,
  downloadBlob,
  errorMessage,
  formatDate,
  usePageTitle,
  useTRPC,
  titleWithLearningRoute,
} from "@ontwikkelpad/ui";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Link, useParams } from "react-router";
import { EmployerChange } from "../components/EmployerChange.tsx";
import { PokStatusActions } from "../components/PokStatusActions.tsx";
import { PokSignatures } from "../components/PokSignatures.tsx";
import { SubsidyEvidence } from "../components/SubsidyEvidence.tsx";
import { PORTAL_NAME } from "../portal.ts";

type Enrolment = RouterOutputs["school"]["enrolments"]["get"];

/** One enrolment's praktijkovereenkomst: fill it in, move it along its lifecycle, print it for signature. */
export function EnrolmentPage() {
  usePageTitle("Praktijkovereenkomst", PORTAL_NAME);
  const { id = "" } = useParams();
  const trpc = useTRPC();
  const enrolment = useQuery(trpc.school.enrolments.get.queryOptions({ enrolmentId: id }));
  return (
    <>
      <p className="no-print">
        <Link to="/inschrijvingen">← Alle inschrijvingen</Link>
      </p>
      <QueryState query={enrolment}>{(data) => <Pok data={data} />}</QueryState>
    </>
  );
}

const nameOf = (options: { id: string; name: string }[], id: string | null) =>
  options.find((o) => o.id === id)?.name ?? "—";

function Pok({ data }: { data: Enrolment }) {
  return (
    <>
      <h1>
        Praktijkovereenkomst {data.person} bij {data.employer}
      </h1>
      <dl className="details-list">
        <dt>Status</dt>
        <dd>
          {POK_STATUS_LABELS[data.pok.status]}
          {data.signedOn ? `, getekend op ${formatDate(data.signedOn)}` : ""}
          {data.statusReason ? ` (${data.statusReason})` : ""}
        </dd>
        <dt>Deelnemer</dt>
        <dd>
          {data.person}{" "}
          <Link className="no-print" to={`/deelnemers/${data.personId}`}>
            (voortgang per werkproces)
          </Link>
        </dd>
        <dt>School</dt>
        <dd>
          {data.school}
          {data.schoolRegistryNumber ? `, BRIN ${data.schoolRegistryNumber}` : ""}
          {data.schoolCity ? `, ${data.schoolCity}` : ""}
        </dd>
        <dt>Leerbedrijf</dt>
        <dd>
          {data.employer}
          {data.employerRegistryNumber ? `, KvK ${data.employerRegistryNumber}` : ""}
          {data.locationId ? `, ${nameOf(data.locations, data.locationId)}` : ""}
          {data.workplaceAddress ? ` (${data.workplaceAddress})` : ""}
          {data.pok.recognised ? ", SBB-erkend" : ", geen SBB-erkenning voor deze kwalificatie"}
        </dd>
        <dt>Opleiding</dt>
        <dd>
          {titleWithLearningRoute(data.programme ?? data.credentialTitle, data.learningRoute)}
          {data.crebo ? `, crebo ${data.crebo}` : ""}
        </dd>
        <dt>Praktijkopleider</dt>
        <dd>{nameOf(data.workplaceTrainers, data.workplaceTrainerUserId)}</dd>
        <dt>Bpv-docent</dt>
        <dd>{nameOf(data.teachers, data.teacherUserId)}</dd>
        <dt>Periode</dt>
        <dd>
          {formatDate(data.startDate)} tot en met {formatDate(data.endDate)}
        </dd>
        <dt>Uren op de werkplek</dt>
        <dd>
          {data.totalHours ?? "—"} uur in totaal, {data.hoursPerWeek ?? "—"} uur en {data.daysPerWeek ?? "—"}{" "}
          dag(en) per week
        </dd>
        <dt>Uren op school</dt>
        <dd>{data.schoolHoursPerWeek ?? "—"} uur les per week</dd>
      </dl>
      {data.pok.missing.length > 0 && (
        <div className="notice no-print">
          <p>Voor een volledige POK ontbreekt nog:</p>
          <ul aria-label="Ontbreekt nog in de POK">
            {data.pok.missing.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      )}
      <PokSignatures enrolmentId={data.id} pok={data.pok} />
      <PokDownload data={data} />
      <PokStatusActions data={data} />
      {data.pok.editable ? (
        <PokForm data={data} />
      ) : (
        <p className="no-print">
          Een verstuurde of getekende POK verandert niet; maak bij een wijziging een nieuwe POK.
        </p>
      )}
      <EmployerChange enrolmentId={data.id} />
      <SubsidyEvidence enrolmentId={data.id} />
    </>
  );
}

/** The POK as the tagged PDF the three parties sign, or the page printed. */
function PokDownload({ data }: { data: Enrolment }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function download() {
    setBusy(true);
    setError(null);
    try {
      // pdfkit is large and only needed here: loaded on the first download, not with the portal.
      const { layoutPokPdf, pokFileName } = await import("../pok-pdf.ts");
      const { bytes } = await layoutPokPdf(data);
      downloadBlob(
        pokFileName(data),
        new Blob([bytes as Uint8Array<ArrayBuffer>], { type: "application/pdf" }),
      );
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="actions no-print">
      <button type="button" disabled={busy} onClick={() => void download()}>
        {busy ? "PDF maken…" : "POK als PDF om te tekenen"}
      </button>
      <button type="button" className="secondary" onClick={() => window.print()}>
        Afdrukken
      </button>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

interface PokValues {
  locationId: string;
  workplaceTrainerUserId: string;
  teacherUserId: string;
  startDate: string;
  endDate: string;
  totalHours: string;
  hoursPerWeek: string;
  daysPerWeek: string;
}

const FIELDS = [
  "locationId",
  "workplaceTrainerUserId",
  "teacherUserId",
  "startDate",
  "endDate",
  "totalHours",
  "hoursPerWeek",
  "daysPerWeek",
] as const;

const text = (n: number | null) => (typeof n === "number" ? String(n) : "");
const numberOrNull = (value: string) => (value.trim() ? Number(value.trim().replace(",", ".")) : null);

function PokForm({ data }: { data: Enrolment }) {
  const trpc = useTRPC();
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm<PokValues>({
    defaultValues: {
      locationId: data.locationId ?? "",
      workplaceTrainerUserId: data.workplaceTrainerUserId ?? "",
      teacherUserId: data.teacherUserId ?? "",
      startDate: data.startDate ?? "",
      endDate: data.endDate ?? "",
      totalHours: text(data.totalHours),
      hoursPerWeek: text(data.hoursPerWeek),
      daysPerWeek: text(data.daysPerWeek),
    },
  });
  const { register, handleSubmit, formState } = form;
  const errors = formState.errors;
  const save = useMutation(
    trpc.school.enrolments.update.mutationOptions({
      onSuccess: () => setSaved(true),
      onError: (error) => setFormError(applyServerErrors(error, form, FIELDS)),
    }),
  );
  const select =
    (name: "locationId" | "workplaceTrainerUserId" | "teacherUserId", options: Enrolment["locations"]) =>
    (props: FieldControlProps) => (
      <select {...props} {...register(name)}>
        <option value="">Nog niet gekozen</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    );
  return (
    <FormPanel
      className="no-print"
      title="POK invullen"
      intro={<p className="hint">Vanaf ‘volledig’ zijn alle velden verplicht.</p>}
      error={formError}
      submitLabel="POK opslaan"
      pending={save.isPending}
      onSubmit={handleSubmit((values) => {
        setFormError(null);
        setSaved(false);
        save.mutate({
          enrolmentId: data.id,
          locationId: values.locationId || null,
          workplaceTrainerUserId: values.workplaceTrainerUserId || null,
          teacherUserId: values.teacherUserId || null,
          startDate: values.startDate || null,
          endDate: values.endDate || null,
          totalHours: numberOrNull(values.totalHours),
          hoursPerWeek: numberOrNull(values.hoursPerWeek),
          daysPerWeek: numberOrNull(values.daysPerWeek),
        });
      })}
      grid={
        <>
          <Field label="Locatie" error={errors.locationId?.message}>
            {select("locationId", data.locations)}
          </Field>
          <Field label="Praktijkopleider" error={errors.workplaceTrainerUserId?.message}>
            {select("workplaceTrainerUserId", data.workplaceTrainers)}
          </Field>
          <Field label="Bpv-docent" error={errors.teacherUserId?.message}>
            {select("teacherUserId", data.teachers)}
          </Field>
          <Field label="Startdatum" error={errors.startDate?.message}>
            {(props) => <input {...props} type="date" {...register("startDate")} />}
          </Field>
          <Field label="Verwachte einddatum" error={errors.endDate?.message}>
            {(props) => <input {...props} type="date" {...register("endDate")} />}
          </Field>
          <Field label="Totaal aantal uren" error={errors.totalHours?.message}>
            {(props) => <input {...props} inputMode="numeric" {...register("totalHours")} />}
          </Field>
          <Field label="Uren per week" error={errors.hoursPerWeek?.message}>
            {(props) => <input {...props} inputMode="decimal" {...register("hoursPerWeek")} />}
          </Field>
          <Field label="Dagen per week" error={errors.daysPerWeek?.message}>
            {(props) => <input {...props} inputMode="numeric" {...register("daysPerWeek")} />}
          </Field>
        </>
      }
    >
      {saved && <output className="success">De POK is opgeslagen.</output>}
    </FormPanel>
  );
}
