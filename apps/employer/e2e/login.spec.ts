import { expect, test } from "@playwright/test";
import { KINDERRIJK_HR, login, loginToTeam } from "./helpers.ts";

test("a wrong password shows the Dutch message and keeps the user on the login page", async ({ page }) => {
  await login(page, KINDERRIJK_HR, "niet-het-wachtwoord");
  await expect(page.getByRole("alert")).toHaveText("E-mailadres of wachtwoord klopt niet.");
  await expect(page).toHaveURL(/\/werkgever\/inloggen$/);
});

test("a page behind the login sends the user to the login page and back after logging in", async ({
  page,
}) => {
  await page.goto("/werkgever/personen/onbekend");
  await expect(page).toHaveURL(/\/werkgever\/inloggen$/);
  await page.getByLabel("E-mailadres").fill(KINDERRIJK_HR);
  await page.getByLabel("Wachtwoord").fill("Ontwikkelpad-demo-2026");
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).toHaveURL(/\/werkgever\/personen\/onbekend$/);
});

test("logging out returns to the login page and ends the session", async ({ page }) => {
  await loginToTeam(page);
  await page.getByRole("button", { name: "Uitloggen", exact: true }).click();
  await expect(page).toHaveURL(/\/werkgever\/inloggen$/);
  await page.goto("/werkgever/");
  await expect(page).toHaveURL(/\/werkgever\/inloggen$/);
});
