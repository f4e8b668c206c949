import { readFile } from "node:fs/promises";
import { login, seriousViolations } from "@ontwikkelpad/playwright";
import { expect, test, type Page } from "@playwright/test";
import { openSchoolPage } from "./pages.ts";

const ADVISOR = "opleidingsadviseur@maasoever.demo";
const TEACHER = "docent@maasoever.demo";
const KEVIN_POK = /Praktijkovereenkomst Kevin Tromp bij Kinderopvang Zonnebloem/;

const openEnrolments = (page: Page, email: string) => openSchoolPage(page, email, "Inschrijvingen");

async function openKevin(page: Page, email: string) {
  await openEnrolments(page, email);
  await page
    .getByRole("table", { name: "Inschrijvingen met hun praktijkovereenkomst" })
    .getByRole("link", { name: "Kevin Tromp" })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1, name: KEVIN_POK })).toBeVisible();
}

test("a docent records attendance and a coaching session on a signed POK and corrects an entry, which stays visible", async ({
  page,
}) => {
  await openKevin(page, TEACHER);
  // The demo's six weeks: one day ill, one day corrected.
  const register = page.getByRole("table", { name: "Presentieregister" });
  await expect(register).toContainText("Ziek gemeld");
  await expect(register).toContainText("Gecorrigeerd");
  expect(await seriousViolations(page)).toEqual([]);

  const attendance = page.getByRole("form", { name: "Aanwezigheid vastleggen" });
  await attendance.getByLabel("Datum").fill("2026-11-02");
  await attendance.getByLabel("Aanwezig", { exact: true }).selectOption({ label: "Afwezig" });
  await attendance.getByRole("button", { name: "Aanwezigheid vastleggen" }).click();
  await expect(attendance.getByText("Geef de reden van afwezigheid op.")).toBeVisible();
  await attendance.getByLabel("Aanwezig", { exact: true }).selectOption({ label: "Aanwezig" });
  await attendance.getByLabel("Uren aanwezig").fill("7,5");
  await attendance.getByRole("button", { name: "Aanwezigheid vastleggen" }).click();
  const added = register.getByRole("row", { name: /2-11-2026/ });
  await expect(added).toContainText("Telt");

  const coaching = page.getByRole("form", { name: "Begeleiding vastleggen" });
  await coaching.getByLabel("Datum begeleiding").fill("2026-11-03");
  await coaching.getByLabel("Duur in minuten").fill("40");
  await coaching.getByLabel("Begeleid door").selectOption({ label: "Ruben Koster (bpv-docent)" });
  await coaching.getByLabel("Onderwerp").fill("Werken met het kindvolgsysteem");
  await coaching.getByRole("button", { name: "Begeleiding vastleggen" }).click();
  await expect(page.getByRole("table", { name: "Begeleidingslog" })).toContainText(
    "Werken met het kindvolgsysteem",
  );
  const november = page
    .getByRole("table", { name: "Aanwezigheid en begeleiding per maand" })
    .getByRole("row", { name: /november 2026/ });
  await expect(november).toContainText("7,5");
  await expect(november).toContainText("40");

  await page.getByRole("button", { name: "Corrigeren aanwezigheid van 2-11-2026" }).click();
  const correction = page.getByRole("form", { name: "Aanwezigheid van 2-11-2026 corrigeren" });
  await correction.getByLabel("Uren aanwezig").fill("6");
  await correction.getByRole("button", { name: "Correctie vastleggen" }).click();
  await expect(correction.getByText("Geef de reden van de correctie op.")).toBeVisible();
  await correction.getByLabel("Reden van de correctie").fill("Eerder naar huis voor een afspraak.");
  await correction.getByRole("button", { name: "Correctie vastleggen" }).click();
  await expect(register.getByRole("row", { name: /2-11-2026/ })).toHaveCount(2);
  await expect(register.getByRole("row", { name: /Eerder naar huis/ })).toContainText("Telt");
  await expect(register.getByRole("row", { name: /2-11-2026.*Gecorrigeerd/ })).toHaveCount(1);
  await expect(november).toContainText("6");
  expect(await seriousViolations(page)).toEqual([]);
});

test("the opleidingsadviseur exports the RVO CSV of a learner with a signed POK", async ({ page }) => {
  await openEnrolments(page, ADVISOR);
  const form = page.getByRole("form", { name: "Export voor RVO" });
  await form.getByLabel("Periode van").fill("2026-09-01");
  await form.getByLabel("Periode tot en met").fill("2026-10-31");
  await form.getByLabel(/Kevin Tromp, Kinderopvang Zonnebloem/).check();
  expect(await seriousViolations(page)).toEqual([]);
  const downloading = page.waitForEvent("download");
  await form.getByRole("button", { name: "CSV voor RVO downloaden" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("rvo-praktijkleren-2026-09-01-2026-10-31-1-van-1.csv");
  const lines = (await readFile(await download.path()))
    .toString("utf8")
    .replace(/^\ufeff/, "")
    .trim()
    .split("\r\n")
    .map((line) => line.split(";"));
  expect(lines).toHaveLength(2);
  const row = Object.fromEntries(lines[0]!.map((header, i) => [header, lines[1]![i]]));
  // Six weeks of four days, one ill, 7.5 hours a day (the corrected day counts once); six sessions
  // with the praktijkopleider and three bpv-visits.
  expect(row).toMatchObject({
    "Naam deelnemer": "Kevin Tromp",
    Leerbedrijf: "Kinderopvang Zonnebloem",
    Crebo: "25696",
    Leerweg: "BBL",
    "Startdatum POK": "1-9-2026",
    "Periode van": "1-9-2026",
    "Periode tot en met": "31-10-2026",
    "Uren aanwezig": "172,5",
    "Dagen afwezig": "1",
    "Aantal begeleidingsmomenten": "9",
    "Minuten begeleiding": "315",
  });
  await expect(form.getByText("1 bestand met 1 deelnemer gedownload")).toBeVisible();
});

test("a change of employer ends the POK and starts a draft POK at the new leerbedrijf, linked both ways", async ({
  page,
  browser,
}) => {
  // Kinderrijk records its SBB recognition for PMK via BBL (without it the change is refused).
  const employer = await browser.newPage();
  await login(employer, "/werkgever", "hr@kinderrijk.demo");
  await expect(employer.getByRole("heading", { level: 1, name: "Team" })).toBeVisible();
  await employer.getByRole("link", { name: "Organisatie" }).click();
  await employer.getByRole("button", { name: "Erkenning toevoegen" }).click();
  const recognition = employer.getByRole("form", { name: "Erkenning toevoegen" });
  await recognition.getByLabel("Crebonummer").fill("25696");
  await recognition.getByLabel("Leerweg").selectOption({ label: "BBL" });
  await recognition.getByLabel("Status").selectOption({ label: "Erkend" });
  await recognition.getByRole("button", { name: "Erkenning opslaan" }).click();
  await expect(employer.getByText("De erkenning voor crebo 25696 is toegevoegd.")).toBeVisible();
  await employer.close();

  await openKevin(page, ADVISOR);
  const change = page.getByRole("form", { name: "Nieuwe POK bij een ander leerbedrijf" });
  await change.getByLabel("Nieuw leerbedrijf").selectOption({ label: "Kinderrijk" });
  await change.getByRole("button", { name: "Nieuwe POK maken" }).click();
  await page
    .getByRole("dialog", { name: "Nieuwe POK bij een ander leerbedrijf?" })
    .getByRole("button", { name: "Ja, nieuwe POK maken" })
    .click();

  await expect(
    page.getByRole("heading", { level: 1, name: /Praktijkovereenkomst Kevin Tromp bij Kinderrijk/ }),
  ).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: "Voorlopig" })).toBeVisible();
  // Opleiding and leerweg came along; the new leerbedrijf fills in its own praktijkopleider.
  await expect(page.getByRole("definition").filter({ hasText: "(BBL)" })).toBeVisible();
  await expect(page.getByRole("form", { name: "POK invullen" })).toBeVisible();
  await expect(
    page.getByText("Aanwezigheid en begeleiding leg je vast zodra de POK getekend is."),
  ).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole("link", { name: "POK bij Kinderopvang Zonnebloem" }).click();
  await expect(page.getByRole("heading", { level: 1, name: KEVIN_POK })).toBeVisible();
  await expect(
    page
      .getByRole("definition")
      .filter({ hasText: /^Beëindigd, getekend op .*\(Wisseling van leerbedrijf\)$/ }),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "nieuwe POK bij Kinderrijk" })).toBeVisible();
  // The register of the old POK stays.
  await expect(page.getByRole("table", { name: "Presentieregister" })).toContainText("Ziek gemeld");
  expect(await seriousViolations(page)).toEqual([]);
});
