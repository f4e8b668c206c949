/** The kinds of organisation a membership belongs to (the database's `OrganizationKind`). */
export type OrganizationKind = "EMPLOYER" | "SCHOOL" | "REGION" | "PARTNER";

export type PortalId = "employer" | "school" | "region";

export interface PortalInfo {
  id: PortalId;
  /** Shown in the header and the tab title. */
  name: string;
  /** Where apps/server serves the portal, without the trailing slash. */
  basename: string;
  /** The page's meta description. */
  description: string;
  /** The organisations whose members work in this portal. */
  kinds: readonly OrganizationKind[];
}

/** The three portals; apps/server serves each one's build at its `basename`. */
export const PORTALS: Record<PortalId, PortalInfo> = {
  employer: {
    id: "employer",
    name: "Werkgever",
    basename: "/werkgever",
    description: "Ontwikkelpad voor werkgevers in de kinderopvang",
    kinds: ["EMPLOYER"],
  },
  school: {
    id: "school",
    name: "School",
    basename: "/school",
    description: "Ontwikkelpad voor mbo-instellingen",
    kinds: ["SCHOOL"],
  },
  region: {
    id: "region",
    name: "Regio",
    basename: "/regio",
    description: "Ontwikkelpad voor arbeidsmarktregio's",
    // Partners (UWV, gemeente) work with the region's desk.
    kinds: ["REGION", "PARTNER"],
  },
};

export interface MembershipSummary {
  organizationId: string;
  organizationName: string;
  organizationKind: string;
}

/** What the shell does with a signed-in user who opens `portal`. */
export type PortalDecision =
  | { kind: "stay" }
  | { kind: "switch"; organizationId: string; organizationName: string }
  | { kind: "elsewhere"; portals: PortalInfo[] };

const belongsTo = (portal: PortalInfo, kind: string) => (portal.kinds as readonly string[]).includes(kind);

/** The portal an organisation of `kind` works in. */
export function portalOf(kind: string): PortalInfo | undefined {
  return Object.values(PORTALS).find((p) => belongsTo(p, kind));
}

/**
 * Stay when the active organisation belongs to this portal; otherwise switch to the user's first
 * organisation that does; otherwise point to the portals the user's organisations do belong to.
 */
export function decidePortal(
  portal: PortalInfo,
  activeOrganizationId: string | null,
  memberships: readonly MembershipSummary[],
): PortalDecision {
  const active = memberships.find((m) => m.organizationId === activeOrganizationId);
  if (active && belongsTo(portal, active.organizationKind)) return { kind: "stay" };
  const here = memberships.find((m) => belongsTo(portal, m.organizationKind));
  if (here)
    return { kind: "switch", organizationId: here.organizationId, organizationName: here.organizationName };
  const portals = Object.values(PORTALS).filter((p) =>
    memberships.some((m) => belongsTo(p, m.organizationKind)),
  );
  return { kind: "elsewhere", portals };
}
