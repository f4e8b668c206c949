import { DEMO_PASSWORD, PHONE, seriousViolations } from "@ontwikkelpad/playwright";
import { expect, test, type Page } from "@playwright/test";
import { login, personIdFromTeam } from "./helpers.ts";

const TRAINER = "praktijkopleider@kinderrijk.demo";
const CODE = "B1-K1-W4";

const bell = (page: Page) => page.getByRole("button", { name: /^Meldingen/ });
const notifications = (page: Page) => page.locator(".notification-list");

/** What the bell counts for the page's user, asked of the server itself. */
async function countedBy(page: Page): Promise<number> {
  const response = await page.request.get("/trpc/employer.notifications.count");
  expect(response.ok(), await response.text()).toBe(true);
  return ((await response.json()) as { result: { data: { count: number } } }).result.data.count;
}

test("the bell counts the praktijkopleider's rating to sign, opens with the keyboard and leads to it; signing takes it away", async ({
  page,
}) => {
  test.setTimeout(120_000); // axe scans besides the steps, on a shared machine
  await login(page, TRAINER);
  await expect(page.getByRole("heading", { level: 1, name: "Team" })).toBeVisible();
  await page.goto(`/werkgever/personen/${await personIdFromTeam(page, /Miriam/)}/beoordeling`);
  const count = bell(page).locator(".nav-count");
  const before = await countedBy(page);
  // A draft rating of Miriam's B1-K1-W4, which no other test rates, waits for its signature.
  const row = page.getByRole("row", { name: new RegExp(`^${CODE} Draagt`) });
  await row.getByRole("button", { name: `Beoordelen ${CODE}` }).click();
  const form = page.getByRole("form", { name: `${CODE} beoordelen` });
  await form.getByRole("radio", { name: "Beheerst" }).check();
  await form.getByLabel("Toelichting").fill("Houdt de groep veilig bij het buitenspelen.");
  await form.getByRole("button", { name: "Beoordeling opslaan" }).click();
  await expect(row).toContainText("Concept");
  await expect(count).toHaveText(String(before + 1));
  await expect(bell(page)).toHaveAccessibleName(
    `Meldingen ${before + 1} ${before + 1 === 1 ? "melding" : "meldingen"}`,
  );

  await page.goto("/werkgever/");
  await bell(page).focus();
  await page.keyboard.press("Enter");
  await expect(bell(page)).toHaveAttribute("aria-expanded", "true");
  const item = notifications(page).getByRole("link", {
    name: "1 beoordeling van Miriam Öztürk ondertekenen",
  });
  await expect(item).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await item.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/werkgever\/personen\/[^/]+\/beoordeling$/);
  await expect(
    page.getByRole("heading", { level: 1, name: "Praktijkbeoordeling van Miriam Öztürk" }),
  ).toBeVisible();

  await row.getByRole("button", { name: `Ondertekenen ${CODE}` }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Ondertekenen" }).click();
  await expect(row).toContainText("Ondertekend");
  if (before > 0) await expect(count).toHaveText(String(before));
  else await expect(count).toHaveCount(0);
  await bell(page).click();
  await expect(notifications(page).getByRole("link", { name: /van Miriam Öztürk ondertekenen/ })).toHaveCount(
    0,
  );
});

test("the mail settings, opened from the bell, save a choice per kind, fit a phone and pass axe", async ({
  page,
}) => {
  test.setTimeout(120_000); // axe scans besides the steps, on a shared machine
  await login(page, TRAINER);
  await bell(page).click();
  await notifications(page).getByRole("link", { name: "Meldingen instellen" }).click();
  await expect(page).toHaveURL(/\/werkgever\/meldingen$/);
  await expect(page.getByRole("heading", { level: 1, name: "Meldingen instellen" })).toBeVisible();

  const reviews = page.getByRole("group", {
    name: "Evaluaties van een Ontwikkelpad die eraan komen of te laat zijn",
  });
  await expect(reviews.getByLabel("Direct")).toBeChecked();
  await reviews.getByLabel("Dagelijks overzicht").check();
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByText("Je keuzes zijn opgeslagen.")).toBeVisible();
  await page.reload();
  await expect(reviews.getByLabel("Dagelijks overzicht")).toBeChecked();
  expect(await seriousViolations(page)).toEqual([]);
  await page.setViewportSize(PHONE);
  expect(await seriousViolations(page)).toEqual([]);
});

test("a mail's link to its settings asks for the login first, then shows that kind highlighted", async ({
  page,
}) => {
  test.setTimeout(120_000); // axe scans besides the steps, on a shared machine
  await page.goto("/werkgever/?meldingen=sign");
  await expect(page).toHaveURL(/\/werkgever\/inloggen/);
  await page.getByLabel("E-mailadres").fill(TRAINER);
  await page.getByLabel("Wachtwoord").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Inloggen" }).click();

  await expect(page).toHaveURL(/\/werkgever\/meldingen\?soort=sign$/);
  const sign = page.getByRole("group", { name: "Beoordelingen om te ondertekenen" });
  await expect(sign).toHaveClass(/highlighted/);
  await expect(sign).toHaveAccessibleDescription(/Je kwam hier via de link in een e-mail/);
  await expect(sign.getByRole("radio", { checked: true })).toBeFocused();
  // Only the arrow keys and the space bar: the choice is made and saved without a mouse.
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(sign.getByLabel("Geen e-mail")).toBeChecked();
  await page.keyboard.press("Enter");
  await expect(page.getByText("Je keuzes zijn opgeslagen.")).toBeVisible();
});
