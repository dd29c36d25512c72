import keskiSuomi from "@yhdyspinta/region-keski-suomi";
import {
  caller, regionPluginTest, type AuthOutcome, type MatrixCase,
} from "@yhdyspinta/testing";

/** The plug-in with the demo data; `coordinator` coordinates its region (15). */
const kit = regionPluginTest(keskiSuomi, "15");
const { ok, mutate, heardOnSubscription } = kit;

const BODIES = `query($kinds: [String!]) { region(code: "15") { cooperationBodies(filter: { kinds: $kinds }, first: 20) { nodes {
  id name kind kindLabel(language: EN)
  keskiSuomiPartnershipTable { ngoArena terms { startsOn endsOn ngoSeatCount } }
  keskiSuomiNetwork { basis theme sector }
  members(first: 100) { nodes { side role roleLabel(language: SV) organisation { id } keskiSuomiPublicBody } }
  meetings(first: 10) { nodes { startsAt agenda } } } } } }`;

describe("Keski-Suomi on the core's cooperation building blocks", () => {
  it("shows the partnership table as a core body with its NGO arena, term, public and NGO seats and meetings", async () => {
    const res = await ok(BODIES, { kinds: ["PARTNERSHIP_TABLE"] }, kit.coordinator);
    const [table] = res.data.region.cooperationBodies.nodes;
    expect(table.keskiSuomiPartnershipTable).toEqual({ ngoArena: "Keski-Suomen järjestöareena", terms: [{ startsOn: "2025-01-01", endsOn: "2026-12-31", ngoSeatCount: 11 }] });
    const members = table.members.nodes;
    const publicSeats = members.filter((m: any) => m.side === "COUNTY");
    expect(publicSeats.length).toBe(3);
    expect(publicSeats.every((m: any) => m.keskiSuomiPublicBody && m.organisation === null)).toBe(true);
    const ngoSeats = members.filter((m: any) => m.side === "NGO" && m.role !== "DEPUTY");
    expect(ngoSeats.length).toBeLessThanOrEqual(table.keskiSuomiPartnershipTable.terms[0].ngoSeatCount);
    expect(ngoSeats.every((m: any) => m.organisation && m.keskiSuomiPublicBody === null)).toBe(true);
    expect(table.meetings.nodes.length).toBe(3);
    expect(table.meetings.nodes[0].agenda).toContain("Toimikauden aloitus");
  });

  it("shows the networks with their basis, coordinator (a plug-in role with labels) and member organisations", async () => {
    const res = await ok(BODIES, { kinds: ["NETWORK"] });
    const networks = res.data.region.cooperationBodies.nodes;
    expect(networks.length).toBeGreaterThanOrEqual(4);
    for (const n of networks) {
      expect(["THEME", "SECTOR"]).toContain(n.keskiSuomiNetwork.basis);
      expect(n.kindLabel).toBe("Network");
    }
    const coordinators = networks.flatMap((n: any) => n.members.nodes).filter((m: any) => m.role === "NETWORK_COORDINATOR");
    expect(coordinators.length).toBeGreaterThan(0);
    expect(coordinators[0].roleLabel).toBe("Nätverkets koordinator");
    const vocabulary = await ok(`{ vocabulary(name: CONTACT_ROLE_TYPES) { code label(language: FI) } }`);
    expect(vocabulary.data.vocabulary).toContainEqual({ code: "NGO_COUNTERPART", label: "Järjestöjen vastinpari" });
  });

  it("tells the region's followers of a new term on the live subscription", async () => {
    const [table] = (await ok(BODIES, { kinds: ["PARTNERSHIP_TABLE"] })).data.region.cooperationBodies.nodes;
    const input = { bodyId: table.id, startsOn: "2029-01-01", endsOn: "2030-12-31", ngoSeatCount: 10, ngoArena: "Keski-Suomen järjestöareena" };
    const titles = await heardOnSubscription("15", () => ok(`mutation($input: SetKeskiSuomiTableTermInput!) { setKeskiSuomiTableTerm(input: $input) { startsOn } }`, { input }, kit.coordinator));
    expect(titles.some((t) => t.startsWith("Toimikausi 2029-01-01–2030-12-31"))).toBe(true);
  });

  it("records a term of 10-12 NGO seats only on a partnership table", async () => {
    const [table] = (await ok(BODIES, { kinds: ["PARTNERSHIP_TABLE"] })).data.region.cooperationBodies.nodes;
    const [network] = (await ok(BODIES, { kinds: ["NETWORK"] })).data.region.cooperationBodies.nodes;
    const set = `mutation($input: SetKeskiSuomiTableTermInput!) { setKeskiSuomiTableTerm(input: $input) { startsOn endsOn ngoSeatCount } }`;
    const input = { bodyId: table.id, startsOn: "2027-01-01", endsOn: "2028-12-31", ngoSeatCount: 12, ngoArena: "Keski-Suomen järjestöareena" };
    const done = await mutate(set, { input });
    expect(done.errors).toBeUndefined();
    expect(done.data.setKeskiSuomiTableTerm).toEqual({ startsOn: "2027-01-01", endsOn: "2028-12-31", ngoSeatCount: 12 });
    expect((await mutate(set, { input: { ...input, ngoSeatCount: 13 } })).errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect((await mutate(set, { input: { ...input, endsOn: "2026-01-01" } })).errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "ENDS_BEFORE_START" });
    expect((await mutate(set, { input: { ...input, bodyId: network.id } })).errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "NOT_A_PARTNERSHIP_TABLE" });
  });
});

describe("Keski-Suomi authorisation", () => {
  const f = { table: "" };
  let day = 0;
  beforeAll(async () => { f.table = await kit.firstId("CooperationBody", `SELECT body_id AS id FROM keski_suomi_table_detail ORDER BY body_id LIMIT 1`); });

  const U: AuthOutcome = "UNAUTHENTICATED", F: AuthOutcome = "FORBIDDEN", ok: AuthOutcome = "ok";
  const MATRIX: MatrixCase[] = [
    { name: "setKeskiSuomiTableTerm", expect: [U, F, ok, F, ok],
      document: `mutation($input: SetKeskiSuomiTableTermInput!) { setKeskiSuomiTableTerm(input: $input) { startsOn } }`,
      variables: async () => {
        const starts = `2030-01-${String(++day).padStart(2, "0")}`;
        return { input: { bodyId: f.table, startsOn: starts, endsOn: "2031-12-31", ngoSeatCount: 10, ngoArena: "Areena" } };
      } },
  ];

  kit.authorisationMatrix({
    tables: ["keski_suomi_table_detail", "keski_suomi_table_term"], cases: MATRIX,
    callers: { anonymous: caller.anonymous, editor: caller.editorInRegion("15"), coord15: caller.coordinator("15"), coord14: caller.coordinator("14"), admin: caller.admin },
  });
});
