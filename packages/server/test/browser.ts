import { existsSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { createTestEnvironment, type TestEnvironment, type TestEnvironmentOptions } from "@yhdyspinta/testing";
import { chromium, type Browser, type Page } from "playwright-core";

/** Debian's chromium (installed by .ci/run); playwright-core drives it, downloading nothing. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const SCREENSHOT_DIR = resolve(__dirname, "..", "..", "..", "test-output");

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Browser tests need Chromium at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return join(SCREENSHOT_DIR, name);
}

/**
 * Collects the page's Content-Security-Policy violations into `sink` (Chromium reports each on the
 * console; the listener also reports those it only signals as events). Call before page.goto.
 */
export async function watchPolicyViolations(page: Page, sink: string[] = []): Promise<string[]> {
  page.on("console", (message) => {
    if (/Content Security Policy|CSP violation/.test(message.text())) sink.push(message.text());
  });
  await page.addInitScript({
    content: `document.addEventListener("securitypolicyviolation", (e) => console.error("CSP violation: " + e.effectiveDirective + " " + e.blockedURI));`,
  });
  return sink;
}

/** A browser test file's environment and Chromium; set in `beforeAll`, closed after the file's tests. */
export interface BrowserTest {
  env: TestEnvironment;
  browser: Browser;
  /** The server's origin (env.origin): where the pages are. */
  base: string;
}

/** Declares (in the calling test file) an environment made with `options` and a Chromium, started side by side. */
export function browserTest(options: TestEnvironmentOptions = {}): BrowserTest {
  const test = {} as BrowserTest;
  beforeAll(async () => {
    [test.env, test.browser] = await Promise.all([createTestEnvironment(options), launchBrowser()]);
    test.base = test.env.origin;
  });
  afterAll(async () => {
    await test.browser?.close();
    await test.env?.close();
  });
  return test;
}
