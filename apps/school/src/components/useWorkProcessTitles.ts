import { formatCodeTitle, useTRPC } from "@ontwikkelpad/ui";
import { useQuery } from "@tanstack/react-query";

/** "B1-K1-W2 Voert de opvoedingsmethode uit" per werkproces id, from the catalog (the id while loading). */
export function useWorkProcessTitles(): (id: string) => string {
  const trpc = useTRPC();
  const groups = useQuery(trpc.catalog.workProcesses.queryOptions());
  const titles = new Map(
    (groups.data ?? []).flatMap((g) => g.workProcesses.map((wp) => [wp.id, formatCodeTitle(wp)] as const)),
  );
  return (id) => titles.get(id) ?? id;
}
