export * from "../generated/prisma/client.ts";
export {
  type Database,
  type DatabaseOptions,
  type SqlRunner,
  createDatabase,
  createPgliteDatabase,
  createPostgresDatabase,
} from "./database.ts";
export { migrate } from "./migrate/migrate.ts";
export * from "./scope.ts";
export { type RegionPathCounts, readRegionPathCounts } from "./read-models/region-path-counts.ts";
export {
  type TeamOverviewRow,
  type TeamStandingFacts,
  readTeamOverview,
} from "./read-models/team-overview.ts";
export {
  DEMO_EMPLOYEE_VIEW_TOKEN,
  DEMO_LOGINS,
  DEMO_PASSWORD,
  type DemoLogin,
  type SeedResult,
  seedDemo,
} from "./seed/demo.ts";
export { DEFAULT_DATA_DIR, openDatabaseFromEnvironment } from "./environment.ts";
export { DataDirInUseError } from "./embedded.ts";
