/**
 * Demo data for a first start: one region desk with its partners, two employers, two schools, the
 * three personas of the Ontwikkelpad (Ellen, Miriam, Milan) at realistic stages, and one login per
 * role. Seeds only an empty database, in one transaction, so a restart never duplicates it. Each area
 * of the demo is seeded by a function of its own (`demo-*.ts`), in the order they build on each other.
 */
import { hash } from "@node-rs/argon2";
import type { PrismaClient } from "../../generated/prisma/client.ts";
import { DEMO_PASSWORD, demoAccounts, seedDemoAccounts } from "./demo-accounts.ts";
import { seedDemoAdoptedClass } from "./demo-adopted-class.ts";
import { seedDemoCandidates } from "./demo-candidates.ts";
import { seedDemoClasses } from "./demo-classes.ts";
import { seedDemoEllen } from "./demo-ellen.ts";
import { seedDemoExamResults } from "./demo-exam-results.ts";
import { seedDemoExemptions } from "./demo-exemptions.ts";
import { seedHeldCredentials } from "./demo-held-credentials.ts";
import { seedDemoIssuing } from "./demo-issuing.ts";
import { seedDemoLearningTeams } from "./demo-learning-teams.ts";
import { seedDemoMilan } from "./demo-milan.ts";
import { seedDemoMiriam } from "./demo-miriam.ts";
import { seedDemoOffers } from "./demo-offers.ts";
import { seedDemoOrganizations } from "./demo-organizations.ts";
import { seedDemoRegion } from "./demo-region.ts";
import type { DemoRefs } from "./demo-refs.ts";
import { seedDemoSchool } from "./demo-school.ts";
import { recordSeededPokSignatures } from "./pok-signatures.ts";
import { seedDemoStaff } from "./demo-staff.ts";
import { seedDemoSubsidy } from "./demo-subsidy.ts";

export { DEMO_LOGINS, DEMO_PASSWORD, type DemoLogin } from "./demo-accounts.ts";
export { DEMO_EMPLOYEE_VIEW_TOKEN } from "./demo-learning-teams.ts";

export interface SeedResult {
  seeded: boolean;
}

/** Advisory lock of the demo seed (the migrations hold another). */
const SEED_LOCK_KEY = 4_126_204;

export async function seedDemo(prisma: PrismaClient): Promise<SeedResult> {
  if ((await prisma.organization.count()) > 0) return { seeded: false };
  // Hash outside the transaction: argon2id is deliberately slow and would hold the transaction open.
  const passwordHashes = await Promise.all(demoAccounts().map(() => hash(DEMO_PASSWORD)));

  return prisma.$transaction(
    async (tx) => {
      // Two processes starting at once on an empty database: the lock makes the second wait for the
      // first to commit, and the check again inside it then finds the seed.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY}::bigint)`;
      if ((await tx.organization.count()) > 0) return { seeded: false };

      const organizations = await seedDemoOrganizations(tx);
      const users = await seedDemoAccounts(tx, organizations, passwordHashes);
      const offers = await seedDemoOffers(tx, organizations);
      const refs: DemoRefs = { ...organizations, ...users, ...offers };
      await seedDemoStaff(tx, refs);
      await seedDemoEllen(tx, refs);
      const { groepshulpVacancy } = await seedDemoMiriam(tx, refs);
      await seedDemoMilan(tx, refs);
      await seedDemoCandidates(tx, refs, groepshulpVacancy);
      await seedDemoAdoptedClass(tx, refs);

      const { employer, school, boomhut, ontdekkers, trainer, manager, examiner, teacher, userId } = refs;
      await seedHeldCredentials(tx);
      await seedDemoSchool(tx, { employer, school, boomhut, trainer, manager });
      await seedDemoExamResults(tx, {
        employer,
        school,
        location: ontdekkers,
        examiner,
        committee: userId("examencommissie@maasoever.demo"),
        teacher,
      });
      const issuing = {
        employer,
        school,
        location: ontdekkers,
        examiner,
        committee: userId("examencommissie@maasoever.demo"),
      };
      await seedDemoIssuing(tx, issuing);
      await seedDemoExemptions(tx, issuing);
      await seedDemoRegion(tx);
      await seedDemoSubsidy(tx);
      await seedDemoClasses(tx);
      await seedDemoLearningTeams(tx, organizations, users);
      await recordSeededPokSignatures(tx);
      return { seeded: true };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}
