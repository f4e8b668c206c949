import { useLayoutEffect, useRef, useState, type ReactNode } from "react";

/**
 * The box a wide table scrolls sideways in. While its table is wider than the box, the box is a
 * focusable region named after the table's caption, so keyboard users can scroll it too (WCAG 2.1.1);
 * otherwise it stays out of the tab order.
 */
export function TableScroll({ children }: { children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [label, setLabel] = useState<string | null>(null);
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
      className="table-scroll"
      {...(label === null ? {} : { role: "region", "aria-label": label, tabIndex: 0 })}
    >
      {children}
    </div>
  );
}
