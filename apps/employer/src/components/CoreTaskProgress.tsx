import { QueryState, useTRPC } from "@ontwikkelpad/ui";
import { useQuery } from "@tanstack/react-query";
import { useId } from "react";
import { progressPerCoreTask } from "../path-view.ts";

/**
 * Per kerntaak of the whole goal how many werkprocessen a praktijkopleider signed as beheerst, as a bar
 * and in words: the figures the Ontwikkelpad PDF prints.
 */
export function CoreTaskProgress({ personId }: { personId: string }) {
  const trpc = useTRPC();
  const assessments = useQuery(trpc.employer.assessments.get.queryOptions({ personId }));
  const path = useQuery(trpc.employer.paths.get.queryOptions({ personId }));
  const idPrefix = useId();
  return (
    <QueryState query={assessments} loadingText="Voortgang laden…">
      {(data) => {
        const progress = progressPerCoreTask(data.coreTasks, path.data?.plan?.chosenRoute ?? null);
        if (progress.length === 0)
          return (
            <p className="empty">
              Nog geen werkprocessen om te beoordelen: kies eerst een doel in het Ontwikkelpad.
            </p>
          );
        return (
          <ul className="plain-list">
            {progress.map((task) => {
              const labelId = `${idPrefix}-${task.code}`;
              return (
                <li key={task.code} className="progress-row">
                  <span id={labelId}>
                    {task.code} {task.title}
                  </span>
                  <progress aria-labelledby={labelId} value={task.mastered} max={Math.max(task.total, 1)} />
                  <span>
                    {task.mastered} van {task.total} werkprocessen beheerst
                  </span>
                </li>
              );
            })}
          </ul>
        );
      }}
    </QueryState>
  );
}
