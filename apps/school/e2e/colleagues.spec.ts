import { acceptInvitation, inviteColleague, login } from "@ontwikkelpad/playwright";
import { expect, test } from "@playwright/test";

test("the opleidingsadviseur invites a docent, who accepts through the copied link and works as docent", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000); // three axe scans and a second browser
  const email = `docent.${Date.now()}@example.org`;
  await login(page, "/school", "opleidingsadviseur@maasoever.demo");
  await expect(page.getByRole("heading", { level: 1, name: "Scholingsaanbod" })).toBeVisible();
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Collega's" }).click();
  const link = await inviteColleague(page, "/school", email, "Docent / bpv-docent");

  const docent = await acceptInvitation(browser, link, {
    email,
    name: "Lars de Boer",
    role: "Docent / bpv-docent",
    portalPath: "/school",
  });
  await expect(docent.getByRole("heading", { level: 1, name: "Scholingsaanbod" })).toBeVisible();
  // A docent reads the school's people but does not manage them.
  await docent.goto("/school/collegas");
  await expect(docent.getByRole("form", { name: "Collega uitnodigen" })).toHaveCount(0);
  await expect(
    docent.getByText("Alleen wie de rol Opleidingsadviseur heeft, nodigt collega's uit en wijzigt rollen."),
  ).toBeVisible();

  await page.reload();
  const members = page.getByRole("table", { name: "Collega's met toegang tot de organisatie" });
  await expect(members.getByRole("row", { name: /Lars de Boer/ })).toContainText("Docent / bpv-docent");
  await expect(
    page.getByRole("table", { name: "Uitnodigingen die nog niet zijn aangenomen" }).getByText(email),
  ).toHaveCount(0);
});

test("the school keeps its last opleidingsadviseur: taking the role away is confirmed, then refused", async ({
  page,
}) => {
  await login(page, "/school", "opleidingsadviseur@maasoever.demo");
  await expect(page.getByRole("heading", { level: 1, name: "Scholingsaanbod" })).toBeVisible();
  await page.goto("/school/collegas");
  const row = page
    .getByRole("table", { name: "Collega's met toegang tot de organisatie" })
    .getByRole("row", { name: /\(jij\)/ });
  await row.getByRole("button", { name: /^Rollen wijzigen/ }).focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: /^Rollen van .* wijzigen$/ });
  await dialog.getByLabel("Docent / bpv-docent").check();
  await dialog.getByLabel("Opleidingsadviseur").uncheck();
  await expect(
    dialog.getByText("kan daarna geen collega's meer uitnodigen of rollen wijzigen"),
  ).toBeVisible();
  await dialog.getByRole("button", { name: "Rollen opslaan" }).click();
  await expect(dialog.getByRole("alert")).toHaveText(/De school houdt minstens één opleidingsadviseur/);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(row).toContainText("Opleidingsadviseur");
});
