import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { configureNotifications, WebhookWorker } from "@yhdyspinta/core/internal";
import { createTestEnvironment, notificationsToSmtp, type SmtpNotifications, type TestEnvironment } from "@yhdyspinta/testing";
import { Webhook } from "standardwebhooks";

// Webhooks against real HTTP receivers that verify the Standard Webhooks signature themselves.
let env: TestEnvironment;
let mail: SmtpNotifications;
let admin: string;
let editor: string;
let org: string;
beforeAll(async () => {
  env = await createTestEnvironment();
  mail = await notificationsToSmtp(env.origin);
  admin = await env.token({ roles: ["admin"], subject: "admin" });
  org = (await env.query(`mutation { createOrganisation(input: { nameFi: "Verkkosivu ry", kind: LOCAL, regionCodes: ["14"] }) { id } }`, {}, { token: admin })).data.createOrganisation.id;
  editor = await env.token({ roles: ["editor"], organisations: [org] });
});
afterAll(async () => {
  await env?.close();
  await mail?.close();
});

interface Receiver {
  url: string;
  /** What the next requests get: a status, or "hang" (never answered). */
  answers: (number | "hang")[];
  requests: { headers: IncomingHttpHeaders; body: string; verified: boolean; verifiedWithOld: boolean }[];
  secret: string;
  oldSecret: string | null;
  server: Server;
  /** Stops the receiver, cutting the connections a "hang" left open. */
  close(): void;
}

async function receiver(): Promise<Receiver> {
  const r = { answers: [], requests: [], secret: "", oldSecret: null } as unknown as Receiver;
  r.close = () => {
    r.server.close();
    r.server.closeAllConnections();
  };
  r.server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const verify = (secret: string | null) => {
        if (!secret) return false;
        try { new Webhook(secret).verify(body, req.headers as Record<string, string>); return true; } catch { return false; }
      };
      r.requests.push({ headers: req.headers, body, verified: verify(r.secret), verifiedWithOld: verify(r.oldSecret) });
      const answer = r.answers.shift() ?? 200;
      if (answer === "hang") return;
      res.statusCode = answer;
      res.end();
    });
  });
  await new Promise<void>((resolve) => r.server.listen(0, "127.0.0.1", resolve));
  r.url = `http://127.0.0.1:${(r.server.address() as AddressInfo).port}/hook`;
  return r;
}

const CREATE = `mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { secret subscription { id status channel url cursor } } }`;
async function mutate(document: string, variables?: Record<string, unknown>, token = editor) {
  const res = await env.query(document, variables, { token });
  expect(res.errors).toBeUndefined();
  return res.data;
}
async function createMilestone(titleFi: string, regionCode = "14"): Promise<string> {
  return (await mutate(`mutation($input: CreateMilestoneInput!) { createMilestone(input: $input) { id } }`, { input: { regionCode, kind: "OTHER", titleFi, dueDate: "2027-09-01" } }, admin)).createMilestone.id;
}
const worker = (options: Partial<ConstructorParameters<typeof WebhookWorker>[0]> = {}) =>
  new WebhookWorker({ dataSource: env.database.dataSource, reference: env.database.reference, settings: { mailer: mail.mailer, publicUrl: env.origin }, retryBaseMs: 1000, ...options });
async function row(id: string) {
  const dbId = Number(Buffer.from(id, "base64url").toString().split(":")[1]);
  const [r] = await env.database.dataSource.query(`SELECT status, failures, last_error, next_attempt_at, cursor::text FROM notification_subscription WHERE id = $1`, [dbId]);
  return r;
}

describe("webhooks", () => {
  it("posts each matching event signed per Standard Webhooks, in cursor order", async () => {
    const r = await receiver();
    const created = await mutate(CREATE, { input: { url: r.url, ownerOrganisationId: org, contactEmail: "it@verkkosivu.example", filter: { regionCodes: ["14"], includeNational: false } } });
    r.secret = created.createWebhook.secret;
    expect(r.secret).toMatch(/^whsec_/);
    await createMilestone("Ensimmäinen");
    await createMilestone("Muualla", "13");
    await createMilestone("Toinen");
    expect(await worker().runUntilIdle()).toBe(2);
    expect(r.requests.map((q) => q.verified)).toEqual([true, true]);
    const bodies = r.requests.map((q) => JSON.parse(q.body));
    expect(bodies.map((b) => b.data.milestone.titleFi)).toEqual(["Ensimmäinen", "Toinen"]);
    expect(BigInt(bodies[0].data.cursor) < BigInt(bodies[1].data.cursor)).toBe(true);
    expect(r.requests[0].headers["webhook-id"]).toBe(`msg_${Number(Buffer.from(created.createWebhook.subscription.id, "base64url").toString().split(":")[1])}_${bodies[0].data.cursor}`);
    // A tampered body fails verification (the receiver's check is real).
    expect(() => new Webhook(r.secret).verify(r.requests[0].body.replace("Ensimmäinen", "Väärä"), r.requests[0].headers as Record<string, string>)).toThrow();
    r.close();
  });

  it("retries after 500s and timeouts with exponential backoff, keeping the same webhook-id, then delivers", async () => {
    const r = await receiver();
    const created = await mutate(CREATE, { input: { url: r.url, ownerOrganisationId: org, contactEmail: "it@verkkosivu.example", filter: { regionCodes: ["14"] } } });
    r.secret = created.createWebhook.secret;
    const id = created.createWebhook.subscription.id;
    await createMilestone("Uudelleen");
    r.answers = [500, "hang", 200];
    const w = worker({ timeoutMs: 300 });
    const t0 = Date.now();
    await w.runUntilIdle(() => new Date(t0));
    expect(await row(id)).toMatchObject({ failures: 1, last_error: expect.stringContaining("HTTP 500") });
    expect((await row(id)).next_attempt_at.getTime()).toBe(t0 + 1000);
    await w.runUntilIdle(() => new Date(t0 + 999)); // not yet due
    expect(r.requests).toHaveLength(1);
    await w.runUntilIdle(() => new Date(t0 + 1000));
    expect(await row(id)).toMatchObject({ failures: 2, last_error: expect.stringContaining("no answer") });
    expect((await row(id)).next_attempt_at.getTime()).toBe(t0 + 1000 + 2000); // doubled
    await w.runUntilIdle(() => new Date(t0 + 3000));
    expect(r.requests).toHaveLength(3);
    expect(new Set(r.requests.map((q) => q.headers["webhook-id"])).size).toBe(1);
    expect(r.requests.every((q) => q.verified)).toBe(true);
    expect(await row(id)).toMatchObject({ failures: 0, last_error: null, status: "ACTIVE" });
    r.close();
  });

  it("is disabled after the maximum of failures with a notice to its contact, and replay from a cursor re-sends and re-enables it", async () => {
    const r = await receiver();
    const created = await mutate(CREATE, { input: { url: r.url, ownerOrganisationId: org, contactEmail: "vastaava@verkkosivu.example", filter: { regionCodes: ["14"] } } });
    r.secret = created.createWebhook.secret;
    const { id, cursor: start } = created.createWebhook.subscription;
    await createMilestone("Ei perille");
    r.answers = [500, 500, 500];
    const w = worker({ maxFailures: 3 });
    let t = Date.now();
    for (let i = 0; i < 3; i++, t += 3_600_000) await w.runUntilIdle(() => new Date(t));
    expect(await row(id)).toMatchObject({ status: "DISABLED", failures: 3 });
    const [notice] = mail.smtp.to("vastaava@verkkosivu.example");
    expect(notice.parsed.subject).toContain("Webhook disabled");
    expect(notice.parsed.text).toContain(r.url);
    await w.runUntilIdle(() => new Date(t));
    expect(r.requests).toHaveLength(3); // disabled: no more attempts

    const replayed = await mutate(`mutation($id: ID!, $after: String!) { replayWebhook(id: $id, after: $after) { status failures } }`, { id, after: start });
    expect(replayed.replayWebhook).toEqual({ status: "ACTIVE", failures: 0 });
    await w.runUntilIdle(() => new Date(t));
    expect(r.requests).toHaveLength(4);
    expect(JSON.parse(r.requests[3].body).data.milestone.titleFi).toBe("Ei perille");
    const beyond = await env.query(`mutation($id: ID!) { replayWebhook(id: $id, after: "999999999") { status } }`, { id }, { token: editor });
    expect(beyond.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "CURSOR_BEYOND_HEAD" });
    r.close();
  });

  it("a rotated secret signs from now on and the old one stays valid for the grace period", async () => {
    const r = await receiver();
    const created = await mutate(CREATE, { input: { url: r.url, ownerOrganisationId: org, contactEmail: "it@verkkosivu.example", filter: { regionCodes: ["14"] } } });
    const old = created.createWebhook.secret;
    const rotated = await mutate(`mutation($id: ID!) { rotateWebhookSecret(id: $id, graceHours: 1) { secret } }`, { id: created.createWebhook.subscription.id });
    r.secret = rotated.rotateWebhookSecret.secret;
    r.oldSecret = old;
    expect(r.secret).not.toBe(old);
    await createMilestone("Kierrätys");
    await worker().runUntilIdle();
    expect(r.requests[0]).toMatchObject({ verified: true, verifiedWithOld: true });
    // A rotation with no grace period: only the newest secret signs.
    const again = await mutate(`mutation($id: ID!) { rotateWebhookSecret(id: $id, graceHours: 0) { secret } }`, { id: created.createWebhook.subscription.id });
    r.oldSecret = r.secret;
    r.secret = again.rotateWebhookSecret.secret;
    await createMilestone("Kierrätyksen jälkeen");
    await worker().runUntilIdle();
    expect(r.requests[1]).toMatchObject({ verified: true, verifiedWithOld: false });
    // Someone else's webhook cannot be rotated.
    const stranger = await env.token({ roles: ["editor"], organisations: [] });
    const refused = await env.query(`mutation($id: ID!) { rotateWebhookSecret(id: $id) { secret } }`, { id: created.createWebhook.subscription.id }, { token: stranger });
    expect(refused.errors?.[0].extensions?.code).toBe("NOT_FOUND");
    r.close();
  });

  it("in production refuses http and non-public addresses at registration and at delivery", async () => {
    configureNotifications({ mailer: mail.mailer, publicUrl: env.origin, production: true });
    try {
      for (const [url, reason] of [
        ["http://127.0.0.1:9/hook", "HTTPS_REQUIRED"], ["https://127.0.0.1/hook", "NON_PUBLIC_ADDRESS"], ["https://10.1.2.3/hook", "NON_PUBLIC_ADDRESS"],
        ["https://169.254.169.254/latest", "NON_PUBLIC_ADDRESS"], ["https://[::1]/hook", "NON_PUBLIC_ADDRESS"], ["https://localhost/hook", "NON_PUBLIC_ADDRESS"],
        ["ftp://example.fi/x", "HTTPS_REQUIRED"], ["not a url", "INVALID_URL"],
      ] as const) {
        const res = await env.query(CREATE, { input: { url, ownerOrganisationId: org, contactEmail: "it@verkkosivu.example" } }, { token: editor });
        expect([url, res.errors?.[0].extensions?.reason]).toEqual([url, reason]);
      }
    } finally {
      configureNotifications({ mailer: mail.mailer, publicUrl: env.origin });
    }
    // Registered outside production, delivered by a production worker: refused at delivery, nothing sent.
    const r = await receiver();
    const created = await mutate(CREATE, { input: { url: r.url, ownerOrganisationId: org, contactEmail: "it@verkkosivu.example", filter: { regionCodes: ["14"] } } });
    await createMilestone("Tuotannossa");
    await worker({ settings: { mailer: mail.mailer, publicUrl: env.origin, production: true } }).runUntilIdle();
    expect(r.requests).toHaveLength(0);
    expect((await row(created.createWebhook.subscription.id)).last_error).toMatch(/https|public/);
    r.close();
  });
});
