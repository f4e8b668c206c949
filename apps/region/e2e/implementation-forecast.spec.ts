import { login, seriousViolations } from "@ontwikkelpad/playwright";
import { expect, test, type Page } from "@playwright/test";

const nav = (page: Page) => page.getByRole("navigation", { name: "Hoofdmenu" });

test("the coordinator records a leerkring session with an action and ticks it off", async ({ page }) => {
  await login(page, "/regio", "coordinator@rijnmond.demo");
  await nav(page).getByRole("link", { name: "Implementatie" }).click();
  const section = page.getByRole("region", { name: "Leerkringen" });
  await expect(section).toContainText("Begeleiding van groepshulpen in het eerste halfjaar");
  await section.getByRole("button", { name: "Sessie vastleggen" }).click();
  const form = page.getByRole("form", { name: "Leerkringsessie vastleggen" });
  await form.getByRole("button", { name: "Sessie opslaan" }).click();
  await expect(form.getByText("Vul minstens één deelnemer in.")).toBeVisible();
  await form.getByLabel("Onderwerp").fill("Taal op de groep");
  await form.getByLabel("Deelnemers").fill("Kinderrijk\nTaalcoach gemeente");
  await form.getByLabel("Verslag").fill("Taalniveau blijkt de drempel voor de praktijkverklaring.");
  await form.getByRole("button", { name: "Sessie opslaan" }).click();
  const session = section.getByRole("article", { name: /Taal op de groep/ });
  await expect(session).toContainText("Kinderrijk, Taalcoach gemeente");
  await session.getByRole("button", { name: /^Actie toevoegen/ }).click();
  const actionForm = page.getByRole("form", { name: /Actie toevoegen aan/ });
  await actionForm.getByLabel("Eigenaar").fill("Gemeente Rotterdam");
  await actionForm.getByLabel("Actie", { exact: true }).fill("Taalcoaching aanvragen.");
  await actionForm.getByRole("button", { name: "Actie opslaan" }).click();
  const row = session.getByRole("row", { name: /Taalcoaching aanvragen/ });
  await expect(row).toContainText("Open");
  // The box follows the saved state: it shows ticked once the server has recorded the action as done.
  await row.getByRole("checkbox").click();
  await expect(row.getByRole("checkbox")).toBeChecked();
  await expect(row).not.toContainText("Open");
  expect(await seriousViolations(page)).toEqual([]);
});

test("an adviser reads the leerkringen without changing them", async ({ page }) => {
  await login(page, "/regio", "wsp@rijnmond.demo");
  await nav(page).getByRole("link", { name: "Implementatie" }).click();
  const section = page.getByRole("region", { name: "Leerkringen" });
  await expect(section).toContainText("Voorbeeldrooster met vaste lesdag");
  await expect(section.getByRole("button")).toHaveCount(0);
  await expect(section.getByRole("checkbox")).toHaveCount(0);
});

test("the prognose shows newly qualified medewerkers per quarter, protected, beside the vacancies", async ({
  page,
}) => {
  await login(page, "/regio", "coordinator@rijnmond.demo");
  await nav(page).getByRole("link", { name: "Signalen" }).click();
  const table = page.getByRole("table", { name: /Verwacht gekwalificeerd per kwartaal/ });
  // Six quarters, the open vacancies, and the header.
  await expect(table.getByRole("row")).toHaveCount(8);
  const quarters = await table
    .getByRole("row", { name: /K\d/ })
    .evaluateAll((rows) => rows.map((r) => r.querySelector("td")?.textContent ?? ""));
  expect(quarters).toHaveLength(6);
  expect(quarters.filter((v) => Number(v) % 5 !== 0)).toEqual([]);
  await expect(page.getByText(/de verwachte aantallen zijn beschermd/)).toBeVisible();
  await expect(table.getByRole("row", { name: /Open plaatsen in vacatures/ })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
