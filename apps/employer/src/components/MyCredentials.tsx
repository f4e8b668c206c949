import { downloadBlob, formatDate, useTRPC } from "@ontwikkelpad/ui";
import { useQuery } from "@tanstack/react-query";

/**
 * The employee's own signed credentials, each to download as the JSON the school signed: anyone she
 * shows it to checks it on the public verify page.
 */
export function MyCredentials({ token }: { token: string }) {
  const trpc = useTRPC();
  const query = useQuery(trpc.myPath.credentials.queryOptions({ token }, { retry: false }));
  if (!query.data || query.data.length === 0) return null;
  return (
    <section aria-labelledby="my-credentials">
      <h2 id="my-credentials">Mijn diploma’s en certificaten</h2>
      <p>
        Download een bewijs als bestand en laat het zien aan wie het wil controleren: op de pagina
        /verificatie ziet iedereen of het echt is.
      </p>
      <ul>
        {query.data.map((item) => (
          <li key={item.id}>
            {item.title}, uitgegeven door {item.school} op {formatDate(item.issuedOn)}{" "}
            <button
              type="button"
              className="secondary"
              aria-label={`${item.title} downloaden (JSON)`}
              onClick={() =>
                downloadBlob(
                  `${item.title}.json`,
                  new Blob([JSON.stringify(item.credential, null, 2)], { type: "application/json" }),
                )
              }
            >
              Downloaden (JSON)
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
