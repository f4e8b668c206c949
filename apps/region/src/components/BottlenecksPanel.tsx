import {
  BOTTLENECK_CATEGORY_LABELS,
  BOTTLENECK_STATUS_LABELS,
  ErrorMessage,
  Field,
  FormPanel,
  QueryState,
  applyServerErrors,
  formatDate,
  useRoles,
  useTRPC,
  SimpleTable,
  LabelOptions,
} from "@ontwikkelpad/ui";
import type { BottleneckCategory, BottleneckStatus } from "@ontwikkelpad/api";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { AddableSection } from "./AddableSection.tsx";

interface Values {
  category: BottleneckCategory;
  description: string;
  owner: string;
  raisedOn: string;
}
const FIELDS = ["category", "description", "owner", "raisedOn"] as const;
const todayIso = () => new Date().toLocaleDateString("sv-SE");

/** The knelpunten log: everyone in the region reads it, the coordinator adds and moves knelpunten. */
export function BottlenecksPanel() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { can } = useRoles();
  const isCoordinator = can("manageImplementation");
  const log = useQuery(trpc.region.implementation.listBottlenecks.queryOptions());
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: trpc.region.implementation.listBottlenecks.queryKey() });
  const setStatus = useMutation(
    trpc.region.implementation.setBottleneckStatus.mutationOptions({ onSuccess: refresh }),
  );
  return (
    <AddableSection
      id="bottlenecks-title"
      title="Knelpunten"
      addLabel="Knelpunt toevoegen"
      renderForm={(close) => <BottleneckForm onClose={close} onSaved={refresh} />}
    >
      {setStatus.isError && <ErrorMessage error={setStatus.error} />}
      <QueryState query={log}>
        {(rows) => (
          <SimpleTable
            caption="Knelpuntenlog"
            emptyText="Nog geen knelpunten vastgelegd."
            rows={rows}
            rowKey={(b) => b.id}
            columns={[
              { header: "Knelpunt", rowHeader: true, render: (b) => b.description },
              { header: "Categorie", render: (b) => BOTTLENECK_CATEGORY_LABELS[b.category] },
              { header: "Eigenaar", render: (b) => b.owner },
              { header: "Gemeld", render: (b) => formatDate(b.raisedOn) },
              {
                header: "Status",
                render: (b) => (
                  <>
                    {isCoordinator ? (
                      <select
                        aria-label={`Status van ${b.description}`}
                        value={b.status}
                        disabled={setStatus.isPending}
                        onChange={(e) =>
                          setStatus.mutate({ bottleneckId: b.id, status: e.target.value as BottleneckStatus })
                        }
                      >
                        <LabelOptions labels={BOTTLENECK_STATUS_LABELS} />
                      </select>
                    ) : (
                      BOTTLENECK_STATUS_LABELS[b.status]
                    )}
                    {b.resolvedOn && ` (${formatDate(b.resolvedOn)})`}
                  </>
                ),
              },
            ]}
          />
        )}
      </QueryState>
    </AddableSection>
  );
}

function BottleneckForm({ onClose, onSaved }: { onClose: () => void; onSaved: () => Promise<void> }) {
  const trpc = useTRPC();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    defaultValues: { category: "FUNDING", description: "", owner: "", raisedOn: todayIso() },
  });
  const { register, handleSubmit, formState } = form;
  const add = useMutation(
    trpc.region.implementation.addBottleneck.mutationOptions({
      onSuccess: async () => {
        onClose();
        await onSaved();
      },
      onError: (error) => setFormError(applyServerErrors(error, form, FIELDS)),
    }),
  );
  return (
    <FormPanel
      title="Knelpunt toevoegen"
      error={formError}
      submitLabel="Knelpunt opslaan"
      pending={add.isPending}
      onCancel={onClose}
      onSubmit={handleSubmit((v) => {
        setFormError(null);
        add.mutate({ ...v, description: v.description.trim(), owner: v.owner.trim() });
      })}
      grid={
        <>
          <Field label="Categorie" required error={formState.errors.category?.message}>
            {(props) => (
              <select {...props} {...register("category")}>
                <LabelOptions labels={BOTTLENECK_CATEGORY_LABELS} />
              </select>
            )}
          </Field>
          <Field label="Eigenaar" required error={formState.errors.owner?.message}>
            {(props) => (
              <input {...props} {...register("owner", { required: "Vul in wie het knelpunt oppakt." })} />
            )}
          </Field>
          <Field label="Gemeld op" required error={formState.errors.raisedOn?.message}>
            {(props) => <input {...props} type="date" max={todayIso()} {...register("raisedOn")} />}
          </Field>
        </>
      }
    >
      <Field label="Beschrijving" required error={formState.errors.description?.message}>
        {(props) => (
          <textarea
            {...props}
            rows={3}
            {...register("description", {
              validate: (v) => v.trim().length >= 5 || "Beschrijf het knelpunt (minstens 5 tekens).",
            })}
          />
        )}
      </Field>
    </FormPanel>
  );
}
