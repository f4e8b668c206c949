import { seriousViolations } from "@ontwikkelpad/playwright";
import { expect, test } from "@playwright/test";
import { loginToTeam } from "./helpers.ts";

const HEADER = "voornaam;achternaam;email;functie;locatie;uren;startdatum;einddatum;soort";

test("a CSV import shows errors per row, imports only when all rows are right, and adds the persons", async ({
  page,
}) => {
  test.setTimeout(60_000); // one axe scan
  const suffix = String(Date.now());
  const good = `Fleur;Import${suffix};;Groepshulp;KDV De Boomhut;24;1-9-2026;;medewerker`;
  const bad = `Daan;Import${suffix};;Kapitein;KDV De Boomhut;24;1-9-2026;;kandidaat`;
  const fixed = `Daan;Import${suffix};;Groepshulp;;32,5;01-09-2026;31-08-2027;kandidaat`;

  await loginToTeam(page);
  await page.getByRole("button", { name: "Importeren uit CSV" }).click();
  const panel = page.getByRole("region", { name: "Importeren uit CSV" });
  await expect(panel.getByRole("link", { name: "Download het sjabloon (CSV)" })).toHaveAttribute(
    "download",
    "team-sjabloon.csv",
  );

  await panel.getByLabel("CSV-bestand").setInputFiles({
    name: "team.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(`\ufeff${HEADER}\r\n${good}\r\n${bad}\r\n`),
  });
  const preview = panel.getByRole("table", { name: "Voorbeeld van de import uit team.csv" });
  await expect(preview.getByRole("row", { name: new RegExp(`Fleur Import${suffix}`) })).toContainText(
    "In orde",
  );
  await expect(preview.getByRole("row", { name: new RegExp(`Daan Import${suffix}`) })).toContainText(
    'Onbekende functie "Kapitein"',
  );
  await expect(panel.getByText("2 rijen, waarvan 1 rij met fouten.", { exact: false })).toBeVisible();
  await expect(panel.getByRole("button", { name: "Importeer 2 personen" })).toBeDisabled();
  expect(await seriousViolations(page)).toEqual([]);

  // The corrected file, under the same name, is read again.
  await panel.getByLabel("CSV-bestand").setInputFiles({
    name: "team.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(`${HEADER}\r\n${good}\r\n${fixed}\r\n`),
  });
  await expect(preview.getByRole("row", { name: new RegExp(`Daan Import${suffix}`) })).toContainText(
    "In orde",
  );
  await expect(panel.getByText("Alle 2 rijen kloppen.")).toBeVisible();
  await panel.getByRole("button", { name: "Importeer 2 personen" }).click();

  await expect(page.getByText("2 personen zijn geïmporteerd.")).toBeVisible();
  await expect(panel).toBeHidden();
  await page.getByLabel("Zoek in het team").fill(`Import${suffix}`);
  const team = page.getByRole("table", { name: "Medewerkers en kandidaten" });
  await expect(team.getByRole("row", { name: new RegExp(`Fleur Import${suffix}`) })).toContainText(
    "KDV De Boomhut",
  );
  await expect(team.getByRole("row", { name: new RegExp(`Daan Import${suffix}`) })).toContainText(
    "Kandidaat",
  );
});

test("a file without the required columns is refused before anything is sent", async ({ page }) => {
  await loginToTeam(page);
  await page.getByRole("button", { name: "Importeren uit CSV" }).click();
  const panel = page.getByRole("region", { name: "Importeren uit CSV" });
  await panel.getByLabel("CSV-bestand").setInputFiles({
    name: "namen.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("voornaam;achternaam;personeelsnummer\nFleur;Jansen;4711\n"),
  });
  await expect(panel.getByRole("alert")).toHaveText(
    "In het bestand ontbreken de kolommen functie, uren, startdatum. Gebruik het sjabloon.",
  );
  await expect(panel.getByText("Deze kolommen worden niet gebruikt: personeelsnummer.")).toBeVisible();
  await expect(panel.getByRole("button", { name: /Importeer/ })).toHaveCount(0);
});
