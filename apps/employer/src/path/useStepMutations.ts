import { useTRPC } from "@ontwikkelpad/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { BaseSyntheticEvent } from "react";
import { useSearchParams } from "react-router";
import type { Path, StepSaveData } from "../path-view.ts";

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
      // A step done can end a task (a review held, a proposal agreed to): the list and its count follow.
      queryClient.invalidateQueries({ queryKey: trpc.employer.todo.list.pathKey() }),
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

/**
 * Moving the path on to the next step after its form is saved, when the path stands at the shown
 * step: the server checks with core whether it may, and refuses with what is still missing.
 */
export function useMoveOn(personId: string, path: Path, step: number) {
  const trpc = useTRPC();
  const refresh = useRefreshPath(personId);
  const [, setParams] = useSearchParams();
  const next = step === path.currentStep ? path.moves.find((m) => m.kind === "forward") : undefined;
  const move = useMutation(
    trpc.employer.paths.move.mutationOptions({
      onSuccess: async () => {
        await refresh();
        // Without ?stap the wizard follows the path to its new step.
        setParams({});
      },
    }),
  );
  return {
    next,
    move,
    /** Whether a form was sent with its "Opslaan en naar stap N" button rather than the plain save. */
    requested: (event?: BaseSyntheticEvent) =>
      next !== undefined &&
      (event?.nativeEvent as SubmitEvent | undefined)?.submitter?.getAttribute("name") === MOVE_ON,
    moveOn: () => {
      if (next) move.mutate({ pathId: path.id, to: next.to });
    },
  };
}
export type MoveOn = ReturnType<typeof useMoveOn>;

/** The name of the submit button that saves and moves on. */
export const MOVE_ON = "verder";
