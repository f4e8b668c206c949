import { expect, type Browser, type Page } from "@playwright/test";
import { login, seriousViolations } from "./helpers.ts";

/**
 * On the Collega's page of the portal at `portalPath`, where an admin is logged in: invites `email`
 * with the role labelled `role`, checks the invitation is listed and the page is axe-clean, and
 * returns the link shown to copy.
 */
export async function inviteColleague(page: Page, portalPath: string, email: string, role: string) {
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(`${portalPath}/collegas`);
  await expect(page.getByRole("heading", { level: 1, name: "Collega's" })).toBeVisible();
  const form = page.getByRole("form", { name: "Collega uitnodigen" });
  await form.getByLabel("E-mailadres").fill(email);
  await form.getByLabel("Rol").selectOption({ label: role });
  await form.getByRole("button", { name: "Uitnodiging maken" }).click();
  const linkField = form.getByLabel("Uitnodigingslink");
  await expect(linkField).toHaveValue(new RegExp(`${portalPath}/uitnodiging/[\\w-]+$`));
  await form.getByRole("button", { name: "Link kopiëren" }).click();
  await expect(form.getByRole("button", { name: "Gekopieerd" })).toBeVisible();
  const invitations = page.getByRole("table", { name: "Uitnodigingen die nog niet zijn aangenomen" });
  await expect(invitations.getByRole("row", { name: new RegExp(email) })).toContainText(role);
  expect(await seriousViolations(page)).toEqual([]);
  return linkField.inputValue();
}

/**
 * The invitee opens `link` in a browser of their own, without an account, chooses a name and a
 * password and logs in to the portal at `portalPath`. Returns their page, logged in.
 */
export async function acceptInvitation(
  browser: Browser,
  link: string,
  invitee: { email: string; name: string; role: string; portalPath: string },
) {
  const page = await (await browser.newContext()).newPage();
  await page.goto(link);
  const accept = page.getByRole("form", {
    name: new RegExp(`nodigt ${invitee.email} uit als ${invitee.role.toLowerCase()}`),
  });
  await accept.getByLabel("Je naam").fill(invitee.name);
  await accept.getByLabel("Kies een wachtwoord").fill("een-lang-wachtwoord");
  await accept.getByRole("button", { name: "Uitnodiging aannemen" }).click();
  await expect(page.getByText("Log in met")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await login(page, invitee.portalPath, invitee.email, "een-lang-wachtwoord");
  await expect(page.getByRole("navigation", { name: "Hoofdmenu" })).toBeVisible();
  return page;
}
