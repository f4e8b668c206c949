import type { RouterOutputs } from "@ontwikkelpad/api";
import {
  formatDate,
  LEARNING_ROUTE_LABELS,
  LOCATION_TYPE_LABELS,
  QueryState,
  RECOGNITION_STATUS_LABELS,
  usePageTitle,
  useRoles,
  useTRPC,
  SimpleTable,
} from "@ontwikkelpad/ui";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { AddGroupForm } from "../components/AddGroupForm.tsx";
import { AddLocationForm } from "../components/AddLocationForm.tsx";
import { AddRecognitionForm } from "../components/AddRecognitionForm.tsx";
import { formatAgeRange, formatNumber } from "../employer-format.ts";
import { PORTAL_NAME } from "../portal.ts";
import { UnjudgedPersons } from "../components/UnjudgedPersons.tsx";

type Organization = RouterOutputs["employer"]["organization"]["get"];
type Trainer = Organization["trainers"][number];
type OpenForm = "location" | "group" | "recognition" | null;

/** The praktijkopleider's planned hours against their contract: a warning when the paths ask more. */
function trainerLoad(t: Trainer): { over: boolean; text: string } {
  if (t.hoursPerWeek === null)
    return { over: false, text: t.plannedHoursPerWeek > 0 ? "Geen contracturen vastgelegd" : "—" };
  const extra = t.plannedHoursPerWeek - t.hoursPerWeek;
  if (extra > 0)
    return {
      over: true,
      text: `Let op: ${formatNumber(extra)} uur per week meer gepland dan de contracturen`,
    };
  return { over: false, text: "Past binnen de contracturen" };
}

/** Locations with their groups, SBB recognitions and praktijkopleiders; admins add to them here. */
export function OrganizationPage() {
  usePageTitle("Organisatie", PORTAL_NAME);
  const trpc = useTRPC();
  const manages = useRoles().can("manageOrganization");
  const organization = useQuery(trpc.employer.organization.get.queryOptions());
  const [open, setOpen] = useState<OpenForm>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const toggle = (form: Exclude<OpenForm, null>) => {
    setOpen(open === form ? null : form);
    setNotice(null);
  };
  const done = (message: string) => {
    setNotice(message);
    setOpen(null);
  };

  return (
    <>
      <h1>Organisatie</h1>
      <QueryState query={organization}>
        {(data) => (
          <>
            <p>
              {data.name}
              {data.city ? `, ${data.city}` : ""}
            </p>
            {notice && <output className="success">{notice}</output>}
            {!manages && (
              <p className="hint">
                Alleen een beheerder van de organisatie voegt locaties, groepen en erkenningen toe.
              </p>
            )}

            <section aria-labelledby="locations-title">
              <div className="page-header">
                <h2 id="locations-title">Locaties en groepen</h2>
                {manages && (
                  <div className="actions no-print">
                    <button
                      type="button"
                      aria-expanded={open === "location"}
                      onClick={() => toggle("location")}
                    >
                      Locatie toevoegen
                    </button>
                    <button
                      type="button"
                      className="secondary"
                      aria-expanded={open === "group"}
                      disabled={data.locations.length === 0}
                      onClick={() => toggle("group")}
                    >
                      Groep toevoegen
                    </button>
                  </div>
                )}
              </div>
              {open === "location" && (
                <AddLocationForm
                  onCreated={(name) => done(`Locatie ${name} is toegevoegd.`)}
                  onCancel={() => setOpen(null)}
                />
              )}
              {open === "group" && (
                <AddGroupForm locations={data.locations} onCreated={done} onCancel={() => setOpen(null)} />
              )}
              {data.locations.length === 0 ? (
                <p className="empty">
                  Er zijn nog geen locaties.{manages && " Voeg er een toe met ‘Locatie toevoegen’."}
                </p>
              ) : (
                <SimpleTable
                  caption="Locaties met hun groepen"
                  rows={data.locations}
                  rowKey={(l) => l.id}
                  columns={[
                    { header: "Locatie", rowHeader: true, render: (l) => l.name },
                    { header: "Soort", render: (l) => LOCATION_TYPE_LABELS[l.type] },
                    { header: "LRK-nummer", render: (l) => l.lrkNumber },
                    { header: "Plaats", render: (l) => l.city },
                    {
                      header: "Groepen (leeftijd, maximaal aantal kinderen)",
                      render: (l) =>
                        l.groups.length === 0 ? (
                          <span className="empty">Nog geen groepen</span>
                        ) : (
                          <ul className="plain-list">
                            {l.groups.map((g) => (
                              <li key={g.id}>
                                <strong>{g.name}</strong>: {formatAgeRange(g.minAgeMonths, g.maxAgeMonths)},
                                max. {g.maxChildren} kinderen
                              </li>
                            ))}
                          </ul>
                        ),
                    },
                  ]}
                />
              )}
            </section>

            <section aria-labelledby="recognitions-title">
              <div className="page-header">
                <h2 id="recognitions-title">Erkenningen als leerbedrijf (SBB)</h2>
                {manages && (
                  <div className="actions no-print">
                    <button
                      type="button"
                      aria-expanded={open === "recognition"}
                      onClick={() => toggle("recognition")}
                    >
                      Erkenning toevoegen
                    </button>
                  </div>
                )}
              </div>
              {open === "recognition" && (
                <AddRecognitionForm
                  onCreated={(crebo) => done(`De erkenning voor crebo ${crebo} is toegevoegd.`)}
                  onCancel={() => setOpen(null)}
                />
              )}
              <UnjudgedPersons persons={data.unjudged} leftOut="de ontbrekende erkenningen" />
              {data.missingRecognitions.length > 0 && (
                <div className="notice">
                  <p>
                    <strong>Ontbrekende erkenningen.</strong> Geplande Ontwikkelpaden vragen een erkenning die
                    nog niet actief is:
                  </p>
                  <ul>
                    {data.missingRecognitions.map((m) => (
                      <li key={m.requirement}>
                        {m.requirement}, nodig voor{" "}
                        {m.persons.map((p, i) => (
                          <span key={p.personId}>
                            {i > 0 && ", "}
                            <Link to={`/personen/${p.personId}`}>{p.name}</Link>
                          </span>
                        ))}
                      </li>
                    ))}
                  </ul>
                </div>
              )}
              {data.recognitions.length === 0 ? (
                <p className="empty">
                  Er zijn nog geen erkenningen vastgelegd. Zonder erkenning van SBB kan een BBL-student hier
                  niet leren.
                </p>
              ) : (
                <SimpleTable
                  caption="Erkenningen van SBB"
                  rows={data.recognitions}
                  rowKey={(r) => r.id}
                  columns={[
                    { header: "Crebo", rowHeader: true, render: (r) => r.crebo },
                    {
                      header: "Kwalificatie",
                      render: (r) => r.qualificationTitle ?? "Onbekende kwalificatie",
                    },
                    { header: "Leerweg", render: (r) => LEARNING_ROUTE_LABELS[r.learningRoute] },
                    {
                      header: "Status",
                      cellClassName: (r) =>
                        r.status === "ACTIVE" ? "yes" : r.status === "REQUESTED" ? undefined : "no",
                      render: (r) => RECOGNITION_STATUS_LABELS[r.status],
                    },
                    { header: "Erkend sinds", render: (r) => formatDate(r.recognisedFrom) },
                    { header: "Herbeoordeling", render: (r) => formatDate(r.reviewDue) },
                    { header: "Locatie", render: (r) => r.location ?? "Alle locaties" },
                  ]}
                />
              )}
            </section>

            <section aria-labelledby="trainers-title">
              <h2 id="trainers-title">Praktijkopleiders</h2>
              {data.trainers.length === 0 ? (
                <p className="empty">
                  Er zijn nog geen praktijkopleiders. Geef een medewerker de rol praktijkopleider om
                  leerlingen te begeleiden.
                </p>
              ) : (
                <SimpleTable
                  caption="Praktijkopleiders: contracturen en geplande begeleiding per week"
                  rows={data.trainers}
                  rowKey={(t) => t.userId}
                  rowClassName={(t) => (trainerLoad(t).over ? "row-warning" : undefined)}
                  columns={[
                    { header: "Naam", rowHeader: true, render: (t) => t.name },
                    { header: "Uren per week", render: (t) => formatNumber(t.hoursPerWeek) },
                    { header: "Actieve paden", render: (t) => t.activePaths },
                    { header: "Gepland per week", render: (t) => formatNumber(t.plannedHoursPerWeek) },
                    {
                      header: "Signaal",
                      cellClassName: (t) => (trainerLoad(t).over ? "no" : undefined),
                      render: (t) => trainerLoad(t).text,
                    },
                  ]}
                />
              )}
            </section>
          </>
        )}
      </QueryState>
    </>
  );
}
