import type { RouterOutputs } from "@ontwikkelpad/api";
import {
  formatDate,
  formatEuro,
  FUNDING_ELIGIBILITY_LABELS,
  LOCATION_TYPE_LABELS,
  QueryState,
  usePageTitle,
  useTRPC,
  SimpleTable,
} from "@ontwikkelpad/ui";
import { useQuery } from "@tanstack/react-query";
import { Suspense, lazy } from "react";
import { Link } from "react-router";
import { HandoversSection } from "../components/HandoversSection.tsx";
import { MessageList } from "../components/MessageList.tsx";
import { projectionRows } from "../employer-format.ts";
import { TodoList } from "../components/TodoList.tsx";
import { UnjudgedPersons } from "../components/UnjudgedPersons.tsx";
import { PORTAL_NAME } from "../portal.ts";

type Dashboard = RouterOutputs["employer"]["dashboard"]["get"];
type ByFunction = Dashboard["byFunction"][number];

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
      <HandoversSection />
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
          <SimpleTable
            caption="Aantal mensen per functie, per stap van hun Ontwikkelpad"
            rows={data.byFunction}
            rowKey={(f) => f.functionId}
            columns={[
              { header: "Functie", rowHeader: true, render: (f) => f.title },
              { header: "Totaal", cellClassName: () => "numeric", render: (f) => f.total },
              { header: "Zonder pad", cellClassName: () => "numeric", render: (f) => f.withoutPath },
              ...data.steps.map((s, i) => ({
                header: (
                  <>
                    Stap {s.step}
                    <span className="visually-hidden">: {s.title}</span>
                  </>
                ),
                className: "numeric",
                cellClassName: (f: ByFunction) => (f.byStep[i] === 0 ? "numeric zero" : "numeric"),
                render: (f: ByFunction) => f.byStep[i],
              })),
            ]}
          />
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
          <SimpleTable
            caption="Evaluaties die binnen 30 dagen moeten plaatsvinden of te laat zijn"
            rows={reviews}
            rowKey={(r) => r.personId}
            rowClassName={(r) => (r.overdue ? "row-warning" : undefined)}
            columns={[
              {
                header: "Naam",
                rowHeader: true,
                render: (r) => <Link to={`/personen/${r.personId}`}>{r.name}</Link>,
              },
              { header: "Evaluatie op", render: (r) => formatDate(r.nextReviewOn) },
              {
                header: "Status",
                cellClassName: (r) => (r.overdue ? "no" : undefined),
                render: (r) => (r.overdue ? "Te laat" : "Gepland"),
              },
            ]}
          />
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
        <SimpleTable
          caption="Groepshulpen en de subsidie"
          rows={subsidy.persons}
          rowKey={(p) => p.personId}
          columns={[
            {
              header: "Naam",
              rowHeader: true,
              render: (p) => <Link to={`/personen/${p.personId}`}>{p.name}</Link>,
            },
            {
              header: "Komt in aanmerking",
              cellClassName: (p) => (p.status === "eligible" ? "yes" : "no"),
              render: (p) => FUNDING_ELIGIBILITY_LABELS[p.status],
            },
            { header: "Bedrag", className: "numeric", render: (p) => formatEuro(p.amountEuro) },
            { header: "Aangevraagd", render: (p) => (p.applied ? "Ja" : "Nee") },
            {
              header: "Toelichting",
              render: (p) => <MessageList messages={p.reasons} noneText="Voldoet aan alle voorwaarden." />,
            },
          ]}
        />
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
          <SimpleTable
            caption="Gekwalificeerde medewerkers per locatie: nodig, aanwezig en tekort. Wie volgens de functie-eisen (nog) niet in de eigen functie mag werken, telt niet mee."
            rows={staffing}
            rowKey={(l) => l.locationId}
            rowClassName={(l) => (l.shortfall > 0 ? "row-warning" : undefined)}
            columns={[
              { header: "Locatie", rowHeader: true, render: (l) => l.name },
              { header: "Soort", render: (l) => typeLabel(l.type) },
              { header: "Nodig", className: "numeric", render: (l) => l.required },
              { header: "Aanwezig", className: "numeric", render: (l) => l.qualified },
              { header: "Waarvan lerenden", className: "numeric", render: (l) => l.learnersCounted },
              { header: "Telt niet mee", className: "numeric", render: (l) => l.notAllowed },
              {
                header: "Tekort",
                className: "numeric",
                cellClassName: (l) => (l.shortfall > 0 ? "numeric no" : "numeric yes"),
                render: (l) => (l.shortfall > 0 ? l.shortfall : "Geen"),
              },
            ]}
          />

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
                    <SimpleTable
                      caption={`Prognose ${l.name}: gekwalificeerd tegenover nodig per kwartaal`}
                      rows={rows}
                      rowKey={(r) => r.quarter}
                      columns={[
                        { header: "Kwartaal", rowHeader: true, render: (r) => r.label },
                        { header: "Gekwalificeerd", className: "numeric", render: (r) => r.qualified },
                        { header: "Nodig", className: "numeric", render: (r) => r.required },
                        {
                          header: "Tekort",
                          className: "numeric",
                          cellClassName: (r) => (r.shortfall > 0 ? "numeric no" : "numeric"),
                          render: (r) => r.shortfall,
                        },
                      ]}
                    />
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
