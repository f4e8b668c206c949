import axe from "axe-core";
import type { Page } from "@playwright/test";
import { isLoginCall, reuseSession, saveSession } from "./sessions.ts";

/** The demo accounts' password (packages/db's seed). */
export const DEMO_PASSWORD = "Ontwikkelpad-demo-2026";

/** The token of Noa Brinkman's link to her own view in the demo (packages/db's `DEMO_EMPLOYEE_VIEW_TOKEN`). */
export const DEMO_EMPLOYEE_VIEW_TOKEN = "demo-noa-brinkman-eigen-ontwikkelpad";

/**
 * Logs in on a portal's own login page, e.g. `login(page, "/school", "opleidingsadviseur@maasoever.demo")`,
 * and opens the portal's first page, as the login form does.
 *
 * The first successful login of an account in a portal's run goes through the form and is saved
 * (`sessions.ts`); later ones put the saved session's cookies in the browser and open the portal's
 * first page directly, as long as the server still answers `auth.me` for that session exactly as
 * it did after the login. A test that logged the session out, switched its organisation or changed
 * the account's roles so makes the next one log in through the form again.
 */
export async function login(page: Page, portalPath: string, email: string, password = DEMO_PASSWORD) {
  if (await reuseSession(page, email, password)) {
    await page.goto(`${portalPath}/`);
    return;
  }
  await page.goto(`${portalPath}/inloggen`);
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  // The form sends nothing when a field is empty (its own "Vul je … in." messages).
  const answer = email && password ? page.waitForResponse(isLoginCall) : undefined;
  await page.getByRole("button", { name: "Inloggen" }).click();
  if (answer && (await answer).ok()) await saveSession(page, email, password);
}

/** WCAG 2.1 A and AA and axe's best practices. */
const AXE_OPTIONS = {
  runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
  // Only the violations are read: axe then skips describing every passing and inapplicable node,
  // which took a third of each scan (about 13 s instead of 9 s on a dashboard, loaded 2-core machine).
  resultTypes: ["violations"],
} satisfies axe.RunOptions;

type WindowWithAxe = Window & { axe?: typeof axe };

/**
 * axe's violations on the page, found by axe-core in the page itself, loaded once per document and
 * frame. @axe-core/playwright sent axe's half-megabyte source again on every scan and merged the
 * results in a new blank page (for cross-origin frames, which the portals do not have): 500–1,400 ms
 * a scan instead of 40–420 ms on the same pages, with the same findings. A frame of another origin
 * is not scanned.
 */
async function axeViolations(page: Page): Promise<axe.Result[]> {
  for (const frame of page.frames())
    if (!(await frame.evaluate(() => typeof (window as WindowWithAxe).axe?.run === "function")))
      await frame.evaluate(axe.source);
  return page.evaluate(
    (options) => (window as WindowWithAxe).axe!.run(document, options).then((r) => r.violations),
    AXE_OPTIONS,
  );
}

/**
 * Serious and critical WCAG 2.1 A/AA violations on the page, as readable lines; a page that scrolls
 * sideways (wide content escaping its scroll box, WCAG 1.4.10) counts as one too.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  const violations = await axeViolations(page);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  return [
    ...violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    ...(overflow > 0
      ? [`reflow: the page is ${overflow} px wider than the window and scrolls sideways`]
      : []),
  ];
}
