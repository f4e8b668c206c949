import type { RouterOutputs } from "@ontwikkelpad/api";
import {
  ALIGNMENT_STATUS_LABELS,
  DataTable,
  downloadCsv,
  PROTECTION_NOTE,
  QueryState,
  usePageTitle,
  useTRPC,
  type CsvColumn,
} from "@ontwikkelpad/ui";
import { useQuery } from "@tanstack/react-query";
import { createColumnHelper } from "@tanstack/react-table";
import { PORTAL_NAME } from "../portal.ts";

type Row = RouterOutputs["school"]["alignment"]["get"]["functions"][number];

const offersText = (r: Row) => (r.offers.length ? r.offers.map((o) => o.title).join(", ") : "Geen");
const contributingText = (r: Row) =>
  r.contributing.length
    ? r.contributing.map((o) => `${o.title} (nog nodig: ${o.stillMissing})`).join("; ")
    : "—";
const missingText = (r: Row) => (r.missingCredentials.length ? r.missingCredentials.join(", ") : "—");

const column = createColumnHelper<Row>();
const columns = [
  column.accessor("title", { header: "Functie" }),
  column.accessor((r) => ALIGNMENT_STATUS_LABELS[r.status], {
    id: "status",
    header: "Aansluiting",
    cell: (c) =>
      c.row.original.status === "gap" ? (
        <span className="badge badge-draft">{c.getValue()}</span>
      ) : (
        c.getValue()
      ),
  }),
  column.accessor("employers", { header: "Werkgevers" }),
  column.accessor("people", { header: "Medewerkers" }),
  column.accessor("vacancies", { header: "Open plaatsen" }),
  column.accessor(offersText, { id: "offers", header: "Ons aanbod dat ertoe leidt" }),
  column.accessor(contributingText, { id: "contributing", header: "Draagt bij aan (nog nodig)" }),
  column.accessor(missingText, { id: "missing", header: "Kwalificeert ook, niet in ons aanbod" }),
];

const CSV: CsvColumn<Row>[] = [
  { header: "Functie", value: (r) => r.title },
  { header: "Aansluiting", value: (r) => ALIGNMENT_STATUS_LABELS[r.status] },
  { header: "Werkgevers", value: (r) => r.employers },
  { header: "Medewerkers", value: (r) => r.people },
  { header: "Open plaatsen", value: (r) => r.vacancies },
  { header: "Ons aanbod dat ertoe leidt", value: offersText },
  { header: "Draagt bij aan (nog nodig)", value: contributingText },
  { header: "Kwalificeert ook, niet in ons aanbod", value: missingText },
];

/**
 * Aansluiting: the functions employers in the school's regions fill and advertise, against the
 * school's published offers — where training and functiegebouw do not meet.
 */
export function AlignmentPage() {
  usePageTitle("Aansluiting", PORTAL_NAME);
  const trpc = useTRPC();
  const alignment = useQuery(trpc.school.alignment.get.queryOptions());
  return (
    <>
      <h1>Aansluiting</h1>
      <QueryState query={alignment}>
        {(data) => {
          const gaps = data.functions.filter((f) => f.status === "gap").length;
          return (
            <>
              <p>
                Functies bij werkgevers in {data.regions.length ? data.regions.join(", ") : "jouw regio's"}:
                hoeveel werkgevers, medewerkers en open plaatsen er zijn (alleen aantallen), welk gepubliceerd
                aanbod van de school ertoe leidt, welk aanbod alleen een stap op weg is (draagt bij aan, met
                wat daarna nog nodig is) en welke diploma&apos;s of certificaten ook kwalificeren maar niet in
                ons aanbod zitten. Aanbod leidt tot een functie als wie het afrondt, alleen of samen met ander
                aanbod van de school, aan de eis van de functie voldoet. Werkgevers en open plaatsen zijn
                exact; het aantal medewerkers van andere organisaties is beschermd. {PROTECTION_NOTE}
              </p>
              <p>
                {gaps === 0
                  ? "Elke functie die een diploma vraagt, is gedekt door ons aanbod."
                  : gaps === 1
                    ? "1 functie is niet gedekt door ons aanbod."
                    : `${gaps} functies zijn niet gedekt door ons aanbod.`}
              </p>
              <div className="actions">
                <button
                  type="button"
                  className="secondary"
                  disabled={data.functions.length === 0}
                  onClick={() => downloadCsv("aansluiting.csv", data.functions, CSV)}
                >
                  CSV downloaden
                </button>
              </div>
              <DataTable
                data={data.functions}
                columns={columns}
                caption="Functies in de regio en ons aanbod"
                emptyText="Werkgevers in de regio's van de school hebben nog geen medewerkers of vacatures vastgelegd."
                searchLabel="Zoek een functie of opleiding"
              />
            </>
          );
        }}
      </QueryState>
    </>
  );
}
