import { expect, test } from "@playwright/test";
import { ZONNEBLOEM_HR, loginToTeam, personIdFromTeam } from "./helpers.ts";

test("another employer's person opened by URL is refused", async ({ browser }) => {
  const kinderrijk = await browser.newPage();
  await loginToTeam(kinderrijk);
  const ellenId = await personIdFromTeam(kinderrijk, /Ellen/);
  await kinderrijk.close();

  const zonnebloem = await browser.newPage();
  await loginToTeam(zonnebloem, ZONNEBLOEM_HR);
  await expect(zonnebloem.getByRole("link", { name: /Ellen/ })).toHaveCount(0);
  await zonnebloem.goto(`/werkgever/personen/${ellenId}`);
  await expect(zonnebloem.getByRole("alert")).toContainText(
    "Deze persoon bestaat niet of hoort niet bij jouw organisatie.",
  );
  await expect(zonnebloem.getByText(/mag nu werken als/)).toHaveCount(0);
  await zonnebloem.close();
});
