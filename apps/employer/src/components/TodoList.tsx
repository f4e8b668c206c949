import type { RouterOutputs } from "@ontwikkelpad/api";
import { QueryState, formatDate, useTRPC } from "@ontwikkelpad/ui";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";

type TodoItem = RouterOutputs["employer"]["todo"]["list"][number];

const ratings = (n: number) => `${n} ${n === 1 ? "beoordeling" : "beoordelingen"}`;

/** What the item asks, where the user does it, and when. */
function describe(item: TodoItem): { text: string; to: string; when: string | null } {
  const person = item.personId ? `/personen/${item.personId}` : "/vacatures";
  switch (item.kind) {
    case "sign":
      return {
        text: `${ratings(item.count)} van ${item.name} ondertekenen`,
        to: `${person}/beoordeling`,
        when: null,
      };
    case "coSign":
      return {
        text: `${ratings(item.count)} van ${item.name} medeondertekenen`,
        to: `${person}/beoordeling`,
        when: null,
      };
    case "review":
      return {
        text: `Evaluatie van het Ontwikkelpad van ${item.name}`,
        to: `${person}/ontwikkelpad?stap=8`,
        when: item.overdue ? `te laat, was ${formatDate(item.on)}` : `op ${formatDate(item.on)}`,
      };
    case "schoolAnswer":
      return {
        text: `${item.detail ?? "De school"} heeft gereageerd op de scholingsaanvraag voor ${item.name}`,
        to: `${person}/ontwikkelpad?stap=7`,
        when: `op ${formatDate(item.on)}`,
      };
    case "referral":
      return {
        text: `Voordracht van ${item.name}${item.detail ? ` voor ${item.detail}` : ""} beantwoorden`,
        to: "/vacatures",
        when: `voorgedragen op ${formatDate(item.on)}`,
      };
  }
}

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
                const { text, to, when } = describe(item);
                return (
                  <li key={`${item.kind}-${item.personId ?? ""}-${item.name}-${item.on ?? ""}`}>
                    <Link to={to}>{text}</Link>
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
