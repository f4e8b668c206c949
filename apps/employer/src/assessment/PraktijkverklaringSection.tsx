import {
  applyServerErrors,
  CREDENTIAL_REQUEST_STATUS_LABELS,
  Field,
  formatDate,
  FormPanel,
  useTRPC,
  SimpleTable,
} from "@ontwikkelpad/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useForm } from "react-hook-form";

import type { Assessments } from "../path-view.ts";
import { outstandingWorkProcesses } from "./assessment-view.ts";

type Template = Assessments["praktijkverklaringen"][number];

/** The praktijkverklaringen the co-signed ratings allow, the requests sent to schools, and what is still missing. */
export function PraktijkverklaringSection({
  personId,
  data,
  onRequested,
}: {
  personId: string;
  data: Assessments;
  onRequested: (message: string) => void;
}) {
  const outstanding = outstandingWorkProcesses(data.coreTasks);
  const titleOf = (credentialId: string) =>
    data.praktijkverklaringen.find((p) => p.templateId === credentialId)?.title ?? credentialId;
  return (
    <section aria-labelledby="praktijkverklaring-title">
      <h2 id="praktijkverklaring-title">Praktijkverklaring</h2>
      <p>
        Alleen werkprocessen die als beheerst zijn beoordeeld, ondertekend én medeondertekend komen op de
        praktijkverklaring. De school geeft haar af.
      </p>
      {data.praktijkverklaringen.length === 0 ? (
        <p className="empty">Voor de werkprocessen van deze persoon bestaat geen praktijkverklaring.</p>
      ) : (
        data.praktijkverklaringen.map((template) => {
          const open = data.credentialRequests.find(
            (r) => r.credentialId === template.templateId && r.status === "SUBMITTED",
          );
          return (
            <div key={template.templateId} className="step-panel">
              <h3>{template.title}</h3>
              {open ? (
                <p>
                  Aangevraagd op {formatDate(open.sentOn)} bij {open.school}; wacht op de school.
                </p>
              ) : template.ready ? (
                <>
                  <p>
                    {template.workProcessCount}{" "}
                    {template.workProcessCount === 1 ? "werkproces komt" : "werkprocessen komen"} op de
                    verklaring
                    {template.missingCount > 0
                      ? `; ${template.missingCount} aanbevolen ${template.missingCount === 1 ? "werkproces is" : "werkprocessen zijn"} nog niet afgerond.`
                      : "."}
                  </p>
                  <RequestForm
                    personId={personId}
                    template={template}
                    schools={data.schools}
                    onRequested={onRequested}
                  />
                </>
              ) : (
                <p className="notice">
                  Nog niet aan te vragen: er is nog geen werkproces als beheerst beoordeeld, ondertekend en
                  medeondertekend.
                </p>
              )}
            </div>
          );
        })
      )}
      {outstanding.length > 0 && (
        <>
          <h3 id="outstanding-title">Nog niet afgerond</h3>
          <ul aria-labelledby="outstanding-title">
            {outstanding.map((w) => (
              <li key={w.id}>
                <strong>{w.code}</strong> {w.title}: {w.step}
              </li>
            ))}
          </ul>
        </>
      )}
      {data.credentialRequests.length > 0 && (
        <SimpleTable
          caption="Aanvragen bij de school"
          rows={data.credentialRequests}
          rowKey={(r) => r.id}
          columns={[
            { header: "Verklaring", rowHeader: true, render: (r) => titleOf(r.credentialId) },
            { header: "School", render: (r) => r.school },
            { header: "Verstuurd op", render: (r) => formatDate(r.sentOn) },
            { header: "Status", render: (r) => CREDENTIAL_REQUEST_STATUS_LABELS[r.status] },
            { header: "Reactie van de school", render: (r) => r.responseNote ?? "—" },
          ]}
        />
      )}
    </section>
  );
}

interface RequestFormValues {
  schoolId: string;
  message: string;
}

const FIELDS = ["schoolId", "message"] as const;

function RequestForm({
  personId,
  template,
  schools,
  onRequested,
}: {
  personId: string;
  template: Template;
  schools: Assessments["schools"];
  onRequested: (message: string) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  // The API lists the school where the person is enrolled first.
  const form = useForm<RequestFormValues>({
    defaultValues: { schoolId: schools[0]?.id ?? "", message: "" },
  });
  const { register, handleSubmit, formState } = form;
  const errors = formState.errors;
  const request = useMutation(
    trpc.employer.assessments.requestPraktijkverklaring.mutationOptions({
      onSuccess: async (result, input) => {
        await queryClient.invalidateQueries({ queryKey: trpc.employer.assessments.get.pathKey() });
        const school = schools.find((s) => s.id === input.schoolId)?.name ?? "de school";
        onRequested(
          `De ${template.title} is aangevraagd bij ${school}, met ${result.workProcessCount} ${result.workProcessCount === 1 ? "werkproces" : "werkprocessen"}.`,
        );
      },
      onError: (error) => setFormError(applyServerErrors(error, form, FIELDS)),
    }),
  );

  return (
    <FormPanel
      title={`${template.title} aanvragen`}
      error={formError}
      submitLabel="Praktijkverklaring aanvragen"
      pending={request.isPending}
      pendingLabel="Bezig met aanvragen…"
      onSubmit={handleSubmit((values) => {
        setFormError(null);
        const message = values.message.trim();
        request.mutate({
          personId,
          templateId: template.templateId,
          schoolId: values.schoolId,
          ...(message ? { message } : {}),
        });
      })}
    >
      <Field label="Mbo-instelling" required error={errors.schoolId?.message}>
        {(props) => (
          <select {...props} {...register("schoolId", { required: "Kies een mbo-instelling." })}>
            <option value="">Kies een mbo-instelling</option>
            {schools.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Bericht aan de school" hint="Hoogstens 2000 tekens." error={errors.message?.message}>
        {(props) => <textarea {...props} rows={2} maxLength={2000} {...register("message")} />}
      </Field>
    </FormPanel>
  );
}
