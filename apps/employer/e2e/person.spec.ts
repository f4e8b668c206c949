import { readFile } from "node:fs/promises";
import { seriousViolations } from "@ontwikkelpad/playwright";
import { findAccessibilityProblems, readPdf } from "@ontwikkelpad/ui/pdf-check";
import { expect, test, type Page } from "@playwright/test";
import { loginToTeam } from "./helpers.ts";

/** Adds a person of our own through the team page and opens their page, so seeded persons stay as they are. */
async function addAndOpenPerson(page: Page, familyName: string) {
  await loginToTeam(page);
  await page.getByRole("button", { name: "Persoon toevoegen" }).click();
  const form = page.getByRole("form", { name: "Persoon toevoegen" });
  await form.getByLabel("Voornaam").fill("Noor");
  await form.getByLabel("Achternaam").fill(familyName);
  await form.getByLabel("Functie").selectOption({ label: "Groepshulp" });
  await form.getByLabel("Locatie").selectOption({ label: "KDV De Boomhut" });
  await form.getByLabel("Uren per week").fill("24");
  await form.getByRole("button", { name: "Persoon opslaan" }).click();
  await page.getByRole("link", { name: `Bekijk Noor ${familyName}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Noor ${familyName}` })).toBeVisible();
}

test("editing a person's hours saves them, with Dutch field errors first", async ({ page }) => {
  test.setTimeout(60_000); // one axe scan
  const familyName = `Bewerkt${Date.now()}`;
  await addAndOpenPerson(page, familyName);
  const details = page.locator("dl.details-list").first();
  await expect(details).toContainText("KDV De Boomhut");
  await expect(details).toContainText("24");

  await page.getByRole("button", { name: "Bewerken", exact: true }).click();
  const form = page.getByRole("form", { name: "Gegevens bewerken" });
  // The form starts from what is stored.
  await expect(form.getByLabel("Achternaam")).toHaveValue(familyName);
  await expect(form.getByLabel("Locatie")).toHaveValue(/.+/);
  expect(await seriousViolations(page)).toEqual([]);

  await form.getByLabel("Uren per week").fill("61");
  await form.getByRole("button", { name: "Wijzigingen opslaan" }).click();
  await expect(form.getByText("Meer dan 60 uur per week kan niet.")).toBeVisible();

  await form.getByLabel("Uren per week").fill("28,5");
  await form.getByRole("button", { name: "Wijzigingen opslaan" }).click();
  await expect(page.getByText(`De gegevens van Noor ${familyName} zijn opgeslagen.`)).toBeVisible();
  await expect(form).toBeHidden();
  await expect(details).toContainText("28,5");

  await page.reload();
  await expect(page.locator("dl.details-list").first()).toContainText("28,5");
});

test("archiving asks for confirmation and a reason, and takes the person off the team", async ({ page }) => {
  const familyName = `Archief${Date.now()}`;
  await addAndOpenPerson(page, familyName);

  await page.getByRole("button", { name: "Archiveren" }).click();
  const dialog = page.getByRole("dialog", { name: `Noor ${familyName} archiveren?` });
  await expect(dialog).toBeVisible();
  // Cancelling keeps the person.
  await dialog.getByRole("button", { name: "Annuleren" }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole("button", { name: "Archiveren" }).click();
  await dialog.getByRole("button", { name: "Archiveren" }).click();
  await expect(dialog.getByText("Geef kort de reden (bijvoorbeeld: uit dienst).")).toBeVisible();
  await dialog.getByLabel("Reden").fill("Uit dienst per 1 december");
  await dialog.getByRole("button", { name: "Archiveren" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Team" })).toBeVisible();
  await expect(page.getByText(`Noor ${familyName} is gearchiveerd.`)).toBeVisible();
  await page.getByLabel("Zoek in het team").fill(familyName);
  await expect(
    page
      .getByRole("table", { name: "Medewerkers en kandidaten" })
      .getByRole("link", { name: new RegExp(familyName) }),
  ).toHaveCount(0);
  // The message is said once, not again after a reload.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Team" })).toBeVisible();
  await expect(page.getByText(`Noor ${familyName} is gearchiveerd.`)).toHaveCount(0);
});

test("Ellen's page shows her timeline in date order, progress per kerntaak and gives her Ontwikkelpad as PDF", async ({
  page,
}) => {
  await loginToTeam(page);
  await page.getByRole("link", { name: /Ellen/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Ellen/ })).toBeVisible();
  await expect(page.getByRole("link", { name: "Ontwikkelpad bekijken/bewerken" })).toHaveAttribute(
    "href",
    /\/personen\/[^/]+\/ontwikkelpad$/,
  );
  await expect(page.getByRole("link", { name: "Praktijkbeoordeling" })).toHaveAttribute(
    "href",
    /\/personen\/[^/]+\/beoordeling$/,
  );

  const timeline = page.getByRole("region", { name: "Tijdlijn van het Ontwikkelpad" }).getByRole("list");
  await expect(timeline.getByRole("listitem").filter({ hasText: "Ontwikkelpad gestart" })).toBeVisible();
  const dates = await timeline
    .locator("time")
    .evaluateAll((times) => times.map((t) => t.getAttribute("datetime") ?? ""));
  expect(dates.length).toBeGreaterThan(1);
  expect(dates).toEqual(dates.toSorted());

  const progress = page.getByRole("region", { name: "Voortgang per kerntaak" });
  await expect(progress.getByText(/^\d+ van \d+ werkprocessen beheerst$/).first()).toBeVisible();
  await expect(progress.getByRole("progressbar").first()).toHaveAccessibleName(/.+/);

  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Ontwikkelpad als PDF" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^ontwikkelpad-ellen-de-graaf-\d{4}-\d{2}-\d{2}\.pdf$/);
  const bytes = await readFile(await download.path());
  expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const pdf = await readPdf(new Uint8Array(bytes));
  expect(pdf.title).toBe("Ontwikkelpad Ellen de Graaf");
  expect(pdf.lines).toContain("Ontwikkelpad van Ellen de Graaf");
  // The browser's build of pdfkit makes the same tagged PDF as the unit tests' build.
  expect(await findAccessibilityProblems(new Uint8Array(bytes))).toEqual([]);
});
