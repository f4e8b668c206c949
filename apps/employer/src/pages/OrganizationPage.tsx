import type { RouterOutputs } from "@ontwikkelpad/api";
import {
  formatDate,
  LEARNING_ROUTE_LABELS,
  LOCATION_TYPE_LABELS,
  QueryState,
  RECOGNITION_STATUS_LABELS,
  TableScroll,
  usePageTitle,
  useRoles,
  useTRPC,
} from "@ontwikkelpad/ui";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { AddGroupForm } from "../components/AddGroupForm.tsx";
import { AddLocationForm } from "../components/AddLocationForm.tsx";
import { AddRecognitionForm } from "../components/AddRecognitionForm.tsx";
import { formatAgeRange, formatNumber } from "../employer-format.ts";
import { ColleaguesSection } from "../components/ColleaguesSection.tsx";
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
                <TableScroll stacked>
                  <table>
                    <caption>Locaties met hun groepen</caption>
                    <thead>
                      <tr>
                        <th scope="col">Locatie</th>
                        <th scope="col">Soort</th>
                        <th scope="col">LRK-nummer</th>
                        <th scope="col">Plaats</th>
                        <th scope="col">Groepen (leeftijd, maximaal aantal kinderen)</th>
                      </tr>
                    </thead>
                    <tbody>
                      {data.locations.map((l) => (
                        <tr key={l.id}>
                          <th scope="row">{l.name}</th>
                          <td>{LOCATION_TYPE_LABELS[l.type]}</td>
                          <td>{l.lrkNumber}</td>
                          <td>{l.city}</td>
                          <td>
                            {l.groups.length === 0 ? (
                              <span className="empty">Nog geen groepen</span>
                            ) : (
                              <ul className="plain-list">
                                {l.groups.map((g) => (
                                  <li key={g.id}>
                                    <strong>{g.name}</strong>:{" "}
                                    {formatAgeRange(g.minAgeMonths, g.maxAgeMonths)}, max. {g.maxChildren}{" "}
                                    kinderen
                                  </li>
                                ))}
                              </ul>
                            )}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </TableScroll>
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
                <TableScroll stacked>
                  <table>
                    <caption>Erkenningen van SBB</caption>
                    <thead>
                      <tr>
                        <th scope="col">Crebo</th>
                        <th scope="col">Kwalificatie</th>
                        <th scope="col">Leerweg</th>
                        <th scope="col">Status</th>
                        <th scope="col">Erkend sinds</th>
                        <th scope="col">Herbeoordeling</th>
                        <th scope="col">Locatie</th>
                      </tr>
                    </thead>
                    <tbody>
                      {data.recognitions.map((r) => (
                        <tr key={r.id}>
                          <th scope="row">{r.crebo}</th>
                          <td>{r.qualificationTitle ?? "Onbekende kwalificatie"}</td>
                          <td>{LEARNING_ROUTE_LABELS[r.learningRoute]}</td>
                          <td
                            className={
                              r.status === "ACTIVE" ? "yes" : r.status === "REQUESTED" ? undefined : "no"
                            }
                          >
                            {RECOGNITION_STATUS_LABELS[r.status]}
                          </td>
                          <td>{formatDate(r.recognisedFrom)}</td>
                          <td>{formatDate(r.reviewDue)}</td>
                          <td>{r.location ?? "Alle locaties"}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </TableScroll>
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
                <TableScroll stacked>
                  <table>
                    <caption>Praktijkopleiders: contracturen en geplande begeleiding per week</caption>
                    <thead>
                      <tr>
                        <th scope="col">Naam</th>
                        <th scope="col">Uren per week</th>
                        <th scope="col">Actieve paden</th>
                        <th scope="col">Gepland per week</th>
                        <th scope="col">Signaal</th>
                      </tr>
                    </thead>
                    <tbody>
                      {data.trainers.map((t) => {
                        const load = trainerLoad(t);
                        return (
                          <tr key={t.userId} className={load.over ? "row-warning" : undefined}>
                            <th scope="row">{t.name}</th>
                            <td>{formatNumber(t.hoursPerWeek)}</td>
                            <td>{t.activePaths}</td>
                            <td>{formatNumber(t.plannedHoursPerWeek)}</td>
                            <td className={load.over ? "no" : undefined}>{load.text}</td>
                          </tr>
                        );
                      })}
                    </tbody>
                  </table>
                </TableScroll>
              )}
            </section>
          </>
        )}
      </QueryState>
      <ColleaguesSection />
    </>
  );
}
