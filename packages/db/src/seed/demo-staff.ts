/** The demo's staff: qualified pedagogisch medewerkers, so Kinderrijk's locations meet the ratio. */
import type { Prisma } from "../../generated/prisma/client.ts";
import { day } from "./dates.ts";
import type { DemoOrganizations } from "./demo-refs.ts";

export async function seedDemoStaff(
  tx: Prisma.TransactionClient,
  { employer, boomhut, ontdekkers }: Pick<DemoOrganizations, "employer" | "boomhut" | "ontdekkers">,
): Promise<void> {
  const staff = [
    ["Lotte", "van Dijk", boomhut.id],
    ["Yasmina", "Haddou", boomhut.id],
    ["Eva", "Mulder", boomhut.id],
    ["Daan", "Kramer", ontdekkers.id],
    ["Noor", "Peeters", ontdekkers.id],
    ["Chantal", "Bos", boomhut.id],
  ] as const;
  for (const [givenName, familyName, locationId] of staff) {
    await tx.person.create({
      data: {
        kind: "STAFF",
        givenName,
        familyName,
        employerOrganizationId: employer.id,
        employments: {
          create: {
            employerOrganizationId: employer.id,
            locationId,
            functionId: "pedagogisch-medewerker",
            hoursPerWeek: 28,
            contractStart: day("2022-01-01"),
          },
        },
      },
    });
  }
}
