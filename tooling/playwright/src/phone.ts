import { readFileSync } from "node:fs";
import { expect, type Page } from "@playwright/test";
import { seriousViolations } from "./helpers.ts";
import { visibleTextProblems } from "./visible-text.ts";

/** The phone every portal page must fit: an iPhone 12–15's CSS viewport. */
export const PHONE = { width: 390, height: 844 } as const;

/**
 * How a phone test reaches a route: a fixed path relative to the portal (for a route without
 * parameters, or an unknown token), the first link to the route on another page of the portal
 * (`{ linkedFrom: "/klassen" }` for `klassen/:id`), or a function that returns the path.
 */
export type PhoneRoute = string | { linkedFrom: string } | ((page: Page) => Promise<string>);

/**
 * The route patterns of a portal's `src/main.tsx` (`routes` and `publicRoutes`, without a leading
 * slash; the index route is ""), read from its source so that a page added to the router and not to
 * the phone test's list fails that test.
 */
export function portalRoutePatterns(mainFile: string): string[] {
  const source = readFileSync(mainFile, "utf8");
  const paths = [...source.matchAll(/\bpath:\s*"([^"]*)"/g)].map((m) => m[1]!.replace(/^\//, ""));
  const index = /\bindex:\s*true\b/.test(source) ? [""] : [];
  return [...index, ...paths].toSorted();
}

function patternRegExp(portalPath: string, pattern: string): RegExp {
  const path = pattern.replace(/:[^/]+/g, "[^/?#]+");
  return new RegExp(`^${portalPath}/${path}$`);
}

async function resolvePath(page: Page, portalPath: string, pattern: string, route: PhoneRoute) {
  if (typeof route === "string") return `${portalPath}/${route.replace(/^\//, "")}`;
  if (typeof route === "function") return route(page);
  await openAndSettle(page, `${portalPath}/${route.linkedFrom.replace(/^\//, "")}`);
  const wanted = patternRegExp(portalPath, pattern);
  // A row's link in a table names an existing item; a link above it may lead to a form for a new one.
  const hrefs: string[] = [];
  for (const selector of ["main table a[href]", "main a[href]"])
    hrefs.push(
      ...(await page
        .locator(selector)
        .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))),
    );
  const href = hrefs.find((h) => wanted.test(h));
  if (!href) throw new Error(`No link to ${pattern} on ${route.linkedFrom}`);
  return href;
}

/** Opens a page and waits until its heading shows and its data has loaded. */
async function openAndSettle(page: Page, path: string) {
  await page.goto(path);
  // A page that sends the visitor to the login page was not checked: the session was lost.
  if (!path.endsWith("/inloggen")) await expect(page).not.toHaveURL(/\/inloggen/);
  await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
  await page.waitForLoadState("networkidle");
  await expect(page.locator("output.status", { hasText: "Laden…" })).toHaveCount(0);
}

/** The innermost elements that stick out past the right edge of the screen, to name the culprit. */
function widestElements(page: Page, screenWidth: number): Promise<string[]> {
  return page.evaluate((width) => {
    const sticksOut = (el: Element) => el.getBoundingClientRect().right > width + 0.5;
    // oxlint-disable-next-line unicorn/consistent-function-scoping -- page.evaluate sends this function alone to the browser
    const clipped = (el: Element) => {
      for (let p = el.parentElement; p; p = p.parentElement)
        if (getComputedStyle(p).overflowX !== "visible") return p !== document.documentElement;
      return false;
    };
    const candidates = Array.from(document.body.querySelectorAll("*")).filter(
      (el) => sticksOut(el) && !clipped(el),
    );
    return candidates
      .filter((el) => !candidates.some((other) => other !== el && el.contains(other)))
      .slice(0, 3)
      .map((el) => {
        const name =
          el.tagName.toLowerCase() + (el.className ? `.${String(el.className).replace(/ /g, ".")}` : "");
        return `${name} "${(el.textContent ?? "").trim().slice(0, 40)}"`;
      });
  }, screenWidth);
}

/**
 * Visits each route of the list at phone size (390×844) and returns, per page, what does not fit:
 * a document wider than the screen (`scrollWidth` over 390, WCAG 1.4.10 reflow), serious axe
 * violations, and text a person should not read (`visibleTextProblems`: an ISO date, an internal id,
 * "(BBL) (BBL)", "€ 0"). Call it logged
 * in; the caller asserts the list is empty, so one run names every page that fails.
 */
export async function phoneProblems(
  page: Page,
  portalPath: string,
  routes: Readonly<Record<string, PhoneRoute>>,
): Promise<string[]> {
  await page.setViewportSize(PHONE);
  const problems: string[] = [];
  for (const [pattern, route] of Object.entries(routes)) {
    const path = await resolvePath(page, portalPath, pattern, route);
    await openAndSettle(page, path);
    problems.push(...(await pageProblems(page)).map((p) => `${path}: ${p}`));
  }
  return problems;
}

/**
 * What does not fit on the page as it is now shown: a document wider than the window (WCAG 1.4.10
 * reflow; at phone size, wider than 390), the elements that reach past the screen's edge, serious axe
 * violations and text a person should not read (`visibleTextProblems`). A journey at phone size calls
 * it after each step; the caller asserts the list is empty.
 */
export async function pageProblems(page: Page): Promise<string[]> {
  const width = page.viewportSize()?.width ?? PHONE.width;
  const text = await page.locator("body").innerText();
  return [
    // seriousViolations counts a document wider than the window as one.
    ...(await seriousViolations(page)),
    ...(await widestElements(page, width)).map((e) => `${e} reaches past the screen's edge`),
    ...visibleTextProblems(text),
  ];
}
