import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { createTestEnvironment, notificationsToMailFolder, waitFor, type MailFolder, type TestEnvironment } from "@yhdyspinta/testing";
import type { Browser } from "playwright-core";
import { launchBrowser, screenshotPath, watchPolicyViolations } from "./browser";

// The confirmation and unsubscribe links of a notification mail, followed in Chromium as the
// recipient would: the page shows a button, and pressing it (a form POST) confirms or unsubscribes.
// The pages' own Content-Security-Policy must allow that form and block nothing.
let env: TestEnvironment;
let browser: Browser;
let mail: MailFolder;
let base: string;
beforeAll(async () => {
  [env, browser] = await Promise.all([createTestEnvironment(), launchBrowser()]);
  base = env.url.replace(/\/graphql$/, "");
  mail = await notificationsToMailFolder(base);
});
afterAll(async () => {
  await mail?.close();
  await browser?.close();
  await env?.close();
});

/** The first link to `path` in the mail written to the folder for `email`. */
async function linkInMail(email: string, path: string): Promise<string> {
  let link: string | undefined;
  await waitFor(async () => {
    for (const file of await readdir(mail.folder)) {
      const text = (await readFile(join(mail.folder, file), "utf8")).replace(/=\r?\n/g, "");
      if (!text.includes(email)) continue;
      link = text.match(new RegExp(`${base.replace(/[.:/]/g, "\\$&")}${path}\\?token(=|=3D)[A-Za-z0-9_-]+`))?.[0].replace("=3D", "=");
      if (link) return true;
    }
    return false;
  }, `a mail to ${email} with a ${path} link`);
  return link!;
}

describe("notification pages in a browser", () => {
  it("confirms a subscription with the mail's link and button, then unsubscribes with the page's button, with no policy violations", async () => {
    const email = "sihteeri@pages.example.fi";
    const res = await env.query(`mutation($input: SubscribeToNotificationsInput!) { subscribeToNotifications(input: $input) { status } }`, {
      input: { email, filter: { regionCodes: ["15"] }, language: "fi" },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.subscribeToNotifications.status).toBe("PENDING");
    const status = async () => (await env.database.dataSource.query(`SELECT status FROM notification_subscription WHERE email = $1`, [email]))[0].status;

    const page = await browser.newPage({ viewport: { width: 390, height: 800 } });
    const violations = await watchPolicyViolations(page);
    await page.goto(await linkInMail(email, "/notifications/confirm"));
    expect(await status()).toBe("PENDING"); // opening the link changes nothing
    await page.getByRole("button").click();
    await page.waitForSelector("text=Tilaus vahvistettu");
    expect(await status()).toBe("ACTIVE");
    await page.screenshot({ path: screenshotPath("notification-confirmed.png") });

    const unsubscribe = (await env.database.dataSource.query(`SELECT unsubscribe_token FROM notification_subscription WHERE email = $1`, [email]))[0].unsubscribe_token;
    await page.goto(`${base}/notifications/unsubscribe?token=${unsubscribe}`);
    await page.getByRole("button").click();
    await page.waitForLoadState();
    await waitFor(async () => (await status()) === "UNSUBSCRIBED", "the unsubscription");
    expect(violations).toEqual([]);
    await page.close();
  });
});
