import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { Navigate, NavLink, Outlet, useLocation, useNavigate } from "react-router";
import { ConfirmDialog } from "./ConfirmDialog.tsx";
import { errorCode } from "./errors.ts";
import { ErrorMessage } from "./QueryState.tsx";
import { useTRPC } from "./trpc.tsx";

export interface NavItem {
  to: string;
  label: string;
}

/**
 * The frame of every page behind the login: portal name, navigation, organisation switcher and log
 * out. Sends the user to `loginPath` as soon as the session is gone.
 */
export function AppShell({
  portalName,
  nav,
  loginPath = "/inloggen",
}: {
  portalName: string;
  nav: readonly NavItem[];
  loginPath?: string;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const orgSelectId = useId();
  const [confirmEverywhere, setConfirmEverywhere] = useState(false);
  const me = useQuery(trpc.auth.me.queryOptions());

  const switchOrganization = useMutation(
    trpc.auth.switchOrganization.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries();
        await navigate("/");
      },
    }),
  );
  const logout = useMutation(
    trpc.auth.logout.mutationOptions({
      onSuccess: async () => {
        setConfirmEverywhere(false);
        queryClient.clear();
        await navigate(loginPath, { replace: true });
      },
    }),
  );

  if (me.isError && errorCode(me.error) === "UNAUTHORIZED") {
    return <Navigate to={loginPath} replace state={{ from: location.pathname + location.search }} />;
  }
  if (me.isPending) {
    return <output className="status">Laden…</output>;
  }
  if (me.isError) {
    return (
      <main id="inhoud">
        <ErrorMessage error={me.error} onRetry={() => void me.refetch()} retrying={me.isFetching} />
      </main>
    );
  }

  const organisations = [
    ...new Map(me.data.memberships.map((m) => [m.organizationId, m.organizationName])).entries(),
  ];
  return (
    <>
      <a className="skip-link" href="#inhoud">
        Naar de inhoud
      </a>
      <header className="app-header">
        <div className="brand">
          Ontwikkelpad <span className="portal-name">{portalName}</span>
        </div>
        <nav aria-label="Hoofdmenu">
          <ul>
            {nav.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.to === "/"}>
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="account">
          {organisations.length > 1 ? (
            <>
              <label htmlFor={orgSelectId}>Organisatie</label>
              <select
                id={orgSelectId}
                value={me.data.activeOrganizationId ?? ""}
                disabled={switchOrganization.isPending}
                onChange={(e) => switchOrganization.mutate({ organizationId: e.target.value })}
              >
                {organisations.map(([id, name]) => (
                  <option key={id} value={id}>
                    {name}
                  </option>
                ))}
              </select>
            </>
          ) : (
            <span className="organisation">{organisations[0]?.[1]}</span>
          )}
          <span className="user">{me.data.user.displayName}</span>
          <button
            type="button"
            className="secondary"
            onClick={() => logout.mutate({ everywhere: false })}
            disabled={logout.isPending}
          >
            Uitloggen
          </button>
          <button type="button" className="link-button" onClick={() => setConfirmEverywhere(true)}>
            Overal uitloggen
          </button>
        </div>
      </header>
      {(switchOrganization.isError || (logout.isError && !confirmEverywhere)) && (
        <ErrorMessage error={switchOrganization.error ?? logout.error} />
      )}
      <main id="inhoud" tabIndex={-1}>
        <Outlet />
      </main>
      <ConfirmDialog
        open={confirmEverywhere}
        title="Overal uitloggen?"
        confirmLabel="Overal uitloggen"
        busy={logout.isPending}
        onConfirm={() => logout.mutate({ everywhere: true })}
        onCancel={() => setConfirmEverywhere(false)}
      >
        <p>
          Je wordt op al je apparaten en in alle browsers uitgelogd. Daarna moet je overal opnieuw inloggen.
        </p>
        {logout.isError && <ErrorMessage error={logout.error} />}
      </ConfirmDialog>
    </>
  );
}
