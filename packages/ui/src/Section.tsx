import { useId, type ReactNode } from "react";

/** A part of a page, named by its heading (a landmark screen readers list). */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}
