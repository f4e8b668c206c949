import type { RouterOutputs } from "@ontwikkelpad/api";
import { LEARNING_ROUTE_LABELS, POK_PARTY_LABELS, POK_STATUS_LABELS } from "@ontwikkelpad/ui";
import { MUTED, createPdf, dutchDate, documentFileName, type PlacedItem } from "@ontwikkelpad/ui/pdf";

export type EnrolmentDocument = RouterOutputs["school"]["enrolments"]["get"];

const hours = (n: number | null) => (n === null ? "-" : n.toLocaleString("nl-NL"));
const nameOf = (options: { id: string; name: string }[], id: string | null) =>
  options.find((o) => o.id === id)?.name ?? null;

/**
 * The praktijkovereenkomst as the document the learner, the leerbedrijf and the school sign (WEB art.
 * 7.2.8): the qualification by crebo and title and the leerweg; the learner; the leerbedrijf with its KvK
 * number and the workplace's address, the praktijkopleider and the SBB recognition; the school with its
 * BRIN and city and the bpv-docent; the period; the hours at the workplace next to the hours at school;
 * and a place to sign for each party, with the name and date of a signature already recorded. The
 * learner's date of birth is not held by Ontwikkelpad: the document leaves it to be filled in.
 */
export async function layoutPokPdf(
  data: EnrolmentDocument,
): Promise<{ bytes: Uint8Array; placed: PlacedItem[] }> {
  const w = createPdf(`Praktijkovereenkomst ${data.person} - ${data.employer}`);
  w.title("Praktijkovereenkomst (POK)");
  w.text(
    `${POK_STATUS_LABELS[data.pok.status]}${data.signedOn ? `, getekend op ${dutchDate(data.signedOn)}` : ""}`,
    { size: 9, color: MUTED },
  );

  w.heading("Opleiding");
  w.field("Kwalificatie", data.credentialTitle);
  w.field("Crebo", data.crebo);
  w.field("Leerweg", LEARNING_ROUTE_LABELS[data.learningRoute]);
  if (data.programme) w.field("Opleiding", data.programme);

  w.heading("Deelnemer");
  w.field("Naam", data.person);
  w.text("Geboortedatum: ....................................");

  w.heading("Leerbedrijf");
  w.field("Naam", data.employer);
  w.field("KvK-nummer", data.employerRegistryNumber);
  w.field("Adres werkplek", data.workplaceAddress);
  w.field("Praktijkopleider", nameOf(data.workplaceTrainers, data.workplaceTrainerUserId));
  w.field("SBB-erkenning", data.pok.recognised ? "erkend voor deze kwalificatie" : "geen erkenning");

  w.heading("School");
  w.field("Naam", data.school);
  w.field("BRIN / instellingscode", data.schoolRegistryNumber);
  w.field("Plaats", data.schoolCity);
  w.field("Bpv-docent", nameOf(data.teachers, data.teacherUserId));

  w.heading("Periode en uren");
  w.field("Periode", `${dutchDate(data.startDate)} tot en met ${dutchDate(data.endDate)}`);
  w.table(
    "Uren",
    [
      { header: "Waar", width: 0.5 },
      { header: "Uren per week", width: 0.25 },
      { header: "Uren in totaal", width: 0.25 },
    ],
    [
      ["Op de werkplek (bpv)", hours(data.hoursPerWeek), hours(data.totalHours)],
      ["Op school (lessen)", hours(data.schoolHoursPerWeek), "-"],
    ],
  );
  w.field("Dagen per week op de werkplek", data.daysPerWeek);

  w.heading("Ondertekening");
  w.text("De deelnemer, het leerbedrijf en de school gaan deze praktijkovereenkomst aan.");
  w.signatures(
    data.pok.signatures.map(({ party, signature }) => ({
      role: POK_PARTY_LABELS[party],
      name: signature?.by ?? null,
      date: signature?.on ?? null,
    })),
  );
  return { bytes: await w.save(), placed: w.placed };
}

/** "praktijkovereenkomst-sanne-de-vries-25498.pdf". */
export const pokFileName = (data: EnrolmentDocument) =>
  `${documentFileName("praktijkovereenkomst", data.person, data.crebo)}.pdf`;
