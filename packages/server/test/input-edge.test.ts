import { createTestEnvironment, waitFor, type TestEnvironment } from "@yhdyspinta/testing";
import WebSocket from "ws";

/**
 * Client input that PostgreSQL or graphql-js cannot take is refused at the edge with
 * BAD_USER_INPUT and a reason, never a masked INTERNAL_SERVER_ERROR (issue 11, item 5).
 * The server runs in production mode, where an unexpected error would be masked.
 */
let env: TestEnvironment;
let admin: string;
let orgId: string;
beforeAll(async () => {
  env = await createTestEnvironment({ production: true });
  admin = await env.token({ roles: ["admin"] });
  for (const name of ["Aalto ry", "Beeta ry", "Gamma ry"]) {
    const created = await env.query(`mutation($n: String!) { createOrganisation(input: { nameFi: $n, kind: LOCAL, regionCodes: ["15"] }) { id } }`, { n: name }, { token: admin });
    orgId = created.data.createOrganisation.id;
  }
});
afterAll(async () => { await env?.close(); });

function expectBadInput(res: { errors?: { message: string; extensions?: Record<string, any> }[] }, reason?: string) {
  expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  if (reason) expect(res.errors?.[0]?.extensions?.reason).toBe(reason);
  expect(res.errors?.[0]?.message).not.toBe("Internal server error");
}

const decode = (cursor: string): unknown[] => JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
const encode = (values: unknown[]) => Buffer.from(JSON.stringify(values), "utf8").toString("base64url");
// 1e308 is written as JSON text: JSON.stringify would give "1e+308", the same number.
const encodeRaw = (json: string) => Buffer.from(json, "utf8").toString("base64url");

describe("cursors", () => {
  const PAGE = `query($after: String) { organisations(first: 1, after: $after) { nodes { name } pageInfo { endCursor } } }`;

  it("refuses ids out of PostgreSQL's integer range and NUL bytes in the sort key", async () => {
    const first = await env.query(PAGE);
    const cursor = decode(first.data.organisations.pageInfo.endCursor);
    const idAt = cursor.findIndex((v, i) => i > 0 && typeof v === "number");
    const textAt = cursor.findIndex((v, i) => i > 0 && typeof v === "string");
    expect(idAt).toBeGreaterThan(0);
    expect(textAt).toBeGreaterThan(0);
    // The cursor as given works: the next page.
    expect((await env.query(PAGE, { after: encode(cursor) })).data.organisations.nodes).toHaveLength(1);
    for (const id of [2147483648, 99999999999, -99999999999]) {
      expectBadInput(await env.query(PAGE, { after: encode(cursor.map((v, i) => (i === idAt ? id : v))) }), "INVALID_CURSOR");
    }
    const huge = JSON.stringify(cursor.map((v, i) => (i === idAt ? "HUGE" : v))).replace(`"HUGE"`, "1e308");
    expectBadInput(await env.query(PAGE, { after: encodeRaw(huge) }), "INVALID_CURSOR");
    expectBadInput(await env.query(PAGE, { after: encode(cursor.map((v, i) => (i === textAt ? "Beeta\u0000ry" : v))) }), "INVALID_CURSOR");
  });
});

describe("NUL characters", () => {
  it("are refused in a search term, as a variable or as a literal", async () => {
    expectBadInput(await env.query(`query($s: String) { organisations(filter: { search: $s }) { totalCount } }`, { s: "Beeta\u0000" }), "NUL_CHARACTER");
    expectBadInput(await env.query(`{ organisations(filter: { search: "Beeta\\u0000" }) { totalCount } }`), "NUL_CHARACTER");
    expectBadInput(await env.query(`{ activities(filter: { search: "x\\u0000" }) { totalCount } }`), "NUL_CHARACTER");
  });

  it("are refused in any text input, and nothing is written", async () => {
    const before = await env.database.dataSource.query(`SELECT count(*)::int AS n FROM organisation`);
    const res = await env.query(`mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`,
      { input: { nameFi: "Nolla\u0000ry", kind: "LOCAL", regionCodes: ["15"] } }, { token: admin });
    expectBadInput(res, "NUL_CHARACTER");
    const update = await env.query(`mutation($id: ID!) { updateOrganisation(id: $id, input: { descriptionFi: "a\\u0000b" }) { id } }`, { id: orgId }, { token: admin });
    expectBadInput(update, "NUL_CHARACTER");
    expect(await env.database.dataSource.query(`SELECT count(*)::int AS n FROM organisation`)).toEqual(before);
  });
});

describe("dates", () => {
  it("refuses a LocalDate in the year 0000 (PostgreSQL has no year 0) and keeps real ones", async () => {
    const CREATE = `mutation($input: CreateMilestoneInput!) { createMilestone(input: $input) { dueDate } }`;
    const input = { regionCode: "15", kind: "NGO_HEARING", titleFi: "Kuuleminen" };
    expectBadInput(await env.query(CREATE, { input: { ...input, dueDate: "0000-01-01" } }, { token: admin }));
    // Written in the document, it is a validation error of the literal (the same scalar refuses it).
    const literal = await env.query(`mutation { createMilestone(input: { regionCode: "15", kind: "NGO_HEARING", titleFi: "K", dueDate: "0000-12-31" }) { dueDate } }`, undefined, { token: admin });
    expect(literal.errors?.[0]).toMatchObject({ extensions: { code: "GRAPHQL_VALIDATION_FAILED" }, message: expect.stringMatching(/0000-12-31/) });
    expectBadInput(await env.query(CREATE, { input: { ...input, dueDate: "2026-02-30" } }, { token: admin }));
    expect((await env.query(CREATE, { input: { ...input, dueDate: "0001-01-01" } }, { token: admin })).data.createMilestone).toEqual({ dueDate: "0001-01-01" });
    expect((await env.query(CREATE, { input: { ...input, dueDate: "9999-12-31" } }, { token: admin })).data.createMilestone).toEqual({ dueDate: "9999-12-31" });
  });

});

describe("deeply nested JSON variables", () => {
  // JSON text, built without recursion (JSON.stringify of such a value overflows the client's stack too).
  const deep = (levels: number) => "[".repeat(levels) + "1" + "]".repeat(levels);
  const QUERY = `query($n: Int) { organisations(first: $n) { totalCount } }`;
  async function raw(query: string, variablesJson: string) {
    const res = await fetch(env.url, { method: "POST", headers: { "content-type": "application/json" }, body: `{"query":${JSON.stringify(query)},"variables":${variablesJson}}` });
    return { status: res.status, ...((await res.json()) as { errors?: any[] }) };
  }

  it("are refused over HTTP without overflowing the stack", async () => {
    const refused = await raw(QUERY, `{"n":${deep(50_000)}}`);
    expect(refused.status).toBe(400);
    expectBadInput(refused, "INPUT_TOO_DEEP");
    expectBadInput(await raw(`query($f: OrganisationFilter) { organisations(filter: $f) { totalCount } }`, `{"f":{"search":${deep(5_000)}}}`), "INPUT_TOO_DEEP");
    // A wrongly typed but shallow value is still graphql-js's ordinary coercion error.
    expectBadInput(await env.query(QUERY, { n: [[1]] }));
    expect((await env.query(QUERY, { n: 1 })).data.organisations.totalCount).toBeGreaterThan(0);
  });

  it("are refused over WebSocket with an error message, and the socket stays open", async () => {
    const socket = new WebSocket(env.wsUrl, "graphql-transport-ws");
    const messages: any[] = [];
    let closed: number | undefined;
    socket.on("message", (data) => messages.push(JSON.parse(String(data))));
    socket.on("close", (code) => { closed = code; });
    socket.on("open", () => socket.send(JSON.stringify({ type: "connection_init", payload: {} })));
    await waitFor(() => messages.some((m) => m.type === "connection_ack"), "connection_ack");
    socket.send(`{"id":"1","type":"subscribe","payload":{"query":${JSON.stringify(QUERY)},"variables":{"n":${deep(50_000)}}}}`);
    await waitFor(() => closed !== undefined || messages.some((m) => m.id === "1" && m.type !== "complete"), "an answer");
    expect(closed).toBeUndefined();
    const answer = messages.find((m) => m.id === "1");
    expect(answer.type).toBe("error");
    expect(answer.payload[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "INPUT_TOO_DEEP" });
    socket.send(JSON.stringify({ id: "2", type: "subscribe", payload: { query: `{ __typename }` } }));
    await waitFor(() => messages.some((m) => m.id === "2" && m.type === "next"), "the next answer");
    socket.close();
  });
});
