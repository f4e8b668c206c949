import { expect, test } from "@playwright/test";
import { loginToTeam } from "./helpers.ts";

test("HR of Kinderrijk sees the team with Ellen and can search and sort it", async ({ page }) => {
  await loginToTeam(page);
  const table = page.getByRole("table", { name: "Medewerkers en kandidaten" });
  await expect(table.getByRole("link", { name: /Ellen/ })).toBeVisible();
  // Each row says what to do next on the person's path.
  await expect(table.getByRole("row", { name: /Miriam/ })).toContainText(
    "Ga verder met stap 5 (Welke scholingsbehoefte volgt daaruit?)",
  );
  await expect(table.getByRole("row", { name: /Lotte/ })).toContainText("Start een Ontwikkelpad.");

  await page.getByLabel("Zoek in het team").fill("ellen");
  await expect(table.getByRole("row")).toHaveCount(2); // header and Ellen
  await page.getByLabel("Zoek in het team").fill("");

  // Names sort by family name, as the list comes: Yasmina Haddou before Eva Mulder.
  const names = () => table.locator("tbody tr td:first-child").allTextContents();
  const byFamilyName = (list: string[]) => {
    expect(list).toEqual(expect.arrayContaining(["Yasmina Haddou", "Eva Mulder"]));
    expect(list.indexOf("Yasmina Haddou")).toBeLessThan(list.indexOf("Eva Mulder"));
  };
  byFamilyName(await names());
  const nameHeader = table.getByRole("columnheader", { name: /Naam/ });
  await nameHeader.getByRole("button").click();
  await expect(nameHeader).toHaveAttribute("aria-sort", "ascending");
  byFamilyName(await names());
  await nameHeader.getByRole("button").press("Enter");
  await expect(nameHeader).toHaveAttribute("aria-sort", "descending");
  const descending = await names();
  expect(descending.indexOf("Eva Mulder")).toBeLessThan(descending.indexOf("Yasmina Haddou"));
});

test("adding a person puts them in the team list", async ({ page }) => {
  await loginToTeam(page);
  const familyName = `Testpersoon${Date.now()}`;
  await page.getByRole("button", { name: "Persoon toevoegen" }).click();
  const form = page.getByRole("form", { name: "Persoon toevoegen" });

  // The server's field errors appear next to the fields.
  await form.getByLabel("Voornaam").fill("Sanne");
  await form.getByLabel("Achternaam").fill(familyName);
  await form.getByLabel("Functie").selectOption({ index: 1 });
  await form.getByLabel("Uren per week").fill("70");
  await form.getByRole("button", { name: "Persoon opslaan" }).click();
  await expect(form.getByText("Meer dan 60 uur per week kan niet.")).toBeVisible();

  await form.getByLabel("Uren per week").fill("24");
  await form.getByRole("button", { name: "Persoon opslaan" }).click();
  await expect(page.getByText(`Sanne ${familyName} is toegevoegd.`)).toBeVisible();

  await page.getByLabel("Zoek in het team").fill(familyName);
  const row = page.getByRole("row", { name: new RegExp(familyName) });
  await expect(row).toBeVisible();
  await row.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1, name: `Sanne ${familyName}` })).toBeVisible();
});

test("the person page shows which functions Ellen may fill", async ({ page }) => {
  await loginToTeam(page);
  await page.getByRole("link", { name: /Ellen/ }).click();
  await expect(page).toHaveURL(/\/werkgever\/personen\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1, name: /Ellen/ })).toBeVisible();
  await expect(page.getByRole("table", { name: /Functies die Ellen/ }).getByRole("row")).not.toHaveCount(1);
});
