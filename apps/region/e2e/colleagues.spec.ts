import { acceptInvitation, inviteColleague, login } from "@ontwikkelpad/playwright";
import { expect, test } from "@playwright/test";

test("the coordinator invites a WSP-adviseur, who accepts through the copied link and sees the candidates", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000); // three axe scans and a second browser
  const email = `wsp.${Date.now()}@example.org`;
  await login(page, "/regio", "coordinator@rijnmond.demo");
  await expect(page.getByRole("heading", { level: 1, name: "Regio-overzicht" })).toBeVisible();
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Collega's" }).click();
  const link = await inviteColleague(page, "/regio", email, "WSP-adviseur");

  const wsp = await acceptInvitation(browser, link, {
    email,
    name: "Bram Kok",
    role: "WSP-adviseur",
    portalPath: "/regio",
  });
  await wsp.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Kandidaten" }).click();
  await expect(wsp.getByRole("heading", { level: 1, name: "Kandidaten" })).toBeVisible();

  await page.reload();
  const members = page.getByRole("table", { name: "Collega's met toegang tot de organisatie" });
  await expect(members.getByRole("row", { name: /Bram Kok/ })).toContainText("WSP-adviseur");

  // Taking his access away is asked first.
  await members.getByRole("button", { name: "Toegang intrekken van Bram Kok" }).click();
  const dialog = page.getByRole("dialog", { name: "Toegang van Bram Kok intrekken" });
  await expect(
    dialog.getByText("Zonder rol heeft Bram Kok geen toegang meer tot de organisatie."),
  ).toBeVisible();
  await dialog.getByRole("button", { name: "Toegang intrekken" }).click();
  await expect(page.getByText("Bram Kok heeft geen toegang meer tot de organisatie.")).toBeVisible();
  await expect(members.getByRole("row", { name: /Bram Kok/ })).toHaveCount(0);
});

test("a partner's intake does not see the region's people", async ({ page }) => {
  await login(page, "/regio", "intake@uwv-rotterdam.demo");
  await expect(page.getByRole("navigation", { name: "Hoofdmenu" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Collega's" })).toHaveCount(0);
});
