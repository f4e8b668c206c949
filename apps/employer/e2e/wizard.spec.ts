import { seriousViolations } from "@ontwikkelpad/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectFullyInView, loginToTeam, menuLink, personIdFromTeam } from "./helpers.ts";

/** The step list's link for a step is the current one, and the step's heading is shown. */
async function expectStep(page: Page, step: number, label: string, title: string | RegExp) {
  const nav = page.getByRole("navigation", { name: "Stappen van het Ontwikkelpad" });
  await expect(nav.getByRole("link", { name: new RegExp(`^${step} ${label}`) })).toHaveAttribute(
    "aria-current",
    "step",
  );
  await expect(nav.locator("[aria-current]")).toHaveCount(1);
  await expect(
    page.getByRole("heading", {
      level: 2,
      name: typeof title === "string" ? `Stap ${step}: ${title}` : title,
    }),
  ).toBeVisible();
}

async function next(page: Page, step: number, label: string) {
  await page.getByRole("button", { name: `Naar stap ${step}: ${label}`, exact: true }).click();
}

/** A step's form: saving and moving on is one button. */
async function saveAndNext(form: Locator, step: number, label: string) {
  await form.getByRole("button", { name: `Opslaan en naar stap ${step}: ${label}` }).click();
}

test("HR walks a new groepshulp's Ontwikkelpad from startpunt to a sent training request", async ({
  page,
}) => {
  test.setTimeout(120_000); // eight steps and an axe scan
  await loginToTeam(page);
  await page.getByRole("button", { name: "Persoon toevoegen" }).click();
  const form = page.getByRole("form", { name: "Persoon toevoegen" });
  await form.getByLabel("Voornaam").fill("Ellen");
  await form.getByLabel("Achternaam").fill("Visser");
  await form.getByLabel("Functie").selectOption({ label: "Groepshulp" });
  await form.getByLabel("Uren per week").fill("24");
  await form.getByRole("button", { name: "Persoon opslaan" }).click();
  await expect(page.getByText("Ellen Visser is toegevoegd.")).toBeVisible();
  await page.getByLabel("Zoek in het team").fill("Visser");
  const id = await personIdFromTeam(page, "Ellen Visser");

  await page.goto(`/werkgever/personen/${id}/ontwikkelpad`);
  await expect(page.getByRole("heading", { level: 1, name: "Ontwikkelpad van Ellen Visser" })).toBeVisible();
  await page.getByRole("button", { name: "Ontwikkelpad starten" }).click();

  // 1 Startpunt: Dutch validation first, then the saved confirmation.
  await expectStep(page, 1, "Startpunt", "Bepaal het startpunt");
  await expect(
    page.getByRole("navigation", { name: "Stappen van het Ontwikkelpad" }).getByRole("listitem"),
  ).toHaveCount(8);
  // One action per step: no separate "Naar stap 2" beside the form's "Opslaan en naar stap 2".
  await expect(
    page.getByRole("button", { name: "Naar stap 2: Loopbaanperspectief", exact: true }),
  ).toHaveCount(0);
  const start = page.getByRole("form", { name: "Startpunt" });
  await start.getByLabel("Jaren werkervaring in de kinderopvang").fill("veel");
  await saveAndNext(start, 2, "Loopbaanperspectief");
  await expect(start.getByText("Vul het aantal jaren in als getal, bijvoorbeeld 2 of 1,5.")).toBeVisible();
  await expectStep(page, 1, "Startpunt", "Bepaal het startpunt");
  await start.getByLabel("Jaren werkervaring in de kinderopvang").fill("1,5");
  await start.getByLabel("Taalniveau mondeling").selectOption("2F");
  await start.getByLabel("Vooropleidingen").fill("vmbo-basis");
  await start.getByLabel(/Heeft een VOG/).check();
  await saveAndNext(start, 2, "Loopbaanperspectief");

  // 2 and 3: free text, required.
  await expectStep(page, 2, "Loopbaanperspectief", "Wat is het loopbaanperspectief?");
  await expect(page.getByRole("heading", { level: 2, name: /^Stap 2:/ })).toBeFocused();
  const perspective = page.getByRole("form", { name: "Loopbaanperspectief" });
  await saveAndNext(perspective, 3, "Ambitie");
  await expect(perspective.getByText("Beschrijf het loopbaanperspectief.")).toBeVisible();
  await perspective
    .getByLabel("Loopbaanperspectief")
    .fill("Groepshulp op de babygroep, later helpende in de kinderopvang.");
  // Typed but not saved: the step says so, and leaving the page asks first.
  await expect(perspective.getByText("Nog niet opgeslagen: sla deze stap op")).toBeVisible();
  await menuLink(page, "Team").click();
  const leave = page.getByRole("dialog", { name: "Wijzigingen niet opgeslagen" });
  await leave.getByRole("button", { name: "Annuleren" }).click();
  await expect(leave).toBeHidden();
  await expect(perspective.getByLabel("Loopbaanperspectief")).toHaveValue(/Groepshulp op de babygroep/);
  // The plain save stays, for saving without moving on.
  await perspective.getByRole("button", { name: "Loopbaanperspectief opslaan" }).click();
  await expect(perspective.getByText("Opgeslagen.")).toBeVisible();
  await expectStep(page, 2, "Loopbaanperspectief", "Wat is het loopbaanperspectief?");
  await saveAndNext(perspective, 3, "Ambitie");

  await expectStep(page, 3, "Ambitie", "Wat is iemands ambitie?");
  const ambition = page.getByRole("form", { name: "Ambitie" });
  await ambition.getByLabel("Ambitie").fill("Meer verantwoordelijkheid op de groep.");
  await saveAndNext(ambition, 4, "Doel");

  // 4 Doel: the routes to pedagogisch medewerker leave her taaleis (2F, 3F needed) open; she aims at a praktijkverklaring.
  await expectStep(page, 4, "Doel", "Breng loopbaanperspectief en ambitie bij elkaar");
  const pmRoutes = page.getByRole("article");
  await expect(pmRoutes.first()).toBeVisible();
  await expect(
    pmRoutes.filter({ hasText: "Blijft daarna nog open:" }).filter({ hasText: "3F" }).first(),
  ).toBeVisible();
  await page
    .getByLabel("Diploma, certificaat of praktijkverklaring")
    .selectOption({ label: "Praktijkverklaring Helpende zorg en welzijn (niveau 2)" });
  await page
    .getByRole("article", { name: "Praktijkverklaring Helpende zorg en welzijn" })
    .getByRole("button", { name: "Kies dit doel" })
    .click();
  await expect(page.getByText("Opgeslagen.")).toBeVisible();
  await expect(
    page.getByRole("article", { name: /Praktijkverklaring Helpende zorg en welzijn.*Gekozen/ }),
  ).toBeVisible();
  await next(page, 5, "Scholingsbehoefte");

  // 5 Scholingsbehoefte: the gap per kerntaak and werkproces.
  await expectStep(page, 5, "Scholingsbehoefte", "Welke scholingsbehoefte volgt daaruit?");
  const gap = page.getByRole("table", {
    name: /Nog te leren voor Praktijkverklaring Helpende zorg en welzijn, per kerntaak/,
  });
  await expect(gap.getByRole("row").nth(1)).toBeVisible();
  await expect(gap.getByRole("rowheader").first()).toContainText(/B1-K\d/);
  await next(page, 6, "Ruimte, tijd en middelen");

  // 6 Ruimte, tijd en middelen: hours, a praktijkopleider and the funding options.
  await expectStep(page, 6, "Ruimte, tijd en middelen", "Welke ruimte, tijd en middelen zijn er?");
  const funding = page.getByRole("table", { name: "Regelingen voor Ellen Visser" });
  await expect(funding.getByRole("row").nth(1)).toBeVisible();
  // An instrument without an amount says so instead of "tot € 0".
  await expect(funding).not.toContainText(/tot €\s0(?![\d.])/);
  const resources = page.getByRole("form", { name: "Ruimte, tijd en middelen" });
  await saveAndNext(resources, 7, "Scholingsaanbod");
  await expect(resources.getByText("Vul de leeruren per week in.")).toBeVisible();
  await expect(resources.getByText("Kies een praktijkopleider.")).toBeVisible();
  await resources.getByLabel("Leeruren per week voor de kandidaat").fill("2");
  await resources.getByLabel("Uren per week voor de praktijkopleider").fill("1");
  await resources.getByLabel("Praktijkopleider", { exact: true }).selectOption({ index: 1 });
  await saveAndNext(resources, 7, "Scholingsaanbod");

  // 7 Scholingsaanbod: choose the school's offer for her praktijkverklaring and send the request.
  await expectStep(page, 7, "Scholingsaanbod", /^Stap 7: Bepaal het scholingsaanbod/);
  // A step without a form moves on by its own button, which says what is still missing.
  await expect(page.getByRole("button", { name: "Naar stap 8: Evaluatie" })).toBeDisabled();
  await expect(page.getByText("Stuur een scholingsaanvraag naar een mbo-instelling.")).toBeVisible();
  const request = page.getByRole("form", { name: "Scholingsaanvraag" });
  await request.getByRole("button", { name: "Aanvraag versturen" }).click();
  await expect(request.getByText("Kies een aanbod uit de tabel.")).toBeVisible();
  const offerRow = request.getByRole("row", { name: /Praktijkverklaring Helpende zorg en welzijn/ }).first();
  await expect(offerRow.getByRole("cell", { name: /^Ja/ })).toBeVisible();
  // The price is not cut off at the table's edge.
  await expectFullyInView(page, offerRow.getByRole("cell", { name: /€/ }));
  await offerRow.getByRole("radio").check();
  await request.getByLabel("Bericht aan de school").fill("Ellen kan in januari starten.");
  await request.getByRole("button", { name: "Aanvraag versturen" }).click();
  await expect(
    page.getByText(/De aanvraag voor Praktijkverklaring Helpende zorg en welzijn is verstuurd naar/),
  ).toBeVisible();
  const sent = page
    .getByRole("table", { name: "Scholingsaanvragen voor Ellen Visser" })
    .getByRole("row", { name: /Praktijkverklaring Helpende zorg en welzijn/ });
  await expect(sent.getByRole("cell", { name: "Verstuurd, wacht op de school" })).toBeVisible();
  await expect(offerRow.getByRole("radio")).toBeDisabled();
  expect(await seriousViolations(page)).toEqual([]);

  // 8 Evaluatie: the path moves on once the request is sent.
  await next(page, 8, "Evaluatie");
  await expectStep(page, 8, "Evaluatie", /^Stap 8: Herhaal stap 3/);
  await expect(page.getByRole("button", { name: "Evaluatie starten (terug naar stap 3)" })).toBeDisabled();
  const review = page.getByRole("form", { name: "Volgende evaluatie" });
  await review.getByLabel("Datum van de volgende evaluatie").fill("2020-01-01");
  await review.getByRole("button", { name: "Evaluatiedatum opslaan" }).click();
  await expect(review.getByText("Kies een evaluatiedatum in de toekomst.")).toBeVisible();
  // Two weeks ahead, so she joins the organisation's reviews due.
  const soon = new Date(Date.now() + 14 * 86_400_000).toLocaleDateString("sv-SE");
  await review.getByLabel("Datum van de volgende evaluatie").fill(soon);
  await review.getByRole("button", { name: "Evaluatiedatum opslaan" }).click();
  await expect(review.getByText("Opgeslagen.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Evaluatie starten (terug naar stap 3)" })).toBeEnabled();
  const due = page.getByRole("list", { name: "Evaluaties die binnenkort of te laat zijn" });
  await expect(
    due.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Ellen Visser" }) }),
  ).toBeVisible();

  // Looking back at step 7 moves nothing; moving the path back asks for confirmation and a reason.
  await page.getByRole("link", { name: "Bekijk stap 7" }).click();
  await expect(page).toHaveURL(/\?stap=7$/);
  await expect(page.getByRole("heading", { level: 2, name: /^Stap 7:/ })).toBeVisible();
  await page.goto(page.url().replace(/\?stap=7$/, ""));
  await expectStep(page, 8, "Evaluatie", /^Stap 8: Herhaal stap 3/);
  await page.getByRole("button", { name: "Pad terugzetten naar stap 7…" }).click();
  const moveBack = page.getByRole("dialog", { name: "Ontwikkelpad terugzetten naar stap 7?" });
  await moveBack.getByRole("button", { name: "Terugzetten" }).click();
  await expect(
    moveBack.getByText(/Geef de reden waarom het Ontwikkelpad terug gaat naar stap 7/),
  ).toBeVisible();
  await moveBack.getByLabel("Reden").fill("De school vraagt een ander aanbod.");
  await moveBack.getByRole("button", { name: "Terugzetten" }).click();
  await expect(moveBack).toBeHidden();
  await expectStep(page, 7, "Scholingsaanbod", /^Stap 7: Bepaal het scholingsaanbod/);
});

test("Milan's routes to pedagogisch medewerker stand side by side, with the missing SBB recognition", async ({
  page,
}) => {
  test.setTimeout(90_000); // an axe scan
  await loginToTeam(page);
  const id = await personIdFromTeam(page, /Milan/);
  await page.goto(`/werkgever/personen/${id}/ontwikkelpad?stap=4`);
  await expectStep(page, 4, "Doel", "Breng loopbaanperspectief en ambitie bij elkaar");

  // His chosen BBL route needs a recognition Kinderrijk only has for the derde leerweg.
  await expect(page.getByRole("note", { name: "Nog te regelen voor de gekozen route" })).toContainText(
    /SBB-erkenning als leerbedrijf.*BBL/,
  );

  const routes = page.getByRole("article");
  await expect(routes.first()).toBeVisible();
  expect(await routes.count()).toBeGreaterThanOrEqual(2);
  const diploma = routes.filter({ hasText: "Gekozen" });
  const certificates = routes
    .filter({ hasNotText: "Gekozen" })
    .filter({ hasText: "Mbo-certificaat" })
    .first();
  await expect(diploma).toContainText(/Duur: ongeveer \d+ maanden/);
  await expect(diploma).toContainText("BBL");
  await expect(diploma.getByRole("listitem").filter({ hasText: /SBB-erkenning/ })).toBeVisible();
  await expect(certificates).toContainText(/Duur: ongeveer \d+ maanden/);
  // Milan already has taaleis 3F and a VOG: neither route leaves anything open.
  await expect(diploma.getByText("Blijft daarna nog open: niets.")).toBeVisible();
  await expect(certificates.getByText("Blijft daarna nog open: niets.")).toBeVisible();

  // The routes stand side by side: the two quickest share a row.
  const [a, b] = [await routes.nth(0).boundingBox(), await routes.nth(1).boundingBox()];
  expect(a && b && Math.abs(a.y - b.y) < 1 && Math.abs(a.x - b.x) > a.width / 2).toBe(true);
  expect(await seriousViolations(page)).toEqual([]);
});
