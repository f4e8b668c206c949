import { login } from "@ontwikkelpad/playwright";
import { expect, test, type Page } from "@playwright/test";
import { loginToTeam, menuLink } from "./helpers.ts";

const TRAINER = "praktijkopleider@kinderrijk.demo";
const MANAGER = "leidinggevende@kinderrijk.demo";

/** Opens the dashboard from the main menu and waits for its to-do list (items, or that nothing waits). */
async function dashboardTodo(page: Page) {
  await page
    .getByRole("navigation", { name: "Hoofdmenu" })
    .getByRole("link", { name: /Dashboard/ })
    .click();
  const todo = page.getByRole("region", { name: "Te doen" });
  await expect(todo.getByRole("list").or(todo.getByText("Er wacht nu niets op je."))).toBeVisible();
  return todo;
}

/** The to-do list on the dashboard of a freshly signed-in user. */
async function openTodo(page: Page, email?: string) {
  await loginToTeam(page, email);
  return dashboardTodo(page);
}

/** Back on the dashboard after the work: the task is gone. */
async function expectGone(page: Page, task: RegExp | string) {
  const todo = await dashboardTodo(page);
  await expect(todo.getByRole("link", { name: task })).toHaveCount(0);
}

test("the dashboard lists what waits for the user, and the navigation counts it", async ({ page }) => {
  const todo = await openTodo(page);
  const dashboardLink = page
    .getByRole("navigation", { name: "Hoofdmenu" })
    .getByRole("link", { name: /Dashboard/ });
  const review = todo.getByRole("link", { name: "Evaluatie van het Ontwikkelpad van Miriam Öztürk" });
  await expect(review).toBeVisible();
  const tasks = await todo.getByRole("listitem").count();
  expect(tasks).toBeGreaterThan(0);
  await expect(dashboardLink).toHaveAccessibleName(
    `Dashboard ${tasks} ${tasks === 1 ? "taak" : "taken"} te doen`,
  );

  // The review leads to the wizard at the step where Miriam's path stands (4), where the conversation
  // goes on: not to step 8, which her path has not reached.
  await review.click();
  await expect(page).toHaveURL(/\/werkgever\/personen\/[^/]+\/ontwikkelpad$/);
  await expect(page.getByRole("heading", { level: 2, name: /^Stap 4:/ })).toBeVisible();
  await expect(page.getByText("Het Ontwikkelpad staat nog bij stap")).toHaveCount(0);
});

test("sign: the praktijkopleider's task opens the ratings with a sign button, and goes once signed", async ({
  page,
}) => {
  test.setTimeout(60_000);
  const todo = await openTodo(page, TRAINER);
  // The seed's observations are no ratings: nothing of Ellen waits for a signature yet.
  await expect(todo.getByRole("link", { name: "van Ellen de Graaf ondertekenen" })).toHaveCount(0);

  await menuLink(page, "Team").click();
  await page.getByRole("link", { name: /Ellen/ }).first().click();
  await page
    .getByRole("link", { name: /Praktijkbeoordeling/ })
    .first()
    .click();
  const rate = page.getByRole("button", { name: /^Beoordelen B1-K1-/ }).first();
  const code = (await rate.textContent())!.replace("Beoordelen", "").trim();
  await rate.click();
  const form = page.getByRole("form", { name: `${code} beoordelen` });
  await form.getByRole("radio", { name: "Beheerst" }).check();
  await form.getByLabel("Toelichting").fill("Doet het zelfstandig op de groep.");
  await form.getByRole("button", { name: "Beoordeling opslaan" }).click();
  await expect(page.getByText(`De beoordeling van ${code} is opgeslagen als concept.`)).toBeVisible();

  const again = await openTodo(page, TRAINER);
  await again.getByRole("link", { name: "1 beoordeling van Ellen de Graaf ondertekenen" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Praktijkbeoordeling van Ellen de Graaf" }),
  ).toBeVisible();
  await page.getByRole("button", { name: `Ondertekenen ${code}` }).click();
  await page
    .getByRole("dialog", { name: `Beoordeling van ${code} ondertekenen?` })
    .getByRole("button", { name: "Ondertekenen" })
    .click();
  await expect(page.getByText(`De beoordeling van ${code} is ondertekend en ligt nu vast.`)).toBeVisible();
  await expectGone(page, "van Ellen de Graaf ondertekenen");
});

test("coSign: the leidinggevende's task opens the signed ratings, and goes once co-signed", async ({
  page,
}) => {
  // Ellen's rating that the sign test above signed, beside those of the seed that the assessment spec
  // co-signs when it runs first: this spec passes alone too (`npx playwright test e2e/todo.spec.ts`).
  const name = "Ellen de Graaf";
  const todo = await openTodo(page, MANAGER);
  await todo
    .getByRole("link", { name: new RegExp(`^\\d+ beoordeling(en)? van ${name} medeondertekenen$`) })
    .click();
  await expect(
    page.getByRole("heading", { level: 1, name: `Praktijkbeoordeling van ${name}` }),
  ).toBeVisible();
  const all = page.getByRole("button", { name: /^Alle \d+ ondertekende beoordelingen medeondertekenen$/ });
  await ((await all.isVisible()) ? all : page.getByRole("button", { name: /^Medeondertekenen/ })).click();
  await page.getByRole("dialog").getByRole("button", { name: "Medeondertekenen" }).click();
  await expect(page.getByText(/medeondertekend\.$/)).toBeVisible();
  await expectGone(page, `van ${name} medeondertekenen`);
});

test("schoolAnswer: the school's proposal is agreed to where the task leads, and the task goes", async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000); // two portals
  const school = await browser.newPage();
  await login(school, "/school", "opleidingsadviseur@maasoever.demo");
  await expect(school.getByRole("heading", { level: 1, name: "Scholingsaanbod" })).toBeVisible();
  await school
    .getByRole("navigation", { name: "Hoofdmenu" })
    .getByRole("link", { name: "Aanvragen", exact: true })
    .click();
  await school.getByRole("link", { name: "Milan Jovanović" }).first().click();
  const proposal = school.getByRole("form", { name: "Accepteren met een voorstel" });
  await proposal.getByLabel("Rooster").fill("Dinsdag lesdag, 8 uur per week");
  await proposal.getByRole("button", { name: "Voorstel versturen" }).click();
  await expect(school.getByRole("heading", { name: "Antwoord van de school" })).toBeVisible();
  await school.close();

  const todo = await openTodo(page);
  const task = "ROC De Maasoever heeft gereageerd op de scholingsaanvraag voor Milan Jovanović";
  await todo.getByRole("link", { name: task }).click();
  await expect(page.getByRole("heading", { level: 2, name: /^Stap 7:/ })).toBeVisible();
  await page.getByRole("button", { name: "Voorstel van ROC De Maasoever accepteren" }).click();
  await expect(page.getByRole("heading", { level: 2, name: /^Stap 8:/ })).toBeVisible();
  await expectGone(page, task);
});

test("a praktijkopleider sees their own tasks, not the admin's referrals", async ({ page }) => {
  const todo = await openTodo(page, TRAINER);
  await expect(todo.getByRole("link", { name: /^Voordracht van/ })).toHaveCount(0);
});
