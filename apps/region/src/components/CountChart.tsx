import { formatCount, SimpleTable } from "@ontwikkelpad/ui";
import type { ReactNode } from "react";
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, XAxis, YAxis } from "recharts";

const BAR = "#0b4f8a";

export interface CountChartProps {
  /** One bar per row; a value is a protected count as the server sends it, or null when not published. */
  bars: readonly { label: string; value: number | null }[];
  /** The series' name and the table's value column. */
  valueHeader: string;
  labelHeader: string;
  caption: ReactNode;
  /** Extra rows under the table, e.g. a figure to compare with. */
  footer?: ReactNode;
  /** Long labels are written at an angle so they all fit under their bars. */
  angledLabels?: boolean;
}

/**
 * Protected counts as a bar chart with the same figures in a table beside it: the chart is for the
 * eye, the table for screen readers and print.
 */
export function CountChart({
  bars,
  valueHeader,
  labelHeader,
  caption,
  footer,
  angledLabels,
}: CountChartProps) {
  const chart = bars.map(({ label, value }) => ({
    label,
    // A figure not published gets no bar: its label says why.
    count: value ?? 0,
    shown: formatCount(value),
  }));
  return (
    <div className="chart-with-table">
      <div className="chart" aria-hidden="true">
        <ResponsiveContainer width="100%" height={angledLabels ? 280 : 260}>
          <BarChart
            data={chart}
            accessibilityLayer={false}
            margin={{ top: 20, right: 16, bottom: angledLabels ? 48 : 0, left: 0 }}
          >
            <CartesianGrid stroke="#d5d9df" vertical={false} />
            <XAxis
              dataKey="label"
              interval={0}
              {...(angledLabels ? { angle: -30, textAnchor: "end" } : {})}
              tick={{ fill: "#1b1b1f", fontSize: 12 }}
            />
            <YAxis allowDecimals={false} tick={{ fill: "#1b1b1f" }} width={40} />
            <Bar dataKey="count" name={valueHeader} fill={BAR} isAnimationActive={false}>
              <LabelList dataKey="shown" position="top" fill="#1b1b1f" />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <SimpleTable
        caption={caption}
        stacked={false}
        rows={chart}
        rowKey={(c) => c.label}
        columns={[
          { header: labelHeader, rowHeader: true, render: (c) => c.label },
          { header: valueHeader, render: (c) => c.shown },
        ]}
        footer={footer}
      />
    </div>
  );
}
