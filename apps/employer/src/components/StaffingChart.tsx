import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, XAxis, YAxis } from "recharts";
import type { ProjectionRow } from "../employer-format.ts";

/** Colours of styles.css (--primary, --danger): 3:1 or more against white, as WCAG asks of graphics. */
const QUALIFIED = "#0b4f8a";
const REQUIRED = "#a4161a";

/**
 * Qualified staff per quarter (bars) against the staff the groups need (dashed line). Hidden from
 * screen readers: the table next to it carries the same numbers.
 */
export function StaffingChart({ rows }: { rows: readonly ProjectionRow[] }) {
  return (
    <div className="chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height={240}>
        <ComposedChart
          data={rows as ProjectionRow[]}
          accessibilityLayer={false}
          margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
        >
          <CartesianGrid stroke="#d5d9df" vertical={false} />
          <XAxis dataKey="label" tick={{ fill: "#1b1b1f" }} />
          <YAxis allowDecimals={false} tick={{ fill: "#1b1b1f" }} width={40} />
          <Legend />
          <Bar dataKey="qualified" name="Gekwalificeerd" fill={QUALIFIED} isAnimationActive={false} />
          <Line
            dataKey="required"
            name="Nodig"
            type="stepAfter"
            stroke={REQUIRED}
            strokeWidth={3}
            strokeDasharray="8 4"
            dot={false}
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
