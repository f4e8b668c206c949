import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useState, type ComponentType } from "react";
import { Navigate, NavLink, Outlet, useLocation, useNavigate, useNavigation } from "react-router";
import { ConfirmDialog } from "./ConfirmDialog.tsx";
import { errorCode } from "./errors.ts";
import { mailSettingsRedirect } from "./mail-settings.ts";
import { usePortal } from "./portal-context.ts";
import { decidePortal, portalOf, type OrganizationKind } from "./portals.ts";
import { NotificationBell } from "./NotificationBell.tsx";
import { ErrorMessage } from "./QueryState.tsx";
import { useTRPC } from "./trpc.tsx";
import { WrongPortal } from "./WrongPortal.tsx";

export interface NavItem {
  to: string;
  label: string;
  /** Shown after the label, e.g. how many tasks wait on that page; renders nothing when there are none. */
  badge?: ComponentType;
  /** Shown only to members of these kinds of organisation (e.g. a region's own staff, not its partners). */
  kinds?: readonly OrganizationKind[];
}

/**
 * The frame of every page behind the login: portal name, navigation, organisation switcher and log
 * out. Sends the user to `loginPath` as soon as the session is gone. When the active organisation
 * does not work in this portal it switches to one of the user's organisations that does, or shows
 * the portals the user can go to instead.
 */
export function AppShell({ nav, loginPath = "/inloggen" }: { nav: readonly NavItem[]; loginPath?: string }) {
  const portal = usePortal();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const orgSelectId = useId();
  const [confirmEverywhere, setConfirmEverywhere] = useState(false);
  const navigation = useNavigation();
  const me = useQuery(trpc.auth.me.queryOptions());
  const decision = me.data ? decidePortal(portal, me.data.activeOrganizationId, me.data.memberships) : null;

  const switchOrganization = useMutation(
    trpc.auth.switchOrganization.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(),
    }),
  );
  const switchTo = decision?.kind === "switch" ? decision.organizationId : null;
  const { mutate: switchMutate, isIdle: switchIdle } = switchOrganization;
  useEffect(() => {
    if (switchTo && switchIdle) switchMutate({ organizationId: switchTo });
  }, [switchTo, switchIdle, switchMutate]);
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
  if (decision?.kind === "switch" && !switchOrganization.isError) {
    return <output className="status">Overschakelen naar {decision.organizationName}…</output>;
  }
  const wrongPortal = decision?.kind === "elsewhere" ? decision.portals : null;
  // A mail's link to its settings lands here after the login, if one was needed.
  const mailSettings = wrongPortal ? null : mailSettingsRedirect(location.search);
  if (mailSettings) return <Navigate to={mailSettings} replace />;

  const activeKind = me.data.memberships.find(
    (m) => m.organizationId === me.data.activeOrganizationId,
  )?.organizationKind;
  const organizations = [
    ...new Map(me.data.memberships.map((m) => [m.organizationId, m.organizationName])).entries(),
  ];
  return (
    <>
      <a className="skip-link" href="#inhoud">
        Naar de inhoud
      </a>
      <header className="app-header">
        <div className="brand">
          Ontwikkelpad <span className="portal-name">{portal.name}</span>
        </div>
        {!wrongPortal && (
          <nav aria-label="Hoofdmenu">
            <ul>
              {nav
                .filter((item) => !item.kinds || (item.kinds as readonly string[]).includes(activeKind ?? ""))
                .map((item) => (
                  <li key={item.to}>
                    <NavLink to={item.to} end={item.to === "/"}>
                      {item.label}
                      {item.badge && <item.badge />}
                    </NavLink>
                  </li>
                ))}
            </ul>
          </nav>
        )}
        <div className="account">
          {!wrongPortal && <NotificationBell />}
          {organizations.length > 1 ? (
            <>
              <label htmlFor={orgSelectId}>Organisatie</label>
              <select
                id={orgSelectId}
                value={me.data.activeOrganizationId ?? ""}
                disabled={switchOrganization.isPending}
                onChange={(e) => {
                  const organizationId = e.target.value;
                  const kind = me.data.memberships.find(
                    (m) => m.organizationId === organizationId,
                  )?.organizationKind;
                  const target = kind ? portalOf(kind) : undefined;
                  switchOrganization.mutate(
                    { organizationId },
                    {
                      // An organisation of another kind works in its own portal.
                      onSuccess: () =>
                        target && target.id !== portal.id
                          ? window.location.assign(`${target.basename}/`)
                          : void navigate("/"),
                    },
                  );
                }}
              >
                {organizations.map(([id, name]) => (
                  <option key={id} value={id}>
                    {name}
                  </option>
                ))}
              </select>
            </>
          ) : (
            <span className="organization">{organizations[0]?.[1]}</span>
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
      <main id="inhoud" tabIndex={-1} aria-busy={navigation.state === "loading"}>
        {wrongPortal ? <WrongPortal portal={portal} elsewhere={wrongPortal} /> : <Outlet />}
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
