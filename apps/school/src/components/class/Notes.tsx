import { formatDate } from "@ontwikkelpad/ui";
import type { ClassData as Data } from "./class-data.ts";

const weekText = (isoWeek: string) => {
  const [year, week] = isoWeek.split("-W");
  return `Week ${Number(week)}, ${year}`;
};

/** The notes grouped by week, newest week first. */
export function Notes({ notes }: { notes: Data["notes"] }) {
  if (notes.length === 0) return <p>Er zijn nog geen reflecties geschreven.</p>;
  const weeks = [...new Set(notes.map((n) => n.isoWeek))];
  return (
    <>
      {weeks.map((week) => (
        <section key={week} aria-label={weekText(week)}>
          <h3>{weekText(week)}</h3>
          <ul>
            {notes
              .filter((n) => n.isoWeek === week)
              .map((n) => (
                <li key={n.id}>
                  <strong>{n.learner}</strong>: {n.text}{" "}
                  <span className="hint">
                    ({n.author}, {formatDate(n.writtenAt.slice(0, 10))})
                  </span>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </>
  );
}
