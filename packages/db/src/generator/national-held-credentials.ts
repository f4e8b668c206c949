/**
 * What staff brought with them, as HR types it in on the person's page (no origin, no werkprocessen):
 * most qualified pedagogisch medewerkers hold a diploma of the catalog or another one on the cao list,
 * some on a path already hold a certificate or praktijkverklaring.
 */
import { childcareCatalog, findCredential } from "@ontwikkelpad/core";
import { type Generation, day } from "./national-context.ts";
import { INSTITUTIONS, OTHER_DIPLOMAS } from "./national-data.ts";

export interface CredentialHolder {
  personId: string;
  employerId: string;
  /** The employer's admin, who records it. */
  adminId: string;
  functionId: string;
  contractStart: Date;
  /** The credential the person's path leads to, which they do not hold yet; null when not on a path. */
  goal: string | null;
}

/** What staff on a path may hold already: ids the catalog knows, its kind taken from there. */
const EARLIER_CREDENTIALS = ["C0123", "C0126", "pv-helpende-zorg-welzijn"];

export async function generateHeldCredentials(
  { random, past, id, write }: Generation,
  { personId, employerId, adminId, functionId, contractStart, goal }: CredentialHolder,
): Promise<void> {
  const record = (
    credential:
      | { kind: string; credentialId: string }
      | { kind: "OTHER_DIPLOMA"; title: string; educationLevel: string; diplomaGroup: string },
    issuedOn: Date,
    institution: string,
  ) =>
    write.heldCredentials.add([
      id("hc"),
      personId,
      employerId,
      credential.kind,
      "credentialId" in credential ? credential.credentialId : null,
      "title" in credential ? credential.title : null,
      "educationLevel" in credential ? credential.educationLevel : null,
      "diplomaGroup" in credential ? credential.diplomaGroup : null,
      issuedOn,
      institution,
      adminId,
      // HR records it when the person is hired, or when they bring it later.
      issuedOn > contractStart ? issuedOn : contractStart,
    ]);

  if (functionId === "pedagogisch-medewerker") {
    if (!random.chance(0.9)) return;
    const issuedOn = day(contractStart, -random.int(30, 3650));
    if (random.chance(0.8)) {
      const credentialId = goal !== "GPM" && random.chance(0.15) ? "GPM" : "PMK";
      await record({ kind: "DIPLOMA", credentialId }, issuedOn, random.pick(INSTITUTIONS));
    } else {
      const { institution, ...diploma } = random.pick(OTHER_DIPLOMAS);
      await record({ kind: "OTHER_DIPLOMA", ...diploma }, issuedOn, institution);
    }
  } else if (goal && random.chance(0.3)) {
    const credentialId = random.pick(EARLIER_CREDENTIALS.filter((candidate) => candidate !== goal));
    const { kind } = findCredential(childcareCatalog, credentialId)!;
    await record(
      { kind, credentialId },
      past(day(contractStart, random.int(-700, 300))),
      random.pick(INSTITUTIONS),
    );
  }
}
