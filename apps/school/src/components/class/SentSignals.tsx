import { SimpleTable, formatDate, type SimpleColumn } from "@ontwikkelpad/ui";
import type { ClassData as Data } from "./class-data.ts";

type Signal = Data["signals"][number];

const reviewText = (s: Signal) =>
  s.discussedOn
    ? `Besproken in de regiegroep op ${formatDate(s.discussedOn)}${s.regiegroepNote ? `: ${s.regiegroepNote}` : ""}`
    : s.acknowledgedOn
      ? `Bevestigd op ${formatDate(s.acknowledgedOn)}`
      : "Nog niet bevestigd door de regio";

const SIGNAL_COLUMNS: SimpleColumn<Signal>[] = [
  { header: "Verstuurd", render: (s) => `${formatDate(s.sentOn)}${s.sentBy ? ` door ${s.sentBy}` : ""}` },
  { header: "Werkproces", rowHeader: true, render: (s) => s.workProcess },
  { header: "Toelichting", render: (s) => s.note },
  { header: "Aantallen", render: (s) => (s.rated === null ? "—" : `${s.struggling} van ${s.rated}`) },
  { header: "Opvolging door de regio", render: reviewText },
];

/** The signals the team sent, with how far the region followed them up. */
export function SentSignals({ signals }: { signals: Data["signals"] }) {
  return (
    <SimpleTable
      caption="Verstuurde signalen"
      columns={SIGNAL_COLUMNS}
      rows={signals}
      rowKey={(s) => s.id}
      emptyText="Het mentorteam heeft nog geen signalen gestuurd."
    />
  );
}
