// The portals ask core's permission table, the same one the api enforces; only that entry point is
// imported so the catalog stays out of the portals' bundles.
export {
  COACH_ROLES,
  PEOPLE_ACTIONS,
  PERMISSIONS,
  ROLES,
  ROLES_OF_KIND,
  can,
  type CoachRole,
  type Permission,
  type Role,
  type StaffedKind,
} from "@ontwikkelpad/core/permissions";
