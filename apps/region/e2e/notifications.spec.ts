import { login, PHONE, seriousViolations } from "@ontwikkelpad/playwright";
import { expect, test, type Page } from "@playwright/test";

const COORDINATOR = "coordinator@rijnmond.demo";

const bell = (page: Page) => page.getByRole("button", { name: /^Meldingen/ });
const notifications = (page: Page) => page.locator(".notification-list");

test("the bell counts the coordinator's signals, opens with the keyboard and leads to them; acknowledging takes one away", async ({
  page,
}) => {
  test.setTimeout(120_000); // axe scans besides the steps, on a shared machine
  await login(page, "/regio", COORDINATOR);
  await expect(bell(page).locator(".nav-count")).toHaveText(/^\d+$/);
  const before = Number(await bell(page).locator(".nav-count").textContent());
  expect(before).toBeGreaterThan(0);

  await bell(page).focus();
  await page.keyboard.press("Enter");
  // The seed's signal about B1-K1-W4 from the mentor team of Kinderrijk and De Maasoever.
  const item = notifications(page).getByRole("link", { name: /^Signaal over B1-K1-W4 .* bevestigen$/ });
  await expect(item).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await item.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/regio\/signalen$/);

  await page.getByRole("button", { name: /^Bevestigen: B1-K1-W4/ }).click();
  await expect(bell(page).locator(".nav-count")).toHaveCount(before > 1 ? 1 : 0);
  if (before > 1) await expect(bell(page).locator(".nav-count")).toHaveText(String(before - 1));
  await bell(page).click();
  await expect(notifications(page).getByRole("link", { name: /^Signaal over B1-K1-W4/ })).toHaveCount(0);
});

test("the mail settings, opened from the bell, save a choice per kind, fit a phone and pass axe", async ({
  page,
}) => {
  test.setTimeout(120_000); // axe scans besides the steps, on a shared machine
  await login(page, "/regio", COORDINATOR);
  await bell(page).click();
  await notifications(page).getByRole("link", { name: "Meldingen instellen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Meldingen instellen" })).toBeVisible();
  const signals = page.getByRole("group", { name: "Signalen van mentorteams" });
  await signals.getByLabel("Dagelijks overzicht").check();
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByText("Je keuzes zijn opgeslagen.")).toBeVisible();
  await page.reload();
  await expect(signals.getByLabel("Dagelijks overzicht")).toBeChecked();
  await page.setViewportSize(PHONE);
  expect(await seriousViolations(page)).toEqual([]);
});
