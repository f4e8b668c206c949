/**
 * The demo's organisations: the region desks with their partners, the two employers with their
 * locations and groups, the two schools, Deventer's learning-team partners (seed 004), who belongs to which region, and Kinderrijk's SBB recognitions.
 */
import type { Prisma } from "../../generated/prisma/client.ts";
import { day } from "./dates.ts";
import type { DemoOrganizations } from "./demo-refs.ts";

export const EMPLOYER = "Kinderrijk";
export const SECOND_EMPLOYER = "Kinderopvang Zonnebloem";
export const SCHOOL = "ROC De Maasoever";
export const SECOND_SCHOOL = "ROC Hofstad";
export const REGION = "Arbeidsmarktregio Rijnmond";
export const PARTNER = "UWV Rotterdam";
/** Deventer's learning-team partners (seed 004): an mbo and an hbo school and a childcare host. */
export const DEVENTER_MBO = "Aventus";
export const DEVENTER_HBO = "Hogeschool Saxion";
export const DEVENTER_HOST = "Raster Kinderopvang";

export async function seedDemoOrganizations(tx: Prisma.TransactionClient): Promise<DemoOrganizations> {
  const region = await tx.organization.create({
    data: { kind: "REGION", name: REGION, regionCode: "AM22", city: "Rotterdam" },
  });
  const haaglanden = await tx.organization.create({
    data: { kind: "REGION", name: "Arbeidsmarktregio Haaglanden", regionCode: "AM21", city: "Den Haag" },
  });
  await tx.organization.create({
    data: {
      kind: "REGION",
      name: "Arbeidsmarktregio Groot Amsterdam",
      regionCode: "AM18",
      city: "Amsterdam",
    },
  });
  const uwv = await tx.organization.create({
    data: { kind: "PARTNER", name: PARTNER, city: "Rotterdam" },
  });
  const gemeente = await tx.organization.create({
    data: { kind: "PARTNER", name: "Gemeente Rotterdam", city: "Rotterdam" },
  });

  // ── employers, locations and groups ──
  const employer = await tx.organization.create({
    data: { kind: "EMPLOYER", name: EMPLOYER, city: "Rotterdam", registryNumber: "90000001" },
  });
  const zonnebloem = await tx.organization.create({
    data: { kind: "EMPLOYER", name: SECOND_EMPLOYER, city: "Schiedam", registryNumber: "90000002" },
  });
  const school = await tx.organization.create({
    data: { kind: "SCHOOL", name: SCHOOL, city: "Rotterdam", registryNumber: "99XA" },
  });
  const hofstad = await tx.organization.create({
    data: { kind: "SCHOOL", name: SECOND_SCHOOL, city: "Den Haag", registryNumber: "99XB" },
  });
  const stedendriehoek = await tx.organization.create({
    data: {
      kind: "REGION",
      name: "Arbeidsmarktregio Veluwe Stedendriehoek",
      regionCode: "AM06",
      city: "Apeldoorn",
    },
  });
  const aventus = await tx.organization.create({
    data: { kind: "SCHOOL", name: DEVENTER_MBO, city: "Deventer", registryNumber: "99XC" },
  });
  const saxion = await tx.organization.create({
    data: { kind: "SCHOOL", name: DEVENTER_HBO, city: "Deventer", registryNumber: "99XD" },
  });
  const raster = await tx.organization.create({
    data: { kind: "EMPLOYER", name: DEVENTER_HOST, city: "Deventer", registryNumber: "90000003" },
  });
  await tx.regionMembership.createMany({
    data: [
      { organizationId: aventus.id, regionOrganizationId: stedendriehoek.id },
      { organizationId: saxion.id, regionOrganizationId: stedendriehoek.id },
      { organizationId: raster.id, regionOrganizationId: stedendriehoek.id },
      { organizationId: employer.id, regionOrganizationId: region.id },
      { organizationId: zonnebloem.id, regionOrganizationId: region.id },
      { organizationId: zonnebloem.id, regionOrganizationId: haaglanden.id },
      { organizationId: school.id, regionOrganizationId: region.id },
      { organizationId: hofstad.id, regionOrganizationId: haaglanden.id },
      { organizationId: uwv.id, regionOrganizationId: region.id },
      { organizationId: gemeente.id, regionOrganizationId: region.id },
    ],
  });

  const location = async (
    employerOrganizationId: string,
    data: {
      name: string;
      type: "KDV" | "BSO" | "PEUTEROPVANG" | "GASTOUDERBUREAU";
      lrkNumber: string;
      city: string;
      street: string;
      postalCode: string;
    },
    groups: { name: string; minAgeMonths: number; maxAgeMonths: number; maxChildren: number }[],
  ) =>
    tx.location.create({
      data: {
        ...data,
        employerOrganizationId,
        groups: { create: groups.map((group) => ({ ...group, employerOrganizationId })) },
      },
    });
  const boomhut = await location(
    employer.id,
    {
      name: "KDV De Boomhut",
      type: "KDV",
      lrkNumber: "100000001",
      city: "Rotterdam",
      street: "Beukelsdijk 12",
      postalCode: "3022 DA",
    },
    [
      { name: "Baby's", minAgeMonths: 0, maxAgeMonths: 12, maxChildren: 9 },
      { name: "Dreumesen", minAgeMonths: 12, maxAgeMonths: 24, maxChildren: 10 },
      { name: "Peuters", minAgeMonths: 24, maxAgeMonths: 48, maxChildren: 16 },
    ],
  );
  const ontdekkers = await location(
    employer.id,
    {
      name: "BSO De Ontdekkers",
      type: "BSO",
      lrkNumber: "100000002",
      city: "Rotterdam",
      street: "Schiekade 40",
      postalCode: "3032 AJ",
    },
    [
      { name: "Onderbouw", minAgeMonths: 48, maxAgeMonths: 84, maxChildren: 20 },
      { name: "Bovenbouw", minAgeMonths: 84, maxAgeMonths: 156, maxChildren: 24 },
    ],
  );
  await location(
    employer.id,
    {
      name: "Peuteropvang Het Kraaiennest",
      type: "PEUTEROPVANG",
      lrkNumber: "100000003",
      city: "Rotterdam",
      street: "Kraaiennest 3",
      postalCode: "3085 AB",
    },
    [{ name: "Peutergroep", minAgeMonths: 24, maxAgeMonths: 48, maxChildren: 16 }],
  );
  await location(
    employer.id,
    {
      name: "KDV Maaskade",
      type: "KDV",
      lrkNumber: "100000004",
      city: "Rotterdam",
      street: "Maaskade 101",
      postalCode: "3071 NK",
    },
    [
      { name: "Verticale groep", minAgeMonths: 0, maxAgeMonths: 48, maxChildren: 12 },
      { name: "Peuters", minAgeMonths: 24, maxAgeMonths: 48, maxChildren: 16 },
    ],
  );
  const delfshaven = await location(
    zonnebloem.id,
    {
      name: "KDV Zonnebloem Delfshaven",
      type: "KDV",
      lrkNumber: "200000001",
      city: "Rotterdam",
      street: "Havenstraat 8",
      postalCode: "3024 SJ",
    },
    [
      { name: "Baby's", minAgeMonths: 0, maxAgeMonths: 12, maxChildren: 6 },
      { name: "Peuters", minAgeMonths: 24, maxAgeMonths: 48, maxChildren: 16 },
    ],
  );
  await location(
    zonnebloem.id,
    {
      name: "BSO Zonnebloem Schiedam",
      type: "BSO",
      lrkNumber: "200000002",
      city: "Schiedam",
      street: "Lange Haven 55",
      postalCode: "3111 CD",
    },
    [{ name: "BSO-groep", minAgeMonths: 48, maxAgeMonths: 156, maxChildren: 22 }],
  );
  await location(
    zonnebloem.id,
    {
      name: "Gastouderbureau Zonnebloem",
      type: "GASTOUDERBUREAU",
      lrkNumber: "200000003",
      city: "Schiedam",
      street: "Lange Haven 55",
      postalCode: "3111 CD",
    },
    [],
  );

  // Kinderrijk is recognised for PMK and HZW in the derde leerweg, but not yet for PMK via
  // BBL — the route Milan wants: the portal should warn that the recognition needs extending.
  await tx.sbbRecognition.createMany({
    data: [
      {
        employerOrganizationId: employer.id,
        crebo: "25696",
        learningRoute: "DERDE_LEERWEG",
        status: "ACTIVE",
        recognisedFrom: day("2023-09-01"),
        reviewDue: day("2027-09-01"),
      },
      {
        employerOrganizationId: employer.id,
        crebo: "25498",
        learningRoute: "DERDE_LEERWEG",
        status: "ACTIVE",
        recognisedFrom: day("2023-09-01"),
        reviewDue: day("2027-09-01"),
      },
      {
        employerOrganizationId: employer.id,
        locationId: ontdekkers.id,
        crebo: "25498",
        learningRoute: "BBL",
        status: "EXPIRED",
        recognisedFrom: day("2021-03-01"),
        reviewDue: day("2025-03-01"),
        endedAt: day("2025-03-01"),
      },
      {
        employerOrganizationId: zonnebloem.id,
        crebo: "25696",
        learningRoute: "BBL",
        status: "ACTIVE",
        recognisedFrom: day("2024-02-01"),
        reviewDue: day("2028-02-01"),
      },
      {
        employerOrganizationId: zonnebloem.id,
        crebo: "25697",
        learningRoute: "BBL",
        status: "REQUESTED",
      },
    ],
  });
  return {
    region,
    haaglanden,
    uwv,
    gemeente,
    employer,
    zonnebloem,
    school,
    hofstad,
    aventus,
    saxion,
    raster,
    boomhut,
    ontdekkers,
    delfshaven,
  };
}
