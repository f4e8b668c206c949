import { QueryState, usePageTitle, useTRPC } from "@ontwikkelpad/ui";
import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { PORTAL_NAME } from "../portal.ts";

/** One person: the functions they may fill today and, for the others, why not. */
export function PersonPage() {
  const { id = "" } = useParams();
  const trpc = useTRPC();
  const person = useQuery(trpc.employer.persons.get.queryOptions({ personId: id }));
  const name = person.data?.name ?? "Persoon";
  usePageTitle(name, PORTAL_NAME);

  return (
    <>
      <p className="no-print">
        <Link to="/">← Terug naar het team</Link>
      </p>
      <h1>{name}</h1>
      <QueryState query={person}>
        {(data) => {
          const allowed = data.functions.filter((f) => f.mayFill);
          return (
            <>
              <p>
                {allowed.length === 0
                  ? `${data.name} mag nog geen van deze functies vervullen.`
                  : `${data.name} mag nu werken als ${allowed.map((f) => f.title.toLowerCase()).join(", ")}.`}
              </p>
              <div className="table-scroll">
                <table>
                  <caption>Functies die {data.name} mag vervullen, en waarom (nog) niet</caption>
                  <thead>
                    <tr>
                      <th scope="col">Functie</th>
                      <th scope="col">Mag vervullen</th>
                      <th scope="col">Toelichting</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.functions.map((f) => (
                      <tr key={f.functionId}>
                        <th scope="row">{f.title}</th>
                        <td className={f.mayFill ? "yes" : "no"}>{f.mayFill ? "Ja" : "Nee"}</td>
                        <td>{f.explanation}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          );
        }}
      </QueryState>
    </>
  );
}
