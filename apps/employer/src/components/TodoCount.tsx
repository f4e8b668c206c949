// From ui/trpc, not the ui index: the navigation is part of the portal's first download.
import { useTRPC } from "@ontwikkelpad/ui/trpc";
import { useQuery } from "@tanstack/react-query";

/** How many tasks wait for the user, after "Dashboard" in the navigation; nothing when none wait. */
export function TodoCount() {
  const trpc = useTRPC();
  const todo = useQuery(trpc.employer.todo.list.queryOptions());
  const count = todo.data?.length ?? 0;
  if (count === 0) return null;
  return (
    <span className="nav-count">
      {count}
      <span className="visually-hidden"> {count === 1 ? "taak" : "taken"} te doen</span>
    </span>
  );
}
