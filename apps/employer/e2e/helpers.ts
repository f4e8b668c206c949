import { login as portalLogin } from "@ontwikkelpad/playwright";
import { expect, type APIRequestContext, type Locator, type Page } from "@playwright/test";

/** The demo accounts of packages/db's seed (src/seed/demo.ts). */
export const KINDERRIJK_HR = "hr@kinderrijk.demo";
export const ZONNEBLOEM_HR = "hr@zonnebloem.demo";

export async function login(page: Page, email: string, password?: string) {
  await portalLogin(page, "/werkgever", email, password);
}

/**
 * The main menu's link named exactly `name`: a name matched as a substring also finds every item that
 * contains it ("Team" in "Leerteams").
 */
export function menuLink(page: Page, name: string): Locator {
  return page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name, exact: true });
}

/** Logs in and waits for the team page. */
export async function loginToTeam(page: Page, email = KINDERRIJK_HR) {
  await login(page, email);
  await expect(page.getByRole("heading", { level: 1, name: "Team" })).toBeVisible();
  await expect(page).toHaveURL(/\/werkgever\/?$/);
}

/** The id of a person in the team table, from their row's link. */
export async function personIdFromTeam(page: Page, name: RegExp | string): Promise<string> {
  const href = await page.getByRole("link", { name }).first().getAttribute("href");
  const id = href?.match(/\/werkgever\/personen\/([^/?#]+)/)?.[1];
  if (!id) throw new Error(`no person link for ${String(name)}: ${href}`);
  return id;
}

/**
 * Scrolls the page — not the table the element may sit in — so the element is on screen, then checks
 * it is entirely visible: a cell cut off by its table's scroll box fails.
 */
export async function expectFullyInView(page: Page, element: Locator) {
  const top = await element.evaluate((e) => e.getBoundingClientRect().top + window.scrollY);
  await page.evaluate((y) => window.scrollTo(0, y - 200), top);
  await expect(element).toBeInViewport({ ratio: 1 });
}

/** A tRPC mutation with the CSRF header of the caller's session, as the portals send it; its answer. */
export async function mutate<T = unknown>(
  api: APIRequestContext,
  procedure: string,
  input: unknown,
): Promise<T> {
  const csrf = (await api.storageState()).cookies.find((c) => c.name === "op_csrf")?.value ?? "";
  const response = await api.post(`/trpc/${procedure}`, { data: input, headers: { "x-csrf-token": csrf } });
  expect(response.ok(), await response.text()).toBe(true);
  return ((await response.json()) as { result: { data: T } }).result.data;
}

/** A tRPC query through the logged-in page's session. */
export async function query<T>(page: Page, procedure: string, input: unknown): Promise<T> {
  const response = await page.request.get(
    `/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`,
  );
  expect(response.ok(), await response.text()).toBe(true);
  return ((await response.json()) as { result: { data: T } }).result.data;
}
