import { login, seriousViolations } from "@ontwikkelpad/playwright";
import { expect, test } from "@playwright/test";

test("an opleidingsadviseur logs in and sees the school's training offers", async ({ page }) => {
  await login(page, "/school", "opleidingsadviseur@maasoever.demo");
  await expect(page.getByRole("heading", { level: 1, name: "Scholingsaanbod" })).toBeVisible();
  const table = page.getByRole("table", { name: "Scholingsaanbod van de school" });
  await expect(table.getByRole("row").nth(1)).toBeVisible();
  await page.getByLabel("Zoek in het aanbod").fill("praktijkverklaring");
  await expect(table.getByRole("row", { name: /Praktijkverklaring/i }).first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test("an employer's account opening the school portal is sent on to the werkgever portal", async ({
  page,
}) => {
  await login(page, "/school", "hr@kinderrijk.demo");
  await expect(page.getByRole("heading", { level: 1, name: "Dit is het portaal voor school" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Hoofdmenu" })).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole("link", { name: "Naar het portaal Werkgever" }).click();
  await expect(page).toHaveURL(/\/werkgever\/$/);
  await expect(page.getByRole("heading", { level: 1, name: "Team" })).toBeVisible();
});

test("an unknown path shows 'niet gevonden' with a way back", async ({ page }) => {
  await login(page, "/school", "opleidingsadviseur@maasoever.demo");
  await expect(page.getByRole("heading", { level: 1, name: "Scholingsaanbod" })).toBeVisible();
  await page.goto("/school/bestaat-niet");
  await expect(page.getByRole("heading", { level: 1, name: "Niet gevonden" })).toBeVisible();
  await expect(page).toHaveTitle("Niet gevonden · School · Ontwikkelpad");
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole("link", { name: "Naar de startpagina van School" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Scholingsaanbod" })).toBeVisible();
});

test("the login page has no serious accessibility violations", async ({ page }) => {
  await page.goto("/school/inloggen");
  await expect(page.getByRole("heading", { name: "Inloggen" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
