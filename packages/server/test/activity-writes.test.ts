import { createTestEnvironment, type TestEnvironment } from "@yhdyspinta/testing";

// createActivity relies on the foreign key for the organisation and updateActivity writes only
// changed columns (activity.service.ts); these pin what clients see of that.
let env: TestEnvironment;
beforeAll(async () => { env = await createTestEnvironment(); });
afterAll(async () => { await env?.close(); });

async function asAdmin(document: string, variables?: Record<string, unknown>) {
  return env.query(document, variables, { token: await env.token({ roles: ["admin"] }) });
}

async function countRows(table: string): Promise<number> {
  const [row] = await env.database.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`);
  return row.n;
}

const CREATE = `mutation($input: CreateActivityInput!) { createActivity(input: $input) { id name municipalities { code } updatedAt } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateActivityInput!) { updateActivity(id: $id, input: $input) { id schedule themes municipalities { code } updatedAt } }`;

describe("activity writes", () => {
  it("refuses an unknown organisation with BAD_USER_INPUT, writing nothing", async () => {
    const before = await countRows("activity");
    const res = await asAdmin(CREATE, { input: { organisationId: Buffer.from("Organisation:999999").toString("base64url"), nameFi: "Kerho", kind: "RECREATION" } });
    expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "organisationId", reason: "UNKNOWN_ORGANISATION" });
    expect(await countRows("activity")).toBe(before);
  });

  it("creates with municipalities, updates changed values and leaves updatedAt alone when nothing changed", async () => {
    const org = await asAdmin(`mutation { createOrganisation(input: { nameFi: "Kerhoyhdistys ry", kind: LOCAL }) { id } }`);
    expect(org.errors).toBeUndefined();
    const created = await asAdmin(CREATE, { input: { organisationId: org.data.createOrganisation.id, nameFi: "Kerho", kind: "RECREATION", municipalityCodes: ["179", "091"] } });
    expect(created.errors).toBeUndefined();
    expect(created.data.createActivity.municipalities.map((m: any) => m.code)).toEqual(["091", "179"]);
    const id = created.data.createActivity.id;

    const changed = await asAdmin(UPDATE, { id, input: { schedule: "ti klo 9", themes: ["MENTAL_HEALTH"] } });
    expect(changed.errors).toBeUndefined();
    expect(changed.data.updateActivity).toMatchObject({ schedule: "ti klo 9", themes: ["MENTAL_HEALTH"] });
    const stamp = changed.data.updateActivity.updatedAt;
    expect(new Date(stamp).getTime()).toBeGreaterThanOrEqual(new Date(created.data.createActivity.updatedAt).getTime());
    const [stored] = await env.database.dataSource.query(`SELECT schedule, themes, updated_at FROM activity WHERE id = $1`, [Number(Buffer.from(id, "base64url").toString().split(":")[1])]);
    expect(stored.schedule).toBe("ti klo 9");
    expect(stored.themes).toEqual(["MENTAL_HEALTH"]);
    expect(stored.updated_at.toISOString()).toBe(new Date(stamp).toISOString());

    const same = await asAdmin(UPDATE, { id, input: { schedule: "ti klo 9", themes: ["MENTAL_HEALTH"] } });
    expect(same.errors).toBeUndefined();
    expect(same.data.updateActivity.updatedAt).toBe(stamp);
  });

  it("writes a plain create and a column update in one SQL statement each", async () => {
    const org = await asAdmin(`mutation { createOrganisation(input: { nameFi: "Lausekerho ry", kind: LOCAL }) { id } }`);
    const created = await asAdmin(`mutation($input: CreateActivityInput!) { createActivity(input: $input) { id } }`,
      { input: { organisationId: org.data.createOrganisation.id, nameFi: "Lauseet", kind: "RECREATION", municipalityCodes: ["091"] } });
    expect(created.errors).toBeUndefined();
    expect(created.statements).toBe(1);
    const updated = await asAdmin(`mutation($id: ID!) { updateActivity(id: $id, input: { schedule: "ke klo 12" }) { id schedule } }`,
      { id: created.data.createActivity.id });
    expect(updated.errors).toBeUndefined();
    expect(updated.data.updateActivity.schedule).toBe("ke klo 12");
    expect(updated.statements).toBe(1);
  });

  it("refuses an editor of another organisation and anonymous users, writing nothing", async () => {
    const org = await asAdmin(`mutation { createOrganisation(input: { nameFi: "Omistajakerho ry", kind: LOCAL }) { id } }`);
    const other = await asAdmin(`mutation { createOrganisation(input: { nameFi: "Toinen kerho ry", kind: LOCAL }) { id } }`);
    const created = await asAdmin(CREATE, { input: { organisationId: org.data.createOrganisation.id, nameFi: "Oma", kind: "RECREATION" } });
    const id = created.data.createActivity.id;
    const RENAME = `mutation($id: ID!) { updateActivity(id: $id, input: { nameFi: "Kaapattu", schedule: "su" }) { id } }`;
    const outsider = await env.query(RENAME, { id }, { token: await env.token({ roles: ["editor"], organisations: [other.data.createOrganisation.id] }) });
    expect(outsider.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const anonymous = await env.query(RENAME, { id });
    expect(anonymous.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    const [stored] = await env.database.dataSource.query(`SELECT name_fi, schedule, updated_at FROM activity WHERE id = $1`, [Number(Buffer.from(id, "base64url").toString().split(":")[1])]);
    expect(stored).toMatchObject({ name_fi: "Oma", schedule: null });
    expect(stored.updated_at.toISOString()).toBe(new Date(created.data.createActivity.updatedAt).toISOString());
    const owner = await env.query(RENAME, { id }, { token: await env.token({ roles: ["editor"], organisations: [org.data.createOrganisation.id] }) });
    expect(owner.errors).toBeUndefined();
  });

  it("replaces municipalities together with the columns, and clears them with an empty list", async () => {
    const org = await asAdmin(`mutation { createOrganisation(input: { nameFi: "Linkkikerho ry", kind: LOCAL }) { id } }`);
    const created = await asAdmin(CREATE, { input: { organisationId: org.data.createOrganisation.id, nameFi: "Linkit", kind: "RECREATION", municipalityCodes: ["091"] } });
    const id = created.data.createActivity.id;
    const moved = await asAdmin(UPDATE, { id, input: { schedule: "pe", municipalityCodes: ["179", "837"] } });
    expect(moved.errors).toBeUndefined();
    expect(moved.data.updateActivity).toMatchObject({ schedule: "pe", municipalities: [{ code: "179" }, { code: "837" }] });
    // Links alone (no column changes) still replace the links.
    const cleared = await asAdmin(UPDATE, { id, input: { municipalityCodes: [] } });
    expect(cleared.errors).toBeUndefined();
    expect(cleared.data.updateActivity).toMatchObject({ schedule: "pe", municipalities: [] });
  });

  it("answers NOT_FOUND for an activity that does not exist, and refuses times that end before they start", async () => {
    const missing = await asAdmin(UPDATE, { id: Buffer.from("Activity:99999999").toString("base64url"), input: { schedule: "x" } });
    expect(missing.errors?.[0].extensions?.code).toBe("NOT_FOUND");
    const org = await asAdmin(`mutation { createOrganisation(input: { nameFi: "Aikakerho ry", kind: LOCAL }) { id } }`);
    const created = await asAdmin(CREATE, { input: { organisationId: org.data.createOrganisation.id, nameFi: "Ajat", kind: "EVENT", startsAt: "2027-01-10T10:00:00Z" } });
    const id = created.data.createActivity.id;
    // Only endsAt is sent: it is checked against the stored startsAt.
    const backwards = await asAdmin(UPDATE, { id, input: { endsAt: "2027-01-09T10:00:00Z" } });
    expect(backwards.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "ENDS_BEFORE_START" });
    const [stored] = await env.database.dataSource.query(`SELECT ends_at FROM activity WHERE id = $1`, [Number(Buffer.from(id, "base64url").toString().split(":")[1])]);
    expect(stored.ends_at).toBeNull();
  });
});
