import { usePageTitle } from "./usePageTitle.ts";
import type { PortalInfo } from "./portals.ts";

/** For a user none of whose organisations works in this portal: where they can go instead. */
export function WrongPortal({ portal, elsewhere }: { portal: PortalInfo; elsewhere: PortalInfo[] }) {
  usePageTitle("Ander portaal", portal.name);
  return (
    <>
      <h1>Dit is het portaal voor {portal.name.toLowerCase()}</h1>
      {elsewhere.length > 0 ? (
        <>
          <p>Je organisatie werkt in een ander portaal van Ontwikkelpad.</p>
          <ul className="plain-list">
            {elsewhere.map((p) => (
              <li key={p.id}>
                <a href={`${p.basename}/`}>Naar het portaal {p.name}</a>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>
          Je account hoort bij geen organisatie met een portaal. Vraag de beheerder van je organisatie om
          toegang.
        </p>
      )}
    </>
  );
}
