import AxeBuilder from "@axe-core/playwright";
import { TrustedDocuments } from "@yhdyspinta/server";
import { createTestEnvironment } from "@yhdyspinta/testing";
import type { BrowserContext, Page } from "playwright-core";
import { opasDocuments } from "../src/front/opas-page";
import { browserTest, screenshotPath, watchPolicyViolations } from "./browser";

// The service-guide page (/opas, issue 14 item 4) in Chromium on the demo data: search, filter,
// paging, the detail view and its referral text, keyboard-only use, a 390 px phone, axe on every
// state, and the page under TRUSTED_DOCUMENTS. What the page should show is asked from the API.
const kit = browserTest({ seed: "demo" });

// Chromium, axe and the demo database share two cores with other work: generous per-test time.
jest.setTimeout(600_000);

const PAGE_SIZE = 10;
const LIST = `query($filter: ActivityFilter, $after: String) {
  activities(filter: $filter, first: ${PAGE_SIZE}, after: $after) { totalCount nodes { id name kind municipalities { code name } } pageInfo { endCursor } }
}`;
async function apiPage(filter: object, after: string | null = null) {
  const res = await kit.env.query(LIST, { filter, after });
  expect(res.errors).toBeUndefined();
  return res.data.activities as { totalCount: number; nodes: { id: string; name: string; kind: string; municipalities: { code: string; name: string }[] }[]; pageInfo: { endCursor: string } };
}

const FACETS = `query($filter: ActivityFilter) { activities(filter: $filter, first: 0) { facets { kinds { value count } municipalities { value count } } } }`;
async function apiFacets(filter: object) {
  const res = await kit.env.query(FACETS, { filter });
  expect(res.errors).toBeUndefined();
  return res.data.activities.facets as Record<"kinds" | "municipalities", { value: string; count: number }[]>;
}

type WatchedPage = Page & { problems: string[] };

/** The page's own search operation (its text), to ask the API exactly what the page asked. */
const OPAS_SEARCH = Object.values(opasDocuments()).find((d) => /query OpasSearch\b/.test(d))!;

interface Shown { nameIn: { text: string }; distanceKm?: number; nextOccurrences: { startsAt: string }[] }

/** Keeps the variables of every search the page sends (it sends the text when not under TRUSTED_DOCUMENTS). */
function recordSearches(page: Page): Record<string, any>[] {
  const sent: Record<string, any>[] = [];
  page.on("request", (req) => {
    if (req.method() !== "POST" || !req.url().endsWith("/graphql")) return;
    const body = req.postDataJSON() as { query?: string; variables?: Record<string, any> };
    if (/query OpasSearch\b/.test(body.query ?? "")) sent.push(body.variables ?? {});
  });
  return sent;
}

const countFi = (n: number) => (n === 0 ? "Ei tuloksia näillä valinnoilla. Kokeile toista hakusanaa tai poista rajauksia."
  : n === 1 ? "1 toiminta löytyi" : `${n.toLocaleString("fi-FI")} toimintaa löytyi`);

/** The page shows what the API answers to the page's last search: the same names, in order, and the count. */
async function expectSameAsApi(page: Page, sent: Record<string, any>[]) {
  const variables = sent.at(-1)!;
  const res = await kit.env.query(OPAS_SEARCH, variables);
  expect(res.errors).toBeUndefined();
  const { totalCount, nodes } = res.data.activities as { totalCount: number; nodes: Shown[] };
  await expect(resultNames(page)).resolves.toEqual(nodes.map((n) => n.nameIn.text));
  await expect(countText(page)).resolves.toBe(countFi(totalCount));
  return { variables, totalCount, nodes };
}

/** A time as a Finnish clock in Helsinki shows it ("17.00"), whatever the browser's own zone. */
const helsinkiTime = (iso: string) => new Date(iso).toLocaleTimeString("fi-FI", { timeZone: "Europe/Helsinki", hour: "2-digit", minute: "2-digit" });

async function open(context: BrowserContext, path = "/opas?lang=fi"): Promise<WatchedPage> {
  const page = (await context.newPage()) as WatchedPage;
  page.problems = [];
  page.on("pageerror", (e) => page.problems.push(e.message));
  // The page runs under its Content-Security-Policy: a violation counts as a problem.
  await watchPolicyViolations(page, page.problems);
  await page.goto(`${kit.base}${path}`);
  await ready(page);
  return page;
}

const ready = (page: Page) => page.locator("body[data-ready=true]").waitFor();

/** Waits for the results to show `count` (the live region's text) after an action. */
async function resultsFor(page: Page, action: () => Promise<unknown>): Promise<void> {
  await page.evaluate(`document.body.dataset.ready = "false"`);
  await action();
  await ready(page);
}

const resultNames = (page: Page) => page.locator("#results h3").allInnerTexts();
const countText = (page: Page) => page.locator("#result-count").innerText();

/** WCAG 2.1 A/AA and axe's best practices, on the page as it is now. */
async function expectNoAxeViolations(page: Page, state: string): Promise<void> {
  const result = await new AxeBuilder({ page }).analyze();
  const violations = result.violations.map((v) => `${state}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(violations).toEqual([]);
}

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const widths = await page.evaluate<{ scroll: number; client: number }>(
    `({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth })`);
  expect(widths.scroll).toBeLessThanOrEqual(widths.client);
}

describe("service guide /opas in a browser", () => {
  it("searches, filters, pages and opens a detail view with a link and referral text for the client", async () => {
    const context = await kit.browser.newContext({ locale: "fi-FI", viewport: { width: 1200, height: 1000 } });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: kit.base });
    const page = await open(context);
    await expect(page.locator("h1").innerText()).resolves.toBe("Palveluopas");
    const all = await apiPage({});
    await expect(countText(page)).resolves.toBe(`${all.totalCount.toLocaleString("fi-FI")} toimintaa löytyi`);
    await expect(resultNames(page)).resolves.toEqual(all.nodes.map((n) => n.name));
    await expectNoAxeViolations(page, "start");
    await page.screenshot({ path: screenshotPath("opas/start.png"), fullPage: true });

    // A search: the page shows what the API finds, in the same order.
    const word = "vertaistukiryhmä";
    const found = await apiPage({ search: word });
    expect(found.totalCount).toBeGreaterThan(PAGE_SIZE); // else there is nothing to page through
    await resultsFor(page, async () => {
      await page.locator("#q").fill(word);
      await page.locator("#search-form button[type=submit]").click();
    });
    await expect(countText(page)).resolves.toBe(`${found.totalCount.toLocaleString("fi-FI")} toimintaa löytyi`);
    await expect(resultNames(page)).resolves.toEqual(found.nodes.map((n) => n.name));
    expect(new URL(page.url()).searchParams.get("q")).toBe(word);
    await expectNoAxeViolations(page, "search");

    // Counts next to each option (facets), as the API counts them for this search.
    const facets = await apiFacets({ search: word });
    const municipality = found.nodes[0]!.municipalities[0]!;
    const municipalityCount = facets.municipalities.find((f) => f.value === municipality.code)!.count;
    await expect(page.locator(`#f-municipality option[value="${municipality.code}"]`).innerText()).resolves.toBe(`${municipality.name} (${municipalityCount})`);
    for (const { value, count } of facets.kinds) {
      await expect(page.locator(`#f-kind label:has(input[value="${value}"]) .count`).innerText()).resolves.toBe(`(${count})`);
    }

    // A filter: the municipality of the first hit, so the filtered list is not empty; its count was right.
    const filtered = await apiPage({ search: word, municipalityCodes: [municipality.code] });
    expect(filtered.totalCount).toBe(municipalityCount);
    expect(filtered.totalCount).toBeLessThan(found.totalCount);
    await resultsFor(page, () => page.locator("#f-municipality").selectOption(municipality.code));
    await expect(countText(page)).resolves.toBe(filtered.totalCount === 1 ? "1 toiminta löytyi" : `${filtered.totalCount.toLocaleString("fi-FI")} toimintaa löytyi`);
    await expect(resultNames(page)).resolves.toEqual(filtered.nodes.map((n) => n.name));
    for (const where of await page.locator("#results .fact-where dd").allInnerTexts()) expect(where).toContain(municipality.name);
    expect(new URL(page.url()).searchParams.get("municipality")).toBe(municipality.code);
    await expectNoAxeViolations(page, "filter");
    await page.screenshot({ path: screenshotPath("opas/filtered.png"), fullPage: true });
    await resultsFor(page, () => page.locator("#f-municipality").selectOption(""));

    // Two kinds at once (multi-value): the results of either, as many as their two counts.
    const [a, b] = (await apiFacets({})).kinds;
    await resultsFor(page, () => page.locator(`#f-kind input[value="${a!.value}"]`).check());
    await resultsFor(page, () => page.locator(`#f-kind input[value="${b!.value}"]`).check());
    const either = await apiPage({ search: word, kinds: [a!.value, b!.value] });
    await expect(resultNames(page)).resolves.toEqual(either.nodes.map((n) => n.name));
    expect(new URL(page.url()).searchParams.getAll("kind").sort()).toEqual([a!.value, b!.value].sort());
    await resultsFor(page, () => page.locator(`#f-kind input[value="${a!.value}"]`).uncheck());
    await resultsFor(page, () => page.locator(`#f-kind input[value="${b!.value}"]`).uncheck());

    // Paging: back to the unfiltered search, next page, then previous.
    const second = await apiPage({ search: word }, found.pageInfo.endCursor);
    await resultsFor(page, () => page.locator("#next").click());
    await expect(page.locator("#page-number").innerText()).resolves.toBe("Sivu 2");
    await expect(resultNames(page)).resolves.toEqual(second.nodes.map((n) => n.name));
    await expect(page.evaluate(`document.activeElement?.id`)).resolves.toBe("results-heading");
    await expectNoAxeViolations(page, "page 2");
    await resultsFor(page, () => page.locator("#prev").click());
    await expect(page.locator("#page-number").innerText()).resolves.toBe("Sivu 1");
    await expect(resultNames(page)).resolves.toEqual(found.nodes.map((n) => n.name));

    // The detail view: its own URL, the facts, and the text for a referral.
    const first = found.nodes[0]!;
    await resultsFor(page, () => page.locator(`#results a[data-id="${first.id}"]`).click());
    expect(new URL(page.url()).pathname).toBe(`/opas/activity/${first.id}`);
    await expect(page.locator("#detail-name").innerText()).resolves.toBe(first.name);
    await expect(page.evaluate(`document.activeElement?.id`)).resolves.toBe("detail-name");
    for (const label of ["Milloin", "Missä", "Hinta", "Ilmoittautuminen", "Saavutettavuus", "Yhteystiedot"]) {
      await expect(page.locator("#detail dt", { hasText: label }).count()).resolves.toBe(1);
    }
    const link = await page.locator("#share-url").inputValue();
    expect(link).toBe(`${kit.base}/opas/activity/${first.id}?lang=fi`);
    const referral = await page.locator("#referral-text").inputValue();
    const lines = referral.split("\n");
    expect(lines[0]).toBe(first.name);
    for (const label of ["Mitä", "Missä", "Milloin", "Hinta", "Ilmoittautuminen", "Yhteystiedot", "Lisätietoja"]) {
      expect(lines.some((line) => line.startsWith(`${label}: `) && line.length > label.length + 2)).toBe(true);
    }
    expect(lines.at(-1)).toBe(`Lisätietoja: ${link}`);
    await expectNoAxeViolations(page, "detail");
    await page.screenshot({ path: screenshotPath("opas/detail.png"), fullPage: true });

    // Copy to referral puts the (editable) text on the clipboard as plain text.
    await page.locator("#referral-text").fill(`${referral}\nOhjaaja: Palveluohjaus`);
    await page.locator("#copy-referral").click();
    await page.locator("#copy-status", { hasText: "Kopioitu leikepöydälle" }).waitFor();
    await expect(page.evaluate(`navigator.clipboard.readText()`)).resolves.toBe(`${referral}\nOhjaaja: Palveluohjaus`);

    // Printing shows the activity and the referral text, not the search or the buttons.
    await page.emulateMedia({ media: "print" });
    await expect(page.locator("#referral-print").isVisible()).resolves.toBe(true);
    await expect(page.locator("#referral-print").innerText()).resolves.toContain("Ohjaaja: Palveluohjaus");
    for (const hidden of ["#copy-referral", "#share", "header nav", "#back"]) await expect(page.locator(hidden).isVisible()).resolves.toBe(false);
    await page.screenshot({ path: screenshotPath("opas/detail-print.png"), fullPage: true });
    await page.emulateMedia({ media: "screen" });

    // Back to the results: the same page of results, focus on the link that was opened.
    await resultsFor(page, () => page.locator("#back").click());
    await expect(resultNames(page)).resolves.toEqual(found.nodes.map((n) => n.name));
    expect(new URL(page.url()).searchParams.get("q")).toBe(word);

    // The link works for the client: a fresh browser (in Swedish) opens the same activity.
    const client = await kit.browser.newContext({ locale: "sv-FI" });
    const clientPage = await open(client, new URL(link).pathname + "?lang=sv");
    await expect(clientPage.locator("h1").innerText()).resolves.toBe("Serviceguide");
    await expect(clientPage.locator("#detail dt", { hasText: "Pris" }).count()).resolves.toBe(1);
    expect(clientPage.problems).toEqual([]);
    await client.close();

    expect(page.problems).toEqual([]);
    await context.close();
  });

  it("narrows by the advisor's filters, measures distance from a municipality or the browser's location, and shows the facts a referral needs", async () => {
    const joensuu = (await kit.env.query(`{ municipality(code: "167") { name centre { latitude longitude } } }`)).data.municipality;
    expect(joensuu.centre).not.toBeNull();
    // The browser's clock is in UTC: the page must still give Finnish times.
    const context = await kit.browser.newContext({
      locale: "fi-FI", timezoneId: "UTC", viewport: { width: 1200, height: 1000 },
      geolocation: { latitude: joensuu.centre.latitude + 0.01, longitude: joensuu.centre.longitude },
    });
    await context.grantPermissions(["geolocation", "clipboard-read", "clipboard-write"], { origin: kit.base });
    const page = await open(context);
    const sent = recordSearches(page);

    // Near Joensuu's centre (from the API): nearest first, each with its distance and next meeting in Helsinki time.
    await resultsFor(page, () => page.locator("#f-near").selectOption("167"));
    const near = await expectSameAsApi(page, sent);
    expect(near.variables.filter.near).toEqual({ ...joensuu.centre, radiusKm: 10 });
    expect(near.variables.orderBy).toEqual([{ field: "DISTANCE" }]);
    expect(near.totalCount).toBeGreaterThan(0);
    const distances = near.nodes.map((n) => n.distanceKm!);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(Math.max(...distances)).toBeLessThanOrEqual(10);
    const whereTexts = await page.locator("#results .fact-where dd").allInnerTexts();
    const km = (d: number) => d.toLocaleString("fi-FI", { maximumFractionDigits: d < 10 ? 1 : 0 });
    whereTexts.forEach((text, i) => expect(text.endsWith(` – ${km(distances[i]!)} km päässä`)).toBe(true));
    const whenTexts = await page.locator("#results .fact-when dd").allInnerTexts();
    near.nodes.forEach((n, i) => { if (n.nextOccurrences[0]) expect(whenTexts[i]).toContain(`klo ${helsinkiTime(n.nextOccurrences[0].startsAt)}`); });
    expect(new URL(page.url()).searchParams.get("near")).toBe("167");
    await resultsFor(page, () => page.locator("#f-radius").selectOption("25"));
    const wider = await expectSameAsApi(page, sent);
    expect(wider.variables.filter.near.radiusKm).toBe(25);
    expect(wider.totalCount).toBeGreaterThanOrEqual(near.totalCount);

    // Meets in the next two weeks: a window of 14 days from now.
    await resultsFor(page, () => page.locator("#f-when").selectOption("14"));
    const soon = await expectSameAsApi(page, sent);
    const window = soon.variables.filter.occursBetween;
    expect(new Date(window.to).getTime() - new Date(window.from).getTime()).toBe(14 * 86_400_000);
    expect(Math.abs(new Date(window.from).getTime() - Date.now())).toBeLessThan(10 * 60_000);

    // Free or cheap, the client's age, step-free (under "more filters"), no referral needed.
    await resultsFor(page, () => page.locator("#f-cost").selectOption("5"));
    await resultsFor(page, async () => {
      await page.locator("#f-age").fill("70");
      await page.locator("#f-age").press("Tab");
    });
    await page.locator("#more-filters summary").click();
    await resultsFor(page, () => page.locator(`#f-access input[value="STEP_FREE_ACCESS"]`).check());
    await resultsFor(page, () => page.locator(`#f-flags input[name="noref"]`).check());
    const narrow = await expectSameAsApi(page, sent);
    expect(narrow.variables.filter).toMatchObject({ maxCostAmount: 5, age: 70, accessibility: ["STEP_FREE_ACCESS"], noReferralNeeded: true });
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toMatchObject({ cost: "5", age: "70", access: "STEP_FREE_ACCESS", noref: "1", when: "14", radius: "25" });
    await expectNoAxeViolations(page, "advisor filters");
    await page.screenshot({ path: screenshotPath("opas/advisor-filters.png"), fullPage: true });

    // "Use my location": the browser's point, rounded to about 100 m, in the URL and the search.
    await resultsFor(page, () => page.locator("#clear").click());
    await resultsFor(page, () => page.locator("#locate").click());
    const here = await expectSameAsApi(page, sent);
    const point = { latitude: Number((joensuu.centre.latitude + 0.01).toFixed(3)), longitude: Number(joensuu.centre.longitude.toFixed(3)) };
    expect(here.variables.filter.near).toEqual({ ...point, radiusKm: 10 });
    expect(here.totalCount).toBeGreaterThan(0);
    const url = new URL(page.url()).searchParams;
    expect([url.get("near"), Number(url.get("lat")), Number(url.get("lon"))]).toEqual(["here", point.latitude, point.longitude]);
    await expect(page.locator("#f-near option:checked").innerText()).resolves.toBe("Oma sijainti");
    await expectNoAxeViolations(page, "my location");
    await page.screenshot({ path: screenshotPath("opas/my-location.png"), fullPage: true });

    // The nearest one's detail view: every fact, as the API has it, and all of it in the referral text.
    await resultsFor(page, () => page.locator("#results h3 a").first().click());
    const id = new URL(page.url()).pathname.split("/").at(-1)!;
    const detail = (await kit.env.query(`query($id: ID!) { node(id: $id) { ... on Activity {
      nameIn(language: FI) { text } nextOccurrences(first: 6) { startsAt endsAt } status contact { phone email web } organisation { name } } } }`, { id })).data.node;
    await expect(page.locator("#detail-name").innerText()).resolves.toBe(detail.nameIn.text);
    for (const label of ["Milloin", "Missä", "Hinta", "Ilmoittautuminen", "Saavutettavuus", "Yhteystiedot", "Tulevat kerrat", "Ikä", "Osallistuminen",
      "Kielet", "Järjestäjä", "Tila", "Tiedot tarkistettu"]) {
      await expect(page.locator("#detail dt", { hasText: new RegExp(`^${label}$`) }).count()).resolves.toBe(1);
    }
    const upcoming = await page.locator("#detail .fact-upcoming li").allInnerTexts();
    expect(upcoming).toHaveLength(detail.nextOccurrences.length);
    detail.nextOccurrences.forEach((o: { startsAt: string; endsAt: string }, i: number) => {
      expect(upcoming[i]).toContain(`klo ${helsinkiTime(o.startsAt)}–${helsinkiTime(o.endsAt)}`);
    });
    const contact = detail.contact ?? {};
    for (const channel of [contact.phone, contact.email]) if (channel) await expect(page.locator("#detail .fact-contact dd").innerText()).resolves.toContain(channel);
    const referral = (await page.locator("#referral-text").inputValue()).split("\n");
    for (const label of ["Ikä", "Osallistuminen", "Kielet", "Saavutettavuus", "Järjestäjä", "Tila", "Tiedot tarkistettu"]) {
      expect(referral.some((line) => line.startsWith(`${label}: `) && line.length > label.length + 2)).toBe(true);
    }
    expect(referral.find((l) => l.startsWith("Järjestäjä: "))).toContain(detail.organisation.name);
    if (detail.nextOccurrences[0]) expect(referral.find((l) => l.startsWith("Milloin: "))).toContain(`klo ${helsinkiTime(detail.nextOccurrences[0].startsAt)}`);
    expect(referral.find((l) => l.startsWith("Tila: "))).toMatch(/^Tila: (Käynnissä|Tauolla|Täynnä|Päättynyt)/);
    await expectNoAxeViolations(page, "detail with every fact");
    await page.screenshot({ path: screenshotPath("opas/detail-facts.png"), fullPage: true });
    expect(page.problems).toEqual([]);
    await context.close();
  });

  it("is usable with the keyboard alone: skip link, search, filter, result, copy, with visible focus", async () => {
    const context = await kit.browser.newContext({ locale: "fi-FI" });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: kit.base });
    const page = await open(context);
    // What has the focus, and whether it is drawn (the focus style is a solid outline).
    const focused = () => page.evaluate<{ id: string; tag: string; text: string; outline: string; top: number }>(`(() => {
      const el = document.activeElement;
      return { id: el.id, tag: el.tagName, text: (el.textContent || "").trim(), outline: getComputedStyle(el).outlineStyle, top: el.getBoundingClientRect().top };
    })()`);
    await page.keyboard.press("Tab");
    const skip = await focused();
    expect(skip).toMatchObject({ tag: "A", text: "Siirry sisältöön", outline: "solid" });
    expect(skip.top).toBeGreaterThanOrEqual(0); // shown when focused
    await page.keyboard.press("Enter");
    await expect(focused()).resolves.toMatchObject({ id: "main" });
    await page.keyboard.press("Tab");
    await expect(focused()).resolves.toMatchObject({ id: "q", outline: "solid" });
    const word = "omaishoitajat";
    const found = await apiPage({ search: word });
    expect(found.totalCount).toBeGreaterThan(0);
    await page.keyboard.type(word);
    await resultsFor(page, () => page.keyboard.press("Enter"));
    await expect(resultNames(page)).resolves.toEqual(found.nodes.map((n) => n.name));

    // Tab to the first kind checkbox and tick it with the space bar.
    for (let i = 0; i < 30 && (await focused()).id !== "clear"; i++) await page.keyboard.press("Tab");
    await expect(focused()).resolves.toMatchObject({ id: "clear", outline: "solid" });
    await page.keyboard.press("Tab"); // the first kind
    const box = page.locator("#f-kind input").first();
    await expect(box.evaluate((el) => el === (el.ownerDocument as unknown as { activeElement: unknown }).activeElement)).resolves.toBe(true);
    await resultsFor(page, () => page.keyboard.press("Space"));
    await expect(box.isChecked()).resolves.toBe(true);
    const kind = await box.getAttribute("value");
    const narrowed = await apiPage({ search: word, kinds: [kind] });
    await expect(resultNames(page)).resolves.toEqual(narrowed.nodes.map((n) => n.name));
    if (narrowed.totalCount === 0) await resultsFor(page, () => page.keyboard.press("Space"));

    // On to the first result and open it with Enter.
    // Past every filter checkbox (as many as the schema's enums have values) to the first result.
    for (let i = 0; i < 80 && !(await focused()).id.startsWith("r-"); i++) await page.keyboard.press("Tab");
    const result = await focused();
    expect(result.id).toMatch(/^r-/);
    expect(result.outline).toBe("solid");
    await resultsFor(page, () => page.keyboard.press("Enter"));
    await expect(focused()).resolves.toMatchObject({ id: "detail-name" });
    for (let i = 0; i < 20 && (await focused()).id !== "copy-referral"; i++) await page.keyboard.press("Tab");
    await expect(focused()).resolves.toMatchObject({ id: "copy-referral", outline: "solid" });
    await page.keyboard.press("Enter");
    await page.locator("#copy-status", { hasText: "Kopioitu" }).waitFor();
    await expect(page.evaluate(`navigator.clipboard.readText()`)).resolves.toBe(await page.locator("#referral-text").inputValue());
    await expectNoAxeViolations(page, "keyboard detail");
    expect(page.problems).toEqual([]);
    await context.close();
  });

  it("fits a 390 px phone without sideways scrolling, in every state", async () => {
    const context = await kit.browser.newContext({ locale: "fi-FI", viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await open(context);
    await expectNoSidewaysScroll(page);
    await page.locator("#more-filters summary").click();
    await expectNoSidewaysScroll(page);
    await expectNoAxeViolations(page, "390 start");
    await page.screenshot({ path: screenshotPath("opas/phone-start.png"), fullPage: true });
    await resultsFor(page, async () => {
      await page.locator("#q").fill("vertaistukiryhmä");
      await page.locator("#q").press("Enter");
    });
    await resultsFor(page, () => page.locator("#next").click());
    await expectNoSidewaysScroll(page);
    await page.screenshot({ path: screenshotPath("opas/phone-results.png"), fullPage: true });
    await resultsFor(page, () => page.locator("#results h3 a").first().click());
    await expectNoSidewaysScroll(page);
    await expectNoAxeViolations(page, "390 detail");
    await page.screenshot({ path: screenshotPath("opas/phone-detail.png"), fullPage: true });
    expect(page.problems).toEqual([]);
    await context.close();
  });

  it("speaks Swedish and English, and the language links keep the search", async () => {
    const context = await kit.browser.newContext({ locale: "sv-FI" });
    const page = await open(context, "/opas?q=vertaistukiryhm%C3%A4");
    await expect(page.locator("h1").innerText()).resolves.toBe("Serviceguide");
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("sv");
    await expect(countText(page)).resolves.toMatch(/verksamheter hittades$/);
    await expectNoAxeViolations(page, "sv");
    await resultsFor(page, () => page.locator("a[data-lang=en]").click());
    await expect(page.locator("h1").innerText()).resolves.toBe("Service guide");
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("en");
    await expect(page.locator("#q").inputValue()).resolves.toBe("vertaistukiryhmä");
    await expect(countText(page)).resolves.toMatch(/activities found$/);
    await expectNoAxeViolations(page, "en");
    expect(page.problems).toEqual([]);
    await context.close();
  });

  it("opens a hand-edited or outdated link at the first page instead of an error", async () => {
    const context = await kit.browser.newContext({ locale: "fi-FI" });
    const page = await open(context, "/opas?lang=fi&municipality=999&after=not-a-cursor&page=3");
    const all = await apiPage({});
    await expect(resultNames(page)).resolves.toEqual(all.nodes.map((n) => n.name));
    await expect(page.locator("#result-count").getAttribute("data-state")).resolves.toBe("ok");
    await expect(page.locator("#page-number").innerText()).resolves.toBe("Sivu 1");
    expect(new URL(page.url()).searchParams.get("after")).toBeNull();
    // An id that names nothing: a plain "not found", focus on it.
    await page.goto(`${kit.base}/opas/activity/QWN0aXZpdHk6OTk5OTk5OQ?lang=fi`);
    await ready(page);
    await expect(page.locator("#detail-name").innerText()).resolves.toBe("Toimintaa ei löytynyt. Se on voitu poistaa.");
    await expectNoAxeViolations(page, "not found");
    expect(page.problems).toEqual([]);
    await context.close();
  });

  it("runs under TRUSTED_DOCUMENTS: the page sends only its registered hashes, and other documents stay refused", async () => {
    // The operator's manifest knows nothing of /opas: the server registers the page's own operations.
    const trusted = await createTestEnvironment({
      databaseName: kit.env.databaseName, auth: kit.env.auth,
      trustedDocuments: TrustedDocuments.fromDocuments(["query OperatorOwn { regions { code } }"]),
    });
    try {
      const trustedBase = trusted.url.replace(/\/graphql$/, "");
      const context = await kit.browser.newContext({ locale: "fi-FI" });
      const page = (await context.newPage()) as WatchedPage;
      page.problems = [];
      page.on("pageerror", (e) => page.problems.push(e.message));
      const bodies: Record<string, unknown>[] = [];
      page.on("request", (req) => { if (req.method() === "POST" && req.url().endsWith("/graphql")) bodies.push(req.postDataJSON()); });
      await page.goto(`${trustedBase}/opas?lang=fi&q=vertaistukiryhm%C3%A4`);
      await ready(page);
      const found = await apiPage({ search: "vertaistukiryhmä" });
      await expect(resultNames(page)).resolves.toEqual(found.nodes.map((n) => n.name));
      await resultsFor(page, () => page.locator("#results h3 a").first().click());
      await expect(page.locator("#detail-name").innerText()).resolves.toBe(found.nodes[0]!.name);
      // The distance search (its optional variables) and a time window run by hash too.
      await page.goto(`${trustedBase}/opas?lang=fi&near=167&radius=25&when=30`);
      await ready(page);
      await expect(page.locator("#result-count").getAttribute("data-state")).resolves.toBe("ok");
      await expect(page.locator("#results .fact-where dd").first().innerText()).resolves.toMatch(/km päässä$/);
      expect(bodies.length).toBeGreaterThanOrEqual(5);
      for (const body of bodies) {
        expect(body.query).toBeUndefined();
        expect(body.documentId).toMatch(/^sha256:[0-9a-f]{64}$/);
      }
      // Anything else is still refused, from the page's origin too.
      const refused = await page.evaluate<{ errors: { extensions: { code: string } }[] }>(`fetch("/graphql", {
        method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ activities { totalCount } }" }),
      }).then((res) => res.json())`);
      expect(refused.errors[0].extensions.code).toBe("TRUSTED_DOCUMENT_REQUIRED");
      expect(page.problems).toEqual([]);
      await context.close();
    } finally {
      await trusted.close();
    }
  });
});
