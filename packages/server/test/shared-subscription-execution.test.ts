import { userTest, waitFor } from "@yhdyspinta/testing";

// Subscribers of one document with the same variables share one execution per event (see
// shared-subscription-execution.ts) only when they may see the same: an organisation's contact
// details are personal data, null for anonymous subscribers and visible to signed-in ones.
/** An admin: may write any milestone. */
const admin = userTest({}, { roles: ["admin"], subject: "admin" });

const SUBSCRIBE = `subscription($filter: MilestoneEventFilter) {
  milestoneEvents(filter: $filter) { cursor newStatus milestone { id organisation { name contact { email } } } }
}`;
type Event = { milestoneEvents: { cursor: string; newStatus: string; milestone: { id: string; organisation: { name: string; contact: { email: string | null } | null } } } };

const mutate = admin.mutateOk;

describe("shared subscription execution", () => {
  it("never hands one viewer's result to a viewer who may see less (or more)", async () => {
    const org = await mutate(`mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`,
      { input: { nameFi: "Jaettu yhdistys ry", kind: "LOCAL", email: "hallitus@jaettu.example" } });
    const milestone = await mutate(`mutation($input: CreateMilestoneInput!) { createMilestone(input: $input) { id } }`,
      { input: { regionCode: "15", kind: "NGO_HEARING", titleFi: "Jaettu kuuleminen", dueDate: "2026-03-03", organisationId: org.createOrganisation.id } });

    // Alternating anonymous and signed-in subscribers, so whichever executes first, the other kind follows it.
    const editorA = await admin.env.token({ roles: ["editor"], subject: "editor-a" });
    const editorB = await admin.env.token({ roles: ["editor"], subject: "editor-b" });
    const coordinator = await admin.env.token({ roles: ["coordinator"], subject: "coord", regions: ["15"] });
    const viewers: Array<{ token: string | null; seesContact: boolean }> = [
      { token: null, seesContact: false },
      { token: editorA, seesContact: true },
      { token: null, seesContact: false },
      { token: coordinator, seesContact: true },
      { token: editorB, seesContact: true },
      { token: null, seesContact: false },
    ];
    const before = admin.env.milestoneEvents.subscriberCount;
    const subs = viewers.map((v) => {
      const ws = admin.env.wsClient(v.token ? { connectionParams: { authorization: `Bearer ${v.token}` } } : {});
      return { ...v, sub: ws.subscribe<Event>(SUBSCRIBE, { filter: { regionCodes: ["15"] } }) };
    });
    await waitFor(() => admin.env.milestoneEvents.subscriberCount >= before + viewers.length, "every subscription to register");

    const statuses = ["IN_PROGRESS", "POSTPONED", "IN_PROGRESS"];
    for (const status of statuses) {
      await mutate(`mutation($id: ID!, $s: MilestoneStatus!) { changeMilestoneStatus(id: $id, status: $s) { id } }`, { id: milestone.createMilestone.id, s: status });
    }
    for (const { sub, seesContact } of subs) {
      const events = await sub.waitForResults(statuses.length);
      expect(events.map((e) => e.milestoneEvents.newStatus)).toEqual(statuses);
      for (const e of events) {
        expect(e.milestoneEvents.milestone.organisation.name).toBe("Jaettu yhdistys ry");
        expect(e.milestoneEvents.milestone.organisation.contact).toEqual(seesContact ? { email: "hallitus@jaettu.example" } : null);
      }
    }
    // Every subscriber got the same events in the same order.
    const cursors = subs.map(({ sub }) => sub.results.map((e) => e.milestoneEvents.cursor).join());
    expect(new Set(cursors).size).toBe(1);
  });

  it("keeps subscribers with different variables apart", async () => {
    const milestone = await mutate(`mutation($input: CreateMilestoneInput!) { createMilestone(input: $input) { id } }`,
      { input: { regionCode: "14", kind: "NGO_HEARING", titleFi: "Kieliversiot", titleSv: "Språkversioner", dueDate: "2026-04-04" } });
    const document = `subscription($filter: MilestoneEventFilter, $language: Language!) {
      milestoneEvents(filter: $filter) { newStatus milestone { title(language: $language) } }
    }`;
    type Titled = { milestoneEvents: { newStatus: string; milestone: { title: string } } };
    const before = admin.env.milestoneEvents.subscriberCount;
    const fi = admin.env.wsClient().subscribe<Titled>(document, { filter: { regionCodes: ["14"] }, language: "FI" });
    const sv = admin.env.wsClient().subscribe<Titled>(document, { filter: { regionCodes: ["14"] }, language: "SV" });
    await waitFor(() => admin.env.milestoneEvents.subscriberCount >= before + 2, "both subscriptions to register");
    await mutate(`mutation($id: ID!) { changeMilestoneStatus(id: $id, status: IN_PROGRESS) { id } }`, { id: milestone.createMilestone.id });
    expect((await fi.waitForResults(1))[0].milestoneEvents.milestone.title).toBe("Kieliversiot");
    expect((await sv.waitForResults(1))[0].milestoneEvents.milestone.title).toBe("Språkversioner");
  });
});
