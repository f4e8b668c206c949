import { DataTable, QueryState, formatPeriod, useTRPC } from "@ontwikkelpad/ui";
import { useQuery } from "@tanstack/react-query";
import { createColumnHelper } from "@tanstack/react-table";
import { AttendanceRegister } from "./subsidy/AttendanceRegister.tsx";
import { CoachingLog } from "./subsidy/CoachingLog.tsx";
import { hours, type Evidence } from "./subsidy/evidence-entry.tsx";

type Month = Evidence["months"][number];

const monthColumn = createColumnHelper<Month>();
const monthColumns = [
  monthColumn.accessor("month", { header: "Maand", cell: (c) => formatPeriod(c.getValue()) }),
  monthColumn.accessor("hoursPresent", { header: "Uren aanwezig", cell: (c) => hours(c.getValue()) }),
  monthColumn.accessor("daysPresent", { header: "Dagen aanwezig" }),
  monthColumn.accessor("daysAbsent", { header: "Dagen afwezig" }),
  monthColumn.accessor("coachingSessions", { header: "Begeleidingsmomenten" }),
  monthColumn.accessor("coachingMinutes", { header: "Minuten begeleiding" }),
];

/**
 * The POK's subsidy evidence: the attendance register and the coaching log with their totals per
 * month. Entries are never edited: a correction is a new entry that supersedes one, with a reason.
 */
export function SubsidyEvidence({ enrolmentId }: { enrolmentId: string }) {
  const trpc = useTRPC();
  const evidence = useQuery(trpc.school.subsidy.evidence.queryOptions({ enrolmentId }));
  return (
    <section aria-labelledby="evidence-heading" className="no-print">
      <h2 id="evidence-heading">Aanwezigheid en begeleiding</h2>
      <p className="hint">
        Het bewijs voor de subsidie praktijkleren: wat je vastlegt verandert niet meer. Klopt iets niet,
        corrigeer het dan met een reden; de oorspronkelijke invoer blijft zichtbaar.
      </p>
      <QueryState query={evidence}>
        {(data) =>
          data.open ? (
            <>
              <h3>Totalen per maand</h3>
              <DataTable
                data={data.months}
                columns={monthColumns}
                caption="Aanwezigheid en begeleiding per maand"
                emptyText="Nog geen aanwezigheid of begeleiding vastgelegd."
              />
              <AttendanceRegister enrolmentId={enrolmentId} data={data} />
              <CoachingLog enrolmentId={enrolmentId} data={data} />
            </>
          ) : (
            <p className="notice">Aanwezigheid en begeleiding leg je vast zodra de POK getekend is.</p>
          )
        }
      </QueryState>
    </section>
  );
}
