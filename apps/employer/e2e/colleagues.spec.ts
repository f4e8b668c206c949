import { seriousViolations } from "@ontwikkelpad/playwright";
import { expect, test } from "@playwright/test";
import { login, loginToTeam } from "./helpers.ts";

test("an admin invites a colleague with a role, who accepts through the link; the admin changes the roles and removes access", async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000); // two axe scans
  const email = `collega.${Date.now()}@example.org`;
  await loginToTeam(page);
  await page.goto("/werkgever/collegas");
  const form = page.getByRole("form", { name: "Collega uitnodigen" });
  await form.getByLabel("E-mailadres").fill(email);
  await form.getByLabel("Rol").selectOption({ label: "Leidinggevende" });
  await form.getByRole("button", { name: "Uitnodiging maken" }).click();
  const linkField = form.getByLabel("Uitnodigingslink");
  await expect(linkField).toHaveValue(/\/werkgever\/uitnodiging\/[\w-]+$/);
  const link = await linkField.inputValue();
  await expect(
    page
      .getByRole("table", { name: "Uitnodigingen die nog niet zijn aangenomen" })
      .getByRole("row", { name: new RegExp(email) }),
  ).toContainText("Leidinggevende");
  expect(await seriousViolations(page)).toEqual([]);

  // The colleague opens the link in their own browser, without an account.
  const colleague = await (await browser.newContext()).newPage();
  await colleague.goto(link);
  const accept = colleague.getByRole("form", { name: new RegExp(`nodigt ${email} uit als leidinggevende`) });
  await accept.getByLabel("Je naam").fill("Noa Peters");
  await accept.getByLabel("Kies een wachtwoord").fill("kort");
  await accept.getByRole("button", { name: "Uitnodiging aannemen" }).click();
  await expect(colleague.getByText("Kies een wachtwoord van minstens 12 tekens.")).toBeVisible();
  await accept.getByLabel("Kies een wachtwoord").fill("een-lang-wachtwoord");
  await accept.getByRole("button", { name: "Uitnodiging aannemen" }).click();
  await expect(colleague.getByText("Welkom bij Kinderrijk.")).toBeVisible();
  expect(await seriousViolations(colleague)).toEqual([]);
  await login(colleague, email, "een-lang-wachtwoord");
  await expect(colleague.getByRole("heading", { level: 1, name: "Team" })).toBeVisible();

  // The admin gives her a second role, then takes her access away (confirmed).
  await page.reload();
  const table = page.getByRole("table", { name: "Collega's met toegang tot de organisatie" });
  const row = table.getByRole("row", { name: /Noa Peters/ });
  await expect(row).toContainText("Leidinggevende");
  await row.getByRole("button", { name: "Rollen wijzigen van Noa Peters" }).click();
  let dialog = page.getByRole("dialog", { name: "Rollen van Noa Peters wijzigen" });
  await dialog.getByLabel("Praktijkopleider").check();
  await dialog.getByRole("button", { name: "Rollen opslaan" }).click();
  await expect(page.getByText("De rollen van Noa Peters zijn gewijzigd.")).toBeVisible();
  await expect(row).toContainText("Praktijkopleider, Leidinggevende");

  await row.getByRole("button", { name: "Rollen wijzigen van Noa Peters" }).click();
  dialog = page.getByRole("dialog", { name: "Rollen van Noa Peters wijzigen" });
  await dialog.getByLabel("Praktijkopleider").uncheck();
  await dialog.getByLabel("Leidinggevende").uncheck();
  await expect(dialog.getByText("Zonder rol heeft Noa Peters geen toegang meer")).toBeVisible();
  await dialog.getByRole("button", { name: "Toegang intrekken" }).click();
  await expect(page.getByText("Noa Peters heeft geen toegang meer tot de organisatie.")).toBeVisible();
  await expect(table.getByRole("row", { name: /Noa Peters/ })).toHaveCount(0);
});

test("a praktijkopleider sees the colleagues but cannot invite or change roles", async ({ page }) => {
  await loginToTeam(page, "praktijkopleider@kinderrijk.demo");
  await page.goto("/werkgever/collegas");
  await expect(page.getByRole("table", { name: "Collega's met toegang tot de organisatie" })).toBeVisible();
  await expect(page.getByRole("form", { name: "Collega uitnodigen" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Rollen wijzigen/ })).toHaveCount(0);
  await expect(
    page.getByText("Alleen wie de rol Beheerder (HR) heeft, nodigt collega's uit en wijzigt rollen."),
  ).toBeVisible();
});
