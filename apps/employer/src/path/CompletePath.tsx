import { ConfirmDialog, ErrorMessage, useRoles, useTRPC } from "@ontwikkelpad/ui";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import type { Path, PathData } from "../path-view.ts";
import { useRefreshPath } from "./useStepMutations.ts";

/**
 * Afronden: once the person holds the goal credential (the api's `goalMet`), the path can be finished
 * (employer.paths.complete). The page then shows the completed path and offers a next goal.
 */
export function CompletePath({ data, path, goalTitle }: { data: PathData; path: Path; goalTitle: string }) {
  const trpc = useTRPC();
  const { can } = useRoles();
  const refresh = useRefreshPath(data.person.id);
  const [confirming, setConfirming] = useState(false);
  const complete = useMutation(
    trpc.employer.paths.complete.mutationOptions({
      onSuccess: async () => {
        setConfirming(false);
        await refresh();
      },
    }),
  );
  if (!path.goalMet || !can("employerMember")) return null;
  return (
    <div className="notice no-print" role="note" aria-label="Doel behaald">
      <p>
        {data.person.name} heeft het doel behaald: {goalTitle}. Rond het Ontwikkelpad af om het in de
        geschiedenis vast te leggen.
      </p>
      {complete.isError && <ErrorMessage error={complete.error} />}
      <button type="button" onClick={() => setConfirming(true)}>
        Pad afronden
      </button>
      <ConfirmDialog
        open={confirming}
        title="Ontwikkelpad afronden?"
        confirmLabel="Pad afronden"
        busy={complete.isPending}
        onConfirm={() => complete.mutate({ pathId: path.id })}
        onCancel={() => setConfirming(false)}
      >
        <p>
          Het Ontwikkelpad van {data.person.name} wordt afgesloten met vandaag als einddatum en {goalTitle}{" "}
          als behaald doel. Het pad blijft in de geschiedenis van {data.person.name} staan en kan daarna niet
          meer worden gewijzigd; voor een volgend doel start je een nieuw Ontwikkelpad.
        </p>
      </ConfirmDialog>
    </div>
  );
}
