import { Fragment, type Key, type ReactNode } from "react";
import { TableScroll } from "./TableScroll.tsx";

export interface SimpleColumn<T> {
  /** The column's header; on a phone each cell is labelled with its visible text. */
  header: ReactNode;
  /** What a row shows in this column. */
  render: (row: T, index: number) => ReactNode;
  /** The cell names its row for screen readers (`<th scope="row">`), e.g. a person's name. */
  rowHeader?: boolean;
  /** The class of the header and the cells, e.g. `"numeric"`, `"actions-cell"` or `"no-print"`. */
  className?: string;
  /** The class of one row's cell when it depends on the row (e.g. `"yes"`/`"no"`); else `className`. */
  cellClassName?: (row: T) => string | undefined;
}

/** A heading row above a run of rows that belong together, e.g. the work processes of one core task. */
export interface SimpleRowGroup {
  key: Key;
  header: ReactNode;
}

export type SimpleTableProps<T> = {
  columns: readonly SimpleColumn<T>[];
  rows: readonly T[];
  rowKey: (row: T, index: number) => Key;
  /** Shown instead of the table when there are no rows; without it an empty table is left out. */
  emptyText?: ReactNode;
  /**
   * Without rows the table still stands, with its headers, its foot and the empty text as its one row:
   * for a report whose layout and totals are read even when a period has nothing in it.
   */
  keepWhenEmpty?: boolean;
  /** Every row a card on a phone (default); `false` for a small table of figures that fits as it is. */
  stacked?: boolean;
  rowClassName?: (row: T) => string | undefined;
  /** Rows that follow each other with the same group key share a body under the group's heading row. */
  groupBy?: (row: T) => SimpleRowGroup;
  /** A full-width row under a row, e.g. the form that edits it; nothing when it returns null. */
  renderDetail?: (row: T) => ReactNode;
  /** Rows of the table's foot, e.g. a total; a table with a foot is best not stacked. */
  footer?: ReactNode | undefined;
  className?: string;
  "aria-describedby"?: string | undefined;
} & (
  | { /** Names the table on screen, for screen readers and on paper. */ caption: ReactNode; label?: never }
  | {
      /** Names the table for screen readers where a heading above it already names it on screen. */
      label: string;
      caption?: never;
    }
);

/** Consecutive rows with the same group key, in their order. */
function runsOf<T>(rows: readonly T[], groupBy: ((row: T) => SimpleRowGroup) | undefined) {
  const runs: { group: SimpleRowGroup | null; rows: { row: T; index: number }[] }[] = [];
  rows.forEach((row, index) => {
    const group = groupBy?.(row) ?? null;
    const last = runs.at(-1);
    if (last && (group === null || last.group?.key === group.key)) last.rows.push({ row, index });
    else runs.push({ group, rows: [{ row, index }] });
  });
  return runs;
}

/**
 * A plain table of rows, without the search box and sorting of `DataTable`: column headers with
 * `scope`, a caption or an accessible name, an empty text, and on a phone (`stacked`, the default)
 * every row as a card with each cell labelled with its column's header (`TableScroll`).
 */
export function SimpleTable<T>({
  columns,
  rows,
  rowKey,
  emptyText,
  keepWhenEmpty = false,
  stacked = true,
  rowClassName,
  groupBy,
  renderDetail,
  footer,
  className,
  caption,
  label,
  "aria-describedby": describedBy,
}: SimpleTableProps<T>) {
  if (rows.length === 0 && !keepWhenEmpty)
    return emptyText === undefined ? null : <p className="empty">{emptyText}</p>;
  const renderRow = (row: T, rowIndex: number) => {
    const detail = renderDetail?.(row);
    return (
      <Fragment key={rowKey(row, rowIndex)}>
        <tr className={rowClassName?.(row)}>
          {columns.map((column, index) => {
            const cellClass = column.cellClassName?.(row) ?? column.className;
            const content = column.render(row, rowIndex);
            return column.rowHeader ? (
              <th key={index} scope="row" className={cellClass}>
                {content}
              </th>
            ) : (
              <td key={index} className={cellClass}>
                {content}
              </td>
            );
          })}
        </tr>
        {detail !== undefined && detail !== null && (
          <tr className="form-row">
            <td colSpan={columns.length}>{detail}</td>
          </tr>
        )}
      </Fragment>
    );
  };
  return (
    <TableScroll stacked={stacked}>
      <table className={className} aria-label={label} aria-describedby={describedBy}>
        {caption !== undefined && <caption>{caption}</caption>}
        <thead>
          <tr>
            {columns.map((column, index) => (
              <th key={index} scope="col" className={column.className}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        {rows.length === 0 && (
          <tbody>
            <tr>
              <td colSpan={columns.length}>{emptyText}</td>
            </tr>
          </tbody>
        )}
        {runsOf(rows, groupBy).map((run, runIndex) => (
          <tbody key={run.group?.key ?? runIndex}>
            {run.group && (
              <tr>
                <th scope="colgroup" colSpan={columns.length}>
                  {run.group.header}
                </th>
              </tr>
            )}
            {run.rows.map(({ row, index }) => renderRow(row, index))}
          </tbody>
        ))}
        {Boolean(footer) && <tfoot>{footer}</tfoot>}
      </table>
    </TableScroll>
  );
}
