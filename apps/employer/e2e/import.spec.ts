import { seriousViolations } from "@ontwikkelpad/playwright";
import { expect, test } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { expectFullyInView, loginToTeam } from "./helpers.ts";

const HEADER = "Voornaam;Achternaam;E-mail;Functie;Locatie;Uren per week;Startdatum;Einddatum;Soort";

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
  await expect(
    panel.getByText("Alle 2 rijen kloppen: 2 personen nieuw, 0 personen bijwerken."),
  ).toBeVisible();
  await panel.getByRole("button", { name: "Importeer 2 personen" }).click();

  await expect(page.getByText("Geïmporteerd: 2 personen toegevoegd, 0 personen bijgewerkt.")).toBeVisible();
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
    "In het bestand ontbreken de kolommen Functie, Uren per week, Startdatum. Gebruik het sjabloon.",
  );
  await expect(panel.getByText("Deze kolommen worden niet gebruikt: personeelsnummer.")).toBeVisible();
  await expect(panel.getByRole("button", { name: /Importeer/ })).toHaveCount(0);
});

test("the exported team list, edited, is imported again and updates the people instead of adding them", async ({
  page,
}) => {
  await loginToTeam(page);
  const team = page.getByRole("table", { name: "Medewerkers en kandidaten" });
  await expect(team.getByRole("row", { name: /Eva Mulder/ })).toBeVisible();
  const teamSize = await team.locator("tbody tr").count();

  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Exporteren als CSV" }).click();
  const exported = (await readFile(await (await download).path())).toString("utf8");
  const [header, ...lines] = exported
    .replace(/^\ufeff/, "")
    .trim()
    .split("\r\n");
  expect(header).toMatch(new RegExp(`^${HEADER};`));
  // Dates in d-m-jjjj, as the import reads them.
  expect(lines.join("\n")).toMatch(/;\d{1,2}-\d{1,2}-\d{4};/);
  const eva = lines.findIndex((l) => l.startsWith("Eva;Mulder;"));
  expect(eva).toBeGreaterThanOrEqual(0);
  const cells = lines[eva]!.split(";");
  cells[5] = "31"; // Uren per week
  lines[eva] = cells.join(";");

  await page.getByRole("button", { name: "Importeren uit CSV" }).click();
  const panel = page.getByRole("region", { name: "Importeren uit CSV" });
  await panel.getByLabel("CSV-bestand").setInputFiles({
    name: "team-bewerkt.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(`\ufeff${[header, ...lines].join("\r\n")}\r\n`),
  });
  await expect(
    panel.getByText(`Alle ${teamSize} rijen kloppen: 0 personen nieuw, ${teamSize} personen bijwerken.`),
  ).toBeVisible();
  // The export's information columns are passed over without a warning.
  await expect(panel.getByText("Deze kolommen worden niet gebruikt")).toHaveCount(0);
  await panel.getByRole("button", { name: `Importeer ${teamSize} personen` }).click();
  await expect(
    page.getByText(`Geïmporteerd: 0 personen toegevoegd, ${teamSize} personen bijgewerkt.`),
  ).toBeVisible();
  await expect(team.locator("tbody tr")).toHaveCount(teamSize);
  // The sixth column is Uren per week.
  await expect(
    team
      .getByRole("row", { name: /Eva Mulder/ })
      .getByRole("cell")
      .nth(5),
  ).toHaveText("31");
});

test("the preview refuses a PDF, an unknown soort and implausible dates, and keeps the check in view", async ({
  page,
}) => {
  await loginToTeam(page);
  await page.getByRole("button", { name: "Importeren uit CSV" }).click();
  const panel = page.getByRole("region", { name: "Importeren uit CSV" });

  await panel.getByLabel("CSV-bestand").setInputFiles({
    name: "team.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"),
  });
  await expect(panel.getByRole("alert")).toHaveText(
    "team.pdf is een PDF, geen CSV-bestand. Kies een CSV-bestand, bijvoorbeeld het sjabloon.",
  );
  await expect(panel.getByRole("table")).toHaveCount(0);

  const longLocation = "Locatie ".repeat(40).trim();
  await panel.getByLabel("CSV-bestand").setInputFiles({
    name: "fouten.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(
      [
        HEADER,
        "Sem;Soort;;Groepshulp;;24;1-9-2026;;stagiair",
        "Noor;Toekomst;;Groepshulp;;24;1-9-2206;;Medewerker",
        "Lars;Kalender;;Groepshulp;;24;31-2-2026;;Medewerker",
        `Lot;Lang;;Groepshulp;${longLocation};24;1-9-2026;;Medewerker`,
      ].join("\r\n"),
    ),
  });
  const preview = panel.getByRole("table", { name: "Voorbeeld van de import uit fouten.csv" });
  await expect(preview.getByRole("row", { name: /Sem Soort/ })).toContainText(
    'Onbekende soort "stagiair". Gebruik "Medewerker" of "Kandidaat".',
  );
  await expect(preview.getByRole("row", { name: /Noor Toekomst/ })).toContainText(
    "Controleer het jaartal: een startdatum ligt hoogstens 2 jaar vooruit.",
  );
  await expect(preview.getByRole("row", { name: /Lars Kalender/ })).toContainText(
    'Startdatum "31-2-2026" is geen datum',
  );
  const longRowError = preview.getByRole("row", { name: /Lot Lang/ }).getByText(/Onbekende locatie/);
  await expectFullyInView(page, longRowError);
  await expect(panel.getByRole("button", { name: "Importeer 4 personen" })).toBeDisabled();
});
