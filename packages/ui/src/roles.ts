// The portals ask core's permission table, the same one the api enforces; only that entry point is
// imported so the catalog stays out of the portals' bundles.
export {
  COACH_ROLES,
  PERMISSIONS,
  ROLES,
  can,
  type CoachRole,
  type Permission,
  type Role,
} from "@ontwikkelpad/core/permissions";
