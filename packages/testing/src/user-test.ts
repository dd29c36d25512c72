import type { RegionPlugin } from "@yhdyspinta/core/internal";
import type { TokenRequest } from "@yhdyspinta/server";
import { toGlobalId } from "@yhdyspinta/core/internal";
import { authorisationMatrix, pluginMutations, type AuthorisationMatrix, type CallerRequest } from "./authorisation";
import { waitFor } from "./graphql-ws-client";
import { createTestEnvironment, type GraphQLResponse, type TestEnvironment, type TestEnvironmentOptions } from "./test-environment";

/** A test file's environment and one signed-in user; `env` and `token` are set in `beforeAll`. */
export interface UserTest {
  env: TestEnvironment;
  /** The user's token. */
  token: string;
  /** Runs a document (anonymously unless `token` is given) and expects it to succeed. */
  ok<T = any>(document: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>>;
  /** Runs a document as the user, errors included in the answer. */
  mutate<T = any>(document: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** Runs a document as the user, expects it to succeed and returns its data. */
  mutateOk<T = any>(document: string, variables?: Record<string, unknown>): Promise<T>;
}

/**
 * Declares (in the calling test file) an environment made with `options` and a token for `user`,
 * closed after the file's tests: the set-up most test files share.
 */
export function userTest(options: TestEnvironmentOptions, user: Partial<TokenRequest> & Pick<TokenRequest, "roles">): UserTest {
  const test: UserTest = {
    env: undefined as unknown as TestEnvironment,
    token: "",
    async ok(document, variables, token) {
      const res = await test.env.query(document, variables, { token });
      expect(res.errors).toBeUndefined();
      return res;
    },
    mutate: (document, variables) => test.env.query(document, variables, { token: test.token }),
    mutateOk: async (document, variables) => (await test.ok(document, variables, test.token)).data,
  };
  beforeAll(async () => {
    test.env = await createTestEnvironment(options);
    test.token = await test.env.token(user);
  });
  afterAll(async () => { await test.env?.close(); });
  return test;
}

/** What a region plug-in's test file works with: the plug-in with the demo data and a coordinator of its region. */
export interface RegionPluginTest extends UserTest {
  /** The coordinator's token (= `token`): may change the region's cooperation structures. */
  readonly coordinator: string;
  /** The titles of the milestone events that followers of `region` receive live while `change` runs. */
  heardOnSubscription(region: string, change: () => Promise<unknown>): Promise<string[]>;
  /** The global id, as a `type`, of the first row `sql` returns (its `id` column). */
  firstId(type: string, sql: string, params?: unknown[]): Promise<string>;
  /**
   * Declares (inside the current describe) the plug-in's authorisation matrix: every case as every
   * caller, and that the cases cover every mutation the plug-in adds to the core schema.
   */
  authorisationMatrix<C extends string>(matrix: Omit<AuthorisationMatrix<C>, "env" | "mutations" | "callers" | "tokens"> & { callers: Record<C, CallerRequest> }): void;
}

/** Declares (in the calling test file) an environment with `plugin` and the demo data, and a coordinator of `regionCode`. */
export function regionPluginTest(plugin: RegionPlugin, regionCode: string): RegionPluginTest {
  const base = userTest({ plugins: [plugin], seed: "demo" }, { roles: ["coordinator"], regions: [regionCode], subject: `coord-${regionCode}` });
  return Object.defineProperties(base, {
    coordinator: { get: () => base.token },
    heardOnSubscription: {
      async value(region: string, change: () => Promise<unknown>): Promise<string[]> {
        const ws = base.env.wsClient();
        const before = base.env.milestoneEvents.subscriberCount;
        const sub = ws.subscribe<{ milestoneEvents: { milestone: { title: string } } }>(
          `subscription($filter: MilestoneEventFilter) { milestoneEvents(filter: $filter) { milestone { title } } }`,
          { filter: { regionCodes: [region], includeNational: false } });
        await waitFor(() => base.env.milestoneEvents.subscriberCount > before, "the subscription to register");
        await change();
        const titles = (await sub.waitForResults(1)).map((e) => e.milestoneEvents.milestone.title);
        await ws.dispose();
        return titles;
      },
    },
    firstId: {
      async value(type: string, sql: string, params: unknown[] = []): Promise<string> {
        const [row] = await base.env.database.dataSource.query(sql, params);
        if (!row) throw new Error(`no row for ${type}: ${sql}`);
        return toGlobalId(type, row.id);
      },
    },
    authorisationMatrix: {
      value<C extends string>(matrix: Omit<AuthorisationMatrix<C>, "env" | "mutations" | "callers" | "tokens"> & { callers: Record<C, CallerRequest> }): void {
        authorisationMatrix({ ...matrix, env: () => base.env, mutations: () => pluginMutations(base.env) });
      },
    },
  }) as RegionPluginTest;
}
