import { vocabularyEntries } from "@yhdyspinta/core/internal";
import { loadRegionPlugins } from "@yhdyspinta/server";
import { browserTest } from "./browser";

// /progress labels every milestone kind from the server's vocabulary, plug-ins' kinds included.
const kit = browserTest({ plugins: loadRegionPlugins(null) });

it("shows a plug-in's milestone kinds by their labels in the page's language, not as codes", async () => {
  // Derived from the enabled plug-ins, whatever kinds they register.
  const pluginKinds = vocabularyEntries("milestoneKinds").filter((e) => e.source !== "core");
  expect(pluginKinds.length).toBeGreaterThan(0);
  const [kind] = pluginKinds;
  const res = await kit.env.query(`mutation($input: CreateMilestoneInput!) { createMilestone(input: $input) { id } }`,
    { input: { regionCode: "15", kind: kind!.code, titleFi: "Kokous", dueDate: "2027-02-01" } }, { token: await kit.env.token({ roles: ["admin"] }) });
  expect(res.errors).toBeUndefined();
  for (const [locale, language] of [["fi-FI", "fi"], ["sv-SE", "sv"]] as const) {
    const context = await kit.browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto(`${kit.base}/progress`);
    await page.locator("body[data-ready=true]").waitFor();
    const boxes = (await page.locator("#kinds").innerText());
    for (const k of pluginKinds) {
      expect(boxes).toContain(k.labels[language]!);
      expect(boxes).not.toContain(k.code);
    }
    await page.locator("#timeline li", { hasText: kind!.labels[language]! }).waitFor();
    await context.close();
  }
});
