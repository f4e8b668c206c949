/** `pnpm --filter @ontwikkelpad/db seed`: migrates and seeds the demo into DATABASE_URL or DATA_DIR. */
import { openDatabaseFromEnvironment } from "../environment.ts";
import { migrate } from "../migrate/migrate.ts";
import { DEMO_LOGINS, seedDemo } from "./demo.ts";

const db = await openDatabaseFromEnvironment();
try {
  const applied = await migrate(db);
  if (applied.length > 0) console.log(`Applied migrations: ${applied.join(", ")}`);
  const { seeded } = await seedDemo(db.prisma);
  console.log(seeded ? "Demo data seeded." : "The database already has data; the demo seed was skipped.");
  for (const login of DEMO_LOGINS)
    console.log(`  ${login.role.padEnd(18)} ${login.email}  (${login.organization})`);
  console.log(`Password for every demo login: ${DEMO_LOGINS[0]?.password}`);
} finally {
  await db.close();
}
