import { expect, test } from "@playwright/test";
import { loginToTeam } from "./helpers.ts";

test("the dashboard lists what waits for the user, and the navigation counts it", async ({ page }) => {
  await loginToTeam(page);
  const dashboardLink = page
    .getByRole("navigation", { name: "Hoofdmenu" })
    .getByRole("link", { name: /Dashboard/ });
  await dashboardLink.click();
  const todo = page.getByRole("region", { name: "Te doen" });
  const review = todo.getByRole("link", { name: "Evaluatie van het Ontwikkelpad van Miriam Öztürk" });
  await expect(review).toBeVisible();
  const tasks = await todo.getByRole("listitem").count();
  expect(tasks).toBeGreaterThan(0);
  await expect(dashboardLink).toHaveAccessibleName(
    `Dashboard ${tasks} ${tasks === 1 ? "taak" : "taken"} te doen`,
  );

  // A task leads to where it is done: the review is step 8 of Miriam's Ontwikkelpad.
  await review.click();
  await expect(page).toHaveURL(/\/werkgever\/personen\/[^/]+\/ontwikkelpad\?stap=8$/);
});

test("a praktijkopleider sees their own tasks, not the admin's referrals", async ({ page }) => {
  await loginToTeam(page, "praktijkopleider@kinderrijk.demo");
  await page.goto("/werkgever/dashboard");
  const todo = page.getByRole("region", { name: "Te doen" });
  await expect(todo.getByRole("list").or(todo.getByText("Er wacht nu niets op je."))).toBeVisible();
  await expect(todo.getByRole("link", { name: /^Voordracht van/ })).toHaveCount(0);
});
