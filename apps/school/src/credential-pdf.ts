import type { RouterOutputs } from "@ontwikkelpad/api";
import { CREDENTIAL_KIND_LABELS } from "@ontwikkelpad/ui";
import { MUTED, createPdf, documentFileName, dutchDate, type PlacedItem } from "@ontwikkelpad/ui/pdf";
import qrcode from "qrcode-generator";

export type CredentialDocument = RouterOutputs["school"]["credentials"]["document"];

/** The latest of some signatures, with every name that signed. */
function signers(signatures: ({ name: string; on: string } | null)[]) {
  const signed = signatures.filter((s) => s !== null);
  return {
    names: [...new Set(signed.map((s) => s.name))].join(", ") || null,
    date:
      signed
        .map((s) => s.on)
        .toSorted()
        .at(-1) ?? null,
  };
}

/** Who signed and when: "Petra Praktijk op 1-10-2026". */
const signedBy = (s: { name: string; on: string } | null) => (s ? `${s.name} op ${dutchDate(s.on)}` : "-");

/**
 * An issued credential on paper. A praktijkverklaring: learner, leerbedrijf, praktijkopleider, each
 * werkproces with who judged it and who co-signed it and when, both signatures, school and issue date.
 * A certificate or diploma: learner, code and niveau, the werkprocessen, result and issue date, and the
 * examinator who issued it. A superseded credential says so, with the reason, at the top. Every one
 * ends with a QR code of the link to the public verify page, which checks the signed credential.
 */
export async function layoutCredentialPdf(
  data: CredentialDocument,
): Promise<{ bytes: Uint8Array; placed: PlacedItem[] }> {
  const kind = CREDENTIAL_KIND_LABELS[data.kind];
  const w = createPdf(`${kind} ${data.title} - ${data.learner}`);
  const praktijkverklaring = data.kind === "PRAKTIJKVERKLARING";

  w.title(`${kind}: ${data.title}`);
  w.text(`${data.school} - afgegeven op ${dutchDate(data.issuedOn)}`, { size: 9, color: MUTED });
  if (data.supersededById)
    w.text(
      `Vervangen op ${dutchDate(data.supersededOn)} door een correctie. Reden: ${data.supersededReason ?? "-"}`,
      { bold: true },
    );

  w.heading("Deelnemer");
  w.field("Naam", data.learner);
  w.field("School", data.school);
  if (praktijkverklaring) {
    w.field("Leerbedrijf", data.employer);
    w.field("Praktijkopleider", data.praktijkopleiders.join(", "));
  }

  w.heading(kind);
  w.field("Naam", data.title);
  if (data.code) w.field(data.kind === "DIPLOMA" ? "Crebo" : "Code", data.code);
  w.field("Niveau", `mbo niveau ${data.niveau}`);
  w.field("School", data.school);
  if (data.resultOn) w.field("Datum uitslag", dutchDate(data.resultOn));
  w.field("Datum afgifte", dutchDate(data.issuedOn));

  w.table(
    praktijkverklaring ? "Werkprocessen beheerst in de praktijk" : "Werkprocessen",
    praktijkverklaring
      ? [
          { header: "Code", width: 0.16 },
          { header: "Werkproces", width: 0.38 },
          { header: "Beoordeeld door", width: 0.23 },
          { header: "Medeondertekend door", width: 0.23 },
        ]
      : [
          { header: "Code", width: 0.2 },
          { header: "Werkproces", width: 0.8 },
        ],
    data.workProcesses
      .toSorted((a, b) => a.code.localeCompare(b.code, "nl", { numeric: true }))
      .map((wp) =>
        praktijkverklaring
          ? [wp.code, wp.title, signedBy(wp.signedBy), signedBy(wp.coSignedBy)]
          : [wp.code, wp.title],
      ),
  );

  w.heading("Ondertekening");
  if (praktijkverklaring) {
    const trainer = signers(data.workProcesses.map((wp) => wp.signedBy));
    const coSigner = signers(data.workProcesses.map((wp) => wp.coSignedBy));
    w.text("De beoordelingen zijn in Ontwikkelpad ondertekend en medeondertekend op de genoemde data.");
    w.signatures([
      { role: "Praktijkopleider", name: trainer.names, date: trainer.date },
      { role: "Medeondertekend door", name: coSigner.names, date: coSigner.date },
      { role: `Namens ${data.school}`, name: data.issuedBy, date: data.issuedOn },
    ]);
  } else {
    w.signatures([{ role: `Namens ${data.school}`, name: data.issuedBy, date: data.issuedOn }]);
  }

  w.heading("Echtheid controleren");
  w.text(
    `Scan de QR-code of open ${data.verificationUrl} om te zien of dit bewijs echt is en niet ingetrokken.`,
    {
      size: 9,
      color: MUTED,
    },
  );
  const qr = qrcode(0, "M");
  qr.addData(data.verificationUrl);
  qr.make();
  w.qrCode(data.verificationUrl, `QR-code met de link naar de controlepagina: ${data.verificationUrl}`, {
    count: qr.getModuleCount(),
    dark: (row, column) => qr.isDark(row, column),
  });
  return { bytes: await w.save(), placed: w.placed };
}

/** The Dutch word of each kind in a file name. */
const FILE_WORDS = {
  PRAKTIJKVERKLARING: "praktijkverklaring",
  CERTIFICATE: "certificaat",
  DIPLOMA: "diploma",
} as const;

/**
 * The file name (without extension) of a credential's PDF or JSON: the kind in Dutch, the learner and
 * the crebo or certificate code ("certificaat-milan-jovanović-c0125"); a praktijkverklaring, which has
 * no code, by its issue date.
 */
export function credentialFileName(
  data: Pick<CredentialDocument, "kind" | "learner" | "code" | "issuedOn">,
): string {
  return documentFileName(FILE_WORDS[data.kind], data.learner, data.code ?? data.issuedOn);
}
