import { login, seriousViolations } from "@ontwikkelpad/playwright";
import { expect, test, type Page } from "@playwright/test";

const nav = (page: Page) => page.getByRole("navigation", { name: "Hoofdmenu" });

const loginToSchool = async (page: Page, email: string) => {
  await login(page, "/school", email);
  await expect(page.getByRole("heading", { level: 1, name: "Scholingsaanbod" })).toBeVisible();
};

test("an opleidingsadviseur creates a class, adds a learner and lets her employer adopt it", async ({
  page,
}) => {
  await loginToSchool(page, "opleidingsadviseur@maasoever.demo");
  await nav(page).getByRole("link", { name: "Klassen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Klassen" })).toBeVisible();
  const classes = page.getByRole("table", { name: "Klassen van de school" });
  await expect(classes.getByRole("row", { name: /PMK-BBL Rijnmond 2026/ })).toContainText("Kinderrijk");
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole("button", { name: "Klas toevoegen" }).click();
  const form = page.getByRole("form", { name: "Klas toevoegen" });
  await form.getByRole("button", { name: "Klas opslaan" }).click();
  await expect(form.getByText("Geef de klas een naam van minstens twee tekens.")).toBeVisible();
  await form.getByLabel("Naam").fill("HZW Rijnmond 2027");
  await form.getByLabel("Opleiding").selectOption({ label: "Praktijkverklaring Helpende zorg en welzijn" });
  await form.getByLabel("Cohortjaar").fill("2027");
  await form.getByRole("button", { name: "Klas opslaan" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "HZW Rijnmond 2027" })).toBeVisible();
  await expect(page.getByText("Er zitten nog geen deelnemers in deze klas.")).toBeVisible();
  const addLearner = page.getByRole("form", { name: "Deelnemer toevoegen" });
  await addLearner
    .getByLabel("Deelnemer")
    .selectOption({ label: "Ellen de Graaf (Kinderrijk, Praktijkverklaring Helpende zorg en welzijn)" });
  await addLearner.getByRole("button", { name: "Toevoegen" }).click();
  await expect(page.getByRole("table", { name: "Deelnemers in de klas" })).toContainText("Ellen de Graaf");

  // Ellen's employer is proposed first.
  const adopt = page.getByRole("form", { name: "Werkgever laten adopteren" });
  await adopt.getByLabel("Werkgever").selectOption({ label: "Kinderrijk (1 in de klas)" });
  await adopt.getByRole("button", { name: "Toevoegen" }).click();
  const adopters = page.getByRole("region", { name: "Werkgevers die de klas adopteren" });
  await expect(adopters.getByRole("listitem")).toContainText("Kinderrijk — 1 deelnemer in de klas");
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole("button", { name: "Ellen de Graaf uit de klas halen" }).click();
  const dialog = page.getByRole("dialog", { name: "Ellen de Graaf uit de klas halen?" });
  await dialog.getByRole("button", { name: "Annuleren" }).click();
  await expect(page.getByRole("table", { name: "Deelnemers in de klas" })).toContainText("Ellen de Graaf");
});

test("the mentor team's docent writes a reflection and sends a skill gap the regiegroep sees on Signalen", async ({
  page,
}) => {
  await loginToSchool(page, "docent@maasoever.demo");
  await nav(page).getByRole("link", { name: "Klassen" }).click();
  await page.getByRole("link", { name: "PMK-BBL Rijnmond 2026" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "PMK-BBL Rijnmond 2026" })).toBeVisible();

  const note = page.getByRole("form", { name: "Reflectie schrijven" });
  await note.getByLabel("Week").fill("2026-W49");
  await note.getByLabel("Deelnemer").selectOption({ label: "Amira Bakkali" });
  await note
    .getByLabel("Wat bespraken jullie?")
    .fill("Amira leidde de kring zelfstandig; volgende week oefenen met overdracht.");
  await note.getByRole("button", { name: "Reflectie opslaan" }).click();
  await expect(note.getByText("De reflectie is opgeslagen.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Week 49, 2026" })).toContainText(
    "Amira leidde de kring zelfstandig",
  );

  const gaps = page.getByRole("table", { name: "Werkprocessen die achterblijven in de klas" });
  await expect(gaps.getByRole("row").nth(1)).toContainText("3 van 4 deelnemers");
  await gaps
    .getByRole("button", { name: /^Signaal sturen over/ })
    .first()
    .click();
  const signal = page.getByRole("form", { name: "Signaal aan de regiegroep" });
  await signal.getByRole("button", { name: "Signaal versturen" }).click();
  await expect(signal.getByText("Schrijf in een of twee zinnen wat het mentorteam ziet")).toBeVisible();
  const comment = "Drie van de vier deelnemers staan hier op nog niet: graag extra lesstof in blok 3.";
  await signal.getByLabel("Toelichting voor de regiegroep").fill(comment);
  await signal.getByRole("button", { name: "Signaal versturen" }).click();
  const sent = page.getByRole("table", { name: "Verstuurde signalen" });
  await expect(sent.getByRole("row", { name: new RegExp(comment.slice(0, 20)) })).toContainText(
    "Nog niet bevestigd door de regio",
  );
  expect(await seriousViolations(page)).toEqual([]);

  await page.context().clearCookies();
  await login(page, "/regio", "coordinator@rijnmond.demo");
  await expect(page.getByRole("heading", { level: 1, name: "Regio-overzicht" })).toBeVisible();
  await nav(page).getByRole("link", { name: "Signalen" }).click();
  await expect(page.getByRole("table", { name: "Signalen van mentorteams" })).toContainText(comment);
});

test("the aansluiting page shows a function no offer of the school leads to, and exports it", async ({
  page,
}) => {
  await loginToSchool(page, "opleidingsadviseur@maasoever.demo");
  await nav(page).getByRole("link", { name: "Aansluiting" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Aansluiting" })).toBeVisible();
  const table = page.getByRole("table", { name: "Functies in de regio en ons aanbod" });
  const gap = table.getByRole("row", { name: /Gespecialiseerd pedagogisch medewerker/ }).first();
  await expect(gap).toContainText("Niet gedekt door ons aanbod");
  await expect(table.getByRole("row", { name: /^Pedagogisch medewerker/ })).toContainText(
    "Pedagogisch medewerker kinderopvang (BBL)",
  );
  expect(await seriousViolations(page)).toEqual([]);

  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "CSV downloaden" }).click();
  const file = await download;
  const text = Buffer.concat(await (await file.createReadStream()).toArray()).toString("utf8");
  expect(text).toContain("Gespecialiseerd pedagogisch medewerker;Niet gedekt door ons aanbod");
});
