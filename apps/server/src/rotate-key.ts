/**
 * `npm run rotate-key -- <BRIN or school id>` at the repository root: retires a school's signing key
 * and makes a new one (after a suspected leak, or on the school's schedule). What the old key signed
 * keeps verifying: the school's did.json lists every key it ever had. With the embedded database the
 * server must be stopped; on PostgreSQL (DATABASE_URL) it may run.
 */
import { rotateSchoolKey } from "@ontwikkelpad/api";
import { openDatabaseFromEnvironment } from "@ontwikkelpad/db";

const [school] = process.argv.slice(2);
if (!school) {
  console.error("usage: rotate-key <BRIN or school id>");
  process.exit(2);
}
const db = await openDatabaseFromEnvironment();
try {
  const rotated = await rotateSchoolKey(db.prisma, school);
  if (!rotated) {
    console.error(`No school with BRIN or id "${school}".`);
    process.exitCode = 1;
  } else {
    console.log(
      `${rotated.schoolName}: new signing key ${rotated.keyId}; the old keys stay in its did.json.`,
    );
  }
} finally {
  await db.close();
}
