import { seriousViolations } from "@ontwikkelpad/playwright";
import { expect, test } from "@playwright/test";
import { loginToTeam, personIdFromTeam } from "./helpers.ts";

test("login, team and person pages have no serious accessibility violations", async ({ page }) => {
  test.setTimeout(90_000); // four axe scans
  await page.goto("/werkgever/inloggen");
  await expect(page.getByRole("heading", { name: "Inloggen" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await loginToTeam(page);
  await expect(page.getByRole("table")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole("button", { name: "Persoon toevoegen" }).click();
  await expect(page.getByRole("form", { name: "Persoon toevoegen" }).getByLabel("Functie")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole("link", { name: /Ellen/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Ellen/ })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test("dashboard, organization and vacancies pages have no serious accessibility violations", async ({
  page,
}) => {
  test.setTimeout(120_000); // six axe scans
  await loginToTeam(page);

  await page.goto("/werkgever/dashboard");
  await expect(page.getByRole("table", { name: /Gekwalificeerde medewerkers per locatie/ })).toBeVisible();
  await expect(page.locator(".chart svg").first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.goto("/werkgever/organisatie");
  await expect(page.getByRole("table", { name: "Locaties met hun groepen" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole("button", { name: "Groep toevoegen" }).click();
  await expect(page.getByRole("form", { name: "Groep toevoegen" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.goto("/werkgever/vacatures");
  await expect(page.getByRole("table", { name: "Vacatures van je organisatie" })).toBeVisible();
  await expect(page.getByRole("table", { name: /Kandidaten die het regioloket/ })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole("button", { name: "Vacature plaatsen" }).click();
  await expect(page.getByRole("form", { name: "Vacature plaatsen" }).getByLabel("Functie")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page
    .getByRole("button", { name: /^Sluiten / })
    .first()
    .click();
  await expect(page.getByRole("dialog")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test("on a phone the person page, the Ontwikkelpad and the praktijkbeoordeling fit the screen", async ({
  page,
}) => {
  test.setTimeout(90_000); // three axe scans
  await page.setViewportSize({ width: 390, height: 844 });
  await loginToTeam(page);
  const ellen = await personIdFromTeam(page, /Ellen/);
  for (const [path, heading] of [
    ["", /Ellen de Graaf/],
    ["/ontwikkelpad", /Ontwikkelpad van Ellen/],
    ["/beoordeling", /Praktijkbeoordeling van Ellen/],
  ] as const) {
    await page.goto(`/werkgever/personen/${ellen}${path}`);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expect(page.getByRole("table").first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  }
});
