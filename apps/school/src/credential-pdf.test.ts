import { PDF_PAGE } from "@ontwikkelpad/ui/pdf";
import { findAccessibilityProblems, readPdf } from "@ontwikkelpad/ui/pdf-check";
import { describe, expect, it } from "vitest";
import { credentialFileName, layoutCredentialPdf, type CredentialDocument } from "./credential-pdf.ts";

const praktijkverklaring: CredentialDocument = {
  id: "c1",
  personId: "p1",
  kind: "PRAKTIJKVERKLARING",
  credentialId: "pv-helpende-zorg-welzijn",
  title: "Praktijkverklaring helpende zorg en welzijn",
  code: null,
  learner: "Ellen de Boer",
  employer: "Kinderrijk",
  issuedOn: "2026-11-30",
  resultOn: null,
  issuedBy: "Examinator Maasoever",
  workProcessIds: ["hzw:B1-K1-W1", "hzw:B1-K1-W2"],
  requestId: "r1",
  supersededById: null,
  supersededReason: null,
  supersededOn: null,
  school: "ROC De Maasoever",
  niveau: 2,
  praktijkopleiders: ["Petra Praktijk"],
  verificationUrl: "https://ontwikkelpad.example/verificatie?id=c1",
  workProcesses: [
    {
      id: "hzw:B1-K1-W1",
      code: "B1-K1-W1",
      title: "Bespreekt de zorgvraag",
      signedBy: { name: "Petra Praktijk", on: "2026-10-01" },
      coSignedBy: { name: "Lars Leiding", on: "2026-10-03" },
    },
    {
      id: "hzw:B1-K1-W2",
      code: "B1-K1-W2",
      title: "Ondersteunt bij persoonlijke verzorging",
      signedBy: { name: "Petra Praktijk", on: "2026-10-02" },
      coSignedBy: { name: "Lars Leiding", on: "2026-10-05" },
    },
  ],
};

const texts = (placed: { kind: string; text: string }[]) =>
  placed.filter((p) => p.kind === "text").map((p) => p.text);

describe("layoutCredentialPdf", () => {
  it("states learner, leerbedrijf, praktijkopleider, werkprocessen, both signatures, school and date", async () => {
    const { bytes, placed } = await layoutCredentialPdf(praktijkverklaring);
    const lines = texts(placed);
    expect(lines).toContain("Naam: Ellen de Boer");
    expect(lines).toContain("Leerbedrijf: Kinderrijk");
    expect(lines).toContain("Praktijkopleider: Petra Praktijk");
    expect(lines).toEqual(expect.arrayContaining(["B1-K1-W1", "Bespreekt de zorgvraag"]));
    expect(lines.join(" ")).toContain("Lars Leiding op 3-10-2026");
    // The signature blocks: each signer's name and the latest date they signed.
    expect(lines).toContain("Naam: Lars Leiding");
    expect(lines).toContain("Datum: 5-10-2026");
    expect(lines).toContain("Datum: 2-10-2026");
    expect(lines).toContain("Datum afgifte: 30-11-2026");
    expect(lines).toContain("School: ROC De Maasoever");
    expect((await readPdf(bytes)).title).toContain("Ellen de Boer");
    for (const item of placed) {
      expect(item.x + item.width).toBeLessThanOrEqual(PDF_PAGE.width - PDF_PAGE.margin + 0.01);
    }
  });

  it("marks a superseded certificate with the reason and has no praktijk signatures", async () => {
    const { placed } = await layoutCredentialPdf({
      ...praktijkverklaring,
      kind: "CERTIFICATE",
      credentialId: "C0125",
      title: "Pedagogisch klimaat in de kinderopvang",
      code: "C0125",
      employer: null,
      praktijkopleiders: [],
      resultOn: "2026-11-05",
      supersededById: "c2",
      supersededReason: "Verkeerde afgiftedatum.",
      supersededOn: "2026-12-01",
    });
    const lines = texts(placed).join("\n");
    expect(lines).toContain("Vervangen op 1-12-2026 door een correctie. Reden: Verkeerde afgiftedatum.");
    expect(lines).toContain("Code: C0125");
    expect(lines).toContain("Datum uitslag: 5-11-2026");
    expect(lines).not.toContain("Leerbedrijf");
    expect(lines).not.toContain("Medeondertekend door");
  });

  it("ends with a QR code of the link to the public verify page, within the margins", async () => {
    const { placed } = await layoutCredentialPdf(praktijkverklaring);
    const qr = placed.filter((p) => p.kind === "qr");
    expect(qr.map((p) => p.text)).toEqual(["https://ontwikkelpad.example/verificatie?id=c1"]);
    expect(qr[0]!.y).toBeGreaterThanOrEqual(PDF_PAGE.margin);
    expect(qr[0]!.x).toBe(PDF_PAGE.margin);
    expect(texts(placed).join(" ")).toContain("https://ontwikkelpad.example/verificatie?id=c1");
  });

  it.each(["PRAKTIJKVERKLARING", "CERTIFICATE", "DIPLOMA"] as const)(
    "makes a %s a tagged PDF a screen reader can follow",
    async (kind) => {
      const { bytes } = await layoutCredentialPdf({ ...praktijkverklaring, kind });
      expect(await findAccessibilityProblems(bytes)).toEqual([]);
    },
  );

  it("names the file in Dutch after kind, learner and crebo or code", () => {
    const base = { learner: "Milan Jovanović", issuedOn: "2026-06-30" };
    expect(credentialFileName({ ...base, kind: "CERTIFICATE", code: "C0125" })).toBe(
      "certificaat-milan-jovanović-c0125",
    );
    expect(credentialFileName({ ...base, kind: "DIPLOMA", code: "25498" })).toBe(
      "diploma-milan-jovanović-25498",
    );
    expect(credentialFileName({ ...base, kind: "PRAKTIJKVERKLARING", code: null })).toBe(
      "praktijkverklaring-milan-jovanović-2026-06-30",
    );
  });

  it("lists the werkprocessen sorted by code, each with its title", async () => {
    const { placed } = await layoutCredentialPdf({
      ...praktijkverklaring,
      kind: "DIPLOMA",
      code: "25498",
      workProcesses: ["B1-K2-W1", "B1-K1-W10", "B1-K1-W2"].map((code) => ({
        id: `pmk:${code}`,
        code,
        title: `Titel van ${code}`,
        signedBy: null,
        coSignedBy: null,
      })),
    });
    const cells = placed.filter((p) => p.tag === "TH" && p.text.startsWith("B1-")).map((p) => p.text);
    expect(cells).toEqual(["B1-K1-W2", "B1-K1-W10", "B1-K2-W1"]);
    expect(texts(placed)).toContain("Titel van B1-K1-W10");
    expect(texts(placed)).toContain("Crebo: 25498");
  });
});
