import { CORE_VOCABULARIES } from "@yhdyspinta/core/internal";
import { createTestEnvironment, waitFor, type TestEnvironment } from "@yhdyspinta/testing";

/**
 * The cooperation building blocks through the API: bodies of any region or municipality with
 * members from both sides, meetings, outputs, documents, consultations, representative calls,
 * people and contact roles; every change arrives as a reform event on a live subscription.
 * Organisations: A (Jyväskylä 179, region 15), B (Joensuu 167, region 14).
 */
let env: TestEnvironment;
let admin: string;
let coord15: string;
let editorA: string;
const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString("base64url");
const A = gid("Organisation", 1001), B = gid("Organisation", 1002);

beforeAll(async () => {
  env = await createTestEnvironment();
  await env.database.dataSource.query(`
    INSERT INTO organisation (id, name_fi, kind) VALUES (1001, 'Keski-Suomen Omaishoitajat ry', 'DISTRICT'), (1002, 'Joensuun Seudun Mielenterveysseura ry', 'LOCAL');
    INSERT INTO organisation_region VALUES (1001, '15'), (1002, '14');
    INSERT INTO organisation_municipality VALUES (1001, '179'), (1002, '167');`);
  admin = await env.token({ roles: ["admin"], subject: "admin" });
  coord15 = await env.token({ roles: ["coordinator"], regions: ["15"], subject: "coord-15" });
  editorA = await env.token({ roles: ["editor"], organisations: [A], subject: "editor-a" });
});
afterAll(async () => {
  await env?.close();
});

async function ok<T = any>(document: string, variables?: Record<string, unknown>, token = admin): Promise<T> {
  const res = await env.query<T>(document, variables, { token });
  expect(res.errors).toBeUndefined();
  return res.data as T;
}

async function errorOf(document: string, variables?: Record<string, unknown>, token = admin) {
  const res = await env.query(document, variables, { token });
  expect(res.errors?.length).toBe(1);
  return res.errors![0].extensions;
}

const CREATE_BODY = `mutation($input: CreateCooperationBodyInput!) { createCooperationBody(input: $input) { id name kind kindLabel(language: SV) } }`;
const FUTURE = "2099-03-15T14:00:00.000Z";

/** A date some days from today (UTC), for deadlines the tests need open. */
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe("cooperation bodies", () => {
  let regional: string;
  let municipal: string;

  beforeAll(async () => {
    regional = (await ok(CREATE_BODY, { input: { kind: "CONSULTATIVE_COMMITTEE", nameFi: "Järjestöneuvottelukunta", regionCodes: ["15"] } }, coord15)).createCooperationBody.id;
    municipal = (await ok(CREATE_BODY, { input: { kind: "PARTNERSHIP_TABLE", nameFi: "Joensuun kumppanuuspöytä", municipalityCodes: ["167"] } })).createCooperationBody.id;
  });

  it("labels the kind from the vocabulary in the language asked for", async () => {
    const body = (await ok(`query($id: ID!) { node(id: $id) { ... on CooperationBody { kind kindLabel(language: SV) } } }`, { id: regional })).node;
    const kind = CORE_VOCABULARIES.cooperationBodyKinds.find((k) => k.code === body.kind)!;
    expect(body.kindLabel).toBe(kind.labels.sv);
  });

  it("lists bodies of a region (direct or through a municipality) and of a municipality with one query shape", async () => {
    const shape = `query($f: CooperationBodyFilter) { cooperationBodies(filter: $f) { totalCount nodes { id name regions { code } municipalities { code } } } }`;
    const r15 = (await ok(shape, { f: { regionCodes: ["15"] } })).cooperationBodies;
    expect(r15.nodes.map((n: { id: string }) => n.id)).toEqual([regional]);
    const r14 = (await ok(shape, { f: { regionCodes: ["14"] } })).cooperationBodies;
    expect(r14.nodes).toEqual([{ id: municipal, name: "Joensuun kumppanuuspöytä", regions: [], municipalities: [{ code: "167" }] }]);
    const m167 = (await ok(shape, { f: { municipalityCodes: ["167"] } })).cooperationBodies;
    expect(m167.nodes.map((n: { id: string }) => n.id)).toEqual([municipal]);
    const byKind = (await ok(shape, { f: { kinds: ["PARTNERSHIP_TABLE"] } })).cooperationBodies;
    expect(byKind.nodes.map((n: { id: string }) => n.id)).toEqual([municipal]);
    const viaRegion = await ok(`{ region(code: "14") { cooperationBodies { nodes { id } } } municipality(code: "167") { cooperationBodies { nodes { id } } } }`);
    expect(viaRegion.region.cooperationBodies.nodes).toEqual([{ id: municipal }]);
    expect(viaRegion.municipality.cooperationBodies.nodes).toEqual([{ id: municipal }]);
  });

  it("refuses an unknown kind, a body without scope, an unknown region, with stable reasons and no row written", async () => {
    const [{ count: before }] = await env.database.dataSource.query(`SELECT count(*)::int AS count FROM cooperation_body`);
    expect(await errorOf(CREATE_BODY, { input: { kind: "NOT_A_KIND", nameFi: "X", regionCodes: ["15"] } })).toMatchObject({ code: "BAD_USER_INPUT", reason: "UNKNOWN_CODE", field: "kind" });
    expect(await errorOf(CREATE_BODY, { input: { kind: "NETWORK", nameFi: "X" } })).toMatchObject({ code: "BAD_USER_INPUT", reason: "NO_SCOPE" });
    expect(await errorOf(CREATE_BODY, { input: { kind: "NETWORK", nameFi: "X", regionCodes: ["99"] } })).toMatchObject({ code: "BAD_USER_INPUT", reason: "UNKNOWN_REGION" });
    expect(await errorOf(CREATE_BODY, { input: { kind: "NETWORK", nameFi: "X", regionCodes: ["15"], termStartsOn: "2026-02-01", termEndsOn: "2026-01-01" } }))
      .toMatchObject({ code: "BAD_USER_INPUT", reason: "ENDS_BEFORE_START" });
    const [{ count: after }] = await env.database.dataSource.query(`SELECT count(*)::int AS count FROM cooperation_body`);
    expect(after).toBe(before);
  });

  it("shows members from both sides with their people (personal data only to signed-in users), next meeting and outputs", async () => {
    const person = (await ok(`mutation { createPerson(input: { name: "Maija Meikäläinen", email: "maija@example.fi", regionCode: "15" }) { id } }`, undefined, coord15)).createPerson.id;
    const add = `mutation($input: AddBodyMemberInput!) { addBodyMember(input: $input) { id role roleLabel side } }`;
    await ok(add, { input: { bodyId: regional, side: "NGO", role: "CHAIR", personId: person, organisationId: A } }, coord15);
    await ok(add, { input: { bodyId: regional, side: "COUNTY", role: "MEMBER", regionCode: "15" } }, coord15);
    await ok(add, { input: { bodyId: regional, side: "EXPERT_BY_EXPERIENCE", role: "DEPUTY" } }, coord15);
    expect(await errorOf(add, { input: { bodyId: regional, side: "NGO", role: "MEMBER", organisationId: A, regionCode: "15" } }, coord15))
      .toMatchObject({ code: "BAD_USER_INPUT", reason: "ONE_OF" });
    await ok(`mutation($b: ID!) { past: addBodyMeeting(input: { bodyId: $b, startsAt: "2020-01-10T10:00:00Z", place: "Jyväskylä" }) { id } }`, { b: regional }, coord15);
    const next = (await ok(`mutation($b: ID!) { addBodyMeeting(input: { bodyId: $b, startsAt: "${FUTURE}", place: "Teams", agenda: "1. Avaus" }) { id } }`, { b: regional }, coord15)).addBodyMeeting.id;
    await ok(`mutation($b: ID!) { addBodyMeeting(input: { bodyId: $b, startsAt: "2099-06-01T10:00:00Z" }) { id } }`, { b: regional }, coord15);
    await ok(`mutation($b: ID!) { addBodyOutput(input: { bodyId: $b, kind: "STATEMENT", title: "Lausunto palvelustrategiasta", issuedOn: "2026-03-01" }) { id } }`, { b: regional }, coord15);

    const query = `query($id: ID!) { node(id: $id) { ... on CooperationBody {
      members { totalCount nodes { side role person { name email } organisation { name } region { code } } }
      nextMeeting { id place agenda } meetings(upcoming: true) { totalCount }
      outputs { nodes { title kindLabel(language: EN) } } } } }`;
    const signedIn = (await ok(query, { id: regional }, editorA)).node;
    expect(signedIn.members.nodes.map((m: { side: string; role: string }) => [m.side, m.role])).toEqual([["NGO", "CHAIR"], ["EXPERT_BY_EXPERIENCE", "DEPUTY"], ["COUNTY", "MEMBER"]]);
    expect(signedIn.members.nodes[0]).toMatchObject({ person: { name: "Maija Meikäläinen", email: "maija@example.fi" }, organisation: { name: "Keski-Suomen Omaishoitajat ry" } });
    expect(signedIn.members.nodes[2].region).toEqual({ code: "15" });
    expect(signedIn.nextMeeting).toEqual({ id: next, place: "Teams", agenda: "1. Avaus" });
    expect(signedIn.meetings.totalCount).toBe(2);
    expect(signedIn.outputs.nodes).toEqual([{ title: "Lausunto palvelustrategiasta", kindLabel: "Statement" }]);
    const anonymous = (await env.query(query, { id: regional })).data.node;
    expect(anonymous.members.nodes[0].person).toEqual({ name: null, email: null });
  });

  it("costs the same number of SQL statements for 1 body as for many (members, next meeting, documents, consultations batched)", async () => {
    for (let i = 0; i < 6; i++) {
      await ok(CREATE_BODY, { input: { kind: "NETWORK", nameFi: `Verkosto ${i}`, regionCodes: ["15"] } });
    }
    const query = `query($n: Int!) { cooperationBodies(first: $n, filter: { regionCodes: ["15"] }) { nodes { name kindLabel regions { code } municipalities { code }
      members(first: 5) { totalCount nodes { role person { name } organisation { name } } } nextMeeting { startsAt } documents { url }
      consultations(filter: { statuses: [OPEN] }) { nodes { subject } } representativeCalls { seats } } } }`;
    const one = await env.query(query, { n: 1 }, { token: admin });
    const many = await env.query(query, { n: 7 }, { token: admin });
    expect(one.errors).toBeUndefined();
    expect(many.data.cooperationBodies.nodes).toHaveLength(7);
    expect(many.statements).toBe(one.statements);
  });

  it("pages both ways and orders by name", async () => {
    const page = `query($first: Int, $after: String, $last: Int, $before: String) { cooperationBodies(first: $first, after: $after, last: $last, before: $before, orderBy: [{ field: NAME, direction: DESC }]) {
      nodes { name } pageInfo { startCursor endCursor hasNextPage hasPreviousPage } } }`;
    const all = (await ok(page, { first: 100 })).cooperationBodies.nodes.map((n: { name: string }) => n.name);
    expect(all).toEqual([...all].sort((a, b) => b.localeCompare(a, "fi")));
    const first = (await ok(page, { first: 3 })).cooperationBodies;
    const second = (await ok(page, { first: 3, after: first.pageInfo.endCursor })).cooperationBodies;
    expect(second.nodes.map((n: { name: string }) => n.name)).toEqual(all.slice(3, 6));
    const back = (await ok(page, { last: 3, before: second.pageInfo.startCursor })).cooperationBodies;
    expect(back.nodes).toEqual(first.nodes);
  });
});

describe("documents", () => {
  it("links documents to a body with http(s) URLs only", async () => {
    const body = (await ok(CREATE_BODY, { input: { kind: "WORKING_GROUP", nameFi: "Työryhmä", regionCodes: ["15"] } })).createCooperationBody.id;
    const add = `mutation($input: AddDocumentLinkInput!) { addDocumentLink(input: $input) { id title kind kindLabel } }`;
    await ok(add, { input: { ownerId: body, title: "Toimintasääntö", url: "https://example.fi/saanto.pdf", kind: "RULES", datedOn: "2026-01-15" } });
    for (const url of ["javascript:alert(1)", "ftp://example.fi/x", "/relative", "https://"]) {
      expect(await errorOf(add, { input: { ownerId: body, title: "X", url, kind: "OTHER" } })).toMatchObject({ code: "BAD_USER_INPUT", reason: "INVALID_URL" });
    }
    expect(await errorOf(add, { input: { ownerId: A, title: "X", url: "https://example.fi", kind: "OTHER" } })).toMatchObject({ code: "BAD_USER_INPUT", reason: "INVALID_ID" });
    const docs = (await ok(`query($id: ID!) { node(id: $id) { ... on CooperationBody { documents { title url kind } } } }`, { id: body })).node.documents;
    expect(docs).toEqual([{ title: "Toimintasääntö", url: "https://example.fi/saanto.pdf", kind: "RULES" }]);
  });
});

describe("consultations", () => {
  it("derives the status from the dates, takes responses from organisations asked while open, and lists open ones per region", async () => {
    const create = `mutation($input: CreateConsultationInput!) { createConsultation(input: $input) { id status } }`;
    const open = (await ok(create, { input: { subject: "Hyvinvointisuunnitelma", deadline: inDays(14), regionCodes: ["15"] } }, coord15)).createConsultation;
    expect(open.status).toBe("OPEN");
    const upcoming = (await ok(create, { input: { subject: "Tuleva", opensOn: inDays(5), deadline: inDays(20), regionCodes: ["15"] } }, coord15)).createConsultation;
    expect(upcoming.status).toBe("UPCOMING");
    const respond = `mutation($input: RespondToConsultationInput!) { respondToConsultation(input: $input) { statement organisation { name } } }`;
    await ok(respond, { input: { consultationId: open.id, organisationId: A, statement: "Kannatamme." } }, editorA);
    await ok(respond, { input: { consultationId: open.id, organisationId: A, statement: "Kannatamme muutoksin." } }, editorA);
    expect(await errorOf(respond, { input: { consultationId: upcoming.id, organisationId: A, statement: "Liian aikaisin" } }, editorA))
      .toMatchObject({ code: "CONFLICT", reason: "CONSULTATION_NOT_OPEN" });
    // B operates in region 14 and was not invited: an admin cannot answer on its behalf either.
    expect(await errorOf(respond, { input: { consultationId: open.id, organisationId: B, statement: "?" } })).toMatchObject({ code: "BAD_USER_INPUT", reason: "NOT_INVITED" });
    const listed = await ok(`{ region(code: "15") { consultations(filter: { statuses: [OPEN] }) { nodes { id subject responses { totalCount nodes { statement } } } } } }`);
    expect(listed.region.consultations.nodes).toEqual([{ id: open.id, subject: "Hyvinvointisuunnitelma", responses: { totalCount: 1, nodes: [{ statement: "Kannatamme muutoksin." }] } }]);
    const closed = await ok(`mutation($id: ID!) { setConsultationStatus(id: $id, status: CLOSED) { status } }`, { id: open.id }, coord15);
    expect(closed.setConsultationStatus.status).toBe("CLOSED");
    expect(await errorOf(`mutation($d: LocalDate!) { createConsultation(input: { subject: "X", deadline: $d }) { id } }`, { d: inDays(3) })).toMatchObject({ reason: "NO_SCOPE" });
  });
});

describe("representative selection", () => {
  it("a call, nominations by organisations and the decision make the chosen member and deputy members of the body", async () => {
    const body = (await ok(CREATE_BODY, { input: { kind: "DEVELOPMENT_GROUP", nameFi: "Kehittäjäryhmä", regionCodes: ["15"] } })).createCooperationBody.id;
    const call = (await ok(`mutation($b: ID!, $d: LocalDate!) { openRepresentativeCall(input: { bodyId: $b, seats: 1, deadline: $d }) { id } }`, { b: body, d: inDays(10) }, coord15)).openRepresentativeCall.id;
    const nominate = `mutation($input: NominateRepresentativeInput!) { nominateRepresentative(input: $input) { id memberName } }`;
    const nomination = (await ok(nominate, { input: { callId: call, organisationId: A, memberName: "Pekka Puheenjohtaja", deputyName: "Vilma Varajäsen" } }, editorA)).nominateRepresentative;
    expect(await errorOf(nominate, { input: { callId: call, organisationId: B, memberName: "Muualta" } })).toMatchObject({ reason: "ORGANISATION_OUTSIDE_REGION" });
    expect(await errorOf(`mutation($c: ID!, $n: [ID!]!) { decideRepresentativeCall(input: { callId: $c, chosenNominationIds: $n }) { id } }`,
      { c: call, n: [nomination.id, gid("RepresentativeNomination", 999999)] }, coord15)).toMatchObject({ reason: "TOO_MANY_CHOSEN" });
    const decided = await ok(`mutation($c: ID!, $n: [ID!]!) { decideRepresentativeCall(input: { callId: $c, chosenNominationIds: $n }) { decidedAt nominations { nodes { chosen } } } }`,
      { c: call, n: [nomination.id] }, coord15);
    expect(decided.decideRepresentativeCall.decidedAt).not.toBeNull();
    expect(decided.decideRepresentativeCall.nominations.nodes).toEqual([{ chosen: true }]);
    const members = (await ok(`query($id: ID!) { node(id: $id) { ... on CooperationBody { members { nodes { side role person { name } organisation { id } } } } } }`, { id: body })).node.members.nodes;
    expect(members).toEqual([
      { side: "NGO", role: "MEMBER", person: { name: "Pekka Puheenjohtaja" }, organisation: { id: A } },
      { side: "NGO", role: "DEPUTY", person: { name: "Vilma Varajäsen" }, organisation: { id: A } },
    ]);
    expect(await errorOf(nominate, { input: { callId: call, organisationId: A, memberName: "Myöhässä" } }, editorA)).toMatchObject({ code: "CONFLICT", reason: "CALL_DECIDED" });
  });
});

describe("people and contact roles", () => {
  it("lists a municipality's contact person and a county counterpart for a topic; contact details follow the personal-data rule", async () => {
    const person = (await ok(`mutation { createPerson(input: { name: "Kaisa Kontakti", email: "kaisa@jkl.example.fi", phone: "+358 40 123 4567", regionCode: "15", publicationConsent: false }) { id } }`, undefined, coord15)).createPerson.id;
    const role = `mutation($input: AddContactRoleInput!) { addContactRole(input: $input) { id type typeLabel(language: EN) } }`;
    await ok(role, { input: { personId: person, type: "MUNICIPAL_NGO_CONTACT", municipalityCode: "179", validFrom: "2025-01-01" } }, coord15);
    await ok(role, { input: { personId: person, type: "COUNTY_COUNTERPART", topic: "mielenterveys", regionCode: "15" } }, coord15);
    expect(await errorOf(role, { input: { personId: person, type: "COUNTY_COUNTERPART", regionCode: "15", municipalityCode: "179" } }, coord15)).toMatchObject({ reason: "ONE_OF" });
    expect(await errorOf(role, { input: { personId: person, type: "NOPE", regionCode: "15" } }, coord15)).toMatchObject({ reason: "UNKNOWN_CODE" });
    const query = `{ municipality(code: "179") { contactRoles(filter: { types: ["MUNICIPAL_NGO_CONTACT"] }) { nodes { typeLabel person { name email phone } } } }
      contactRoles(filter: { regionCodes: ["15"], types: ["COUNTY_COUNTERPART"] }) { nodes { topic region { code } } } }`;
    const signedIn = await ok(query, undefined, editorA);
    expect(signedIn.municipality.contactRoles.nodes).toEqual([{ typeLabel: "Kunnan järjestöyhteyshenkilö", person: { name: "Kaisa Kontakti", email: "kaisa@jkl.example.fi", phone: "+358 40 123 4567" } }]);
    expect(signedIn.contactRoles.nodes).toEqual([{ topic: "mielenterveys", region: { code: "15" } }]);
    const anonymous = (await env.query(query)).data;
    expect(anonymous.municipality.contactRoles.nodes[0].person).toEqual({ name: null, email: null, phone: null });
    await ok(`mutation($id: ID!) { updatePerson(id: $id, input: { publicationConsent: true }) { id } }`, { id: person }, coord15);
    expect((await env.query(query)).data.municipality.contactRoles.nodes[0].person.email).toBe("kaisa@jkl.example.fi");
  });
});

describe("vocabularies", () => {
  it("lists every vocabulary's codes with labels in each language", async () => {
    const names = (await ok(`{ __type(name: "VocabularyName") { enumValues { name } } }`)).__type.enumValues.map((v: { name: string }) => v.name);
    expect(names.length).toBe(Object.keys(CORE_VOCABULARIES).length);
    for (const name of names) {
      const entries = (await ok(`query($n: VocabularyName!) { vocabulary(name: $n) { code source fi: label(language: FI) sv: label(language: SV) en: label(language: EN) } }`, { n: name })).vocabulary;
      const key = name.toLowerCase().replace(/_([a-z])/g, (_: string, c: string) => c.toUpperCase()) as keyof typeof CORE_VOCABULARIES;
      for (const value of CORE_VOCABULARIES[key]) {
        expect(entries).toContainEqual({ code: value.code, source: "core", ...value.labels });
      }
    }
  });
});

describe("reform events", () => {
  const SUBSCRIBE = `subscription($filter: MilestoneEventFilter) { milestoneEvents(filter: $filter) { type note milestone { kind kindLabel(language: EN) title region { code } } } }`;
  type Event = { milestoneEvents: { type: string; note: string | null; milestone: { kind: string; kindLabel: string; title: string; region: { code: string } } } };

  it("a follower of a region hears of a new meeting, an opened consultation and chosen representatives on the live subscription", async () => {
    const body = (await ok(CREATE_BODY, { input: { kind: "CONSULTATIVE_COMMITTEE", nameFi: "Kunnan neuvottelukunta", municipalityCodes: ["167"] } })).createCooperationBody.id;
    const ws = env.wsClient();
    const before = env.milestoneEvents.subscriberCount;
    const sub = ws.subscribe<Event>(SUBSCRIBE, { filter: { regionCodes: ["14"], includeNational: false } });
    await waitFor(() => env.milestoneEvents.subscriberCount > before, "the subscription to register");
    await ok(`mutation($b: ID!) { addBodyMeeting(input: { bodyId: $b, startsAt: "${FUTURE}", place: "Joensuu" }) { id } }`, { b: body });
    await ok(`mutation($b: ID!, $d: LocalDate!) { createConsultation(input: { subject: "Palvelustrategia", deadline: $d, municipalityCodes: ["167"], bodyId: $b }) { id } }`, { b: body, d: inDays(7) });
    const call = (await ok(`mutation($b: ID!, $d: LocalDate!) { openRepresentativeCall(input: { bodyId: $b, seats: 2, deadline: $d }) { id } }`, { b: body, d: inDays(7) })).openRepresentativeCall.id;
    const nomination = (await ok(`mutation($c: ID!, $o: ID!) { nominateRepresentative(input: { callId: $c, organisationId: $o, memberName: "Ella Edustaja" }) { id } }`, { c: call, o: B })).nominateRepresentative.id;
    await ok(`mutation($c: ID!, $n: ID!) { decideRepresentativeCall(input: { callId: $c, chosenNominationIds: [$n] }) { id } }`, { c: call, n: nomination });
    // A new member changes nothing the body's timeline entry shows, but is news all the same.
    await ok(`mutation($b: ID!) { addBodyMember(input: { bodyId: $b, side: MUNICIPALITY, role: "SECRETARY", municipalityCode: "167" }) { id } }`, { b: body });
    const events = (await sub.waitForResults(5)).map((e) => e.milestoneEvents);
    expect(events.map((e) => [e.type, e.milestone.kind, e.milestone.region.code])).toEqual([
      ["CREATED", "BODY_MEETING", "14"],
      ["CREATED", "CONSULTATION", "14"],
      ["CREATED", "REPRESENTATIVE_CALL", "14"],
      ["STATUS_CHANGED", "REPRESENTATIVE_CALL", "14"],
      ["UPDATED", "COOPERATION_BODY", "14"],
    ]);
    expect(events[4].note).toBe("member added (SECRETARY)");
    expect(events[0].milestone.title).toBe("Kokous: Kunnan neuvottelukunta");
    expect(events[1].milestone.kindLabel).toBe("Consultation");
    expect(events[3].milestone.title).toBe("Edustajat valittu: Kunnan neuvottelukunta");
    await ws.dispose();
  });

  it("writes the event in the same transaction: a refused change leaves no event", async () => {
    const body = (await ok(CREATE_BODY, { input: { kind: "NETWORK", nameFi: "Alueverkosto", regionCodes: ["14"] } })).createCooperationBody.id;
    const [{ count: before }] = await env.database.dataSource.query(`SELECT count(*)::int AS count FROM milestone_event`);
    expect(await errorOf(`mutation($b: ID!) { addBodyMeeting(input: { bodyId: $b, startsAt: "${FUTURE}" }) { id } }`, { b: body }, coord15)).toMatchObject({ code: "FORBIDDEN" });
    const [{ count: after }] = await env.database.dataSource.query(`SELECT count(*)::int AS count FROM milestone_event`);
    expect(after).toBe(before);
  });
});
