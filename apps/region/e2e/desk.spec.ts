import { login, seriousViolations } from "@ontwikkelpad/playwright";
import { expect, test, type Page } from "@playwright/test";

const nav = (page: Page) => page.getByRole("navigation", { name: "Hoofdmenu" });
/** Every figure in a table's cells: protected figures are multiples of 5, or "–" when not published. */
const cellTexts = (page: Page, name: RegExp | string) =>
  page
    .getByRole("table", { name })
    .evaluate((t) => [...(t as HTMLTableElement).querySelectorAll("td")].map((td) => td.textContent ?? ""));
const isProtected = (v: string) => v === "–" || (/^\d+$/.test(v) && Number(v) % 5 === 0);
/** Logs out by dropping the cookies and logs in as someone else; waits until the portal is shown. */
const switchUser = async (page: Page, portal: string, email: string) => {
  await page.context().clearCookies();
  await login(page, portal, email);
  await expect(nav(page)).toBeVisible();
};

test("a partner's login lands on its candidates, and it sees only the ones it registered", async ({
  page,
}) => {
  await login(page, "/regio", "intake@gemeente-rotterdam.demo");
  await expect(page.getByRole("heading", { level: 1, name: "Kandidaten" })).toBeVisible();
  await expect(nav(page).getByRole("link")).toHaveText(["Kandidaten"]);
  const table = page.getByRole("table", { name: "Aangemelde kandidaten" });
  await expect(table).toContainText("Noor de Graaf");
  await expect(table).not.toContainText("Samira Benali");
  expect(await seriousViolations(page)).toEqual([]);
});

test("partner registers, adviser refers, the employer accepts in the werkgever portal; a closed period's funnel stays as it was", async ({
  page,
}) => {
  // It crosses two portals as four users: well past the 30-second default on a busy machine.
  test.setTimeout(120_000);
  await login(page, "/regio", "intake@uwv-rotterdam.demo");
  await page.getByRole("button", { name: "Kandidaat aanmelden" }).click();
  const form = page.getByRole("form", { name: "Kandidaat aanmelden" });
  await form.getByRole("button", { name: "Aanmelden" }).click();
  await expect(form.getByText("Vul de voornaam in.")).toBeVisible();
  await expect(form.getByText("Zonder toestemming voor de aanmelding kun je niet aanmelden.")).toBeVisible();
  await form.getByLabel("Voornaam").fill("Nadia");
  await form.getByLabel("Achternaam").fill("Bakker");
  await form.getByLabel(/^Aanmelding:/).check();
  await form.getByRole("button", { name: "Aanmelden" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Nadia Bakker" })).toBeVisible();
  await expect(page.getByText("Nadia Bakker is aangemeld. Vul nu de intake in.")).toBeVisible();
  const consents = page.getByRole("table", { name: "Toestemming per doel" });
  await expect(consents).toContainText("Tom Hendriks");
  const intake = page.getByRole("form", { name: "Intake" });
  await intake.getByLabel("Beschikbaar vanaf").fill("2026-12-01");
  await intake.getByLabel("Uren per week").fill("20");
  await intake.getByLabel("Woonplaats").fill("Rotterdam");
  await intake.getByLabel("Postcodegebied").fill("3015");
  await intake.getByLabel("Reisafstand (km)").fill("10");
  await intake.getByLabel("Buitenschoolse opvang").check();
  // The werkprocessen are a checklist per dossier and kerntaak, narrowed by a search.
  const workProcesses = intake.getByRole("group", { name: "Werkprocessen die de kandidaat al beheerst" });
  await workProcesses.getByLabel("Zoek een werkproces").fill("veilig pedagogisch");
  await workProcesses.getByLabel("B1-K1-W7 Zorgt voor een veilig pedagogisch klimaat").check();
  await expect(workProcesses.getByRole("checkbox")).toHaveCount(1);
  await expect(workProcesses).toContainText("1 werkproces gekozen");
  await intake.getByRole("button", { name: "Intake opslaan" }).click();
  await expect(page.getByRole("button", { name: "Intake wijzigen" })).toBeVisible();
  // A partner does not match or refer: that is the advisers' work.
  await expect(page.getByRole("heading", { name: "Passende vacatures" })).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);
  const candidateUrl = page.url();

  await switchUser(page, "/regio", "wsp@rijnmond.demo");
  await expect(page.getByRole("heading", { level: 1, name: "Regio-overzicht" })).toBeVisible();
  await page.goto(candidateUrl);
  const matches = page.getByRole("table", { name: "Open vacatures in de regio, best passend eerst" });
  await expect(matches.getByRole("row").nth(1)).toContainText("Groepshulp BSO (20 uur)");
  await expect(matches.getByRole("row").nth(1)).toContainText("Past: Uren passen");
  expect(await seriousViolations(page)).toEqual([]);
  await matches
    .getByRole("button", { name: "Voordragen voor Groepshulp BSO (20 uur) bij Kinderrijk" })
    .click();
  const refer = page.getByRole("form", { name: /Voordragen voor Groepshulp BSO/ });
  await refer.getByLabel("Waarom past de kandidaat?").fill("Woont vlakbij de BSO en wil 20 uur werken.");
  await refer.getByRole("button", { name: "Voordracht versturen" }).click();
  await expect(refer.getByText("Leg eerst vast dat de kandidaat toestemming geeft")).toBeVisible();
  await refer.getByLabel(/toestemming om de gegevens met deze werkgever te delen/).check();
  await refer.getByRole("button", { name: "Voordracht versturen" }).click();
  await expect(page.getByText("Voorgedragen bij Kinderrijk.")).toBeVisible();
  await expect(page.getByRole("table", { name: "Voordrachten bij werkgevers" })).toContainText(
    "Voorgedragen",
  );

  await switchUser(page, "/regio", "coordinator@rijnmond.demo");
  await page.goto("/regio/trechter");
  // Only closed periods: the month Nadia registered in is not offered yet.
  const monthName = new Date().toLocaleDateString("nl-NL", { month: "long", year: "numeric" });
  await expect(
    page.getByLabel("Aangemeld in", { exact: true }).getByRole("option", { name: monthName }),
  ).toHaveCount(0);
  const byMonth = page.getByRole("table", { name: /Trechter per maand van aanmelding/ });
  await expect(byMonth).toBeVisible();
  const before = await cellTexts(page, /Trechter per maand van aanmelding/);

  await switchUser(page, "/werkgever", "hr@kinderrijk.demo");
  await page.goto("/werkgever/vacatures");
  const row = page
    .getByRole("table", { name: /Kandidaten die het regioloket/ })
    .getByRole("row", { name: /Nadia Bakker/ });
  await row.getByRole("button", { name: "Aannemen Nadia Bakker" }).click();
  const accept = page.getByRole("form", { name: "Nadia Bakker aannemen" });
  await accept.getByLabel("Functie").selectOption({ label: "Groepshulp" });
  await accept.getByLabel("Locatie").selectOption({ label: "BSO De Ontdekkers" });
  await accept.getByLabel("Uren per week").fill("20");
  await accept.getByRole("button", { name: "Nadia Bakker aannemen" }).click();
  await expect(page.getByText("Nadia Bakker is aangenomen en staat nu in je team.")).toBeVisible();

  await switchUser(page, "/regio", "coordinator@rijnmond.demo");
  await page.goto("/regio/trechter");
  // A closed period's figures do not move when someone is hired today.
  await expect(byMonth).toBeVisible();
  expect(await cellTexts(page, /Trechter per maand van aanmelding/)).toEqual(before);
  await page.goto(candidateUrl);
  await expect(page.getByRole("table", { name: "Voordrachten bij werkgevers" })).toContainText("Aangenomen");
});

test("withdrawing consent removes the candidate's data and says what went", async ({ page }) => {
  await login(page, "/regio", "intake@uwv-rotterdam.demo");
  await page.getByRole("link", { name: "Yusuf Kaya" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Yusuf Kaya" })).toBeVisible();
  const url = page.url();
  await page.getByRole("button", { name: "Toestemming intrekken en gegevens verwijderen" }).click();
  const dialog = page.getByRole("dialog", { name: "Toestemming intrekken en gegevens verwijderen?" });
  await dialog.getByRole("button", { name: "Annuleren" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Yusuf Kaya" })).toBeVisible();
  await page.getByRole("button", { name: "Toestemming intrekken en gegevens verwijderen" }).click();
  await dialog.getByRole("button", { name: "Intrekken en verwijderen" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Kandidaten" })).toBeVisible();
  await expect(page.getByText("De toestemming van Yusuf Kaya is ingetrokken.")).toBeVisible();
  await expect(page.getByText("Naam en contactgegevens")).toBeVisible();
  await expect(page.getByRole("table", { name: "Aangemelde kandidaten" })).not.toContainText("Yusuf");
  await page.goto(url);
  await expect(page.getByRole("alert")).toContainText("heeft de toestemming ingetrokken");
  await expect(page.getByText("Schiedam")).toHaveCount(0);
});

test("a user of another region is refused a candidate by URL", async ({ page }) => {
  await login(page, "/regio", "intake@uwv-rotterdam.demo");
  await page.getByRole("link", { name: "Samira Benali" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Samira Benali" })).toBeVisible();
  const url = page.url();
  await switchUser(page, "/regio", "coordinator@haaglanden.demo");
  await expect(page.getByRole("heading", { level: 1, name: "Regio-overzicht" })).toBeVisible();
  await page.goto(url);
  await expect(page.getByRole("alert")).toContainText("bestaat niet");
  await expect(page.getByText("Samira")).toHaveCount(0);
});

test("the funnel shows a closed period's protected figures with the desk's own counts", async ({ page }) => {
  await login(page, "/regio", "coordinator@rijnmond.demo");
  await nav(page).getByRole("link", { name: "Trechter en rapportage" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Trechter en rapportage" })).toBeVisible();
  await page.getByLabel("Indelen per").selectOption({ label: "Partnerorganisatie" });
  await page.getByLabel("Aangemeld in", { exact: true }).selectOption({ label: "november 2026" });
  const table = page.getByRole("table", {
    name: /Trechter per partnerorganisatie, aangemeld in november 2026/,
  });
  await expect(table.getByRole("row", { name: /UWV Rotterdam/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Uw loket in november 2026" })).toBeVisible();
  await expect(page.getByText(/aangemeld, \d+ met afgeronde intake/)).toBeVisible();
  await expect(
    page.getByText(/Alle aantallen in deze rapportage gaan over personen en zijn beschermd/),
  ).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  expect((await cellTexts(page, /Trechter per partnerorganisatie/)).filter((v) => !isProtected(v))).toEqual(
    [],
  );
});

test("the LWL adviser writes and gives an advice; the employer sees the intake and hires with it", async ({
  page,
}) => {
  // It crosses two portals as three users: well past the 30-second default on a busy machine.
  test.setTimeout(120_000);
  await login(page, "/regio", "lwl@rijnmond.demo");
  await nav(page).getByRole("link", { name: "Kandidaten" }).click();
  await page.getByRole("link", { name: "Lisa Verbeek" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Lisa Verbeek" })).toBeVisible();
  const candidateUrl = page.url();
  const advice = page.getByRole("region", { name: "LWL-advies" });
  await expect(advice.getByText("Er is nog geen advies gegeven.")).toBeVisible();
  await advice.getByRole("button", { name: "Advies schrijven" }).click();
  const form = advice.getByRole("form", { name: "Advies schrijven" });
  await form.getByRole("button", { name: "Concept opslaan" }).click();
  await expect(form.getByText("Kies een route.")).toBeVisible();
  await expect(form.getByText("Schrijf het advies (minstens 10 tekens).")).toBeVisible();
  await form.getByLabel("Route").selectOption({ label: "PMK via derde leerweg: ongeveer 18 maanden" });
  await form
    .getByLabel("Advies", { exact: true })
    .fill("Start als groepshulp en volg PMK via de derde leerweg.");
  await form.getByLabel(/^Stap 1/).fill("Intakegesprek bij ROC De Maasoever");
  await form.getByLabel("Datum stap 1").fill("2026-12-20");
  await form.getByRole("button", { name: "Concept opslaan" }).click();
  await expect(advice.getByRole("heading", { name: /versie 1 \(Concept\)/ })).toBeVisible();
  await expect(advice.getByRole("table", { name: "Financiering" })).toContainText("SLIM-regeling");
  await advice.getByRole("button", { name: "Advies geven" }).click();
  await expect(advice.getByRole("heading", { name: /versie 1 \(Gegeven\)/ })).toBeVisible();
  await expect(advice.getByRole("button", { name: "Nieuwe versie schrijven" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // The WSP-adviser reads the given advice, writes none, and refers Noor.
  await switchUser(page, "/regio", "wsp@rijnmond.demo");
  await page.goto(candidateUrl);
  await expect(advice.getByRole("heading", { name: /versie 1 \(Gegeven\)/ })).toBeVisible();
  await expect(
    advice.getByRole("button", { name: /^(Advies schrijven|Advies geven|Nieuwe versie schrijven)$/ }),
  ).toHaveCount(0);
  const matches = page.getByRole("table", { name: "Open vacatures in de regio, best passend eerst" });
  await matches
    .getByRole("button", { name: /^Voordragen voor .* bij Kinderrijk$/ })
    .first()
    .click();
  const refer = page.getByRole("form", { name: /Voordragen voor/ });
  await refer
    .getByLabel("Waarom past de kandidaat?")
    .fill("Woont dichtbij en heeft een LWL-advies voor PMK.");
  await refer.getByLabel(/toestemming om de gegevens met deze werkgever te delen/).check();
  await refer.getByRole("button", { name: "Voordracht versturen" }).click();
  await expect(page.getByText("Voorgedragen bij Kinderrijk.")).toBeVisible();

  await switchUser(page, "/werkgever", "hr@kinderrijk.demo");
  await page.goto("/werkgever/vacatures");
  const row = page
    .getByRole("table", { name: /Kandidaten die het regioloket/ })
    .getByRole("row", { name: /Lisa Verbeek/ });
  await row.locator("summary").click();
  await expect(row.getByRole("region", { name: "Intake van Lisa Verbeek bij het regioloket" })).toContainText(
    "PMK via derde leerweg",
  );
  await row.getByRole("button", { name: "Aannemen Lisa Verbeek" }).click();
  const accept = page.getByRole("form", { name: "Lisa Verbeek aannemen" });
  await expect(accept.getByLabel("Taalniveau mondeling")).toHaveValue("2F");
  await expect(accept.getByLabel("Bron van het taalniveau")).toHaveValue("Intake van het regioloket");
  await expect(
    accept.getByText(/begint met het advies van het Leerwerkloket: PMK via derde leerweg/),
  ).toBeVisible();
  // HR corrects a prefilled value before confirming.
  await accept.getByLabel("Jaren werkervaring").fill("2");
  await accept.getByLabel("Locatie").selectOption({ label: "BSO De Ontdekkers" });
  await accept.getByRole("button", { name: "Lisa Verbeek aannemen" }).click();
  await expect(page.getByText("Lisa Verbeek is aangenomen en staat nu in je team.")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test("a hired candidate is offered no further referral; the page says where they were hired", async ({
  page,
}) => {
  await login(page, "/regio", "wsp@rijnmond.demo");
  await expect(nav(page)).toBeVisible();
  await page.goto("/regio/kandidaten");
  await page.getByRole("link", { name: "Miriam Öztürk" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Miriam Öztürk" })).toBeVisible();
  await expect(page.getByText("Miriam Öztürk is aangenomen bij Kinderrijk")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Voordragen/ })).toHaveCount(0);
});
