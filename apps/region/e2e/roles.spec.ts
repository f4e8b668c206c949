import { login, pageProblems, PHONE } from "@ontwikkelpad/playwright";
import { expect, test } from "@playwright/test";

// The journeys of the region's roles that no other spec walks; the README lists every role's journey.
test.use({ viewport: PHONE });

test("on a phone, a partner's intake registers a new candidate with consent and records the intake", async ({
  page,
}) => {
  test.setTimeout(90_000); // an axe scan after each step
  await login(page, "/regio", "intake@uwv-rotterdam.demo");
  await expect(page.getByRole("heading", { level: 1, name: "Kandidaten" })).toBeVisible();
  expect(await pageProblems(page)).toEqual([]);

  // A candidate of this test alone: no other spec reads or changes them.
  const familyName = `Telefoon${Date.now()}`;
  await page.getByRole("button", { name: "Kandidaat aanmelden" }).click();
  const form = page.getByRole("form", { name: "Kandidaat aanmelden" });
  await form.getByLabel("Voornaam").fill("Lotte");
  await form.getByLabel("Achternaam").fill(familyName);
  await form.getByLabel(/^Aanmelding:/).check();
  expect(await pageProblems(page)).toEqual([]);
  await form.getByRole("button", { name: "Aanmelden" }).click();

  await expect(page.getByRole("heading", { level: 1, name: `Lotte ${familyName}` })).toBeVisible();
  await expect(page.getByText(`Lotte ${familyName} is aangemeld. Vul nu de intake in.`)).toBeVisible();
  const intake = page.getByRole("form", { name: "Intake" });
  await intake.getByLabel("Beschikbaar vanaf").fill("2027-02-01");
  await intake.getByLabel("Uren per week").fill("16");
  await intake.getByLabel("Woonplaats").fill("Schiedam");
  await intake.getByLabel("Postcodegebied").fill("3111");
  await intake.getByLabel("Reisafstand (km)").fill("8");
  await intake.getByLabel("Kinderdagverblijf").check();
  const workProcesses = intake.getByRole("group", { name: "Werkprocessen die de kandidaat al beheerst" });
  await workProcesses.getByLabel("Zoek een werkproces").fill("veilig pedagogisch");
  await workProcesses.getByLabel("B1-K1-W7 Zorgt voor een veilig pedagogisch klimaat").check();
  await expect(workProcesses).toContainText("1 werkproces gekozen");
  expect(await pageProblems(page)).toEqual([]);
  await intake.getByRole("button", { name: "Intake opslaan" }).click();

  await expect(page.getByRole("button", { name: "Intake wijzigen" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Toestemming per doel" })).toContainText("Tom Hendriks");
  expect(await pageProblems(page)).toEqual([]);

  // The result: the candidate stands on the partner's own list.
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Kandidaten" }).click();
  await page.getByLabel("Zoek een kandidaat").fill(familyName);
  await expect(page.getByRole("table", { name: "Aangemelde kandidaten" })).toContainText(
    `Lotte ${familyName}`,
  );
  expect(await pageProblems(page)).toEqual([]);
});
