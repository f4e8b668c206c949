import { seriousViolations } from "@ontwikkelpad/playwright";
import { expect, test } from "@playwright/test";
import { loginToTeam } from "./helpers.ts";

test("the seeded pedagogisch medewerkers show as qualified on the team list and their own page", async ({
  page,
}) => {
  await loginToTeam(page);
  const row = page.getByRole("row", { name: /Eva Mulder/ });
  await expect(row).toContainText("Pedagogisch medewerker");
  await expect(row.getByRole("cell", { name: "Ja", exact: true })).toBeVisible();
  await row.getByRole("link", { name: "Eva Mulder" }).click();
  const functions = page.getByRole("table", { name: /Functies die Eva Mulder mag vervullen/ });
  await expect(functions.getByRole("row", { name: /^Pedagogisch medewerker Ja/ })).toBeVisible();
  const held = page.getByRole("table", {
    name: /Diploma’s, certificaten en praktijkverklaringen van Eva Mulder/,
  });
  // HR typed the diploma in: it counts for the function, but it is marked as the employer's declaration.
  const pmk = held.getByRole("row", { name: /Pedagogisch medewerker kinderopvang \(PMK\)/ });
  await expect(pmk).toContainText("Opgegeven door werkgever (niet geverifieerd)");
  await expect(
    page.getByText(/Wat de werkgever opgeeft, is niet geverifieerd door een school/),
  ).toBeVisible();
});

test("a certificate a school issued shows as verified, and only the school can correct it", async ({
  page,
}) => {
  await loginToTeam(page);
  await page
    .getByRole("row", { name: /Milan Jovanović/ })
    .getByRole("link", { name: "Milan Jovanović" })
    .click();
  const held = page.getByRole("table", {
    name: /Diploma’s, certificaten en praktijkverklaringen van Milan Jovanović/,
  });
  // The one the school issued here (the upload test may have added the same certificate as a file).
  const c0125 = held
    .getByRole("row", { name: /Pedagogisch klimaat in de kinderopvang/ })
    .filter({ hasText: "Uitgegeven door de school (geverifieerd)" });
  await expect(c0125).toHaveCount(1);
  await expect(c0125).toContainText("Alleen de school kan dit corrigeren");
});

test("a groepshulp without the Personenregister shows as 'mag niet werken' with the reason, on the team list and their page", async ({
  page,
}) => {
  await loginToTeam(page);
  const reason = "Niet ingeschreven in het Personenregister Kinderopvang met gekoppelde VOG";
  const row = page.getByRole("row", { name: /Bram Hendriks/ });
  await expect(row).toContainText("Groepshulp");
  await expect(row.getByRole("cell", { name: `Nee: ${reason}`, exact: true })).toBeVisible();
  await row.getByRole("link", { name: "Bram Hendriks" }).click();
  await expect(
    page.getByText(`Bram Hendriks mag geen van deze functies vervullen: ${reason}.`),
  ).toBeVisible();
  const functions = page.getByRole("table", { name: /Functies die Bram Hendriks mag vervullen/ });
  await expect(functions.getByRole("row", { name: /^Groepshulp Nee/ })).toContainText(reason);
});

test("HR records another diploma and language level; the functions follow, and removing asks first", async ({
  page,
}) => {
  test.setTimeout(90_000); // one axe scan
  const familyName = `Diploma${Date.now()}`;
  await loginToTeam(page);
  await page.getByRole("button", { name: "Persoon toevoegen" }).click();
  const addPerson = page.getByRole("form", { name: "Persoon toevoegen" });
  await addPerson.getByLabel("Voornaam").fill("Sanne");
  await addPerson.getByLabel("Achternaam").fill(familyName);
  await addPerson.getByLabel("Functie").selectOption({ label: "Pedagogisch medewerker" });
  await addPerson.getByLabel("Locatie").selectOption({ label: "KDV De Boomhut" });
  await addPerson.getByLabel("Uren per week").fill("24");
  await addPerson.getByRole("button", { name: "Persoon opslaan" }).click();
  await expect(page.getByRole("row", { name: new RegExp(`Sanne ${familyName}`) })).toContainText("Nee:");
  await page.getByRole("link", { name: `Bekijk Sanne ${familyName}` }).click();
  const functions = page.getByRole("table", { name: /Functies die Sanne/ });
  await expect(functions.getByRole("row", { name: /^Pedagogisch medewerker Nee/ })).toBeVisible();

  await page.getByRole("button", { name: "Diploma of certificaat toevoegen" }).click();
  const form = page.getByRole("form", { name: "Diploma of certificaat toevoegen" });
  await form.getByLabel("Soort").selectOption({ label: "Ander diploma" });
  await form.getByRole("button", { name: "Toevoegen" }).click();
  await expect(form.getByText("Vul de naam van het diploma in.")).toBeVisible();
  await form.getByLabel("Naam van het diploma").fill("Bachelor Pedagogiek");
  await form.getByLabel("Niveau").selectOption({ label: "Hbo" });
  await form.getByLabel("Diplomagroep (cao)").selectOption({ label: "Diplomagroep A1: kwalificeert direct" });
  await form.getByLabel("Datum van uitreiking").fill("2019-06-30");
  await form.getByLabel("Uitgereikt door").fill("Hogeschool Rotterdam");
  expect(await seriousViolations(page)).toEqual([]);
  await form.getByRole("button", { name: "Toevoegen" }).click();
  await expect(page.getByText("Het diploma of certificaat is toegevoegd.")).toBeVisible();
  const held = page.getByRole("table", { name: /Diploma’s, certificaten en praktijkverklaringen/ });
  await expect(held.getByRole("row", { name: /Bachelor Pedagogiek/ })).toContainText(
    "Opgegeven door werkgever (niet geverifieerd)",
  );

  await page.getByRole("button", { name: "Taal, VOG en babyscholing bewerken" }).click();
  const facts = page.getByRole("form", { name: "Taalniveau, VOG en babyscholing" });
  await facts.getByLabel("Taalniveau mondeling").selectOption({ label: "B2 (telt als 3F)" });
  await facts.getByLabel("Bron van het taalniveau").fill("Staatsexamen NT2");
  await facts.getByLabel("Heeft een VOG en staat in het Personenregister Kinderopvang").check();
  await facts.getByLabel(/babyscholing gevolgd/).check();
  await facts.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByText(`De gegevens van Sanne ${familyName} zijn opgeslagen.`)).toBeVisible();
  await expect(functions.getByRole("row", { name: /^Pedagogisch medewerker Ja/ })).toBeVisible();

  await held.getByRole("button", { name: "Bachelor Pedagogiek verwijderen" }).click();
  const dialog = page.getByRole("dialog", { name: "Bachelor Pedagogiek verwijderen?" });
  await dialog.getByRole("button", { name: "Verwijderen" }).click();
  await expect(dialog.getByText("Geef kort de reden")).toBeVisible();
  await dialog.getByLabel("Reden").fill("Verkeerde persoon");
  await dialog.getByRole("button", { name: "Verwijderen" }).click();
  await expect(page.getByText("Bachelor Pedagogiek is verwijderd.")).toBeVisible();
  await expect(functions.getByRole("row", { name: /^Pedagogisch medewerker Nee/ })).toBeVisible();

  // The dashboard's staffing judges her the same way: she does not count at De Boomhut.
  await page.goto("/werkgever/dashboard");
  const staffing = page.getByRole("table", { name: /Gekwalificeerde medewerkers per locatie/ });
  await expect(staffing.getByRole("columnheader", { name: "Telt niet mee" })).toBeVisible();
  const boomhut = staffing.getByRole("row", { name: /KDV De Boomhut/ });
  await expect(boomhut.getByRole("cell").nth(4)).not.toHaveText("0");
});
