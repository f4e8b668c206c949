import {
  flexRender,
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type SortingState,
} from "@tanstack/react-table";
import { useId, useState } from "react";
import { Link } from "react-router";
import { compareValues } from "./sort.ts";
import { TableScroll } from "./TableScroll.tsx";

export interface DataTableProps<T> {
  data: readonly T[];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- column value types differ per column
  columns: ColumnDef<T, any>[];
  /** Names the table for screen readers (and on paper). */
  caption: string;
  /** Shown when there are no rows at all. */
  emptyText: string;
  /** Makes the first column's cell a link to this row's page. */
  rowHref?: (row: T) => string;
  initialSorting?: SortingState;
  searchLabel?: string;
}

const ARIA_SORT = { asc: "ascending", desc: "descending" } as const;

/**
 * The id of a column of row actions (buttons, links). Its cells stay in view at the right edge while
 * the table scrolls sideways, and on a phone every row becomes a card with its actions at the bottom.
 */
export const ACTIONS_COLUMN = "actions";

/** The header of a column of row actions: named for screen readers, empty on screen. */
export const ActionsHeader = () => <span className="visually-hidden">Acties</span>;

const cellClass = (columnId: string) => (columnId === ACTIONS_COLUMN ? "actions-cell" : undefined);

/**
 * A table with a search box and sortable headers (click or Enter/Space on the header button). On a
 * narrow screen each row is shown as a card, its cells labelled with their column's header, so
 * nothing is cut off; on a wider one the first column and the actions column stay in view while the
 * rest scrolls sideways.
 */
export function DataTable<T>({
  data,
  columns,
  caption,
  emptyText,
  rowHref,
  initialSorting = [],
  searchLabel = "Zoeken",
}: DataTableProps<T>) {
  const [sorting, setSorting] = useState<SortingState>(initialSorting);
  const [search, setSearch] = useState("");
  const searchId = useId();
  // oxlint-disable-next-line react/incompatible-library -- the portals do not use the React Compiler
  const table = useReactTable({
    data: data as T[],
    columns,
    state: { sorting, globalFilter: search },
    onSortingChange: setSorting,
    onGlobalFilterChange: setSearch,
    globalFilterFn: "includesString",
    getColumnCanGlobalFilter: () => true,
    defaultColumn: {
      sortingFn: (a, b, columnId) => compareValues(a.getValue(columnId), b.getValue(columnId)),
      sortDescFirst: false,
    },
    getCoreRowModel: getCoreRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });
  const rows = table.getRowModel().rows;

  return (
    <div className="data-table">
      <div className="table-tools">
        <label htmlFor={searchId}>{searchLabel}</label>
        <input
          id={searchId}
          type="search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          autoComplete="off"
        />
        <output className="table-count">
          {search ? `${rows.length} van ${data.length} getoond` : `${data.length} in totaal`}
        </output>
      </div>
      {data.length === 0 ? (
        <p className="empty">{emptyText}</p>
      ) : rows.length === 0 ? (
        <p className="empty">Niets gevonden voor “{search}”.</p>
      ) : (
        <TableScroll stacked>
          <table>
            <caption>{caption}</caption>
            <thead>
              {table.getHeaderGroups().map((group) => (
                <tr key={group.id}>
                  {group.headers.map((header) => {
                    const sorted = header.column.getIsSorted();
                    const label = flexRender(header.column.columnDef.header, header.getContext());
                    return (
                      <th
                        key={header.id}
                        scope="col"
                        className={cellClass(header.column.id)}
                        aria-sort={
                          sorted ? ARIA_SORT[sorted] : header.column.getCanSort() ? "none" : undefined
                        }
                      >
                        {header.column.getCanSort() ? (
                          <button
                            type="button"
                            className="sort"
                            onClick={header.column.getToggleSortingHandler()}
                          >
                            {label}
                            <span aria-hidden="true" className="sort-icon">
                              {sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}
                            </span>
                          </button>
                        ) : (
                          label
                        )}
                      </th>
                    );
                  })}
                </tr>
              ))}
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  {row.getVisibleCells().map((cell, index) => {
                    const content = flexRender(cell.column.columnDef.cell, cell.getContext());
                    return (
                      <td key={cell.id} className={cellClass(cell.column.id)}>
                        {index === 0 && rowHref ? <Link to={rowHref(row.original)}>{content}</Link> : content}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </div>
  );
}
