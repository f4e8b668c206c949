import { useLayoutEffect, useRef, useState, type ReactNode } from "react";

/** A header's visible text: the words a sighted user reads in it (not its visually hidden extras nor its sort icon). */
function visibleText(header: Element): string {
  const copy = header.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll(".visually-hidden, [aria-hidden='true']")) hidden.remove();
  return copy.textContent?.trim() ?? "";
}

/** Gives each body cell a `data-label` with its column's header text, for the stacked layout. */
function labelCells(table: HTMLTableElement) {
  const headers = [...table.querySelectorAll("thead th")].map(visibleText);
  for (const row of table.querySelectorAll("tbody tr")) {
    let column = 0;
    for (const cell of (row as HTMLTableRowElement).cells) {
      const header = headers[column];
      if (header) cell.dataset.label = header;
      column += cell.colSpan;
    }
  }
}

/**
 * The box a wide table scrolls sideways in. While its table is wider than the box, the box is a
 * focusable region named after the table's caption, so keyboard users can scroll it too (WCAG 2.1.1);
 * otherwise it stays out of the tab order.
 *
 * `stacked`: on a phone-sized screen every row becomes a card, each cell on its own line labelled
 * with its column's header, so nothing is cut off and no row is stretched by a column out of view.
 */
export function TableScroll({ children, stacked = false }: { children: ReactNode; stacked?: boolean }) {
  const box = useRef<HTMLDivElement>(null);
  const [label, setLabel] = useState<string | null>(null);
  useLayoutEffect(() => {
    const table = box.current?.querySelector("table");
    if (!stacked || !table) return;
    labelCells(table);
    // Rows come and go with searching, sorting and new data.
    const observer = new MutationObserver(() => labelCells(table));
    observer.observe(table, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [stacked]);
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const update = () =>
      setLabel(
        element.scrollWidth > element.clientWidth
          ? (element.querySelector("caption")?.textContent ?? "Tabel")
          : null,
      );
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <div
      ref={box}
      className={stacked ? "table-scroll stacked" : "table-scroll"}
      {...(label === null ? {} : { role: "region", "aria-label": label, tabIndex: 0 })}
    >
      {children}
    </div>
  );
}
