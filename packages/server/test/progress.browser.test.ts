import { readFileSync } from "node:fs";
import { parseIntId } from "@yhdyspinta/core/internal";
import { notificationsToMailFolder } from "@yhdyspinta/testing";
import type { BrowserContext, Page } from "playwright-core";
import { browserTest, screenshotPath, watchPolicyViolations } from "./browser";

const kit = browserTest();

const CREATE = `mutation($input: CreateMilestoneInput!) { createMilestone(input: $input) { id title } }`;
const CHANGE = `mutation($id: ID!, $status: MilestoneStatus!, $note: String) { changeMilestoneStatus(id: $id, status: $status, note: $note) { id status } }`;

async function createMilestone(titleFi: string, regionCode = "15"): Promise<string> {
  const res = await kit.env.query(CREATE, { input: { regionCode, kind: "NGO_HEARING", titleFi, titleSv: `${titleFi} (sv)`, dueDate: "2027-03-01" } }, { token: await kit.env.token({ roles: ["admin"] }) });
  expect(res.errors).toBeUndefined();
  return res.data.createMilestone.id;
}

async function openProgress(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  (page as Page & { errors: string[] }).errors = errors;
  // The page runs under its Content-Security-Policy (security-headers.ts): a violation counts as an error.
  await watchPolicyViolations(page, errors);
  await page.goto(`${kit.base}/progress`);
  await page.locator("body[data-ready=true]").waitFor();
  await page.locator("#status[data-state=live]").waitFor();
  return page;
}

const eventTexts = (page: Page) => page.locator("#events li").allInnerTexts();

describe("reform progress page in a browser", () => {
  it("shows a new milestone event live, and after a reload the events it missed while closed", async () => {
    const context = await kit.browser.newContext({ locale: "fi-FI", viewport: { width: 1100, height: 1000 } });
    const page = await openProgress(context);
    await expect(page.locator("h1").innerText()).resolves.toBe("Uudistuksen eteneminen");
    await expect(page.locator("#region").inputValue()).resolves.toBe("15");

    // A mutation elsewhere reaches the open page over graphql-ws.
    const id = await createMilestone("Järjestöjen kuuleminen palvelustrategiasta");
    await page.locator("#events li", { hasText: "Järjestöjen kuuleminen palvelustrategiasta" }).waitFor({ timeout: 10_000 });
    await expect(page.locator("#events li").first().innerText()).resolves.toContain("Uusi virstanpylväs");
    await page.locator("#timeline li", { hasText: "Järjestöjen kuuleminen palvelustrategiasta" }).waitFor();
    // Another region's milestone is not this page's business.
    await createMilestone("Lapin oma virstanpylväs", "19");
    await page.screenshot({ path: screenshotPath("progress.png"), fullPage: true });
    await page.close();

    // While the page is closed: a status change and a new milestone.
    const admin = await kit.env.token({ roles: ["admin"] });
    expect((await kit.env.query(CHANGE, { id, status: "IN_PROGRESS", note: "Kuulemistilaisuus 12.3." }, { token: admin })).errors).toBeUndefined();
    await createMilestone("Yhteistyösopimuksen luonnos");

    const reopened = await openProgress(context);
    await reopened.locator("#events li.missed", { hasText: "Yhteistyösopimuksen luonnos" }).waitFor({ timeout: 10_000 });
    await reopened.locator("#events li.missed", { hasText: "Tila muuttui" }).waitFor();
    const texts = await eventTexts(reopened);
    // Newest first: the two missed events, then the one seen before the reload; each once.
    expect(texts).toHaveLength(3);
    expect(texts[0]).toContain("Yhteistyösopimuksen luonnos");
    expect(texts[1]).toMatch(/Tila muuttui: Järjestöjen kuuleminen palvelustrategiasta[\s\S]*suunniteltu → käynnissä/);
    expect(texts[2]).toContain("Uusi virstanpylväs: Järjestöjen kuuleminen palvelustrategiasta");
    expect(texts.join("\n")).not.toContain("Lapin oma virstanpylväs");
    const cursors = await reopened.locator("#events li").evaluateAll((lis) => lis.map((li) => li.getAttribute("data-cursor")));
    expect(new Set(cursors).size).toBe(3);

    // The language switch re-renders in Swedish and asks the server for Swedish titles.
    await reopened.locator("button[data-lang=sv]").click();
    await reopened.locator("h1", { hasText: "Reformens framsteg" }).waitFor();
    await reopened.locator("#timeline li", { hasText: "Järjestöjen kuuleminen palvelustrategiasta (sv)" }).waitFor();
    await reopened.screenshot({ path: screenshotPath("progress-after-reload.png"), fullPage: true });
    expect((reopened as Page & { errors: string[] }).errors).toEqual([]);
    await context.close();
  });

  it("on a first visit starts from the head it read, so an event while the page reloads before any event is not lost", async () => {
    const context = await kit.browser.newContext({ locale: "fi-FI" });
    const page = await openProgress(context);
    expect(await eventTexts(page)).toEqual([]);
    await page.close();
    // Nothing arrived before the page closed; this happens while it reloads.
    await createMilestone("Kuuleminen sivun latautuessa");
    const reopened = await openProgress(context);
    await reopened.locator("#events li", { hasText: "Kuuleminen sivun latautuessa" }).waitFor({ timeout: 10_000 });
    // The page links the selection's feeds: the calendar a secretary would subscribe to has the milestone.
    const ics = await reopened.locator("#feed-ics").getAttribute("href");
    expect(ics).toBe("/feeds/milestones.ics?region=15&national=1&lang=fi");
    const calendar = await (await fetch(`${kit.base}${ics}`)).text();
    expect(calendar).toContain("SUMMARY:Kuuleminen sivun latautuessa");
    expect((await fetch(`${kit.base}${await reopened.locator("#feed-atom").getAttribute("href")}`)).headers.get("content-type")).toContain("application/atom+xml");
    await context.close();
  });

  it("subscribes an e-mail address for the selection; with no SMTP the confirmation is kept in a folder and listed at /dev/mail", async () => {
    const mail = await notificationsToMailFolder(kit.base);
    try {
      const context = await kit.browser.newContext({ locale: "en-GB" });
      const page = await openProgress(context);
      await page.locator("#subscribe-email").fill("secretary@association.example");
      await page.locator("#subscribe-frequency").selectOption("WEEKLY");
      await page.locator("#subscribe button[type=submit]").click();
      await page.locator("#subscribe-result[data-state=ok]").waitFor();
      const [row] = await kit.env.database.dataSource.query(`SELECT status, frequency, language, region_codes FROM notification_subscription WHERE email = $1`, ["secretary@association.example"]);
      expect(row).toEqual({ status: "PENDING", frequency: "WEEKLY", language: "en", region_codes: ["15"] });
      const mailPage = await context.newPage();
      await mailPage.goto(`${kit.base}/dev/mail`);
      await expect(mailPage.locator("article h2").first().innerText()).resolves.toBe("Confirm your health and social services reform notifications");
      await expect(mailPage.locator("article pre").first().innerText()).resolves.toContain(`${kit.base}/notifications/confirm?token=`);
      await context.close();
    } finally {
      await mail.close();
    }
  });

  it("speaks Swedish to a Swedish browser and English to others", async () => {
    for (const [locale, title] of [["sv-FI", "Reformens framsteg"], ["de-DE", "Reform progress"]] as const) {
      const context = await kit.browser.newContext({ locale });
      const page = await openProgress(context);
      await expect(page.locator("h1").innerText()).resolves.toBe(title);
      await context.close();
    }
  });

  it("marks demo milestones with a badge in fi/sv/en, links the sources of national steps, and stays axe-clean", async () => {
    const id = await createMilestone("Keksitty kuuleminen");
    // As the demo seeder writes them (entered milestones are real: isDemo false).
    await kit.env.database.dataSource.query(`UPDATE preparation_milestone SET is_demo = true WHERE id = $1`, [parseIntId(id, "PreparationMilestone")]);
    await createMilestone("Oikea kuuleminen");
    const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
    for (const [locale, badge] of [["fi-FI", "demodataa"], ["sv-FI", "demodata"], ["en-GB", "demo data"]] as const) {
      const context = await kit.browser.newContext({ locale });
      const page = await openProgress(context);
      const demo = page.locator("#timeline li", { hasText: "Keksitty kuuleminen" });
      await demo.waitFor();
      await expect(demo.locator(".badge.demo").innerText()).resolves.toBe(badge);
      await expect(page.locator("#timeline li", { hasText: "Oikea kuuleminen" }).locator(".badge.demo").count()).resolves.toBe(0);
      // The county elections of 2025 (a national step) name their official source.
      const election = page.locator("#timeline li[data-status=COMPLETED] a[href^='https://vaalit.fi/']");
      await expect(election.count()).resolves.toBe(1);
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const result = await (globalThis as any).axe.run((globalThis as any).document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
        return result.violations.map((v: any) => `${v.id}: ${v.nodes.map((n: any) => n.target.join(" ")).join(", ")}`);
      });
      expect(violations).toEqual([]);
      expect((page as Page & { errors: string[] }).errors).toEqual([]);
      if (locale === "fi-FI") await page.screenshot({ path: screenshotPath("progress-demo-badge.png"), fullPage: true });
      await context.close();
    }
  });
});
