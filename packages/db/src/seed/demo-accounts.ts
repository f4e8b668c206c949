/**
 * The demo's accounts: one login per role (DEMO_LOGINS), the accounts of the second employer and school
 * and of Deventer's learning team beside them, all with the one demo passphrase.
 */
import { createHash, randomBytes } from "node:crypto";
import type { Prisma, Role } from "../../generated/prisma/client.ts";
import {
  DEVENTER_HBO,
  DEVENTER_HOST,
  DEVENTER_MBO,
  EMPLOYER,
  PARTNER,
  REGION,
  SCHOOL,
  SECOND_EMPLOYER,
  SECOND_SCHOOL,
} from "./demo-organizations.ts";
import type { DemoOrganizations, DemoUsers } from "./demo-refs.ts";

/** All demo accounts share one passphrase: it is printed on start, it protects nothing real. */
export const DEMO_PASSWORD = "Ontwikkelpad-demo-2026";

export interface DemoLogin {
  email: string;
  password: string;
  role: Role;
  organization: string;
  /** Portal path where this role works. */
  portal: "/werkgever/" | "/school/" | "/regio/";
}

const login = (email: string, role: Role, organization: string, portal: DemoLogin["portal"]): DemoLogin => ({
  email,
  password: DEMO_PASSWORD,
  role,
  organization,
  portal,
});

/** One login per role. */
export const DEMO_LOGINS: readonly DemoLogin[] = [
  login("hr@kinderrijk.demo", "ADMIN", EMPLOYER, "/werkgever/"),
  login("praktijkopleider@kinderrijk.demo", "WORKPLACE_TRAINER", EMPLOYER, "/werkgever/"),
  login("leidinggevende@kinderrijk.demo", "MANAGER", EMPLOYER, "/werkgever/"),
  login("opleidingsadviseur@maasoever.demo", "TRAINING_ADVISOR", SCHOOL, "/school/"),
  login("docent@maasoever.demo", "TEACHER", SCHOOL, "/school/"),
  login("examinator@maasoever.demo", "EXAMINER", SCHOOL, "/school/"),
  login("examencommissie@maasoever.demo", "EXAM_COMMITTEE", SCHOOL, "/school/"),
  login("coordinator@rijnmond.demo", "COORDINATOR", REGION, "/regio/"),
  login("wsp@rijnmond.demo", "WSP_ADVISOR", REGION, "/regio/"),
  login("lwl@rijnmond.demo", "LWL_ADVISOR", REGION, "/regio/"),
  login("intake@uwv-rotterdam.demo", "INTAKE", PARTNER, "/regio/"),
];

/** Accounts that exist besides DEMO_LOGINS (same passphrase): the second employer and school, Deventer's learning team. */
const OTHER_ACCOUNTS = [
  { email: "hr@zonnebloem.demo", role: "ADMIN", organization: SECOND_EMPLOYER, name: "Fatima el Amrani" },
  {
    email: "praktijkopleider@zonnebloem.demo",
    role: "WORKPLACE_TRAINER",
    organization: SECOND_EMPLOYER,
    name: "Joost de Wit",
  },
  {
    email: "opleidingsadviseur@hofstad.demo",
    role: "TRAINING_ADVISOR",
    organization: SECOND_SCHOOL,
    name: "Priya Ramdin",
  },
  {
    email: "praktijkopleider2@kinderrijk.demo",
    role: "WORKPLACE_TRAINER",
    organization: EMPLOYER,
    name: "Kees Vermeulen",
  },
  {
    email: "opleidingsadviseur@aventus.demo",
    role: "TRAINING_ADVISOR",
    organization: DEVENTER_MBO,
    name: "Berrit Lodewijks",
  },
  {
    email: "opleidingsadviseur@saxion.demo",
    role: "TRAINING_ADVISOR",
    organization: DEVENTER_HBO,
    name: "Thijs Oosterhuis",
  },
  { email: "hr@raster.demo", role: "ADMIN", organization: DEVENTER_HOST, name: "Gerda Wassink" },
] as const;

const DISPLAY_NAMES: Record<string, string> = {
  "hr@kinderrijk.demo": "Annemieke Jansen",
  "praktijkopleider@kinderrijk.demo": "Sanne de Vries",
  "leidinggevende@kinderrijk.demo": "Mohamed Bouzid",
  "opleidingsadviseur@maasoever.demo": "Ingrid Bakker",
  "docent@maasoever.demo": "Ruben Koster",
  "examinator@maasoever.demo": "Hanneke Smit",
  "examencommissie@maasoever.demo": "Wilma Hoekstra",
  "coordinator@rijnmond.demo": "Marleen Visser",
  "wsp@rijnmond.demo": "Dennis Pranger",
  "lwl@rijnmond.demo": "Esra Yilmaz",
  "intake@uwv-rotterdam.demo": "Tom Hendriks",
};

/** Every account the demo creates, in the order their password hashes are made. */
export const demoAccounts = () => [
  ...DEMO_LOGINS.map((demo) => ({ ...demo, name: DISPLAY_NAMES[demo.email] ?? demo.email })),
  ...OTHER_ACCOUNTS,
];

/** Creates the accounts with their memberships; `passwordHashes` follow the order of demoAccounts(). */
export async function seedDemoAccounts(
  tx: Prisma.TransactionClient,
  {
    region,
    haaglanden,
    uwv,
    employer,
    zonnebloem,
    school,
    hofstad,
    aventus,
    saxion,
    raster,
  }: DemoOrganizations,
  passwordHashes: readonly string[],
): Promise<DemoUsers> {
  const accounts = demoAccounts();
  const orgByName = new Map(
    [region, uwv, employer, zonnebloem, school, hofstad, aventus, saxion, raster].map((organization) => [
      organization.name,
      organization.id,
    ]),
  );
  const users = new Map<string, string>();
  for (const [index, account] of accounts.entries()) {
    const organizationId = orgByName.get(account.organization);
    if (!organizationId) throw new Error(`Demo organization ${account.organization} is missing`);
    const user = await tx.user.create({
      data: {
        email: account.email,
        displayName: account.name,
        passwordHash: passwordHashes[index] as string,
        memberships: {
          create: {
            organizationId,
            role: account.role,
            // Guidance time shows the praktijkopleiders' load on the organisation page.
            ...(account.role === "WORKPLACE_TRAINER" ? { hoursPerWeek: 6 } : {}),
          },
        },
      },
    });
    users.set(account.email, user.id);
  }
  const userId = (email: string) => {
    const id = users.get(email);
    if (!id) throw new Error(`Demo user ${email} is missing`);
    return id;
  };
  const trainer = userId("praktijkopleider@kinderrijk.demo");
  const manager = userId("leidinggevende@kinderrijk.demo");
  const examiner = userId("examinator@maasoever.demo");
  const teacher = userId("docent@maasoever.demo");
  // The coordinator also works for the neighbouring region: shows switching organisations.
  await tx.membership.create({
    data: {
      userId: userId("coordinator@rijnmond.demo"),
      organizationId: haaglanden.id,
      role: "COORDINATOR",
    },
  });
  // An invitation nobody accepted yet: the admin's list shows it to send again or withdraw. Its link's
  // token is thrown away, as the invite procedure does once the admin has copied it.
  await tx.invitation.create({
    data: {
      organizationId: employer.id,
      email: "nieuwe.leidinggevende@kinderrijk.demo",
      role: "MANAGER",
      tokenHash: createHash("sha256").update(randomBytes(24)).digest("hex"),
      invitedByUserId: userId("hr@kinderrijk.demo"),
      expiresAt: new Date(Date.now() + 14 * 24 * 60 * 60 * 1000),
    },
  });
  return { userId, trainer, manager, examiner, teacher };
}
