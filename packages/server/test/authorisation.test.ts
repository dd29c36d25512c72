import { issueToken } from "@yhdyspinta/server";
import { authorisationMatrix, caller, callerTokens, createTestEnvironment, notificationsToMailFolder, type MailFolder, schemaMutations, type AuthOutcome, type MatrixCase, type TestEnvironment } from "@yhdyspinta/testing";

/**
 * The authorisation matrix: every mutation x every role, on their own and on someone else's
 * organisation or region. A refusal must carry the right code AND leave the data as it was
 * (every row of the tables a mutation could touch is compared before and after).
 *
 * Fixtures (fresh for every cell): organisations A and C operate in Jyväskylä (179, region 15),
 * organisation B in Joensuu (167, region 14); A and B each has one activity; partnership pA is A's with
 * region 15, partnership pB is B's with the municipality of Joensuu (so region 14). Milestones:
 * mN is national, m15 belongs to region 15, m14 to region 14 (all PLANNED, no events yet).
 */
let env: TestEnvironment;
let mail: MailFolder;
beforeAll(async () => {
  env = await createTestEnvironment();
  // Confirmation mail (subscribeToNotifications) goes to a throw-away folder.
  mail = await notificationsToMailFolder("http://localhost");
});
afterAll(async () => {
  await mail?.close();
  await env?.close();
});

const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString("base64url");
const A = gid("Organisation", 1001), B = gid("Organisation", 1002), C = gid("Organisation", 1003);
const actA = gid("Activity", 2001), actB = gid("Activity", 2002);
const pA = gid("Partnership", 3001), pB = gid("Partnership", 3002);
const mN = gid("PreparationMilestone", 4001), m15 = gid("PreparationMilestone", 4002), m14 = gid("PreparationMilestone", 4003);
const nsA = gid("NotificationSubscription", 5001), whA = gid("NotificationSubscription", 5002);
// Cooperation: body15 serves region 15, body14 the municipality of Joensuu (so region 14).
const body15 = gid("CooperationBody", 6001), body14 = gid("CooperationBody", 6002);
const member15 = gid("CooperationBodyMember", 6101), meeting15 = gid("CooperationBodyMeeting", 6201), output15 = gid("CooperationBodyOutput", 6301);
const person15 = gid("Person", 6401), role15 = gid("ContactRole", 6501), doc15 = gid("DocumentLink", 6601);
const cons15 = gid("Consultation", 6701), call15 = gid("RepresentativeCall", 6801), nomA = gid("RepresentativeNomination", 6901);

async function resetFixtures(): Promise<void> {
  await env.database.dataSource.query(`
    TRUNCATE organisation, organisation_region, organisation_municipality, activity, activity_municipality, partnership,
      preparation_milestone, milestone_event, notification_subscription, person, cooperation_body, consultation,
      reform_event_subject RESTART IDENTITY CASCADE;
    INSERT INTO organisation (id, name_fi, kind, email, phone) VALUES
      (1001, 'Keski-Suomen Omaishoitajat ry', 'DISTRICT', 'info@ks-omaishoitajat.example.fi', '+358 40 100 2000'),
      (1002, 'Joensuun Seudun Mielenterveysseura ry', 'LOCAL', NULL, NULL),
      (1003, 'Jyväskylän Kerho ry', 'LOCAL', NULL, NULL);
    INSERT INTO organisation_region VALUES (1001, '15'), (1002, '14'), (1003, '15');
    INSERT INTO organisation_municipality VALUES (1001, '179'), (1002, '167'), (1003, '179');
    INSERT INTO activity (id, organisation_id, name_fi, kind) VALUES (2001, 1001, 'Vertaistukiryhmä', 'PEER_SUPPORT'), (2002, 1002, 'Olohuone', 'LOW_THRESHOLD');
    INSERT INTO activity_municipality VALUES (2001, '179'), (2002, '167');
    INSERT INTO partnership (id, organisation_id, region_code, municipality_code, kind, status, title_fi) VALUES
      (3001, 1001, '15', NULL, 'COOPERATION_STRUCTURE', 'ACTIVE', 'Järjestöneuvottelukunta'),
      (3002, 1002, NULL, '167', 'GRANT', 'ACTIVE', 'Kaupungin avustus');
    INSERT INTO preparation_milestone (id, region_code, kind, title_fi, due_date, status) VALUES
      (4001, NULL, 'OTHER', 'Valtakunnallinen vaihe', '2026-06-30', 'PLANNED'),
      (4002, '15', 'NGO_HEARING', 'Järjestöjen kuuleminen', '2026-03-31', 'PLANNED'),
      (4003, '14', 'STRATEGY_APPROVED', 'Hyvinvointistrategia hyväksytty', '2026-05-31', 'PLANNED');
    INSERT INTO notification_subscription (id, channel, email, language, frequency, owner_organisation_id, status, unsubscribe_token) VALUES
      (5001, 'EMAIL', 'hallitus@ks-omaishoitajat.example.fi', 'fi', 'IMMEDIATE', 1001, 'ACTIVE', 'token-5001');
    INSERT INTO notification_subscription (id, channel, url, secret, contact_email, language, frequency, owner_organisation_id, status, unsubscribe_token, failures) VALUES
      (5002, 'WEBHOOK', 'http://127.0.0.1:9/hook', 'whsec_dGVzdHRlc3R0ZXN0dGVzdHRlc3R0ZXN0dGVzdHRlc3Q=', 'it@ks-omaishoitajat.example.fi', 'fi', 'IMMEDIATE', 1001, 'DISABLED', 'token-5002', 3);
    INSERT INTO cooperation_body (id, kind, name_fi) VALUES (6001, 'CONSULTATIVE_COMMITTEE', 'Järjestöneuvottelukunta'), (6002, 'PARTNERSHIP_TABLE', 'Kumppanuuspöytä');
    INSERT INTO cooperation_body_region VALUES (6001, '15');
    INSERT INTO cooperation_body_municipality VALUES (6002, '167');
    INSERT INTO person (id, name, region_code) VALUES (6401, 'Kaisa Kontakti', '15');
    INSERT INTO cooperation_body_member (id, body_id, side, role, person_id, organisation_id) VALUES (6101, 6001, 'NGO', 'CHAIR', 6401, 1001);
    INSERT INTO cooperation_body_meeting (id, body_id, starts_at) VALUES (6201, 6001, '2099-01-01T10:00:00Z');
    INSERT INTO cooperation_body_output (id, body_id, kind, title, issued_on) VALUES (6301, 6001, 'STATEMENT', 'Lausunto', '2026-02-01');
    INSERT INTO contact_role (id, person_id, type, municipality_code) VALUES (6501, 6401, 'MUNICIPAL_NGO_CONTACT', '179');
    INSERT INTO document_link (id, title, url, kind, body_id) VALUES (6601, 'Säännöt', 'https://example.fi/s.pdf', 'RULES', 6001);
    INSERT INTO consultation (id, subject, opens_on, deadline) VALUES (6701, 'Strategia', '2026-01-01', '2098-12-31');
    INSERT INTO consultation_region VALUES (6701, '15');
    INSERT INTO representative_call (id, body_id, seats, deadline) VALUES (6801, 6001, 2, '2098-12-31');
    INSERT INTO representative_nomination (id, call_id, organisation_id, member_name) VALUES (6901, 6801, 1001, 'Pekka');
  `);
}

/** Every table a mutation here can write. */
const TABLES = [
    "organisation", "organisation_region", "organisation_municipality", "activity", "activity_municipality", "partnership",
    "preparation_milestone", "milestone_event", "notification_subscription",
    "person", "contact_role", "cooperation_body", "cooperation_body_region", "cooperation_body_municipality", "cooperation_body_member",
    "cooperation_body_meeting", "cooperation_body_output", "document_link", "consultation", "consultation_region", "consultation_municipality",
    "consultation_invitee", "consultation_response", "representative_call", "representative_nomination", "reform_event_subject",
];

const { callers: ROLES, tokens } = callerTokens(() => env, {
  anonymous: caller.anonymous, editorA: caller.editor(A, "editor-a"), editorB: caller.editor(B, "editor-b"),
  coord15: caller.coordinator("15"), coord14: caller.coordinator("14"), admin: caller.admin,
});

// NOT_FOUND: another organisation's notification subscription is not revealed to exist.
const U: AuthOutcome = "UNAUTHENTICATED", F: AuthOutcome = "FORBIDDEN", ok: AuthOutcome = "ok", NF: AuthOutcome = "NOT_FOUND";

/** Outcomes in ROLES order: anonymous, editorA, editorB, coord15, coord14, admin. */
const MATRIX: MatrixCase[] = [
  { name: "createOrganisation operating in region 15", expect: [U, F, F, ok, F, ok],
    document: `mutation { createOrganisation(input: { nameFi: "Uusi ry", kind: LOCAL, municipalityCodes: ["179"] }) { id } }` },
  { name: "createOrganisation in regions 15 and 14", expect: [U, F, F, F, F, ok],
    document: `mutation { createOrganisation(input: { nameFi: "Uusi ry", kind: LOCAL, regionCodes: ["15", "14"] }) { id } }` },
  { name: "createOrganisation with no area", expect: [U, F, F, F, F, ok],
    document: `mutation { createOrganisation(input: { nameFi: "Uusi ry", kind: LOCAL }) { id } }` },
  { name: "createOrganisation as a member of A (in region 15)", expect: [U, ok, F, ok, F, ok],
    document: `mutation($p: ID!) { createOrganisation(input: { nameFi: "Jäsen ry", kind: LOCAL, parentId: $p, municipalityCodes: ["179"] }) { id } }`, variables: { p: A } },
  { name: "updateOrganisation A", expect: [U, ok, F, ok, F, ok],
    document: `mutation($id: ID!) { updateOrganisation(id: $id, input: { nameFi: "Muutettu ry" }) { id } }`, variables: { id: A } },
  { name: "updateOrganisation B", expect: [U, F, ok, F, ok, ok],
    document: `mutation($id: ID!) { updateOrganisation(id: $id, input: { nameFi: "Muutettu ry" }) { id } }`, variables: { id: B } },
  { name: "updateOrganisation A moving it to region 14", expect: [U, ok, F, F, F, ok],
    document: `mutation($id: ID!) { updateOrganisation(id: $id, input: { municipalityCodes: ["167"] }) { id } }`, variables: { id: A } },
  // Linking to a parent needs rights over the parent too (policy organisation:link-parent): a
  // coordinator of 15 may not hang A under region 14's B, which would block B's deletion.
  { name: "updateOrganisation A under parent B", expect: [U, F, F, F, F, ok],
    document: `mutation($id: ID!, $p: ID!) { updateOrganisation(id: $id, input: { parentId: $p }) { id } }`, variables: { id: A, p: B } },
  { name: "updateOrganisation B under parent A", expect: [U, F, F, F, F, ok],
    document: `mutation($id: ID!, $p: ID!) { updateOrganisation(id: $id, input: { parentId: $p }) { id } }`, variables: { id: B, p: A } },
  { name: "updateOrganisation C under parent A (both in region 15)", expect: [U, F, F, ok, F, ok],
    document: `mutation($id: ID!, $p: ID!) { updateOrganisation(id: $id, input: { parentId: $p }) { id } }`, variables: { id: C, p: A } },
  { name: "createOrganisation in region 15 as a member of B (region 14)", expect: [U, F, ok, F, F, ok],
    document: `mutation($p: ID!) { createOrganisation(input: { nameFi: "Jäsen ry", kind: LOCAL, parentId: $p, municipalityCodes: ["179"] }) { id } }`, variables: { p: B } },
  { name: "createOrganisation in region 14 as a member of A (region 15)", expect: [U, ok, F, F, F, ok],
    document: `mutation($p: ID!) { createOrganisation(input: { nameFi: "Jäsen ry", kind: LOCAL, parentId: $p, municipalityCodes: ["167"] }) { id } }`, variables: { p: A } },
  { name: "deleteOrganisation A", expect: [U, F, F, ok, F, ok],
    document: `mutation($id: ID!) { deleteOrganisation(id: $id) { deletedId } }`, variables: { id: A } },
  { name: "deleteOrganisation B", expect: [U, F, F, F, ok, ok],
    document: `mutation($id: ID!) { deleteOrganisation(id: $id) { deletedId } }`, variables: { id: B } },
  { name: "createActivity for A", expect: [U, ok, F, F, F, ok],
    document: `mutation($o: ID!) { createActivity(input: { organisationId: $o, nameFi: "Kerho", kind: RECREATION }) { id } }`, variables: { o: A } },
  { name: "createActivity for B", expect: [U, F, ok, F, F, ok],
    document: `mutation($o: ID!) { createActivity(input: { organisationId: $o, nameFi: "Kerho", kind: RECREATION }) { id } }`, variables: { o: B } },
  { name: "updateActivity of A", expect: [U, ok, F, F, F, ok],
    document: `mutation($id: ID!) { updateActivity(id: $id, input: { nameFi: "Muutettu" }) { id } }`, variables: { id: actA } },
  { name: "updateActivity of B", expect: [U, F, ok, F, F, ok],
    document: `mutation($id: ID!) { updateActivity(id: $id, input: { nameFi: "Muutettu" }) { id } }`, variables: { id: actB } },
  { name: "deleteActivity of A", expect: [U, ok, F, F, F, ok],
    document: `mutation($id: ID!) { deleteActivity(id: $id) { deletedId } }`, variables: { id: actA } },
  { name: "deleteActivity of B", expect: [U, F, ok, F, F, ok],
    document: `mutation($id: ID!) { deleteActivity(id: $id) { deletedId } }`, variables: { id: actB } },
  { name: "createPartnership with region 15", expect: [U, F, F, ok, F, ok],
    document: `mutation($o: ID!) { createPartnership(input: { organisationId: $o, regionCode: "15", kind: JOINT_PROJECT, titleFi: "Hanke" }) { id } }`, variables: { o: A } },
  { name: "createPartnership with a municipality of region 14", expect: [U, F, F, F, ok, ok],
    document: `mutation($o: ID!) { createPartnership(input: { organisationId: $o, municipalityCode: "167", kind: GRANT, titleFi: "Avustus" }) { id } }`, variables: { o: A } },
  { name: "updatePartnership with region 15", expect: [U, F, F, ok, F, ok],
    document: `mutation($id: ID!) { updatePartnership(id: $id, input: { status: ENDED }) { id } }`, variables: { id: pA } },
  { name: "updatePartnership with a municipality of region 14", expect: [U, F, F, F, ok, ok],
    document: `mutation($id: ID!) { updatePartnership(id: $id, input: { status: ENDED }) { id } }`, variables: { id: pB } },
  { name: "deletePartnership with region 15", expect: [U, F, F, ok, F, ok],
    document: `mutation($id: ID!) { deletePartnership(id: $id) { deletedId } }`, variables: { id: pA } },
  { name: "deletePartnership with a municipality of region 14", expect: [U, F, F, F, ok, ok],
    document: `mutation($id: ID!) { deletePartnership(id: $id) { deletedId } }`, variables: { id: pB } },
  // Milestones: national ones are for admins; regional ones for coordinators of that region.
  { name: "createMilestone national", expect: [U, F, F, F, F, ok],
    document: `mutation { createMilestone(input: { kind: "OTHER", titleFi: "Vaihe", dueDate: "2026-09-30" }) { id } }` },
  { name: "createMilestone in region 15", expect: [U, F, F, ok, F, ok],
    document: `mutation { createMilestone(input: { regionCode: "15", kind: "NGO_HEARING", titleFi: "Kuuleminen", dueDate: "2026-09-30" }) { id } }` },
  { name: "createMilestone in region 14", expect: [U, F, F, F, ok, ok],
    document: `mutation { createMilestone(input: { regionCode: "14", kind: "NGO_HEARING", titleFi: "Kuuleminen", dueDate: "2026-09-30" }) { id } }` },
  { name: "updateMilestone national", expect: [U, F, F, F, F, ok],
    document: `mutation($id: ID!) { updateMilestone(id: $id, input: { titleFi: "Muutettu" }) { id } }`, variables: { id: mN } },
  { name: "updateMilestone of region 15", expect: [U, F, F, ok, F, ok],
    document: `mutation($id: ID!) { updateMilestone(id: $id, input: { titleFi: "Muutettu" }) { id } }`, variables: { id: m15 } },
  { name: "updateMilestone of region 14", expect: [U, F, F, F, ok, ok],
    document: `mutation($id: ID!) { updateMilestone(id: $id, input: { titleFi: "Muutettu" }) { id } }`, variables: { id: m14 } },
  { name: "updateMilestone of region 15 moving it to region 14", expect: [U, F, F, F, F, ok],
    document: `mutation($id: ID!) { updateMilestone(id: $id, input: { regionCode: "14" }) { id } }`, variables: { id: m15 } },
  { name: "updateMilestone of region 15 making it national", expect: [U, F, F, F, F, ok],
    document: `mutation($id: ID!) { updateMilestone(id: $id, input: { regionCode: null }) { id } }`, variables: { id: m15 } },
  { name: "changeMilestoneStatus national", expect: [U, F, F, F, F, ok],
    document: `mutation($id: ID!) { changeMilestoneStatus(id: $id, status: IN_PROGRESS) { id } }`, variables: { id: mN } },
  { name: "changeMilestoneStatus of region 15", expect: [U, F, F, ok, F, ok],
    document: `mutation($id: ID!) { changeMilestoneStatus(id: $id, status: IN_PROGRESS) { id } }`, variables: { id: m15 } },
  { name: "changeMilestoneStatus of region 14", expect: [U, F, F, F, ok, ok],
    document: `mutation($id: ID!) { changeMilestoneStatus(id: $id, status: IN_PROGRESS, note: "Aloitettu") { id } }`, variables: { id: m14 } },
  // Anyone may subscribe an address (double opt-in); on an organisation's behalf only its editors.
  { name: "subscribeToNotifications for oneself", expect: [ok, ok, ok, ok, ok, ok],
    document: `mutation { subscribeToNotifications(input: { email: "sihteeri@yhdistys.example", filter: { regionCodes: ["15"] } }) { status } }` },
  { name: "subscribeToNotifications on behalf of A", expect: [U, ok, F, F, F, ok],
    document: `mutation($o: ID!) { subscribeToNotifications(input: { email: "hallitus@a.example", ownerOrganisationId: $o }) { status } }`, variables: { o: A } },
  { name: "cancelNotificationSubscription of A's", expect: [U, ok, NF, NF, NF, ok],
    document: `mutation($id: ID!) { cancelNotificationSubscription(id: $id) { status } }`, variables: { id: nsA } },
  { name: "createWebhook for A", expect: [U, ok, F, F, F, ok],
    document: `mutation($o: ID!) { createWebhook(input: { url: "http://127.0.0.1:9/hook", ownerOrganisationId: $o, contactEmail: "it@a.example" }) { secret } }`, variables: { o: A } },
  { name: "rotateWebhookSecret of A's", expect: [U, ok, NF, NF, NF, ok],
    document: `mutation($id: ID!) { rotateWebhookSecret(id: $id) { secret } }`, variables: { id: whA } },
  { name: "replayWebhook of A's", expect: [U, ok, NF, NF, NF, ok],
    document: `mutation($id: ID!) { replayWebhook(id: $id, after: "0") { status } }`, variables: { id: whA } },
  // Cooperation records: coordinators of every region the record reaches (policy cooperation:manage);
  // an organisation's own nomination or statement also its editors (cooperation:participate).
  { name: "createCooperationBody in region 15", expect: [U, F, F, ok, F, ok],
    document: `mutation { createCooperationBody(input: { kind: "NETWORK", nameFi: "Verkosto", regionCodes: ["15"] }) { id } }` },
  { name: "createCooperationBody for Jyväskylä and Joensuu (regions 15 and 14)", expect: [U, F, F, F, F, ok],
    document: `mutation { createCooperationBody(input: { kind: "NETWORK", nameFi: "Verkosto", municipalityCodes: ["179", "167"] }) { id } }` },
  { name: "updateCooperationBody of region 15", expect: [U, F, F, ok, F, ok],
    document: `mutation($id: ID!) { updateCooperationBody(id: $id, input: { nameFi: "Uusi nimi" }) { id } }`, variables: { id: body15 } },
  { name: "updateCooperationBody of Joensuu (region 14)", expect: [U, F, F, F, ok, ok],
    document: `mutation($id: ID!) { updateCooperationBody(id: $id, input: { nameFi: "Uusi nimi" }) { id } }`, variables: { id: body14 } },
  { name: "updateCooperationBody of region 15 extending it to region 14", expect: [U, F, F, F, F, ok],
    document: `mutation($id: ID!) { updateCooperationBody(id: $id, input: { regionCodes: ["15", "14"] }) { id } }`, variables: { id: body15 } },
  { name: "deleteCooperationBody of region 15", expect: [U, F, F, ok, F, ok],
    document: `mutation($id: ID!) { deleteCooperationBody(id: $id) { deletedId } }`, variables: { id: body15 } },
  { name: "addBodyMember to region 15's body", expect: [U, F, F, ok, F, ok],
    document: `mutation($b: ID!, $o: ID!) { addBodyMember(input: { bodyId: $b, side: NGO, role: "MEMBER", organisationId: $o }) { id } }`, variables: { b: body15, o: C } },
  { name: "removeBodyMember of region 15's body", expect: [U, F, F, ok, F, ok],
    document: `mutation($id: ID!) { removeBodyMember(id: $id) { deletedId } }`, variables: { id: member15 } },
  { name: "addBodyMeeting to Joensuu's body", expect: [U, F, F, F, ok, ok],
    document: `mutation($b: ID!) { addBodyMeeting(input: { bodyId: $b, startsAt: "2099-02-01T10:00:00Z" }) { id } }`, variables: { b: body14 } },
  { name: "updateBodyMeeting of region 15's body", expect: [U, F, F, ok, F, ok],
    document: `mutation($id: ID!) { updateBodyMeeting(id: $id, input: { place: "Teams" }) { id } }`, variables: { id: meeting15 } },
  { name: "deleteBodyMeeting of region 15's body", expect: [U, F, F, ok, F, ok],
    document: `mutation($id: ID!) { deleteBodyMeeting(id: $id) { deletedId } }`, variables: { id: meeting15 } },
  { name: "addBodyOutput to region 15's body", expect: [U, F, F, ok, F, ok],
    document: `mutation($b: ID!) { addBodyOutput(input: { bodyId: $b, kind: "REPORT", title: "Raportti", issuedOn: "2026-05-01" }) { id } }`, variables: { b: body15 } },
  { name: "deleteBodyOutput of region 15's body", expect: [U, F, F, ok, F, ok],
    document: `mutation($id: ID!) { deleteBodyOutput(id: $id) { deletedId } }`, variables: { id: output15 } },
  { name: "createPerson kept by region 15", expect: [U, F, F, ok, F, ok],
    document: `mutation { createPerson(input: { name: "Ville Vastinpari", regionCode: "15" }) { id } }` },
  { name: "updatePerson kept by region 15", expect: [U, F, F, ok, F, ok],
    document: `mutation($id: ID!) { updatePerson(id: $id, input: { title: "koordinaattori" }) { id } }`, variables: { id: person15 } },
  { name: "deletePerson kept by region 15", expect: [U, F, F, ok, F, ok],
    document: `mutation($id: ID!) { deletePerson(id: $id) { deletedId } }`, variables: { id: person15 } },
  { name: "addContactRole in Jyväskylä (region 15)", expect: [U, F, F, ok, F, ok],
    document: `mutation($p: ID!) { addContactRole(input: { personId: $p, type: "COUNTY_COUNTERPART", topic: "ikäihmiset", regionCode: "15" }) { id } }`, variables: { p: person15 } },
  { name: "addContactRole in region 14 for region 15's person", expect: [U, F, F, F, F, ok],
    document: `mutation($p: ID!) { addContactRole(input: { personId: $p, type: "REGIONAL_NGO_COORDINATOR", regionCode: "14" }) { id } }`, variables: { p: person15 } },
  { name: "removeContactRole in Jyväskylä", expect: [U, F, F, ok, F, ok],
    document: `mutation($id: ID!) { removeContactRole(id: $id) { deletedId } }`, variables: { id: role15 } },
  { name: "addDocumentLink to region 15's body", expect: [U, F, F, ok, F, ok],
    document: `mutation($o: ID!) { addDocumentLink(input: { ownerId: $o, title: "Pöytäkirja", url: "https://example.fi/p.pdf", kind: "MINUTES" }) { id } }`, variables: { o: body15 } },
  { name: "addDocumentLink to a national milestone", expect: [U, F, F, F, F, ok],
    document: `mutation($o: ID!) { addDocumentLink(input: { ownerId: $o, title: "Laki", url: "https://finlex.fi/", kind: "OTHER" }) { id } }`, variables: { o: mN } },
  { name: "removeDocumentLink of region 15's body", expect: [U, F, F, ok, F, ok],
    document: `mutation($id: ID!) { removeDocumentLink(id: $id) { deletedId } }`, variables: { id: doc15 } },
  { name: "createConsultation in region 14", expect: [U, F, F, F, ok, ok],
    document: `mutation { createConsultation(input: { subject: "Palvelustrategia", deadline: "2098-06-30", regionCodes: ["14"] }) { id } }` },
  { name: "updateConsultation of region 15", expect: [U, F, F, ok, F, ok],
    document: `mutation($id: ID!) { updateConsultation(id: $id, input: { description: "Tarkennettu" }) { id } }`, variables: { id: cons15 } },
  { name: "setConsultationStatus of region 15", expect: [U, F, F, ok, F, ok],
    document: `mutation($id: ID!) { setConsultationStatus(id: $id, status: CLOSED) { id } }`, variables: { id: cons15 } },
  { name: "deleteConsultation of region 15", expect: [U, F, F, ok, F, ok],
    document: `mutation($id: ID!) { deleteConsultation(id: $id) { deletedId } }`, variables: { id: cons15 } },
  { name: "respondToConsultation of region 15 for A", expect: [U, ok, F, ok, F, ok],
    document: `mutation($c: ID!, $o: ID!) { respondToConsultation(input: { consultationId: $c, organisationId: $o, statement: "Kannatamme" }) { id } }`, variables: { c: cons15, o: A } },
  { name: "openRepresentativeCall for region 15's body", expect: [U, F, F, ok, F, ok],
    document: `mutation($b: ID!) { openRepresentativeCall(input: { bodyId: $b, seats: 1, deadline: "2098-03-31" }) { id } }`, variables: { b: body15 } },
  { name: "nominateRepresentative to region 15's body for C", expect: [U, F, F, ok, F, ok],
    document: `mutation($c: ID!, $o: ID!) { nominateRepresentative(input: { callId: $c, organisationId: $o, memberName: "Kerhon edustaja" }) { id } }`, variables: { c: call15, o: C } },
  { name: "nominateRepresentative to region 15's body for A (A's editor)", expect: [U, ok, F, ok, F, ok],
    document: `mutation($c: ID!, $o: ID!) { nominateRepresentative(input: { callId: $c, organisationId: $o, memberName: "Uusi ehdokas" }) { id } }`, variables: { c: call15, o: A } },
  { name: "decideRepresentativeCall of region 15's body", expect: [U, F, F, ok, F, ok],
    document: `mutation($c: ID!, $n: ID!) { decideRepresentativeCall(input: { callId: $c, chosenNominationIds: [$n] }) { id } }`, variables: { c: call15, n: nomA } },
];

describe("authorisation matrix", () => {
  // Fixtures are reset before every cell. Scope: this environment loads no region plug-in, so "the
  // schema" here is the core schema. Plug-in mutations have their own matrices (regions/*/test, each
  // covering every mutation its plug-in adds), and all-regions.test.ts refuses every mutation of the
  // full schema to anonymous users.
  authorisationMatrix({
    env: () => env, tables: TABLES, callers: ROLES, tokens, cases: MATRIX, beforeEachCell: resetFixtures, mutations: () => schemaMutations(env),
  });
});

describe("organisations across regions", () => {
  beforeAll(resetFixtures);

  it("a coordinator of 15 cannot make region 14's organisation a parent, so region 14's coordinator can still delete it", async () => {
    const link = `mutation($id: ID!, $p: ID!) { updateOrganisation(id: $id, input: { parentId: $p }) { id } }`;
    expect((await env.query(link, { id: A, p: B }, { token: tokens.coord15 })).errors?.[0].extensions).toMatchObject({ code: "FORBIDDEN", action: "organisation:link-parent" });
    const create = `mutation($p: ID!) { createOrganisation(input: { nameFi: "Jäsen ry", kind: LOCAL, parentId: $p, municipalityCodes: ["179"] }) { id } }`;
    expect((await env.query(create, { p: B }, { token: tokens.coord15 })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const deleted = await env.query(`mutation($id: ID!) { deleteOrganisation(id: $id) { deletedId } }`, { id: B }, { token: tokens.coord14 });
    expect(deleted.errors).toBeUndefined();
    expect(deleted.data.deleteOrganisation).toEqual({ deletedId: B });
  });

  it("keeping a parent an admin set across regions is no new link", async () => {
    await resetFixtures();
    expect((await env.query(`mutation($id: ID!, $p: ID!) { updateOrganisation(id: $id, input: { parentId: $p }) { id } }`, { id: A, p: B }, { token: tokens.admin })).errors).toBeUndefined();
    const same = await env.query(`mutation($id: ID!, $p: ID!) { updateOrganisation(id: $id, input: { parentId: $p, nameFi: "Sama emo ry" }) { name } }`, { id: A, p: B }, { token: tokens.coord15 });
    expect(same.errors).toBeUndefined();
    expect(same.data.updateOrganisation).toEqual({ name: "Sama emo ry" });
  });
});

describe("contact details", () => {
  const QUERY = `query($id: ID!) { organisation(id: $id) { name contact { email phone } } }`;
  beforeAll(resetFixtures);

  it("are null for anonymous users, without an error", async () => {
    const res = await env.query(QUERY, { id: A });
    expect(res.errors).toBeUndefined();
    expect(res.data.organisation).toEqual({ name: "Keski-Suomen Omaishoitajat ry", contact: null });
  });

  it.each(["editorB", "coord14", "admin"] as const)("are visible to a signed-in %s", async (role) => {
    const res = await env.query(QUERY, { id: A }, { token: tokens[role] });
    expect(res.data.organisation.contact).toEqual({ email: "info@ks-omaishoitajat.example.fi", phone: "+358 40 100 2000" });
  });
});

describe("authentication", () => {
  beforeAll(resetFixtures);

  it("refuses a token for a role that is not known", async () => {
    const token = await issueToken({ subject: "x", roles: ["superuser" as never] }, env.auth);
    const res = await env.query(`{ regions { code } }`, undefined, { token });
    expect(res.status).toBe(401);
    expect(res.errors?.[0].extensions).toMatchObject({ code: "UNAUTHENTICATED", reason: "INVALID_TOKEN" });
  });

  it("an editor token without organisations can edit nothing", async () => {
    const token = await env.token({ roles: ["editor"] });
    const res = await env.query(`mutation($id: ID!) { updateOrganisation(id: $id, input: { nameFi: "X" }) { id } }`, { id: A }, { token });
    expect(res.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });
});
