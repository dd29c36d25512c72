import { appendMilestoneEvent, lockMilestoneEventLog } from "@yhdyspinta/core/internal";
import { userTest, waitFor } from "@yhdyspinta/testing";

// Fixes to the event stream (issue #16, item 4): cursor checks, moves reach both sides, one cursor
// format, no empty UPDATED events, `changes`, and occurredAt following cursor order.
/** An admin: may write any milestone. */
const admin = userTest({}, { roles: ["admin"], subject: "admin" });

const SUBSCRIBE = `subscription($filter: MilestoneEventFilter, $after: String) {
  milestoneEvents(filter: $filter, after: $after) { cursor type changes { field oldValue newValue } milestone { id } }
}`;
const HISTORY = `query($filter: MilestoneEventFilter, $after: String, $first: Int) {
  milestoneEvents(filter: $filter, after: $after, first: $first) { edges { cursor node { cursor type changes { field oldValue newValue } } } pageInfo { endCursor } }
}`;
type Ev = { cursor: string; type: string; changes: { field: string; oldValue: string | null; newValue: string | null }[] };

const mutate = admin.mutateOk;
async function createMilestone(input: Record<string, unknown>): Promise<string> {
  return (await mutate(`mutation($input: CreateMilestoneInput!) { createMilestone(input: $input) { id } }`, { input })).createMilestone.id;
}
const update = (id: string, input: Record<string, unknown>) =>
  mutate(`mutation($id: ID!, $input: UpdateMilestoneInput!) { updateMilestone(id: $id, input: $input) { id } }`, { id, input });
async function head(): Promise<string> {
  return (await admin.env.query(`{ milestoneEventsHead }`)).data.milestoneEventsHead;
}
async function eventsOf(id: string): Promise<Ev[]> {
  const res = await admin.env.query(`query($id: ID!) { node(id: $id) { ... on PreparationMilestone { events(first: 100) { nodes { cursor type changes { field oldValue newValue } } } } } }`, { id });
  expect(res.errors).toBeUndefined();
  return res.data.node.events.nodes;
}

describe("milestone event stream", () => {
  it("refuses a cursor beyond the newest event, in the subscription and in the history", async () => {
    const beyond = (BigInt(await head()) + 5n).toString();
    const ws = admin.env.wsClient();
    const sub = ws.subscribe(SUBSCRIBE, { after: beyond });
    const error = await sub.waitForError();
    expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "CURSOR_BEYOND_HEAD" });
    const res = await admin.env.query(HISTORY, { after: beyond });
    expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "CURSOR_BEYOND_HEAD" });
    // The head itself is a valid position (nothing after it yet).
    expect((await admin.env.query(HISTORY, { after: await head() })).errors).toBeUndefined();
    await ws.dispose();
  });

  it("delivers a move out of a region or away from an organisation to the subscribers of the old and the new one", async () => {
    const orgA = (await mutate(`mutation { createOrganisation(input: { nameFi: "Vanha ry", kind: LOCAL, regionCodes: ["19"] }) { id } }`)).createOrganisation.id;
    const orgB = (await mutate(`mutation { createOrganisation(input: { nameFi: "Uusi ry", kind: LOCAL, regionCodes: ["19"] }) { id } }`)).createOrganisation.id;
    const id = await createMilestone({ regionCode: "06", kind: "OTHER", titleFi: "Muuttaja", dueDate: "2026-09-01", organisationId: orgA });
    const after = await head();
    const ws = admin.env.wsClient();
    const subscribers = admin.env.milestoneEvents.subscriberCount;
    const oldRegion = ws.subscribe<{ milestoneEvents: Ev }>(SUBSCRIBE, { filter: { regionCodes: ["06"], includeNational: false }, after });
    const newRegion = ws.subscribe<{ milestoneEvents: Ev }>(SUBSCRIBE, { filter: { regionCodes: ["07"], includeNational: false }, after });
    const bystander = ws.subscribe<{ milestoneEvents: Ev }>(SUBSCRIBE, { filter: { regionCodes: ["08"], includeNational: false }, after });
    await waitFor(() => admin.env.milestoneEvents.subscriberCount >= subscribers + 3, "the subscriptions to register");

    await update(id, { regionCode: "07" });
    const [fromOld] = await oldRegion.waitForResults(1);
    const [fromNew] = await newRegion.waitForResults(1);
    expect(fromOld.milestoneEvents.cursor).toBe(fromNew.milestoneEvents.cursor);
    expect(fromOld.milestoneEvents.changes).toEqual([{ field: "regionCode", oldValue: "06", newValue: "07" }]);

    // Away from an organisation: the old organisation's followers hear of it (its region 19 is not involved).
    const oldOrg = ws.subscribe<{ milestoneEvents: Ev }>(SUBSCRIBE, { filter: { organisationId: orgA, includeNational: false }, after: fromOld.milestoneEvents.cursor });
    await update(id, { organisationId: orgB });
    const [orgEvent] = await oldOrg.waitForResults(1);
    expect(orgEvent.milestoneEvents.changes).toEqual([{ field: "organisationId", oldValue: orgA, newValue: orgB }]);

    // The history (replay) says the same as the live stream.
    const history = await admin.env.query(HISTORY, { filter: { regionCodes: ["06"], includeNational: false }, after });
    expect(history.data.milestoneEvents.edges.map((e: { node: Ev }) => e.node.cursor)).toEqual([fromOld.milestoneEvents.cursor]);
    const replayed = ws.subscribe<{ milestoneEvents: Ev }>(SUBSCRIBE, { filter: { organisationId: orgA, includeNational: false }, after });
    expect((await replayed.waitForResults(2)).map((r) => r.milestoneEvents.changes[0].field)).toEqual(["regionCode", "organisationId"]);
    expect(bystander.results).toHaveLength(0);
    await ws.dispose();
  });

  it("accepts the history's endCursor as the subscription's after, and an event's cursor as the history's after", async () => {
    const id = await createMilestone({ regionCode: "10", kind: "OTHER", titleFi: "Kursorit", dueDate: "2026-10-01" });
    const start = await head();
    for (let i = 0; i < 4; i++) await update(id, { description: `muutos ${i}` });
    const filter = { regionCodes: ["10"], includeNational: false };
    const page = await admin.env.query(HISTORY, { filter, after: start, first: 2 });
    expect(page.errors).toBeUndefined();
    const firstTwo = page.data.milestoneEvents.edges.map((e: { node: Ev }) => e.node.cursor);
    expect(firstTwo).toHaveLength(2);
    // Opaque list cursor -> subscription.
    const ws = admin.env.wsClient();
    const sub = ws.subscribe<{ milestoneEvents: Ev }>(SUBSCRIBE, { filter, after: page.data.milestoneEvents.pageInfo.endCursor });
    const rest = (await sub.waitForResults(2)).map((r) => r.milestoneEvents.cursor);
    // Decimal event cursor -> list.
    const next = await admin.env.query(HISTORY, { filter, after: firstTwo[1] });
    expect(next.data.milestoneEvents.edges.map((e: { node: Ev }) => e.node.cursor)).toEqual(rest);
    expect(BigInt(rest[0]) > BigInt(firstTwo[1])).toBe(true);
    // A list cursor of another ordering is still refused.
    const other = await admin.env.query(`{ milestones(first: 1) { pageInfo { endCursor } } }`);
    const refused = await admin.env.query(HISTORY, { after: other.data.milestones.pageInfo.endCursor });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "INVALID_CURSOR" });
    await ws.dispose();
  });

  it("records no event for an updateMilestone that changes nothing, and says what changed otherwise", async () => {
    const id = await createMilestone({ regionCode: "11", kind: "OTHER", titleFi: "Sama", dueDate: "2026-11-01", description: "kuvaus" });
    await update(id, { titleFi: "Sama", description: "kuvaus", dueDate: "2026-11-01", regionCode: "11" });
    await update(id, {});
    expect((await eventsOf(id)).map((e) => e.type)).toEqual(["CREATED"]);

    await update(id, { titleFi: "Uusi nimi", description: "kuvaus", dueDate: "2026-12-01" });
    await mutate(`mutation($id: ID!) { changeMilestoneStatus(id: $id, status: POSTPONED) { id } }`, { id });
    const events = await eventsOf(id);
    expect(events.map((e) => [e.type, e.changes])).toEqual([
      ["CREATED", []],
      ["UPDATED", [{ field: "titleFi", oldValue: "Sama", newValue: "Uusi nimi" }, { field: "dueDate", oldValue: "2026-11-01", newValue: "2026-12-01" }]],
      ["STATUS_CHANGED", [{ field: "status", oldValue: "PLANNED", newValue: "POSTPONED" }]],
    ]);
  });

  it("keeps occurredAt in cursor order when a writer that began earlier commits later", async () => {
    const id = await createMilestone({ regionCode: "12", kind: "OTHER", titleFi: "Kello", dueDate: "2026-12-24" });
    const dbId = Number(Buffer.from(id, "base64url").toString().split(":")[1]);
    const runner = admin.env.database.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      await runner.query(`SELECT 1`); // the transaction (and its now()) has begun
      await update(id, { description: "toinen kirjoittaja ehti ensin" });
      await lockMilestoneEventLog(runner);
      await appendMilestoneEvent(runner, { milestoneId: dbId, type: "UPDATED", previousStatus: "PLANNED", newStatus: "PLANNED", regionCode: "12", kind: "OTHER", organisationId: null });
      await runner.commitTransaction();
    } finally {
      await runner.release();
    }
    const rows: { id: string; at: Date }[] = await admin.env.database.dataSource.query(
      `SELECT id::text AS id, occurred_at AS at FROM milestone_event WHERE milestone_id = $1 ORDER BY milestone_event.id`, [dbId]);
    expect(rows).toHaveLength(3);
    for (let i = 1; i < rows.length; i++) expect(rows[i].at.getTime()).toBeGreaterThanOrEqual(rows[i - 1].at.getTime());
  });
});
