import { pageProblems, PHONE } from "@ontwikkelpad/playwright";
import { expect, test } from "@playwright/test";
import { loginToTeam } from "./helpers.ts";

// The journeys of the employer's roles that no other spec walks; the README lists every role's journey.
test.use({ viewport: PHONE });

test("on a phone, HR adds a new groepshulp, starts the Ontwikkelpad and chooses its goal", async ({
  page,
}) => {
  test.setTimeout(180_000); // five steps with an axe scan after each, on a busy machine
  await loginToTeam(page);
  expect(await pageProblems(page)).toEqual([]);

  // A person of this test alone: the team lists of other specs stay as they expect them.
  const familyName = `Jacobs${Date.now()}`;
  await page.getByRole("button", { name: "Persoon toevoegen" }).click();
  const form = page.getByRole("form", { name: "Persoon toevoegen" });
  await form.getByLabel("Voornaam").fill("Sem");
  await form.getByLabel("Achternaam").fill(familyName);
  await form.getByLabel("Functie").selectOption({ label: "Groepshulp" });
  await form.getByLabel("Uren per week").fill("20");
  await form.getByRole("button", { name: "Persoon opslaan" }).click();
  await expect(page.getByText(`Sem ${familyName} is toegevoegd.`)).toBeVisible();

  await page.getByLabel("Zoek in het team").fill(familyName);
  await page
    .getByRole("link", { name: new RegExp(`Sem ${familyName}`) })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1, name: `Sem ${familyName}` })).toBeVisible();
  expect(await pageProblems(page)).toEqual([]);
  await page.getByRole("link", { name: "Ontwikkelpad bekijken/bewerken" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: `Ontwikkelpad van Sem ${familyName}` }),
  ).toBeVisible();
  await page.getByRole("button", { name: "Ontwikkelpad starten" }).click();

  const start = page.getByRole("form", { name: "Startpunt" });
  await start.getByLabel("Jaren werkervaring in de kinderopvang").fill("2");
  await start.getByLabel("Taalniveau mondeling").selectOption("2F");
  await start.getByLabel("Vooropleidingen").fill("vmbo-kader");
  await start.getByLabel(/Heeft een VOG/).check();
  expect(await pageProblems(page)).toEqual([]);
  await start.getByRole("button", { name: "Opslaan en naar stap 2: Loopbaanperspectief" }).click();

  const perspective = page.getByRole("form", { name: "Loopbaanperspectief" });
  await perspective
    .getByLabel("Loopbaanperspectief")
    .fill("Groepshulp op de BSO, later pedagogisch medewerker.");
  await perspective.getByRole("button", { name: "Opslaan en naar stap 3: Ambitie" }).click();
  const ambition = page.getByRole("form", { name: "Ambitie" });
  await ambition.getByLabel("Ambitie").fill("Zelf activiteiten voor de groep bedenken.");
  await ambition.getByRole("button", { name: "Opslaan en naar stap 4: Doel" }).click();

  await expect(page.getByRole("heading", { level: 2, name: /^Stap 4:/ })).toBeVisible();
  expect(await pageProblems(page)).toEqual([]);
  await page
    .getByLabel("Diploma, certificaat of praktijkverklaring")
    .selectOption({ label: "Praktijkverklaring Helpende zorg en welzijn (niveau 2)" });
  await page
    .getByRole("article", { name: "Praktijkverklaring Helpende zorg en welzijn" })
    .getByRole("button", { name: "Kies dit doel" })
    .click();
  await expect(
    page.getByRole("article", { name: /Praktijkverklaring Helpende zorg en welzijn.*Gekozen/ }),
  ).toBeVisible();
  expect(await pageProblems(page)).toEqual([]);

  // The result: the scholingsbehoefte towards the chosen goal, per kerntaak.
  await page.getByRole("button", { name: "Naar stap 5: Scholingsbehoefte", exact: true }).click();
  const gap = page.getByRole("table", {
    name: /Nog te leren voor Praktijkverklaring Helpende zorg en welzijn, per kerntaak/,
  });
  await expect(gap.getByRole("rowheader").first()).toContainText(/B1-K\d/);
  expect(await pageProblems(page)).toEqual([]);
});
