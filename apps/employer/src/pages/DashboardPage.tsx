// Long because: the page and its sections are still one file; splitting them by what they do is open work of the house pass.
import type { RouterOutputs } from "@ontwikkelpad/api";
import {
  formatDate,
  formatEuro,
  FUNDING_ELIGIBILITY_LABELS,
  LOCATION_TYPE_LABELS,
  QueryState,
  TableScroll,
  usePageTitle,
  useTRPC,
} from "@ontwikkelpad/ui";
import { useQuery } from "@tanstack/react-query";
import { Suspense, lazy } from "react";
import { Link } from "react-router";
import { MessageList } from "../components/MessageList.tsx";
import { projectionRows } from "../employer-format.ts";
import { TodoList } from "../components/TodoList.tsx";
import { UnjudgedPersons } from "../components/UnjudgedPersons.tsx";
import { PORTAL_NAME } from "../portal.ts";

type Dashboard = RouterOutputs["employer"]["dashboard"]["get"];

// Recharts is large: the chart loads after the numbers, which the tables already show.
const StaffingChart = lazy(() =>
  import("../components/StaffingChart.tsx").then((m) => ({ default: m.StaffingChart })),
);

const typeLabel = (type: string) => LOCATION_TYPE_LABELS[type as keyof typeof LOCATION_TYPE_LABELS] ?? type;

/** The employer's overview: where people are on their path, reviews due, the groepshulp subsidy and staffing. */
export function DashboardPage() {
  usePageTitle("Dashboard", PORTAL_NAME);
  const trpc = useTRPC();
  const dashboard = useQuery(trpc.employer.dashboard.get.queryOptions());

  return (
    <>
      <h1>Dashboard</h1>
      <TodoList />
      <QueryState query={dashboard}>
        {(data) => (
          <>
            <UnjudgedPersons persons={data.unjudged} leftOut="de bezetting en de prognose" />
            <PathSteps data={data} />
            <ReviewsDue reviews={data.reviewsDue} />
            <Subsidy subsidy={data.groepshulpSubsidy} />
            <Staffing staffing={data.staffing} />
          </>
        )}
      </QueryState>
    </>
  );
}

function PathSteps({ data }: { data: Dashboard }) {
  return (
    <section aria-labelledby="steps-title">
      <h2 id="steps-title">Mensen per functie en stap van het Ontwikkelpad</h2>
      {data.byFunction.length === 0 ? (
        <p className="empty">
          Er zijn nog geen medewerkers met een functie. Voeg mensen toe op de pagina Team.
        </p>
      ) : (
        <>
          <TableScroll stacked>
            <table>
              <caption>Aantal mensen per functie, per stap van hun Ontwikkelpad</caption>
              <thead>
                <tr>
                  <th scope="col">Functie</th>
                  <th scope="col">Totaal</th>
                  <th scope="col">Zonder pad</th>
                  {data.steps.map((s) => (
                    <th key={s.step} scope="col" className="numeric">
                      Stap {s.step}
                      <span className="visually-hidden">: {s.title}</span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {data.byFunction.map((f) => (
                  <tr key={f.functionId}>
                    <th scope="row">{f.title}</th>
                    <td className="numeric">{f.total}</td>
                    <td className="numeric">{f.withoutPath}</td>
                    {f.byStep.map((count, i) => (
                      <td key={data.steps[i]?.step ?? i} className={count === 0 ? "numeric zero" : "numeric"}>
                        {count}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <details className="no-print">
            <summary>Wat betekenen de stappen?</summary>
            <ol>
              {data.steps.map((s) => (
                <li key={s.step}>{s.title}</li>
              ))}
            </ol>
          </details>
        </>
      )}
    </section>
  );
}

function ReviewsDue({ reviews }: { reviews: Dashboard["reviewsDue"] }) {
  const overdue = reviews.filter((r) => r.overdue).length;
  return (
    <section aria-labelledby="reviews-title">
      <h2 id="reviews-title">Evaluaties in de komende 30 dagen</h2>
      {reviews.length === 0 ? (
        <p className="empty">
          Er staan geen evaluaties gepland in de komende 30 dagen, en er zijn geen evaluaties te laat.
        </p>
      ) : (
        <>
          {overdue > 0 && (
            <p className="no">
              {overdue === 1 ? "1 evaluatie is te laat." : `${overdue} evaluaties zijn te laat.`}
            </p>
          )}
          <TableScroll>
            <table>
              <caption>Evaluaties die binnen 30 dagen moeten plaatsvinden of te laat zijn</caption>
              <thead>
                <tr>
                  <th scope="col">Naam</th>
                  <th scope="col">Evaluatie op</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {reviews.map((r) => (
                  <tr key={r.personId} className={r.overdue ? "row-warning" : undefined}>
                    <th scope="row">
                      <Link to={`/personen/${r.personId}`}>{r.name}</Link>
                    </th>
                    <td>{formatDate(r.nextReviewOn)}</td>
                    <td className={r.overdue ? "no" : undefined}>{r.overdue ? "Te laat" : "Gepland"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
    </section>
  );
}

function Subsidy({ subsidy }: { subsidy: Dashboard["groepshulpSubsidy"] }) {
  const full = subsidy.grantedThisYear >= subsidy.maxPerYear;
  return (
    <section aria-labelledby="subsidy-title">
      <h2 id="subsidy-title">Subsidie groepshulpen</h2>
      <p>
        <strong>
          {subsidy.grantedThisYear} van max {subsidy.maxPerYear} toegekend dit jaar
        </strong>
        {full ? ". Het maximum voor dit jaar is bereikt." : "."}
      </p>
      {subsidy.persons.length === 0 ? (
        <p className="empty">
          Er zijn geen groepshulpen in dienst. De subsidie geldt alleen voor groepshulpen.
        </p>
      ) : (
        <TableScroll stacked>
          <table>
            <caption>Groepshulpen en de subsidie</caption>
            <thead>
              <tr>
                <th scope="col">Naam</th>
                <th scope="col">Komt in aanmerking</th>
                <th scope="col" className="numeric">
                  Bedrag
                </th>
                <th scope="col">Aangevraagd</th>
                <th scope="col">Toelichting</th>
              </tr>
            </thead>
            <tbody>
              {subsidy.persons.map((p) => (
                <tr key={p.personId}>
                  <th scope="row">
                    <Link to={`/personen/${p.personId}`}>{p.name}</Link>
                  </th>
                  <td className={p.status === "eligible" ? "yes" : "no"}>
                    {FUNDING_ELIGIBILITY_LABELS[p.status]}
                  </td>
                  <td className="numeric">{formatEuro(p.amountEuro)}</td>
                  <td>{p.applied ? "Ja" : "Nee"}</td>
                  <td>
                    <MessageList messages={p.reasons} noneText="Voldoet aan alle voorwaarden." />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}

function Staffing({ staffing }: { staffing: Dashboard["staffing"] }) {
  return (
    <section aria-labelledby="staffing-title">
      <h2 id="staffing-title">Bezetting per locatie</h2>
      {staffing.length === 0 ? (
        <p className="empty">
          Er zijn nog geen locaties. Voeg locaties en groepen toe op de pagina Organisatie.
        </p>
      ) : (
        <>
          <TableScroll stacked>
            <table>
              <caption>
                Gekwalificeerde medewerkers per locatie: nodig, aanwezig en tekort. Wie volgens de
                functie-eisen (nog) niet in de eigen functie mag werken, telt niet mee.
              </caption>
              <thead>
                <tr>
                  <th scope="col">Locatie</th>
                  <th scope="col">Soort</th>
                  <th scope="col" className="numeric">
                    Nodig
                  </th>
                  <th scope="col" className="numeric">
                    Aanwezig
                  </th>
                  <th scope="col" className="numeric">
                    Waarvan lerenden
                  </th>
                  <th scope="col" className="numeric">
                    Telt niet mee
                  </th>
                  <th scope="col" className="numeric">
                    Tekort
                  </th>
                </tr>
              </thead>
              <tbody>
                {staffing.map((l) => (
                  <tr key={l.locationId} className={l.shortfall > 0 ? "row-warning" : undefined}>
                    <th scope="row">{l.name}</th>
                    <td>{typeLabel(l.type)}</td>
                    <td className="numeric">{l.required}</td>
                    <td className="numeric">{l.qualified}</td>
                    <td className="numeric">{l.learnersCounted}</td>
                    <td className="numeric">{l.notAllowed}</td>
                    <td className={l.shortfall > 0 ? "numeric no" : "numeric yes"}>
                      {l.shortfall > 0 ? l.shortfall : "Geen"}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>

          <h2>Prognose per kwartaal</h2>
          <p>
            Hoeveel gekwalificeerde medewerkers elke locatie heeft als de lopende Ontwikkelpaden volgens plan
            worden afgerond, tegenover het aantal dat de groepen nodig hebben.
          </p>
          {staffing.map((l) => {
            const rows = projectionRows(l);
            const titleId = `projection-${l.locationId}`;
            return (
              <section key={l.locationId} aria-labelledby={titleId} className="projection">
                <h3 id={titleId}>{l.name}</h3>
                {l.required === 0 || rows.length === 0 ? (
                  <p className="empty">Deze locatie heeft nog geen groepen, dus er is geen prognose.</p>
                ) : (
                  <>
                    <Suspense fallback={<output className="status">Grafiek laden…</output>}>
                      <StaffingChart rows={rows} />
                    </Suspense>
                    <TableScroll>
                      <table>
                        <caption>Prognose {l.name}: gekwalificeerd tegenover nodig per kwartaal</caption>
                        <thead>
                          <tr>
                            <th scope="col">Kwartaal</th>
                            <th scope="col" className="numeric">
                              Gekwalificeerd
                            </th>
                            <th scope="col" className="numeric">
                              Nodig
                            </th>
                            <th scope="col" className="numeric">
                              Tekort
                            </th>
                          </tr>
                        </thead>
                        <tbody>
                          {rows.map((r) => (
                            <tr key={r.quarter}>
                              <th scope="row">{r.label}</th>
                              <td className="numeric">{r.qualified}</td>
                              <td className="numeric">{r.required}</td>
                              <td className={r.shortfall > 0 ? "numeric no" : "numeric"}>{r.shortfall}</td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </TableScroll>
                  </>
                )}
              </section>
            );
          })}
        </>
      )}
    </section>
  );
}
