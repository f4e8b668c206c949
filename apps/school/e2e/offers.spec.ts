import { login, seriousViolations } from "@ontwikkelpad/playwright";
import { expect, test } from "@playwright/test";

test("an opleidingsadviseur adds an offer with a start moment and publishes it", async ({ page }) => {
  await login(page, "/school", "opleidingsadviseur@maasoever.demo");
  await expect(page.getByRole("heading", { level: 1, name: "Scholingsaanbod" })).toBeVisible();
  await page.getByRole("link", { name: "Nieuw aanbod toevoegen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nieuw aanbod" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  const form = page.getByRole("form", { name: "Aanbod toevoegen" });
  await form.getByRole("button", { name: "Aanbod opslaan" }).click();
  await expect(form.getByText("Geef het aanbod een naam.")).toBeVisible();
  await form.getByLabel("Naam").fill("Certificaat Pedagogisch klimaat (avondgroep)");
  await form.getByLabel("Leidt tot").selectOption({ label: "Pedagogisch klimaat in de kinderopvang" });
  await form.getByLabel("Duur (weken)").fill("20");
  await form.getByLabel("Prijs (euro)").fill("950,00");
  await form.getByLabel(/Arbeidsmarktregio Rijnmond/).check();
  await form.getByLabel("Startdatum 1").fill("2099-09-01");
  await form.getByLabel("Plekken bij startmoment 1").fill("12");
  await form.getByRole("button", { name: "Aanbod opslaan" }).click();

  await expect(
    page.getByRole("heading", { level: 1, name: "Certificaat Pedagogisch klimaat (avondgroep)" }),
  ).toBeVisible();
  await expect(page.getByRole("heading", { name: "Niet gepubliceerd" })).toBeVisible();
  await page.getByRole("button", { name: "Publiceren" }).click();
  await expect(page.getByRole("heading", { name: "Gepubliceerd", exact: true })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole("button", { name: "Publicatie intrekken" }).click();
  await page
    .getByRole("dialog", { name: "Publicatie intrekken?" })
    .getByRole("button", { name: "Ja, intrekken" })
    .click();
  await expect(page.getByRole("heading", { name: "Niet gepubliceerd" })).toBeVisible();

  await page.getByRole("link", { name: "← Al het aanbod" }).click();
  const table = page.getByRole("table", { name: "Scholingsaanbod van de school" });
  await expect(table.getByRole("row", { name: /avondgroep/ })).toContainText("1-9-2099");
  await expect(table.getByRole("row", { name: /Praktijkverklaring Helpende zorg/ })).toContainText(
    "Op afroep",
  );
});

test("another school cannot open this school's offer by its address", async ({ page, browser }) => {
  await login(page, "/school", "opleidingsadviseur@maasoever.demo");
  await page.getByRole("link", { name: "Pedagogisch medewerker kinderopvang (BBL)" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Pedagogisch medewerker kinderopvang (BBL)" }),
  ).toBeVisible();
  const other = await browser.newPage();
  await login(other, "/school", "opleidingsadviseur@hofstad.demo");
  await expect(other.getByRole("heading", { level: 1, name: "Scholingsaanbod" })).toBeVisible();
  await other.goto(page.url());
  await expect(other.getByRole("alert")).toContainText("hoort niet bij jouw school");
  await other.close();
});

test("after a server error on the start moments the offer form saves once the error is put right", async ({
  page,
}) => {
  await login(page, "/school", "opleidingsadviseur@maasoever.demo");
  await expect(page.getByRole("heading", { level: 1, name: "Scholingsaanbod" })).toBeVisible();
  await page.getByRole("link", { name: "Nieuw aanbod toevoegen" }).click();
  const form = page.getByRole("form", { name: "Aanbod toevoegen" });
  await form.getByLabel("Naam").fill("Certificaat Pedagogisch klimaat (zaterdaggroep)");
  await form.getByLabel("Leidt tot").selectOption({ label: "Pedagogisch klimaat in de kinderopvang" });
  await form.getByLabel("Duur (weken)").fill("20");
  await form.getByRole("button", { name: "Aanbod opslaan" }).click();
  await expect(form.getByText(/Voeg een startmoment toe/)).toBeVisible();

  await form.getByLabel("Startdatum 1").fill("2099-10-01");
  await form.getByLabel("Plekken bij startmoment 1").fill("8");
  await form.getByRole("button", { name: "Aanbod opslaan" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Certificaat Pedagogisch klimaat (zaterdaggroep)" }),
  ).toBeVisible();
});
