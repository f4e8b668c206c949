import { findAccessibilityProblems, readPdf } from "@ontwikkelpad/ui/pdf-check";
import { describe, expect, it } from "vitest";
import { layoutPokPdf, pokFileName, type EnrolmentDocument } from "./pok-pdf.ts";

const enrolment: EnrolmentDocument = {
  id: "e1",
  school: "ROC De Maasoever",
  personId: "p1",
  person: "Sanne de Vries",
  employer: "Kinderrijk",
  credentialTitle: "Pedagogisch medewerker kinderopvang",
  crebo: "25498",
  schoolRegistryNumber: "99XA",
  schoolCity: "Rotterdam",
  employerRegistryNumber: "90000001",
  workplaceAddress: "Dorpsstraat 1, 3011 AA Rotterdam",
  schoolHoursPerWeek: 6,
  programme: "PMK derde leerweg",
  learningRoute: "DERDE_LEERWEG",
  locationId: "l1",
  workplaceTrainerUserId: "u1",
  teacherUserId: "u2",
  startDate: "2026-09-01",
  endDate: "2027-08-31",
  totalHours: 1200,
  hoursPerWeek: 28,
  daysPerWeek: 4,
  signedOn: null,
  statusReason: null,
  pok: {
    status: "SENT",
    editable: false,
    next: [],
    missing: [],
    recognised: true,
    signatures: [
      { party: "LEARNER", signature: { by: "Sanne de Vries", on: "2026-08-20" } },
      { party: "EMPLOYER", signature: null },
      { party: "SCHOOL", signature: null },
    ],
  },
  locations: [{ id: "l1", name: "KDV De Ster" }],
  workplaceTrainers: [{ id: "u1", name: "Petra Praktijk" }],
  teachers: [{ id: "u2", name: "Bram Bpv" }],
};

describe("the POK as a document to sign", () => {
  it("states the qualification, the three parties with their registry numbers, period and hours", async () => {
    const { bytes } = await layoutPokPdf(enrolment);
    const { lines, title } = await readPdf(bytes);
    expect(title).toBe("Praktijkovereenkomst Sanne de Vries - Kinderrijk");
    for (const line of [
      "Kwalificatie: Pedagogisch medewerker kinderopvang",
      "Crebo: 25498",
      "Leerweg: Derde leerweg",
      "Naam: Sanne de Vries",
      "KvK-nummer: 90000001",
      "Adres werkplek: Dorpsstraat 1, 3011 AA Rotterdam",
      "Praktijkopleider: Petra Praktijk",
      "BRIN / instellingscode: 99XA",
      "Bpv-docent: Bram Bpv",
      "Periode: 1-9-2026 tot en met 31-8-2027",
    ])
      expect(lines).toContain(line);
    expect(lines.some((line) => line.startsWith("Geboortedatum:"))).toBe(true);
    // Hours at the workplace and at school side by side, each on its own row.
    const text = lines.join("|");
    expect(text).toContain("Op de werkplek (bpv)|28|1.200");
    expect(text).toContain("Op school (lessen)|6");
  });

  it("has a place to sign for the learner, the leerbedrijf and the school, with a recorded signature", async () => {
    const { placed } = await layoutPokPdf(enrolment);
    expect(placed.filter((p) => p.kind === "line" && p.text !== "table").map((p) => p.text)).toEqual([
      "Deelnemer",
      "Leerbedrijf",
      "School",
    ]);
    const texts = placed.map((p) => p.text);
    expect(texts).toContain("Datum: 20-8-2026");
    expect(texts.filter((t) => t === "Naam: ")).toHaveLength(2);
  });

  it("is a tagged PDF a screen reader can follow", async () => {
    expect(await findAccessibilityProblems((await layoutPokPdf(enrolment)).bytes)).toEqual([]);
  });

  it("is named after the learner and the crebo", () => {
    expect(pokFileName(enrolment)).toBe("praktijkovereenkomst-sanne-de-vries-25498.pdf");
  });
});
