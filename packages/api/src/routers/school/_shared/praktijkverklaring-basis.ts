import { childcareCatalog, evaluateCredentialEligibility, findCredentialCrebo } from "@ontwikkelpad/core";
import { scopeOwnedByEmployer, type Prisma } from "@ontwikkelpad/db";
import { today } from "../../../shared/dates.ts";
import { profileFacts, toPersonProfile } from "../../../shared/person-profile.ts";
import { readIsRecognised } from "../../../shared/recognition.ts";

export interface PraktijkverklaringBasis {
  /** Exactly the werkprocessen the praktijkverklaring would list today. */
  workProcessIds: string[];
  /** The leerbedrijf holds an SBB recognition for the qualification's crebo. */
  recognised: boolean;
  crebo: string | null;
}

/**
 * What a school may state in a praktijkverklaring for a person at one leerbedrijf, as core decides it
 * from every judgement made there: the werkprocessen judged mastered, signed and co-signed, while the
 * leerbedrijf is recognised.
 */
export async function readPraktijkverklaringBasis(
  prisma: Prisma.TransactionClient,
  request: { personId: string; employerOrganizationId: string; credentialId: string },
): Promise<PraktijkverklaringBasis> {
  const date = today();
  const crebo = findCredentialCrebo(childcareCatalog, request.credentialId);
  const [person, recognised] = await Promise.all([
    prisma.person.findUniqueOrThrow({
      where: { id: request.personId },
      include: {
        evidence: {
          where: { kind: "PRACTICE_ASSESSMENT", ...scopeOwnedByEmployer(request.employerOrganizationId) },
        },
        credentials: true,
        ...profileFacts(request.employerOrganizationId),
      },
    }),
    // A praktijkverklaring is earned in the derde leerweg.
    readIsRecognised(prisma, request.employerOrganizationId, crebo, "DERDE_LEERWEG", date),
  ]);
  // Every judgement as stored, with its signing state and the leerbedrijf's recognition: core decides
  // what the praktijkverklaring lists.
  const eligibility = evaluateCredentialEligibility(
    childcareCatalog,
    toPersonProfile(person, person.evidence, person.credentials, { inRecognisedCompany: recognised }),
    date,
  ).find((e) => e.credentialKind === "PRAKTIJKVERKLARING" && e.credentialId === request.credentialId);
  return { workProcessIds: eligibility?.workProcessIds ?? [], recognised, crebo };
}
