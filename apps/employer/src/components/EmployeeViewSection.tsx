import { CopyLinkField, ErrorMessage, QueryState, formatDate, useTRPC } from "@ontwikkelpad/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { BASENAME } from "../portal.ts";

/** The link to copy to the employee: their own path, read-only, without an account. */
const employeeLink = (token: string) => `${window.location.origin}${BASENAME}/mijn-pad/${token}`;

/**
 * The employee's own view of the path: HR makes a link for the person's e-mail address (a new link
 * closes the older ones) and sees whether, when and at which step the employee agreed.
 */
export function EmployeeViewSection({ pathId }: { pathId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const query = useQuery(trpc.employer.paths.employeeView.queryOptions({ pathId }));
  const [link, setLink] = useState<string | null>(null);
  const invite = useMutation(
    trpc.employer.paths.inviteEmployee.mutationOptions({
      onSuccess: async ({ token }) => {
        setLink(employeeLink(token));
        await queryClient.invalidateQueries({
          queryKey: trpc.employer.paths.employeeView.queryKey({ pathId }),
        });
      },
    }),
  );

  return (
    <section aria-labelledby="employee-view-title" className="no-print">
      <h2 id="employee-view-title">Meekijken door de medewerker</h2>
      <QueryState query={query}>
        {(data) => (
          <>
            {data.links.length === 0 ? (
              <p>De medewerker is nog niet uitgenodigd om het eigen Ontwikkelpad te bekijken.</p>
            ) : (
              <ul>
                {data.links.map((l) => (
                  <li key={l.id}>
                    Link voor {l.email} van {formatDate(l.invitedOn)} door {l.invitedBy},{" "}
                    {l.open ? `geldig tot ${formatDate(l.expiresOn)}` : "vervangen of verlopen"}:{" "}
                    {l.agreement
                      ? `akkoord gegeven door ${l.agreement.name} op ${formatDate(l.agreement.agreedOn)}, bij stap ${l.agreement.step}`
                      : "nog geen akkoord"}
                  </li>
                ))}
              </ul>
            )}
            {data.email ? (
              <>
                {invite.isError && <ErrorMessage error={invite.error} />}
                <button type="button" disabled={invite.isPending} onClick={() => invite.mutate({ pathId })}>
                  {invite.isPending
                    ? "Bezig…"
                    : data.links.length > 0
                      ? "Nieuwe link voor de medewerker maken"
                      : "Medewerker uitnodigen om mee te kijken"}
                </button>
                {link && (
                  <div className="step-panel">
                    <p>
                      Stuur deze link naar {data.email}. De medewerker ziet het eigen pad zonder in te loggen
                      en kan akkoord geven; de link is 30 dagen geldig.
                    </p>
                    <CopyLinkField label="Link naar het eigen Ontwikkelpad" link={link} />
                  </div>
                )}
              </>
            ) : (
              <p>Vul eerst het e-mailadres van de medewerker in bij de persoon om een link te maken.</p>
            )}
          </>
        )}
      </QueryState>
    </section>
  );
}
