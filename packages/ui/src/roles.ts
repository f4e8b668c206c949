// The portals ask core's permission table, the same one the api enforces; only that entry point is
// imported so the catalog stays out of the portals' bundles.
export { PERMISSIONS, can, type Permission } from "@ontwikkelpad/core/permissions";
