import { seriousViolations } from "@ontwikkelpad/playwright";
import { expect, test } from "@playwright/test";
import { loginToTeam, personIdFromTeam } from "./helpers.ts";

test("HR invites the employee to see their own path, who agrees without an account; HR sees the agreement", async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000); // two axe scans
  await loginToTeam(page);
  const id = await personIdFromTeam(page, /Jovanović/);
  await page.goto(`/werkgever/personen/${id}/ontwikkelpad`);
  const section = page.getByRole("region", { name: "Meekijken door de medewerker" });
  await expect(section).toContainText("nog niet uitgenodigd");
  await section.getByRole("button", { name: "Medewerker uitnodigen om mee te kijken" }).click();
  const linkField = section.getByLabel("Link naar het eigen Ontwikkelpad");
  await expect(linkField).toHaveValue(/\/werkgever\/mijn-pad\/[\w-]+$/);
  const link = await linkField.inputValue();
  await expect(section).toContainText("nog geen akkoord");

  // The employee opens the link on their phone, without logging in, and sees the path read-only.
  const employee = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await employee.goto(link);
  await expect(employee.getByRole("heading", { level: 1, name: "Mijn Ontwikkelpad" })).toBeVisible();
  await expect(employee.getByText("Hallo Milan, dit is je Ontwikkelpad bij Kinderrijk")).toBeVisible();
  await expect(employee.getByText("Volgende evaluatie")).toBeVisible();
  await expect(employee.getByText("hier staat je pad nu")).toBeVisible();
  await expect(employee.getByRole("button", { name: /opslaan/i })).toHaveCount(0);
  expect(await seriousViolations(employee)).toEqual([]);
  const agree = employee.getByRole("form", { name: "Akkoord geven" });
  await agree.getByRole("button", { name: "Akkoord geven" }).click();
  await expect(employee.getByText("Vul je naam in om akkoord te geven.")).toBeVisible();
  await agree.getByLabel("Je naam").fill("Milan Jovanović");
  await agree.getByRole("button", { name: "Akkoord geven" }).click();
  await expect(employee.getByText(/Milan Jovanović gaf akkoord op .*, bij stap \d\./)).toBeVisible();

  // HR sees who agreed, when and at which step.
  await page.reload();
  await expect(section).toContainText(/akkoord gegeven door Milan Jovanović op .*, bij stap \d/);
  expect(await seriousViolations(page)).toEqual([]);

  // A new link replaces the old one, which then says so.
  await section.getByRole("button", { name: "Nieuwe link voor de medewerker maken" }).click();
  await expect(section.getByLabel("Link naar het eigen Ontwikkelpad")).not.toHaveValue(link);
  await employee.reload();
  await expect(employee.getByText("Vraag je werkgever om een nieuwe link.")).toBeVisible();
});
