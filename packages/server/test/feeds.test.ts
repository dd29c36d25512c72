import { FEED_ENTRIES } from "@yhdyspinta/core/internal";
import { userTest } from "@yhdyspinta/testing";
import { XMLParser } from "fast-xml-parser";
import type * as IcalModule from "ical.js" with { "resolution-mode": "import" };

// ical.js types describe its ES module; its CommonJS build (what require() loads) has the same API.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const ICAL: typeof IcalModule.default = require("ical.js");
type IcalTime = InstanceType<typeof ICAL.Time>;

// Atom (RFC 4287) and iCalendar (RFC 5545) feeds for a filter in the URL, parsed with maintained
// parsers (fast-xml-parser, ical.js) as a feed reader or a calendar app would.
/** An admin: may write any milestone. */
const admin = userTest({}, { roles: ["admin"], subject: "admin" });
let base: string;
beforeAll(() => { base = admin.env.url.replace(/\/graphql$/, ""); });

const mutate = admin.mutateOk;
async function createMilestone(input: Record<string, unknown>): Promise<string> {
  return (await mutate(`mutation($input: CreateMilestoneInput!) { createMilestone(input: $input) { id } }`, { input })).createMilestone.id;
}
const dbIdOf = (id: string) => Number(Buffer.from(id, "base64url").toString().split(":")[1]);

/** Every stored event cursor matching the filter, through the GraphQL history (the reference). */
async function historyCursors(filter: Record<string, unknown>): Promise<string[]> {
  const out: string[] = [];
  let after: string | null = null;
  for (;;) {
    const res: any = await admin.env.query(`query($filter: MilestoneEventFilter, $after: String) { milestoneEvents(filter: $filter, first: 100, after: $after) { nodes { cursor } pageInfo { hasNextPage endCursor } } }`, { filter, after });
    out.push(...res.data.milestoneEvents.nodes.map((n: { cursor: string }) => n.cursor));
    if (!res.data.milestoneEvents.pageInfo.hasNextPage) return out;
    after = res.data.milestoneEvents.pageInfo.endCursor;
  }
}

async function atom(query: string) {
  const res = await fetch(`${base}/feeds/milestones.atom?${query}`);
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toContain("application/atom+xml");
  const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "entry" || name === "link" }).parse(await res.text());
  return doc.feed as { id: string; title: string; updated: string; entry?: { id: string; title: { "#text": string }; updated: string; link: { "@_href": string }[]; summary?: string; content?: string }[] };
}

async function calendar(query: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${base}/feeds/milestones.ics?${query}`, { headers });
  const text = res.status === 200 ? await res.text() : "";
  const events = text ? new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent") : [];
  return { res, text, events: events.map((v) => ({
    uid: v.getFirstPropertyValue("uid") as string,
    summary: v.getFirstPropertyValue("summary") as string,
    start: (v.getFirstPropertyValue("dtstart") as IcalTime),
    sequence: Number(v.getFirstPropertyValue("sequence") ?? 0),
    lastModified: (v.getFirstPropertyValue("last-modified") as IcalTime | null)?.toJSDate().getTime() ?? null,
    status: v.getFirstPropertyValue("status") as string | null,
  })) };
}

describe("feeds", () => {
  let hearing: string;
  let other: string;
  beforeAll(async () => {
    hearing = await createMilestone({ regionCode: "15", kind: "NGO_HEARING", titleFi: "Kuuleminen", titleSv: "Hörande", dueDate: "2027-02-03" });
    other = await createMilestone({ regionCode: "06", kind: "OTHER", titleFi: "Toisen alueen", dueDate: "2027-02-04" });
    await mutate(`mutation($id: ID!) { changeMilestoneStatus(id: $id, status: IN_PROGRESS, note: "alkoi") { id } }`, { id: hearing });
    await mutate(`mutation($id: ID!) { updateMilestone(id: $id, input: { description: "lisätietoa" }) { id } }`, { id: other });
  });

  it("an Atom feed of a region and the national milestones lists the same events as the GraphQL history, newest first", async () => {
    const feed = await atom("region=15&national=1");
    const expected = (await historyCursors({ regionCodes: ["15"], includeNational: true })).reverse().slice(0, FEED_ENTRIES);
    const ids = (feed.entry ?? []).map((e) => e.id.split("/").pop());
    expect(ids).toEqual(expected);
    expect(feed.entry![0].title["#text"]).toBe("Tila muuttui: Kuuleminen");
    expect(feed.entry![0].link[0]["@_href"]).toContain(`#milestone-${dbIdOf(hearing)}`);
    expect(new Date(feed.updated).getTime()).toBe(new Date(feed.entry![0].updated).getTime());
    // Without the national ones: only region 15's events; and in Swedish.
    const regional = await atom("region=15&national=0&lang=sv");
    expect(regional.entry!.map((e) => e.id.split("/").pop())).toEqual(await historyCursors({ regionCodes: ["15"], includeNational: false }).then((c) => c.reverse()));
    expect(regional.entry![1].title["#text"]).toBe("Ny milstolpe: Hörande");
    expect(regional.entry!.some((e) => e.title["#text"].includes("Toisen alueen"))).toBe(false);
  });

  it("an iCalendar feed has one event per milestone with a stable UID, and shows updates and cancellations", async () => {
    const first = await calendar("region=15&national=0");
    expect(first.res.headers.get("content-type")).toContain("text/calendar");
    const [{ n }] = await admin.env.database.dataSource.query(`SELECT count(*)::int AS n FROM preparation_milestone WHERE region_code = '15'`);
    expect(first.events).toHaveLength(n);
    const before = first.events.find((e) => e.summary === "Kuuleminen")!;
    expect(before.start.isDate).toBe(true);
    expect(before.start.toString()).toBe("2027-02-03");
    expect(before.status).toBe("CONFIRMED");
    expect(first.events.some((e) => e.summary === "Toisen alueen")).toBe(false);

    // The same URL with the ETag it got: 304 until something changes.
    const etag = first.res.headers.get("etag")!;
    expect((await calendar("region=15&national=0", { "if-none-match": etag })).res.status).toBe(304);

    await mutate(`mutation($id: ID!) { updateMilestone(id: $id, input: { dueDate: "2027-02-10" }) { id } }`, { id: hearing });
    await mutate(`mutation($id: ID!) { changeMilestoneStatus(id: $id, status: CANCELLED, note: "peruttu") { id } }`, { id: hearing });
    const second = await calendar("region=15&national=0", { "if-none-match": etag });
    expect(second.res.status).toBe(200);
    const after = second.events.find((e) => e.uid === before.uid)!;
    expect(after.start.toString()).toBe("2027-02-10");
    expect(after.status).toBe("CANCELLED");
    expect(after.sequence).toBeGreaterThan(before.sequence);
    // LAST-MODIFIED is the newest event's time (iCalendar has whole seconds).
    const [{ at }] = await admin.env.database.dataSource.query(`SELECT max(occurred_at) AS at FROM milestone_event WHERE milestone_id = $1`, [dbIdOf(hearing)]);
    expect(after.lastModified).toBe(Math.floor(at.getTime() / 1000) * 1000);
    expect(second.events.map((e) => e.uid).sort()).toEqual(first.events.map((e) => e.uid).sort());
    // National milestones come with national=1 (the default).
    const withNational = await calendar("region=15");
    const [{ national }] = await admin.env.database.dataSource.query(`SELECT count(*)::int AS national FROM preparation_milestone WHERE region_code IS NULL`);
    expect(withNational.events).toHaveLength(n + national);
  });

  it("refuses a bad filter with 400 and a JSON reason", async () => {
    const cases: [string, string, string?][] = [
      ["region=99", "region"],
      ["kind=NOPE", "kind"],
      ["regoin=15", "regoin"],
      ["lang=de", "lang"],
      ["national=yes", "national"],
      [`organisation=${Buffer.from("Organisation:999999").toString("base64url")}`, "organisation"],
      // Not an id at all, and an id of another type: INVALID_ID names the parameter too.
      ["organisation=not-an-id", "organisation", "INVALID_ID"],
      [`organisation=${Buffer.from("Activity:1").toString("base64url")}`, "organisation", "INVALID_ID"],
      ["region[a]=15", "region[a]"],
    ];
    for (const [query, field, reason] of cases) {
      for (const kind of ["atom", "ics"]) {
        const res = await fetch(`${base}/feeds/milestones.${kind}?${query}`);
        expect(res.status).toBe(400);
        const body = (await res.json()) as { error: Record<string, unknown> };
        expect(body.error).toMatchObject({ code: "BAD_USER_INPUT", field });
        if (reason) expect(body.error.reason).toBe(reason);
        expect(typeof body.error.reason).toBe("string");
      }
    }
  });
});
