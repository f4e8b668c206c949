import { QueryState, describeNotification, useTRPC } from "@ontwikkelpad/ui";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";

/** The signed-in user's to-do list: each task links to the page where it is done. */
export function TodoList() {
  const trpc = useTRPC();
  const todo = useQuery(trpc.employer.todo.list.queryOptions());
  return (
    <section aria-labelledby="todo-title">
      <h2 id="todo-title">Te doen</h2>
      <QueryState query={todo}>
        {(items) =>
          items.length === 0 ? (
            <p className="empty">Er wacht nu niets op je.</p>
          ) : (
            <ul className="todo-list">
              {items.map((item) => {
                const { text, when } = describeNotification(item);
                return (
                  <li key={`${item.kind}-${item.personId ?? ""}-${item.name}-${item.on ?? ""}`}>
                    <Link to={item.link}>{text}</Link>
                    {when && <span className={item.overdue ? "no" : "hint"}> ({when})</span>}
                  </li>
                );
              })}
            </ul>
          )
        }
      </QueryState>
    </section>
  );
}
