import { login, seriousViolations } from "@ontwikkelpad/playwright";
import { expect, test } from "@playwright/test";

test("a regional coordinator sees aggregates, the path counts protected and explained", async ({ page }) => {
  await login(page, "/regio", "coordinator@rijnmond.demo");
  await expect(page.getByRole("heading", { level: 1, name: "Regio-overzicht" })).toBeVisible();
  const bySteps = page.getByRole("table", { name: "Lopende Ontwikkelpaden per stap" });
  await expect(bySteps.getByRole("row")).toHaveCount(9);
  const counts = await bySteps.evaluate((t) =>
    [...(t as HTMLTableElement).querySelectorAll("td")].map((td) => td.textContent ?? ""),
  );
  expect(counts.filter((v) => /^\d+$/.test(v) && Number(v) % 5 !== 0)).toEqual([]);
  await expect(page.getByText(/de aantallen Ontwikkelpaden zijn beschermd/)).toBeVisible();
  await expect(page.getByText(/celsleutelmethode/)).toBeVisible();
  // The learning team De Maasoever runs at Kinderrijk: teams and organisations exact, students protected.
  await expect(
    page.getByText(
      /^1 lopende en 0 afgesloten leerteams bij 1 gastorganisatie, met 1 school; (0|5) studenten\./,
    ),
  ).toBeVisible();
  const byProgramme = page.getByRole("table", { name: "Studenten in leerteams per opleiding" });
  await expect(byProgramme.getByRole("row")).toHaveCount(2);
  await expect(byProgramme.getByRole("cell").last()).toHaveText(/^(0|5)$/);
  // Aggregates only: no names of people anywhere.
  await expect(page.getByText("Miriam")).toHaveCount(0);
  await expect(page.getByText("Fenna")).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);
});

test("a school account opening the region portal is sent on to the school portal", async ({ page }) => {
  await login(page, "/regio", "opleidingsadviseur@maasoever.demo");
  await expect(page.getByRole("heading", { level: 1, name: "Dit is het portaal voor regio" })).toBeVisible();
  await page.getByRole("link", { name: "Naar het portaal School" }).click();
  await expect(page).toHaveURL(/\/school\/$/);
  await expect(page.getByRole("heading", { level: 1, name: "Scholingsaanbod" })).toBeVisible();
});

test("an unknown path shows 'niet gevonden' with a way back", async ({ page }) => {
  await login(page, "/regio", "coordinator@rijnmond.demo");
  await expect(page.getByRole("heading", { level: 1, name: "Regio-overzicht" })).toBeVisible();
  await page.goto("/regio/onbekend/pad");
  await expect(page.getByRole("heading", { level: 1, name: "Niet gevonden" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole("link", { name: "Naar de startpagina van Regio" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Regio-overzicht" })).toBeVisible();
});
