/**
 * The demo's training offers at both schools: a workplace trajectory runs on demand with its seats as
 * the maximum at the same time, every other offer has its start date as a start moment with that capacity.
 */
import type { Prisma } from "../../generated/prisma/client.ts";
import { at, day } from "./dates.ts";
import type { DemoOffers, DemoOrganizations } from "./demo-refs.ts";

export async function seedDemoOffers(
  tx: Prisma.TransactionClient,
  { school, hofstad }: Pick<DemoOrganizations, "school" | "hofstad">,
): Promise<DemoOffers> {
  const offer = (
    schoolOrganizationId: string,
    {
      seats,
      startDate,
      ...offerData
    }: {
      title: string;
      credentialId: string;
      crebo?: string;
      learningRoute: "BBL" | "DERDE_LEERWEG" | "BOL";
      format: "ON_SITE" | "HYBRID" | "ONLINE" | "AT_WORKPLACE";
      durationWeeks: number;
      hoursPerWeek: number;
      priceCents: number;
      seats: number;
      startDate: string;
      description: string;
    },
  ) => {
    const onDemand = offerData.format === "AT_WORKPLACE";
    return tx.trainingOffer.create({
      data: {
        ...offerData,
        schoolOrganizationId,
        publishedAt: at("2026-06-01T09:00:00Z"),
        onDemand,
        maxConcurrentLearners: onDemand ? seats : null,
        ...(onDemand ? {} : { starts: { create: { startsOn: day(startDate), capacity: seats } } }),
      },
    });
  };
  const pmkBbl = await offer(school.id, {
    title: "Pedagogisch medewerker kinderopvang (BBL)",
    credentialId: "PMK",
    crebo: "25696",
    learningRoute: "BBL",
    format: "HYBRID",
    durationWeeks: 104,
    hoursPerWeek: 8,
    priceCents: 275_000,
    seats: 25,
    startDate: "2027-02-01",
    description: "Twee jaar werken en leren: één dag per week les, de rest in de praktijk.",
  });
  await offer(school.id, {
    title: "Certificaat Pedagogisch klimaat in de kinderopvang",
    credentialId: "C0125",
    crebo: "25696",
    learningRoute: "DERDE_LEERWEG",
    format: "HYBRID",
    durationWeeks: 20,
    hoursPerWeek: 4,
    priceCents: 95_000,
    seats: 20,
    startDate: "2027-01-11",
    description: "Maatwerktraject voor zij-instromers, afgesloten met een examen in de praktijk.",
  });
  await offer(school.id, {
    title: "Certificaat Ontwikkeling en spelen stimuleren",
    credentialId: "C0123",
    crebo: "25696",
    learningRoute: "DERDE_LEERWEG",
    format: "HYBRID",
    durationWeeks: 20,
    hoursPerWeek: 4,
    priceCents: 95_000,
    seats: 20,
    startDate: "2027-03-01",
    description: "Vervolg op Pedagogisch klimaat.",
  });
  await offer(school.id, {
    title: "Certificaat Professioneel samenwerken en communiceren",
    credentialId: "C0126",
    crebo: "25696",
    learningRoute: "DERDE_LEERWEG",
    format: "ONLINE",
    durationWeeks: 16,
    hoursPerWeek: 3,
    priceCents: 85_000,
    seats: 30,
    startDate: "2027-04-12",
    description: "Online met twee praktijkdagen.",
  });
  const pvHzw = await offer(school.id, {
    title: "Praktijkverklaring Helpende zorg en welzijn",
    credentialId: "pv-helpende-zorg-welzijn",
    crebo: "25498",
    learningRoute: "DERDE_LEERWEG",
    format: "AT_WORKPLACE",
    durationWeeks: 30,
    hoursPerWeek: 2,
    priceCents: 60_000,
    seats: 40,
    startDate: "2026-09-01",
    description: "Leren op de werkvloer; de praktijkopleider beoordeelt, wij geven de verklaring af.",
  });
  await offer(school.id, {
    title: "Certificaat Ondersteuning in de kinderopvang",
    credentialId: "OIK",
    crebo: "25498",
    learningRoute: "DERDE_LEERWEG",
    format: "HYBRID",
    durationWeeks: 26,
    hoursPerWeek: 4,
    priceCents: 110_000,
    seats: 20,
    startDate: "2027-01-18",
    description: "Niveau 2, voor groepshulpen die meer willen doen met de kinderen.",
  });
  await offer(hofstad.id, {
    title: "Gespecialiseerd pedagogisch medewerker (BBL)",
    credentialId: "GPM",
    crebo: "25697",
    learningRoute: "BBL",
    format: "ON_SITE",
    durationWeeks: 156,
    hoursPerWeek: 8,
    priceCents: 320_000,
    seats: 20,
    startDate: "2027-02-01",
    description: "Twee jaar basis met het niveau-3-diploma, daarna een kopjaar.",
  });
  await offer(hofstad.id, {
    title: "Onderwijsassistent (BBL)",
    credentialId: "OA",
    crebo: "25698",
    learningRoute: "BBL",
    format: "ON_SITE",
    durationWeeks: 104,
    hoursPerWeek: 8,
    priceCents: 275_000,
    seats: 20,
    startDate: "2027-02-01",
    description: "Voor medewerkers die ook in het onderwijs willen werken.",
  });
  await offer(hofstad.id, {
    title: "Praktijkverklaring Assistent dienstverlening",
    credentialId: "pv-assistent-dienstverlening",
    learningRoute: "DERDE_LEERWEG",
    format: "AT_WORKPLACE",
    durationWeeks: 24,
    hoursPerWeek: 2,
    priceCents: 45_000,
    seats: 40,
    startDate: "2026-10-01",
    description: "Entree-niveau, volledig op de werkvloer.",
  });
  return { pmkBbl, pvHzw };
}
