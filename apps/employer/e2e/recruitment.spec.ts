import { expect, test } from "@playwright/test";
import { loginToTeam, menuLink } from "./helpers.ts";

test("HR accepts the referral of Oksana Kovalenko and she appears in the team", async ({ page }) => {
  await loginToTeam(page);
  // The referral waits on the to-do list, which leads to Vacatures where it is answered.
  const dashboard = page
    .getByRole("navigation", { name: "Hoofdmenu" })
    .getByRole("link", { name: /Dashboard/ });
  await dashboard.click();
  const task = /^Voordracht van Oksana Kovalenko .*beantwoorden$/;
  await page.getByRole("region", { name: "Te doen" }).getByRole("link", { name: task }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Vacatures en voordrachten" })).toBeVisible();

  const referrals = page.getByRole("table", { name: /Kandidaten die het regioloket/ });
  const row = referrals.getByRole("row", { name: /Oksana Kovalenko/ });
  await expect(row).toContainText("Voorgedragen");

  // Declining needs a reason: the dialog says so and nothing is sent without one.
  await row.getByRole("button", { name: "Afwijzen Oksana Kovalenko" }).click();
  const dialog = page.getByRole("dialog", { name: "Voordracht van Oksana Kovalenko afwijzen?" });
  await dialog.getByRole("button", { name: "Voordracht afwijzen" }).click();
  await expect(dialog.getByText("Geef de reden van de afwijzing (minstens 5 tekens).")).toBeVisible();
  await dialog.getByRole("button", { name: "Annuleren" }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toContainText("Voorgedragen");

  await row.getByRole("button", { name: "Aannemen Oksana Kovalenko" }).click();
  const form = page.getByRole("form", { name: "Oksana Kovalenko aannemen" });
  // The referral is for the vacancy "Groepshulp BSO (20 uur)": its function, location and hours are filled in.
  await expect(form.getByLabel("Functie").locator("option:checked")).toHaveText("Groepshulp");
  await expect(form.getByLabel("Locatie").locator("option:checked")).toHaveText("BSO De Ontdekkers");
  await expect(form.getByLabel("Uren per week")).toHaveValue("20");
  // From the region's intake, shared with Kinderrijk under her consent: HR can still change them.
  await expect(form.getByLabel("Startdatum")).toHaveValue("2027-01-04");
  await expect(form.getByLabel("Taalniveau mondeling")).toHaveValue("2F");
  await expect(form.getByLabel("Jaren werkervaring")).toHaveValue("5");
  await expect(form.getByRole("region", { name: /Intake van Oksana Kovalenko/ })).toContainText(
    "PMK via derde leerweg",
  );
  await form.getByRole("button", { name: "Oksana Kovalenko aannemen" }).click();

  await expect(page.getByText("Oksana Kovalenko is aangenomen en staat nu in je team.")).toBeVisible();
  await expect(row).toContainText("Aangenomen");
  await page.getByRole("link", { name: "Bekijk Oksana Kovalenko", exact: true }).click();
  await expect(page).toHaveURL(/\/werkgever\/personen\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1, name: "Oksana Kovalenko" })).toBeVisible();

  await menuLink(page, "Team").click();
  const team = page.getByRole("table", { name: "Medewerkers en kandidaten" });
  const oksana = team.getByRole("row", { name: /Oksana Kovalenko/ });
  await expect(oksana).toContainText("Groepshulp");
  await expect(oksana).toContainText("BSO De Ontdekkers");
  await expect(oksana.getByRole("cell").nth(5)).toHaveText("20"); // Uren per week

  await dashboard.click();
  const todo = page.getByRole("region", { name: "Te doen" });
  await expect(todo.getByRole("list").or(todo.getByText("Er wacht nu niets op je."))).toBeVisible();
  await expect(todo.getByRole("link", { name: task })).toHaveCount(0);
});

test("a referral whose consent to share was withdrawn reads 'teruggetrokken', without personal data or Aannemen", async ({
  page,
}) => {
  await loginToTeam(page);
  await page.goto("/werkgever/vacatures");
  const referrals = page.getByRole("table", { name: /Kandidaten die het regioloket/ });
  // Hamza El Idrissi withdrew his consent to share with Kinderrijk (the demo seed).
  const row = referrals.getByRole("row").filter({ hasText: "Teruggetrokken, gegevens niet gedeeld" });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Pedagogisch medewerker babygroep");
  await expect(row.getByRole("button")).toHaveCount(0);
  await expect(row.getByRole("link")).toHaveCount(0);
  await expect(referrals).not.toContainText("El Idrissi");
  await expect(referrals).not.toContainText("onderwijsassistent");
});

test("HR posts a vacancy and closes it", async ({ page }) => {
  await loginToTeam(page);
  await page.goto("/werkgever/vacatures");
  const title = `Pedagogisch medewerker ${Date.now()}`;

  await page.getByRole("button", { name: "Vacature plaatsen" }).click();
  const form = page.getByRole("form", { name: "Vacature plaatsen" });
  await form.getByRole("button", { name: "Vacature opslaan" }).click();
  await expect(form.getByText("Geef de vacature een titel.")).toBeVisible();

  await form.getByLabel("Titel").fill(title);
  await form.getByLabel("Functie").selectOption({ label: "Pedagogisch medewerker" });
  await form.getByLabel("Locatie").selectOption({ label: "KDV Maaskade" });
  await form.getByLabel("Uren per week").fill("70");
  await form.getByRole("button", { name: "Vacature opslaan" }).click();
  await expect(form.getByText("Meer dan 60 uur per week kan niet.")).toBeVisible();

  await form.getByLabel("Uren per week").fill("28");
  await form.getByRole("button", { name: "Vacature opslaan" }).click();
  await expect(page.getByText(`De vacature ${title} is geplaatst.`)).toBeVisible();

  const vacancies = page.getByRole("table", { name: "Vacatures van je organisatie" });
  const row = vacancies.getByRole("row", { name: new RegExp(title) });
  await expect(row).toContainText("Open");
  await expect(row).toContainText("KDV Maaskade");

  await row.getByRole("button", { name: `Sluiten ${title}` }).click();
  const dialog = page.getByRole("dialog", { name: `Vacature ${title} sluiten?` });
  await dialog.getByLabel("De vacature is niet meer nodig").check();
  await dialog.getByRole("button", { name: "Vacature sluiten" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`De vacature ${title} is gesloten.`)).toBeVisible();
  await expect(row).toContainText("Gesloten");
  await expect(row.getByRole("button", { name: /Sluiten/ })).toHaveCount(0);
});
