import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useState } from "react";
import { Link } from "react-router";
import { MAIL_SETTINGS_PATH } from "./mail-settings.ts";
import { describeNotification } from "./notifications.ts";
import { usePortal } from "./portal-context.ts";
import { ErrorMessage } from "./QueryState.tsx";
import { useTRPC } from "./trpc.tsx";

/** How often the bell asks again while the page stays open. */
const REFRESH_MS = 60_000;

/**
 * The bell in the shell's header: how many notifications wait for the signed-in user in the active
 * organisation, and on opening the list, each a link to the page where the work is done, and the link
 * to the mail settings.
 */
export function NotificationBell() {
  const portal = usePortal();
  const trpc = useTRPC();
  const listId = useId();
  const [open, setOpen] = useState(false);
  const procedures = {
    employer: trpc.employer.notifications,
    school: trpc.school.notifications,
    region: trpc.region.notifications,
  }[portal.id];
  const queryClient = useQueryClient();
  // Work done on a page (a rating signed, a request answered) takes its notification away at once.
  useEffect(
    () =>
      queryClient.getMutationCache().subscribe((event) => {
        if (event.type === "updated" && event.action.type === "success")
          void queryClient.invalidateQueries({ queryKey: procedures.pathKey() });
      }),
    [queryClient, procedures],
  );
  const count = useQuery(procedures.count.queryOptions(undefined, { refetchInterval: REFRESH_MS }));
  const list = useQuery(procedures.list.queryOptions(undefined, { enabled: open }));
  const n = count.data?.count ?? 0;
  return (
    <div className="notification-bell">
      <button
        type="button"
        className="secondary"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
      >
        Meldingen {n > 0 && <span className="nav-count">{n}</span>}
        <span className="visually-hidden">{n === 1 ? " melding" : " meldingen"}</span>
      </button>
      {open && (
        <div id={listId} className="notification-list">
          {list.isError ? (
            <ErrorMessage error={list.error} onRetry={() => void list.refetch()} retrying={list.isFetching} />
          ) : !list.data ? (
            <output className="status">Laden…</output>
          ) : list.data.length === 0 ? (
            <p className="empty">Er wacht nu niets op je.</p>
          ) : (
            <ul>
              {list.data.map((item, index) => {
                const { text, when } = describeNotification(item);
                return (
                  // Two signals about one werkproces read the same: the position tells them apart.
                  <li key={`${index}-${item.kind}-${item.link}`}>
                    <Link to={item.link} onClick={() => setOpen(false)}>
                      {text}
                    </Link>
                    {when && <span className={item.overdue ? "no" : "hint"}> ({when})</span>}
                  </li>
                );
              })}
            </ul>
          )}
          <p className="notification-settings">
            <Link to={MAIL_SETTINGS_PATH} onClick={() => setOpen(false)}>
              Meldingen instellen
            </Link>
          </p>
        </div>
      )}
    </div>
  );
}
