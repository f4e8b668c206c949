import { expect, test } from "@playwright/test";
import { loginToTeam, menuLink } from "./helpers.ts";

test("the dashboard shows staffing per location, its projection and the groepshulp subsidy", async ({
  page,
}) => {
  await loginToTeam(page);
  const navLinks = page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link");
  // "Dashboard", followed by the count of tasks waiting there.
  await expect(navLinks.first()).toHaveText(/^Dashboard\s*(\d+ taken? te doen)?$/);
  await navLinks.first().click();
  await expect(page).toHaveURL(/\/werkgever\/dashboard$/);
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();

  const staffing = page.getByRole("table", { name: /Gekwalificeerde medewerkers per locatie/ });
  await expect(staffing.getByRole("columnheader", { name: "Nodig" })).toBeVisible();
  await expect(staffing.getByRole("columnheader", { name: "Aanwezig" })).toBeVisible();
  await expect(staffing.getByRole("columnheader", { name: "Tekort" })).toBeVisible();
  await expect(staffing.getByRole("rowheader", { name: "KDV De Boomhut" })).toBeVisible();
  // The chart's text alternative: the projection as a table per location.
  await expect(page.getByRole("table", { name: /Prognose KDV De Boomhut/ }).getByRole("row")).toHaveCount(7); // header and six quarters

  const subsidy = page.getByRole("region", { name: "Subsidie groepshulpen" });
  await expect(subsidy.getByText(/\d+ van max \d+ toegekend dit jaar/)).toBeVisible();
  await expect(
    subsidy.getByRole("table", { name: "Groepshulpen en de subsidie" }).getByRole("row").nth(1),
  ).toBeVisible();
});

test("an admin adds a location and a group on the organization page", async ({ page }) => {
  await loginToTeam(page);
  await menuLink(page, "Organisatie").click();
  await expect(page.getByRole("heading", { level: 1, name: "Organisatie" })).toBeVisible();
  await expect(
    page
      .getByRole("table", { name: "Locaties met hun groepen" })
      .getByRole("rowheader", { name: "KDV De Boomhut" }),
  ).toBeVisible();
  // Milan's planned BBL route needs a recognition Kinderrijk lacks.
  const missing = page.locator(".notice", { hasText: "Ontbrekende erkenningen." });
  await expect(missing).toContainText("crebo 25696");
  await expect(missing.getByRole("link", { name: /^Milan / })).toBeVisible();

  const name = `Testlocatie ${Date.now()}`;
  const lrkNumber = String(Date.now()).slice(-9);
  await page.getByRole("button", { name: "Locatie toevoegen" }).click();
  const form = page.getByRole("form", { name: "Locatie toevoegen" });
  await form.getByLabel("Naam van de locatie").fill(name);
  await form.getByLabel("Soort opvang").selectOption({ label: "Buitenschoolse opvang" });
  await form.getByLabel("LRK-nummer").fill("12345");
  await form.getByLabel("Plaats").fill("Rotterdam");
  await form.getByRole("button", { name: "Locatie opslaan" }).click();
  // The server's Dutch field error appears next to the field.
  await expect(form.getByText("Een LRK-nummer bestaat uit 9 cijfers.")).toBeVisible();

  await form.getByLabel("LRK-nummer").fill(lrkNumber);
  await form.getByRole("button", { name: "Locatie opslaan" }).click();
  await expect(page.getByText(`Locatie ${name} is toegevoegd.`)).toBeVisible();
  const row = page.getByRole("row", { name: new RegExp(name) });
  await expect(row).toContainText(lrkNumber);
  await expect(row).toContainText("Nog geen groepen");

  await page.getByRole("button", { name: "Groep toevoegen" }).click();
  const groupForm = page.getByRole("form", { name: "Groep toevoegen" });
  await groupForm.getByLabel("Locatie").selectOption({ label: name });
  await groupForm.getByLabel("Naam van de groep").fill("Middenbouw");
  await groupForm.getByLabel("Leeftijd vanaf (maanden)").fill("48");
  await groupForm.getByLabel("Leeftijd tot (maanden)").fill("24");
  await groupForm.getByLabel("Maximaal aantal kinderen").fill("20");
  await groupForm.getByRole("button", { name: "Groep opslaan" }).click();
  await expect(groupForm.getByText("De hoogste leeftijd moet boven de laagste liggen.")).toBeVisible();

  await groupForm.getByLabel("Leeftijd tot (maanden)").fill("96");
  await groupForm.getByRole("button", { name: "Groep opslaan" }).click();
  await expect(page.getByText(`Groep Middenbouw is toegevoegd aan ${name}.`)).toBeVisible();
  await expect(row).toContainText("Middenbouw: 4–8 jaar, max. 20 kinderen");
});

for (const email of ["praktijkopleider@kinderrijk.demo", "leidinggevende@kinderrijk.demo"]) {
  test(`${email.split("@")[0]} sees the organization without the admin's buttons`, async ({ page }) => {
    await loginToTeam(page, email);
    await menuLink(page, "Organisatie").click();
    await expect(page.getByRole("heading", { level: 1, name: "Organisatie" })).toBeVisible();
    await expect(
      page
        .getByRole("table", { name: "Locaties met hun groepen" })
        .getByRole("rowheader", { name: "KDV De Boomhut" }),
    ).toBeVisible();
    await expect(
      page.getByText("Alleen een beheerder van de organisatie voegt locaties, groepen en erkenningen toe."),
    ).toBeVisible();
    for (const name of ["Locatie toevoegen", "Groep toevoegen", "Erkenning toevoegen"])
      await expect(page.getByRole("button", { name })).toHaveCount(0);
  });
}
