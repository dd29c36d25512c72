import type { RegionPlugin } from "@yhdyspinta/core/internal";
import { waitFor } from "./graphql-ws-client";
import { createTestEnvironment, type GraphQLResponse, type TestEnvironment } from "./test-environment";

/** What a region plug-in's test file works with; `env` and `coordinator` are set in `beforeAll`. */
export interface RegionPluginTest {
  env: TestEnvironment;
  /** A token of a coordinator of the plug-in's region: may change the region's cooperation structures. */
  coordinator: string;
  /** Runs a document (anonymously unless `token` is given) and expects it to succeed. */
  ok<T = any>(document: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>>;
  /** Runs a document as the coordinator, errors included in the answer. */
  mutate<T = any>(document: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** The titles of the milestone events that followers of `region` receive live while `change` runs. */
  heardOnSubscription(region: string, change: () => Promise<unknown>): Promise<string[]>;
}

/**
 * Declares (in the calling test file) an environment with `plugin` and the demo data, and a
 * coordinator of `regionCode`: the set-up every region plug-in's tests share.
 */
export function regionPluginTest(plugin: RegionPlugin, regionCode: string): RegionPluginTest {
  const test: RegionPluginTest = {
    env: undefined as unknown as TestEnvironment,
    coordinator: "",
    async ok(document, variables, token) {
      const res = await test.env.query(document, variables, { token });
      expect(res.errors).toBeUndefined();
      return res;
    },
    mutate: (document, variables) => test.env.query(document, variables, { token: test.coordinator }),
    async heardOnSubscription(region, change) {
      const ws = test.env.wsClient();
      const before = test.env.milestoneEvents.subscriberCount;
      const sub = ws.subscribe<{ milestoneEvents: { milestone: { title: string } } }>(
        `subscription($filter: MilestoneEventFilter) { milestoneEvents(filter: $filter) { milestone { title } } }`,
        { filter: { regionCodes: [region], includeNational: false } });
      await waitFor(() => test.env.milestoneEvents.subscriberCount > before, "the subscription to register");
      await change();
      const titles = (await sub.waitForResults(1)).map((e) => e.milestoneEvents.milestone.title);
      await ws.dispose();
      return titles;
    },
  };
  beforeAll(async () => {
    test.env = await createTestEnvironment({ plugins: [plugin], seed: "demo" });
    test.coordinator = await test.env.token({ roles: ["coordinator"], regions: [regionCode], subject: `coord-${regionCode}` });
  });
  afterAll(async () => { await test.env?.close(); });
  return test;
}
