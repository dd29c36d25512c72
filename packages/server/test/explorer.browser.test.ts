import { existsSync } from "node:fs";
import { createTestEnvironment } from "@yhdyspinta/testing";
import { NO_SCHEMA_NOTE } from "../src/front/front-routes";
import { browserTest, screenshotPath, watchPolicyViolations } from "./browser";

const kit = browserTest();

describe("GraphQL explorer in a browser", () => {
  it("opens at /graphql with example operations, runs a query and shows the result, loading nothing from outside", async () => {
    const page = await kit.browser.newPage({ viewport: { width: 1400, height: 900 } });
    const outside: string[] = [];
    page.on("request", (req) => {
      const url = new URL(req.url());
      if (url.host !== new URL(kit.env.url).host && url.protocol !== "data:" && url.protocol !== "blob:") outside.push(req.url());
    });
    const pageErrors: string[] = [];
    page.on("pageerror", (e) => pageErrors.push(e.message));
    // The page runs under its Content-Security-Policy (security-headers.ts) without tripping it.
    const violations = await watchPolicyViolations(page);

    await page.goto(kit.env.url);
    // The first example tab (Regions) is open; the other examples are tabs beside it.
    await page.locator(".graphiql-query-editor .CodeMirror").first().waitFor();
    await expect(page.locator(".graphiql-tab").count()).resolves.toBeGreaterThanOrEqual(5);
    await expect(page.locator(".graphiql-tabs").innerText()).resolves.toContain("OrganisationsByRegion");
    await page.locator("button.graphiql-execute-button").click();
    const result = page.locator(".graphiql-response .CodeMirror");
    // CodeMirror renders only the visible lines: the first regions by code.
    await result.getByText("Itä-Uudenmaan hyvinvointialue").first().waitFor();
    const text = await result.innerText();
    expect(text).toContain("\"code\": \"01\"");
    expect(text).toContain("Östra Nylands välfärdsområde");

    await page.screenshot({ path: screenshotPath("explorer.png") });
    expect(existsSync(screenshotPath("explorer.png"))).toBe(true);
    expect(outside).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(violations).toEqual([]);
    await page.close();
  });

  it("in production (no introspection) shows a plain note instead of a schema error, and still runs operations", async () => {
    const prod = await createTestEnvironment({ production: true });
    try {
      const page = await kit.browser.newPage({ viewport: { width: 1400, height: 900 } });
      const pageErrors: string[] = [];
      page.on("pageerror", (e) => pageErrors.push(e.message));
      await page.goto(prod.url);
      await page.locator(".graphiql-query-editor .CodeMirror").first().waitFor();
      await page.getByText(NO_SCHEMA_NOTE).waitFor();
      await page.locator("button.graphiql-execute-button").click();
      await page.locator(".graphiql-response .CodeMirror").getByText("Itä-Uudenmaan hyvinvointialue").first().waitFor();
      // The docs pane opens without GraphiQL's red error box.
      await page.locator("button[aria-label='Show Documentation Explorer']").click().catch(() => undefined);
      await expect(page.getByText(/Error fetching schema/i).count()).resolves.toBe(0);
      const docsPane = await page.locator(".graphiql-doc-explorer-error").evaluate((el) => {
        const style = (el.ownerDocument.defaultView as any).getComputedStyle;
        return { note: style(el, "::after").content, ownTextSize: style(el).fontSize, background: style(el).backgroundColor };
      });
      expect(docsPane).toEqual({ note: JSON.stringify(NO_SCHEMA_NOTE), ownTextSize: "0px", background: "rgba(0, 0, 0, 0)" });
      await expect(page.locator(".graphiql-spinner").count()).resolves.toBe(0);
      await page.screenshot({ path: screenshotPath("explorer-production.png") });
      expect(pageErrors).toEqual([]);
      await page.close();
    } finally {
      await prod.close();
    }
  });
});
