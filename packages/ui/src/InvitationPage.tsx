import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { Field } from "./Field.tsx";
import { ROLE_LABELS } from "./labels.ts";
import { usePortal } from "./portal-context.ts";
import { ErrorMessage, QueryState } from "./QueryState.tsx";
import { useTRPC } from "./trpc.tsx";
import { usePageTitle } from "./usePageTitle.ts";

const roleName = (role: string) => ROLE_LABELS[role as keyof typeof ROLE_LABELS]?.toLowerCase() ?? role;

/**
 * Accepting an invitation of an employer, school or region, without logging in: a newcomer chooses a
 * name and a password; someone with an account confirms with their password. Then they log in to the
 * portal the link belongs to (the inviting organisation's), as usual.
 */
export function InvitationPage() {
  const portal = usePortal();
  usePageTitle("Uitnodiging", portal.name);
  const token = useParams().token ?? "";
  const trpc = useTRPC();
  const invitation = useQuery(trpc.invitations.get.queryOptions({ token }, { retry: false }));
  const [displayName, setDisplayName] = useState("");
  const [password, setPassword] = useState("");
  const accept = useMutation(trpc.invitations.accept.mutationOptions());

  return (
    <main id="inhoud" className="login">
      <h1>Uitnodiging</h1>
      {accept.isSuccess ? (
        // Outside the invitation's query: once accepted the link is used up, and reading it again fails.
        <>
          <output className="success">
            Welkom bij {invitation.data?.organization}. Log in met {accept.data.email} en je wachtwoord.
          </output>
          <p>
            <Link to="/inloggen">Naar inloggen</Link>
          </p>
        </>
      ) : (
        <QueryState query={invitation}>
          {(data) => (
            <form
              aria-labelledby="accept-title"
              onSubmit={(event) => {
                event.preventDefault();
                accept.mutate({ token, password, ...(data.hasAccount ? {} : { displayName }) });
              }}
            >
              <h2 id="accept-title">
                {data.organization} nodigt {data.email} uit als {roleName(data.role)}
              </h2>
              {!data.hasAccount && (
                <Field label="Je naam" required hint="Zoals collega's je zien.">
                  {(props) => (
                    <input
                      {...props}
                      autoComplete="name"
                      value={displayName}
                      onChange={(e) => setDisplayName(e.target.value)}
                    />
                  )}
                </Field>
              )}
              <Field
                label={data.hasAccount ? "Je wachtwoord" : "Kies een wachtwoord"}
                required
                hint={
                  data.hasAccount
                    ? "Je hebt al een account: bevestig met je wachtwoord."
                    : "Minstens 12 tekens."
                }
              >
                {(props) => (
                  <input
                    {...props}
                    type="password"
                    autoComplete={data.hasAccount ? "current-password" : "new-password"}
                    value={password}
                    onChange={(e) => setPassword(e.target.value)}
                  />
                )}
              </Field>
              {accept.isError && <ErrorMessage error={accept.error} />}
              <button type="submit" disabled={accept.isPending}>
                {accept.isPending ? "Bezig…" : "Uitnodiging aannemen"}
              </button>
            </form>
          )}
        </QueryState>
      )}
    </main>
  );
}
