import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { notificationsToMailFolder, waitFor, type MailFolder } from "@yhdyspinta/testing";
import { browserTest, screenshotPath, watchPolicyViolations } from "./browser";

// The confirmation and unsubscribe links of a notification mail, followed in Chromium as the
// recipient would: the page shows a button, and pressing it (a form POST) confirms or unsubscribes.
// The pages' own Content-Security-Policy must allow that form and block nothing.
const kit = browserTest();
let mail: MailFolder;
beforeAll(async () => { mail = await notificationsToMailFolder(kit.base); });
afterAll(async () => { await mail?.close(); });

/** The first link to `path` in the mail written to the folder for `email`. */
async function linkInMail(email: string, path: string): Promise<string> {
  let link: string | undefined;
  await waitFor(async () => {
    for (const file of await readdir(mail.folder)) {
      const text = (await readFile(join(mail.folder, file), "utf8")).replace(/=\r?\n/g, "");
      if (!text.includes(email)) continue;
      link = text.match(new RegExp(`${kit.base.replace(/[.:/]/g, "\\$&")}${path}\\?token(=|=3D)[A-Za-z0-9_-]+`))?.[0].replace("=3D", "=");
      if (link) return true;
    }
    return false;
  }, `a mail to ${email} with a ${path} link`);
  return link!;
}

describe("notification pages in a browser", () => {
  it("confirms a subscription with the mail's link and button, then unsubscribes with the page's button, with no policy violations", async () => {
    const email = "sihteeri@pages.example.fi";
    const res = await kit.env.query(`mutation($input: SubscribeToNotificationsInput!) { subscribeToNotifications(input: $input) { status } }`, {
      input: { email, filter: { regionCodes: ["15"] }, language: "fi" },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.subscribeToNotifications.status).toBe("PENDING");
    const status = async () => (await kit.env.database.dataSource.query(`SELECT status FROM notification_subscription WHERE email = $1`, [email]))[0].status;

    const page = await kit.browser.newPage({ viewport: { width: 390, height: 800 } });
    const violations = await watchPolicyViolations(page);
    await page.goto(await linkInMail(email, "/notifications/confirm"));
    expect(await status()).toBe("PENDING"); // opening the link changes nothing
    await page.getByRole("button").click();
    await page.waitForSelector("text=Tilaus vahvistettu");
    expect(await status()).toBe("ACTIVE");
    await page.screenshot({ path: screenshotPath("notification-confirmed.png") });

    const unsubscribe = (await kit.env.database.dataSource.query(`SELECT unsubscribe_token FROM notification_subscription WHERE email = $1`, [email]))[0].unsubscribe_token;
    await page.goto(`${kit.base}/notifications/unsubscribe?token=${unsubscribe}`);
    await page.getByRole("button").click();
    await page.waitForLoadState();
    await waitFor(async () => (await status()) === "UNSUBSCRIBED", "the unsubscription");
    expect(violations).toEqual([]);
    await page.close();
  });
});
