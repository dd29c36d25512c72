import { appendMilestoneEvent, lockMilestoneEventLog } from "@yhdyspinta/core/internal";
import { issueToken } from "@yhdyspinta/server";
import { createTestEnvironment, waitFor, withAdminClient, testServerUrl, type TestEnvironment } from "@yhdyspinta/testing";

let a: TestEnvironment;
let b: TestEnvironment;
/** The writers' token (an admin); both instances share one JWT secret, as instances of one deployment do. */
let writer: string;
beforeAll(async () => {
  a = await createTestEnvironment();
  b = await createTestEnvironment({ databaseName: a.databaseName, auth: a.auth });
  writer = await a.token({ roles: ["admin"], subject: "admin" });
});
afterAll(async () => {
  await b?.close();
  await a?.close();
});

const SUBSCRIBE = `subscription($filter: MilestoneEventFilter, $after: String) {
  milestoneEvents(filter: $filter, after: $after) { cursor type previousStatus newStatus note milestone { id title status region { code } } }
}`;
type Event = { milestoneEvents: { cursor: string; type: string; previousStatus: string | null; newStatus: string; note: string | null; milestone: { id: string; title: string; status: string; region: { code: string } | null } } };

/** A mutation with the writers' token; reading and subscribing need none. */
function mutate(env: TestEnvironment, document: string, variables?: Record<string, unknown>) {
  return env.query(document, variables, { token: writer });
}

async function createMilestone(env: TestEnvironment, input: Record<string, unknown>): Promise<string> {
  const res = await mutate(env, `mutation($input: CreateMilestoneInput!) { createMilestone(input: $input) { id } }`, { input });
  expect(res.errors).toBeUndefined();
  return res.data.createMilestone.id;
}

async function lastCursor(env: TestEnvironment): Promise<string> {
  const [row] = await env.database.dataSource.query(`SELECT coalesce(max(id), 0)::text AS id FROM milestone_event`);
  return row.id;
}

const cursors = (events: Event[]) => events.map((e) => e.milestoneEvents.cursor);

describe("milestoneEvents subscription", () => {
  it("(a) delivers a change made on instance B to a subscriber on instance A", async () => {
    const ws = a.wsClient();
    const before = a.milestoneEvents.subscriberCount;
    const sub = ws.subscribe<Event>(SUBSCRIBE, { filter: { regionCodes: ["15"] } });
    await waitFor(() => a.milestoneEvents.subscriberCount > before, "the subscription to register on A");
    const id = await createMilestone(b, { regionCode: "15", kind: "NGO_HEARING", titleFi: "Kuuleminen B:ltä", dueDate: "2026-05-05" });
    await mutate(b, `mutation($id: ID!) { changeMilestoneStatus(id: $id, status: IN_PROGRESS, note: "alkoi") { id } }`, { id });
    const events = await sub.waitForResults(2);
    expect(events.map((e) => [e.milestoneEvents.type, e.milestoneEvents.previousStatus, e.milestoneEvents.newStatus, e.milestoneEvents.note])).toEqual([
      ["CREATED", null, "PLANNED", null],
      ["STATUS_CHANGED", "PLANNED", "IN_PROGRESS", "alkoi"],
    ]);
    expect(events[0].milestoneEvents.milestone).toMatchObject({ id, title: "Kuuleminen B:ltä", region: { code: "15" } });
    expect(BigInt(events[0].milestoneEvents.cursor) < BigInt(events[1].milestoneEvents.cursor)).toBe(true);
    await ws.dispose();
  });

  it("(b) a subscriber that reconnects with its last cursor receives exactly the 50 events it missed, in order", async () => {
    const id = await createMilestone(a, { regionCode: "06", kind: "OTHER", titleFi: "Aluevalmistelu", dueDate: "2026-06-01" });
    const first = a.wsClient();
    const sub = first.subscribe<Event>(SUBSCRIBE, { filter: { regionCodes: ["06"], includeNational: false }, after: await lastCursor(a) });
    await waitFor(() => a.milestoneEvents.subscriberCount > 0, "the subscription to register");
    await mutate(b, `mutation($id: ID!) { updateMilestone(id: $id, input: { description: "ennen katkoa" }) { id } }`, { id });
    const [seen] = await sub.waitForResults(1);
    await first.dispose();

    const missed: string[] = [];
    const statuses = ["IN_PROGRESS", "POSTPONED"];
    for (let i = 0; i < 50; i++) {
      // Alternate instances and event types; a few noise events in another region must not appear.
      const env = i % 2 ? a : b;
      const res = i % 3 === 0
        ? await mutate(env, `mutation($id: ID!, $s: MilestoneStatus!) { changeMilestoneStatus(id: $id, status: $s, note: "n${i}") { id } }`, { id, s: statuses[(i / 3) % 2] })
        : await mutate(env, `mutation($id: ID!) { updateMilestone(id: $id, input: { description: "muutos ${i}" }) { id } }`, { id });
      expect(res.errors).toBeUndefined();
      if (i % 10 === 0) await createMilestone(env, { regionCode: "07", kind: "OTHER", titleFi: `Muu alue ${i}`, dueDate: "2026-01-01" });
    }
    const stored = await a.database.dataSource.query(`SELECT id::text AS id FROM milestone_event WHERE region_code = '06' AND id > $1 ORDER BY milestone_event.id`, [seen.milestoneEvents.cursor]);
    missed.push(...stored.map((r: { id: string }) => r.id));
    expect(missed).toHaveLength(50);

    const second = b.wsClient();
    const resumed = second.subscribe<Event>(SUBSCRIBE, { filter: { regionCodes: ["06"], includeNational: false }, after: seen.milestoneEvents.cursor });
    const replayed = await resumed.waitForResults(50);
    expect(cursors(replayed)).toEqual(missed);
    // Then live, without a gap or a duplicate at the switch.
    await mutate(a, `mutation($id: ID!) { updateMilestone(id: $id, input: { description: "live" }) { id } }`, { id });
    const all = await resumed.waitForResults(51);
    expect(all).toHaveLength(51);
    expect(BigInt(all[50].milestoneEvents.cursor) > BigInt(missed[49])).toBe(true);
    expect(new Set(cursors(all)).size).toBe(51);
    await second.dispose();
  });

  it("(c) loses nothing when PostgreSQL terminates the LISTEN and pool connections mid-stream", async () => {
    const id = await createMilestone(b, { regionCode: "11", kind: "OTHER", titleFi: "Katkokoe", dueDate: "2026-07-01" });
    const ws = a.wsClient();
    const sub = ws.subscribe<Event>(SUBSCRIBE, { filter: { regionCodes: ["11"], includeNational: false }, after: await lastCursor(a) });
    await waitFor(() => a.milestoneEvents.subscriberCount > 0, "the subscription to register");
    const reconnectsBefore = a.milestoneEvents.reconnects;
    const write = (i: number) => mutate(b, `mutation($id: ID!) { updateMilestone(id: $id, input: { description: "c${i}" }) { id } }`, { id });
    for (let i = 0; i < 10; i++) expect((await write(i)).errors).toBeUndefined();
    await sub.waitForResults(5, 15_000);

    // Kill every connection of instance A (its LISTEN connection and its pool) while events keep coming.
    const killed = await withAdminClient(testServerUrl(), async (c) => (await c.query(
      `SELECT application_name, pg_terminate_backend(pid) AS ok FROM pg_stat_activity
       WHERE datname = $1 AND pid <> pg_backend_pid() AND application_name IN ('yhdyspinta-listen', 'yhdyspinta')`, [a.databaseName])).rows);
    expect(killed.some((r: { application_name: string }) => r.application_name === "yhdyspinta-listen")).toBe(true);
    // B's pool was hit too (same application_name): its next queries must still succeed or be retried by the client.
    for (let i = 10; i < 30; i++) {
      let res = await write(i);
      if (res.errors) res = await write(i); // a write on a just-terminated pooled connection fails once; nothing half-written
      expect(res.errors).toBeUndefined();
    }
    await waitFor(() => a.milestoneEvents.reconnects > reconnectsBefore, "A to re-establish its LISTEN connection");
    const stored = await b.database.dataSource.query(`SELECT id::text AS id FROM milestone_event WHERE milestone_id IN (SELECT milestone_id FROM milestone_event WHERE id = (SELECT max(id) FROM milestone_event)) ORDER BY milestone_event.id`);
    // Numeric order (ORDER BY id would sort the text alias: "100" before "99").
    const expected = stored.map((r: { id: string }) => r.id).slice(1); // all but CREATED, which came before `after`
    const events = await sub.waitForResults(expected.length, 20_000);
    expect(cursors(events)).toEqual(expected);
    await ws.dispose();
  });

  it("(d) a rolled-back change notifies nobody", async () => {
    const id = await createMilestone(a, { regionCode: "12", kind: "OTHER", titleFi: "Peruttava", dueDate: "2026-08-01" });
    const ws = a.wsClient();
    const sub = ws.subscribe<Event>(SUBSCRIBE, { filter: { regionCodes: ["12"] }, after: await lastCursor(a) });
    await waitFor(() => a.milestoneEvents.subscriberCount > 0, "the subscription to register");
    const dbId = Number(Buffer.from(id, "base64url").toString().split(":")[1]);
    // The same outbox write a mutation does, in a transaction that then fails.
    await expect(b.database.dataSource.transaction(async (em) => {
      await lockMilestoneEventLog(em);
      await em.query(`UPDATE preparation_milestone SET status = 'CANCELLED' WHERE id = $1`, [dbId]);
      await appendMilestoneEvent(em, { milestoneId: dbId, type: "STATUS_CHANGED", previousStatus: "PLANNED", newStatus: "CANCELLED", note: "rollback", regionCode: "12", kind: "OTHER", organisationId: null });
      throw new Error("abort after writing the event");
    })).rejects.toThrow("abort after writing the event");
    // A committed change after it is the first and only thing the subscriber gets.
    await mutate(b, `mutation($id: ID!) { changeMilestoneStatus(id: $id, status: IN_PROGRESS, note: "commit") { id } }`, { id });
    const [event] = await sub.waitForResults(1);
    expect(event.milestoneEvents).toMatchObject({ type: "STATUS_CHANGED", previousStatus: "PLANNED", newStatus: "IN_PROGRESS", note: "commit" });
    const [{ n }] = await a.database.dataSource.query(`SELECT count(*)::int AS n FROM milestone_event WHERE note = 'rollback'`);
    expect(n).toBe(0);
    expect(sub.results).toHaveLength(1);
    await ws.dispose();
  });

  it("filters live events by organisation: national ones, its regions of operation, and milestones naming it", async () => {
    const org = (await mutate(a, `mutation { createOrganisation(input: { nameFi: "Pohjois-Karjalan Omaiset ry", kind: LOCAL, regionCodes: ["12"] }) { id } }`)).data.createOrganisation.id;
    const other = (await mutate(a, `mutation { createOrganisation(input: { nameFi: "Lapin Omaiset ry", kind: LOCAL, regionCodes: ["21"] }) { id } }`)).data.createOrganisation.id;
    const ws = a.wsClient();
    const byOrg = ws.subscribe<Event>(SUBSCRIBE, { filter: { organisationId: org }, after: await lastCursor(a) });
    const byKind = ws.subscribe<Event>(SUBSCRIBE, { filter: { kinds: ["NGO_HEARING"], regionCodes: ["21"], includeNational: false }, after: await lastCursor(a) });
    await waitFor(() => a.milestoneEvents.subscriberCount >= 2, "the subscriptions to register");
    await createMilestone(b, { kind: "OTHER", titleFi: "Kansallinen", dueDate: "2026-09-01" });
    await createMilestone(b, { regionCode: "12", kind: "OTHER", titleFi: "Oma alue", dueDate: "2026-09-02" });
    await createMilestone(b, { regionCode: "21", kind: "NGO_HEARING", titleFi: "Nimeää järjestön", dueDate: "2026-09-03", organisationId: org });
    await createMilestone(b, { regionCode: "21", kind: "NGO_HEARING", titleFi: "Toinen järjestö", dueDate: "2026-09-04", organisationId: other });
    await createMilestone(b, { regionCode: "21", kind: "OTHER", titleFi: "Viimeinen", dueDate: "2026-09-05" });
    await createMilestone(b, { regionCode: "12", kind: "OTHER", titleFi: "Merkki", dueDate: "2026-09-06" });
    const got = await byOrg.waitForResults(4);
    expect(got.map((e) => e.milestoneEvents.milestone.title)).toEqual(["Kansallinen", "Oma alue", "Nimeää järjestön", "Merkki"]);
    const hearings = await byKind.waitForResults(2);
    expect(hearings.map((e) => e.milestoneEvents.milestone.title)).toEqual(["Nimeää järjestön", "Toinen järjestö"]);
    await ws.dispose();
  });

  it("hands every event to each of 160 subscribers in id order, also events committed during a fan-out", async () => {
    // More subscribers than the hub hands one event before yielding to the event loop (64).
    const clients = Array.from({ length: 8 }, () => a.wsClient());
    const after = await lastCursor(a);
    const subs = clients.flatMap((ws) => Array.from({ length: 20 }, () => ws.subscribe<Event>(SUBSCRIBE, { filter: { regionCodes: ["09"], includeNational: false }, after })));
    // At least 160: earlier tests' closed sockets may still be releasing theirs. A subscription that
    // registers late gets the events by replay from its cursor; the assertions below hold either way.
    await waitFor(() => a.milestoneEvents.subscriberCount >= 160, "160 subscriptions to register");
    const id = await createMilestone(b, { regionCode: "09", kind: "OTHER", titleFi: "Monelle tilaajalle", dueDate: "2026-09-09" });
    await Promise.all([
      mutate(a, `mutation($id: ID!) { updateMilestone(id: $id, input: { description: "yksi" }) { id } }`, { id }),
      mutate(b, `mutation($id: ID!) { changeMilestoneStatus(id: $id, status: IN_PROGRESS) { id } }`, { id }),
    ]);
    await mutate(a, `mutation($id: ID!) { changeMilestoneStatus(id: $id, status: COMPLETED) { id } }`, { id });
    const stored: { id: string }[] = await a.database.dataSource.query(`SELECT e.id::text AS id FROM milestone_event e WHERE e.region_code = '09' AND e.id > $1 ORDER BY e.id`, [after]);
    expect(stored).toHaveLength(4);
    for (const sub of subs) expect(cursors(await sub.waitForResults(4))).toEqual(stored.map((r) => r.id));
    await Promise.all(clients.map((ws) => ws.dispose()));
  });

  it("answers bad filters and cursors with BAD_USER_INPUT and caps subscriptions per connection", async () => {
    const ws = a.wsClient();
    const kind = ws.subscribe(SUBSCRIBE, { filter: { kinds: ["UNKNOWN_KIND"] } });
    expect((await kind.waitForError()).extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "UNKNOWN_MILESTONE_KIND" });
    const region = ws.subscribe(SUBSCRIBE, { filter: { regionCodes: ["99"] } });
    expect((await region.waitForError()).extensions).toMatchObject({ code: "BAD_USER_INPUT" });
    const cursor = ws.subscribe(SUBSCRIBE, { after: "not-a-cursor" });
    expect((await cursor.waitForError()).extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "INVALID_CURSOR" });

    const before = a.milestoneEvents.subscriberCount;
    const subs = Array.from({ length: 20 }, () => ws.subscribe(SUBSCRIBE, {}));
    await waitFor(() => a.milestoneEvents.subscriberCount === before + 20, "20 subscriptions to register");
    const extra = ws.subscribe(SUBSCRIBE, {});
    expect((await extra.waitForError()).extensions).toMatchObject({ code: "TOO_MANY_SUBSCRIPTIONS", limit: 20 });
    subs[0].unsubscribe();
    await waitFor(() => a.milestoneEvents.subscriberCount === before + 19, "the completed subscription to be released");
    const replacement = ws.subscribe(SUBSCRIBE, {});
    await waitFor(() => a.milestoneEvents.subscriberCount === before + 20, "a new subscription to fit again");
    expect(replacement.errors).toEqual([]);
    await ws.dispose();
    await waitFor(() => a.milestoneEvents.subscriberCount === before, "closed sockets to release their subscriptions");
  });
});

describe("subscribers and tokens", () => {
  const WITH_CONTACT = `subscription($after: String) {
    milestoneEvents(filter: { regionCodes: ["19"], includeNational: false }, after: $after) { milestone { title organisation { contact { email } } } }
  }`;

  it("lets anonymous users subscribe, and knows a signed-in subscriber for every live event (contact details)", async () => {
    const org = (await mutate(a, `mutation { createOrganisation(input: { nameFi: "Lapin Järjestöt ry", kind: DISTRICT, regionCodes: ["19"], email: "info@lapin-jarjestot.example.fi" }) { id } }`)).data.createOrganisation.id;
    const after = await lastCursor(a);
    const reader = await a.token({ roles: ["editor"], subject: "reader" });
    const before = a.milestoneEvents.subscriberCount;
    const anonymousWs = a.wsClient();
    const signedInWs = a.wsClient({ connectionParams: { authorization: `Bearer ${reader}` } });
    const anonymous = anonymousWs.subscribe(WITH_CONTACT, { after });
    const signedIn = signedInWs.subscribe(WITH_CONTACT, { after });
    await waitFor(() => a.milestoneEvents.subscriberCount === before + 2, "both subscriptions to register");
    await createMilestone(b, { regionCode: "19", kind: "NGO_HEARING", titleFi: "Lapin kuuleminen", dueDate: "2026-10-01", organisationId: org });
    const [seenAnonymously] = await anonymous.waitForResults(1);
    const [seenSignedIn] = await signedIn.waitForResults(1);
    expect(seenAnonymously.milestoneEvents.milestone).toEqual({ title: "Lapin kuuleminen", organisation: { contact: null } });
    expect(seenSignedIn.milestoneEvents.milestone).toEqual({ title: "Lapin kuuleminen", organisation: { contact: { email: "info@lapin-jarjestot.example.fi" } } });
    await anonymousWs.dispose();
    await signedInWs.dispose();
    await waitFor(() => a.milestoneEvents.subscriberCount === before, "closed sockets to release their subscriptions");
  });

  it("closes the connection with 4401 on an invalid or foreign token, before any subscription starts", async () => {
    const before = a.milestoneEvents.subscriberCount;
    const bad = a.wsClient({ connectionParams: { authorization: "Bearer not.a.jwt" } });
    bad.subscribe(SUBSCRIBE, {});
    expect((await bad.closed).code).toBe(4401);
    const foreign = await issueToken({ subject: "x", roles: ["admin"] }, { ...a.auth, jwtSecret: "another-deployment-secret-0123456789abcdef" });
    const other = a.wsClient({ connectionParams: { token: foreign } });
    other.subscribe(SUBSCRIBE, {});
    expect((await other.closed).code).toBe(4401);
    expect(a.milestoneEvents.subscriberCount).toBe(before);
  });

  it("applies the HTTP query limits to subscriptions, before they count against the connection", async () => {
    const ws = a.wsClient();
    const before = a.milestoneEvents.subscriberCount;
    const aliases = Array.from({ length: 31 }, (_, i) => `t${i}: title`).join(" ");
    const tooMany = ws.subscribe(`subscription { milestoneEvents { milestone { ${aliases} } } }`);
    expect((await tooMany.waitForError()).extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", reason: "ALIASES" });
    const fine = ws.subscribe(SUBSCRIBE, {});
    await waitFor(() => a.milestoneEvents.subscriberCount === before + 1, "a valid subscription on the same connection");
    expect(fine.errors).toEqual([]);
    await ws.dispose();
  });
});

describe("shutdown", () => {
  it("closes subscriber sockets with 1001 Going away", async () => {
    const c = await createTestEnvironment({ databaseName: a.databaseName });
    const ws = c.wsClient();
    const sub = ws.subscribe(SUBSCRIBE, {});
    await waitFor(() => c.milestoneEvents.subscriberCount === 1, "the subscription to register");
    await c.close();
    expect(await ws.closed).toEqual({ code: 1001, reason: "Going away" });
    expect((await sub.waitForError()).extensions?.closeCode).toBe(1001);
  });
});
