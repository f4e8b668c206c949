import { useEffect } from "react";

/** Sets the browser tab's title, so screen reader users hear where a navigation landed. */
export function usePageTitle(title: string, portalName?: string): void {
  useEffect(() => {
    document.title = portalName ? `${title} · ${portalName} · Ontwikkelpad` : `${title} · Ontwikkelpad`;
  }, [title, portalName]);
}
