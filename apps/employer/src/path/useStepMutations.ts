import { useTRPC } from "@ontwikkelpad/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { StepSaveData } from "../path-view.ts";

/** Everything a change to a path may alter: the wizard itself, the person page, the team list and the dashboard. */
export function useRefreshPath(personId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.employer.paths.get.queryKey({ personId }) }),
      queryClient.invalidateQueries({ queryKey: trpc.employer.paths.routes.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.employer.persons.get.queryKey({ personId }) }),
      queryClient.invalidateQueries({ queryKey: trpc.employer.persons.list.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.employer.dashboard.get.queryKey() }),
    ]);
  };
}

/** Saves one step's form (employer.paths.save) and refreshes the path; `onSaved` runs after a save that worked. */
export function useSaveStep(personId: string, pathId: string, onError?: (error: unknown) => void) {
  const trpc = useTRPC();
  const refresh = useRefreshPath(personId);
  const mutation = useMutation(
    trpc.employer.paths.save.mutationOptions({
      onSuccess: refresh,
      ...(onError ? { onError } : {}),
    }),
  );
  return {
    ...mutation,
    save: (data: StepSaveData, onSaved?: () => void) =>
      mutation.mutate({ pathId, data }, onSaved ? { onSuccess: onSaved } : undefined),
  };
}
