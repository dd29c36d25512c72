import { spawn } from "node:child_process";
import { join } from "node:path";
import { EmailWorker, NOTIFICATION_LANGUAGES, TEXTS } from "@yhdyspinta/core/internal";
import { createTestEnvironment, notificationsToSmtp, waitFor, type SmtpNotifications, type TestEnvironment } from "@yhdyspinta/testing";

// E-mail notifications end to end: GraphQL subscribe, a real SMTP server (smtp-server) receiving
// and mailparser parsing, the confirmation and unsubscribe links, delivering workers in this
// process and in a child process killed with SIGKILL.
let a: TestEnvironment;
let b: TestEnvironment;
let relay: SmtpNotifications;
let admin: string;
beforeAll(async () => {
  a = await createTestEnvironment();
  b = await createTestEnvironment({ databaseName: a.databaseName, auth: a.auth });
  admin = await a.token({ roles: ["admin"], subject: "admin" });
  relay = await notificationsToSmtp(a.origin);
});
afterAll(async () => {
  await b?.close();
  await a?.close();
  await relay?.close();
});

const worker = (env: TestEnvironment, options: Partial<ConstructorParameters<typeof EmailWorker>[0]> = {}) =>
  new EmailWorker({ dataSource: env.database.dataSource, reference: env.database.reference, settings: { mailer: relay.mailer, publicUrl: a.origin }, ...options });

const SUBSCRIBE = `mutation($input: SubscribeToNotificationsInput!) { subscribeToNotifications(input: $input) { status subscription { id status email } } }`;

async function mutate(document: string, variables?: Record<string, unknown>, token = admin) {
  const res = await a.query(document, variables, { token });
  expect(res.errors).toBeUndefined();
  return res.data;
}
async function createMilestone(input: Record<string, unknown>): Promise<string> {
  return (await mutate(`mutation($input: CreateMilestoneInput!) { createMilestone(input: $input) { id } }`, { input })).createMilestone.id;
}
async function head(): Promise<string> {
  return (await a.query(`{ milestoneEventsHead }`)).data.milestoneEventsHead;
}
const linkIn = (text: string, path: string) => text.match(new RegExp(`${a.origin.replace(/[.:/]/g, "\\$&")}${path}\\?token=[A-Za-z0-9_-]+`))![0];

/** Subscribes and confirms through the real links, as a person would. */
async function subscribeAndConfirm(email: string, input: Record<string, unknown>): Promise<void> {
  await mutate(SUBSCRIBE, { input: { email, ...input } });
  await waitFor(() => relay.smtp.to(email).length > 0, "the confirmation mail");
  const confirm = linkIn(relay.smtp.to(email)[0].parsed.text!, "/notifications/confirm");
  expect((await fetch(confirm)).status).toBe(200); // opening the link only shows a button
  const token = new URL(confirm).searchParams.get("token")!;
  const res = await fetch(`${a.origin}/notifications/confirm`, { method: "POST", body: new URLSearchParams({ token }) });
  expect(res.status).toBe(200);
}

describe("e-mail notifications", () => {
  it("double opt-in, one message per matching event in fi/sv/en (text and HTML), and RFC 8058 one-click unsubscribe", async () => {
    const title = "Järjestöjen kuuleminen hyvinvointistrategiasta";
    const addresses = Object.fromEntries(NOTIFICATION_LANGUAGES.map((l) => [l, `sihteeri-${l}@yhdistys.example`]));
    for (const language of NOTIFICATION_LANGUAGES) {
      await mutate(SUBSCRIBE, { input: { email: addresses[language], language, filter: { regionCodes: ["15"], includeNational: false } } });
    }
    // Unconfirmed: nothing but the confirmation is sent, even when an event matches.
    await createMilestone({ regionCode: "15", kind: "NGO_HEARING", titleFi: "Ennen vahvistusta", dueDate: "2027-01-01" });
    await worker(a).runUntilIdle();
    for (const language of NOTIFICATION_LANGUAGES) {
      const [confirmation] = relay.smtp.to(addresses[language]);
      expect(relay.smtp.to(addresses[language])).toHaveLength(1);
      expect(confirmation.parsed.text).toContain("/notifications/confirm?token=");
      const token = new URL(linkIn(confirmation.parsed.text!, "/notifications/confirm")).searchParams.get("token")!;
      expect((await fetch(`${a.origin}/notifications/confirm`, { method: "POST", body: new URLSearchParams({ token }) })).status).toBe(200);
      // A link works once.
      expect((await fetch(`${a.origin}/notifications/confirm`, { method: "POST", body: new URLSearchParams({ token }) })).status).toBe(404);
    }

    const after = await head();
    await createMilestone({ regionCode: "15", kind: "NGO_HEARING", titleFi: title, titleSv: "Organisationernas hörande", titleEn: "NGO hearing on the strategy", dueDate: "2027-03-01" });
    await createMilestone({ regionCode: "06", kind: "OTHER", titleFi: "Toisen alueen asia", dueDate: "2027-03-02" });
    await worker(b).runUntilIdle();
    const [created] = await a.database.dataSource.query(`SELECT id::text AS id FROM milestone_event WHERE id > $1 AND region_code = '15'`, [after]);
    for (const language of NOTIFICATION_LANGUAGES) {
      const mails = relay.smtp.to(addresses[language]);
      expect(mails).toHaveLength(2);
      const mail = mails[1];
      const expectedTitle = language === "fi" ? title : language === "sv" ? "Organisationernas hörande" : "NGO hearing on the strategy";
      expect(mail.parsed.subject).toBe(`${TEXTS[language].type.CREATED}: ${expectedTitle}`);
      expect(mail.parsed.text).toContain(expectedTitle);
      expect(mail.parsed.html).toContain(`<h2>${TEXTS[language].type.CREATED}: ${expectedTitle}</h2>`);
      expect(mail.messageId).toContain(`event.${created.id}.`);
      expect(mail.header("List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");
      const unsubscribe = mail.header("List-Unsubscribe")!.replace(/^<|>$/g, "");
      expect(mail.parsed.text).toContain(unsubscribe);
      if (language === "sv") {
        // The mail client's one-click POST (RFC 8058): no page, no second step.
        const res = await fetch(unsubscribe, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "List-Unsubscribe=One-Click" });
        expect(res.status).toBe(200);
      }
    }
    await createMilestone({ regionCode: "15", kind: "NGO_HEARING", titleFi: "Unsubscriben jälkeen", dueDate: "2027-04-01" });
    await worker(a).runUntilIdle();
    expect(relay.smtp.to(addresses.sv)).toHaveLength(2);
    expect(relay.smtp.to(addresses.fi)).toHaveLength(3);
    expect(relay.smtp.to(addresses.en)).toHaveLength(3);
  });

  it("refuses bad input with stable codes and writes nothing", async () => {
    const [{ before }] = await a.database.dataSource.query(`SELECT count(*)::int AS before FROM notification_subscription`);
    const cases: [Record<string, unknown>, string, string | undefined][] = [
      [{ email: "ei-osoite" }, "BAD_USER_INPUT", "INVALID_EMAIL"],
      [{ email: `${"a".repeat(300)}@x.fi` }, "BAD_USER_INPUT", undefined],
      [{ email: "a@b.fi", filter: { regionCodes: ["99"] } }, "BAD_USER_INPUT", undefined],
      [{ email: "a@b.fi", filter: { municipalityCodes: ["000"] } }, "BAD_USER_INPUT", undefined],
      [{ email: "a@b.fi", filter: { kinds: ["NOPE"] } }, "BAD_USER_INPUT", "UNKNOWN_MILESTONE_KIND"],
      [{ email: "a@b.fi", ownerOrganisationId: Buffer.from("Organisation:1").toString("base64url") }, "UNAUTHENTICATED", undefined],
    ];
    for (const [input, code, reason] of cases) {
      const res = await a.query(SUBSCRIBE, { input });
      expect(res.errors?.[0].extensions?.code).toBe(code);
      if (reason) expect(res.errors?.[0].extensions?.reason).toBe(reason);
    }
    const [{ after }] = await a.database.dataSource.query(`SELECT count(*)::int AS after FROM notification_subscription`);
    expect(after).toBe(before);
  });

  it("signed-in editors manage their organisation's subscriptions, and only theirs", async () => {
    const org = (await mutate(`mutation { createOrganisation(input: { nameFi: "Keski-Suomen Omaiset ry", kind: LOCAL, regionCodes: ["13"] }) { id } }`)).createOrganisation.id;
    const other = (await mutate(`mutation { createOrganisation(input: { nameFi: "Muu ry", kind: LOCAL, regionCodes: ["13"] }) { id } }`)).createOrganisation.id;
    const editor = await a.token({ roles: ["editor"], organisations: [org] });
    const stranger = await a.token({ roles: ["editor"], organisations: [other] });
    const made = await mutate(SUBSCRIBE, { input: { email: "hallitus@omaiset.example", ownerOrganisationId: org, filter: { organisationId: org }, frequency: "WEEKLY" } }, editor);
    expect(made.subscribeToNotifications).toMatchObject({ status: "PENDING", subscription: { status: "PENDING", email: "hallitus@omaiset.example" } });
    const LIST = `query($org: ID!) { notificationSubscriptions(organisationId: $org) { id email status frequency filter { organisationId } } }`;
    const listed = await mutate(LIST, { org }, editor);
    expect(listed.notificationSubscriptions).toEqual([expect.objectContaining({ email: "hallitus@omaiset.example", frequency: "WEEKLY", filter: { organisationId: org } })]);
    const id = listed.notificationSubscriptions[0].id;
    expect((await a.query(LIST, { org }, { token: stranger })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect((await a.query(LIST, { org })).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    const CANCEL = `mutation($id: ID!) { cancelNotificationSubscription(id: $id) { id status } }`;
    expect((await a.query(CANCEL, { id }, { token: stranger })).errors?.[0].extensions?.code).toBe("NOT_FOUND");
    expect((await mutate(CANCEL, { id }, editor)).cancelNotificationSubscription.status).toBe("UNSUBSCRIBED");
  });

  it("a daily digest: one message with every matching event since the last, none when nothing happened", async () => {
    const email = "digest@yhdistys.example";
    await subscribeAndConfirm(email, { frequency: "DAILY", language: "en", filter: { regionCodes: ["11"], includeNational: false } });
    const from = await head();
    for (let i = 0; i < 3; i++) await createMilestone({ regionCode: "11", kind: "OTHER", titleFi: `Kooste ${i}`, titleEn: `Digest ${i}`, dueDate: "2027-05-01" });
    await worker(a).runUntilIdle(); // not due yet
    expect(relay.smtp.to(email)).toHaveLength(1);
    const tomorrow = new Date(Date.now() + 86_400_000 + 60_000);
    await worker(a).runUntilIdle(tomorrow);
    const digests = relay.smtp.to(email).slice(1);
    expect(digests).toHaveLength(1);
    expect(digests[0].parsed.subject).toBe("Reform: 3 changes");
    for (let i = 0; i < 3; i++) expect(digests[0].parsed.text).toContain(`New milestone: Digest ${i}`);
    expect(digests[0].header("List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");
    const [{ cursor }] = await a.database.dataSource.query(`SELECT cursor::text FROM notification_subscription WHERE email = $1`, [email]);
    expect(BigInt(cursor) > BigInt(from)).toBe(true);
    // The next day with nothing new: no message.
    await worker(a).runUntilIdle(new Date(tomorrow.getTime() + 86_400_000 + 60_000));
    expect(relay.smtp.to(email)).toHaveLength(2);
  });

  /** Active subscriptions made directly (the opt-in is tested above): `n` addresses following one region. */
  async function activeSubscriptions(prefix: string, n: number, region: string): Promise<string[]> {
    const emails = Array.from({ length: n }, (_, i) => `${prefix}-${i}@bulk.example`);
    await a.database.dataSource.query(
      `INSERT INTO notification_subscription (channel, email, language, frequency, region_codes, include_national, status, unsubscribe_token, cursor)
       SELECT 'EMAIL', e, 'fi', 'IMMEDIATE', ARRAY[$2::text], false, 'ACTIVE', md5(e), (SELECT coalesce(max(id), 0) FROM milestone_event)
       FROM unnest($1::text[]) AS e`, [emails, region]);
    return emails;
  }

  it("two delivering instances send each event once per subscription", async () => {
    const emails = await activeSubscriptions("two", 60, "08");
    for (let i = 0; i < 4; i++) await createMilestone({ regionCode: "08", kind: "OTHER", titleFi: `Kaksi ${i}`, dueDate: "2027-06-01" });
    const [w1, w2] = [worker(a, { batchSize: 7 }), worker(b, { batchSize: 7 })];
    const [s1, s2] = await Promise.all([w1.runUntilIdle(), w2.runUntilIdle()]);
    expect(s1 + s2).toBe(60 * 4);
    const received = relay.smtp.received.filter((m) => emails.includes(m.to));
    expect(received).toHaveLength(60 * 4);
    expect(new Set(received.map((m) => m.messageId)).size).toBe(60 * 4);
  });

  it("kill -9 of a delivering `yhdyspinta worker` process mid-batch loses nothing and re-sends at most that batch", async () => {
    const emails = await activeSubscriptions("kill", 40, "09");
    for (let i = 0; i < 3; i++) await createMilestone({ regionCode: "09", kind: "OTHER", titleFi: `Kaatuva ${i}`, dueDate: "2027-07-01" });
    const expected = 40 * 3;
    const mine = () => relay.smtp.received.filter((m) => emails.includes(m.to));
    // The relay accepts 25 messages and then stalls: the child is stuck in the middle of its batch.
    relay.smtp.holdAfter(25);
    const cli = join(__dirname, "../../cli/dist/main.js");
    const child = spawn(process.execPath, [cli, "worker"], {
      env: { ...process.env, DATABASE_URL: a.database.url, SMTP_URL: relay.smtp.url, PUBLIC_URL: a.origin, REGIONS: "", LOG_LEVEL: "silent" },
      stdio: "ignore",
    });
    try {
      await waitFor(() => mine().length === 25 && relay.smtp.held > 0, "the child to be stalled mid-batch", 30_000);
      child.kill("SIGKILL");
      await new Promise((resolve) => child.once("exit", resolve));
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
    }
    relay.smtp.holdAfter(Infinity);
    await worker(a).runUntilIdle();
    const ids = mine().map((m) => m.messageId);
    expect(new Set(ids).size).toBe(expected);   // nothing lost
    expect(ids.length - expected).toBeLessThanOrEqual(25); // re-sent: at most what the killed batch had sent
    const [{ behind }] = await a.database.dataSource.query(
      `SELECT count(*)::int AS behind FROM notification_subscription WHERE email = ANY($1) AND cursor < (SELECT max(id) FROM milestone_event)`, [emails]);
    expect(behind).toBe(0);
    expect(relay.smtp.errors).toEqual([]); // the killed sender's reset connection is the only failure the relay saw
  });
});
