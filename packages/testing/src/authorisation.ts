import { toGlobalId } from "@yhdyspinta/core/internal";
import { buildSchemaFor, type TokenRequest } from "@yhdyspinta/server";
import type { TestEnvironment } from "./test-environment";

/**
 * Helpers for authorisation tests: run a mutation as someone and report what happened, including
 * whether any row of the given tables changed (a refusal must leave the data exactly as it was).
 */
/** NOT_FOUND: a refusal that does not reveal the target exists (e.g. another organisation's notification subscription). */
export type AuthOutcome = "ok" | "FORBIDDEN" | "UNAUTHENTICATED" | "NOT_FOUND";

export interface AttemptResult {
  /** "ok" when there were no errors and data came back; otherwise the error codes, comma-separated. */
  outcome: string;
  /** Whether any row of the watched tables differs afterwards. */
  changed: boolean;
}

/** Every row of the tables, as text (generated search vectors left out), to compare before and after. */
export async function snapshotTables(env: TestEnvironment, tables: readonly string[]): Promise<string> {
  const parts = await Promise.all(tables.map((t) =>
    env.database.dataSource.query(`SELECT coalesce(json_agg(to_jsonb(x) - 'search_vector' ORDER BY to_jsonb(x)::text), '[]')::text AS rows FROM ${t} x`)));
  return parts.map((p, i) => `${tables[i]}: ${p[0].rows}`).join("\n");
}

/** Runs one operation with the token (none = anonymous) and reports its outcome and whether the tables changed. */
export async function attempt(
  env: TestEnvironment, tables: readonly string[], document: string, variables: Record<string, unknown> | undefined, token: string | undefined,
): Promise<AttemptResult> {
  const before = await snapshotTables(env, tables);
  const res = await env.query(document, variables, { token });
  const after = await snapshotTables(env, tables);
  const hasData = res.data != null && Object.values(res.data).some((v) => v != null);
  const outcome = res.errors?.length
    ? res.errors.map((e) => String(e.extensions?.code)).join(",") + (hasData ? " (with data)" : "")
    : hasData ? "ok" : "no data";
  return { outcome, changed: after !== before };
}

/** The expected result of an attempt: a success changes data, a refusal changes nothing. */
export function expectedAttempt(outcome: AuthOutcome): AttemptResult {
  return { outcome, changed: outcome === "ok" };
}

/** The root field a `mutation { field(...) }` document calls. */
export function mutationField(document: string): string {
  const match = /mutation[^{]*\{\s*(\w+)/.exec(document);
  if (!match) throw new Error(`not a mutation document: ${document}`);
  return match[1];
}

/** The names of all mutations of the environment's schema (by introspection). */
export async function schemaMutations(env: TestEnvironment): Promise<string[]> {
  const res = await env.query(`{ __schema { mutationType { fields { name } } } }`);
  return res.data.__schema.mutationType.fields.map((f: { name: string }) => f.name);
}

/** The mutations the environment's plug-ins add: its schema's mutations minus those of the core schema. */
export async function pluginMutations(env: TestEnvironment): Promise<string[]> {
  const core = new Set(Object.keys((await buildSchemaFor([])).getMutationType()?.getFields() ?? {}));
  return (await schemaMutations(env)).filter((m) => !core.has(m));
}

/** One row of an authorisation matrix: a mutation and the outcome expected for each kind of caller. */
export interface MatrixCase {
  name: string;
  document: string;
  /** The variables, or a function that sets the scene and returns them (run before every cell). */
  variables?: Record<string, unknown> | (() => Promise<Record<string, unknown> | undefined>);
  /** One outcome per caller, in the order of the matrix's `callers`. */
  expect: readonly AuthOutcome[];
}

export interface AuthorisationMatrix<C extends string> {
  /** The environment (read when a cell runs, so it may be assigned in beforeAll). */
  env: () => TestEnvironment;
  /** Every table the mutations could write: a refusal must leave all of them exactly as they were. */
  tables: readonly string[];
  /**
   * The kinds of caller, e.g. ["anonymous", "editorX", "coord15", "admin"] with their `tokens`; or
   * each with what it signs in with (see `caller`), and the matrix issues the tokens in beforeAll.
   */
  callers: readonly C[] | Record<C, CallerRequest>;
  /** Each caller's token (absent = anonymous), read when a cell runs, so it may be filled in beforeAll. */
  tokens?: Partial<Record<C, string>>;
  cases: readonly MatrixCase[];
  /** Runs before every cell, e.g. to reset fixtures. */
  beforeEachCell?: () => Promise<void>;
  /** The mutations the matrix must cover (each by at least one case), e.g. `() => pluginMutations(env)`. */
  mutations: () => Promise<string[]>;
}

/**
 * Declares, inside the current `describe`, one test per case x caller (outcome and whether the
 * tables changed, via `attempt`) and one test that every mutation in `mutations()` has a case.
 */
export function authorisationMatrix<C extends string>(matrix: AuthorisationMatrix<C>): void {
  const { callers, tokens }: { callers: readonly C[]; tokens: Partial<Record<C, string>> } = isCallerList(matrix.callers)
    ? { callers: matrix.callers, tokens: matrix.tokens ?? {} }
    : callerTokens(matrix.env, matrix.callers);
  for (const c of matrix.cases) {
    if (c.expect.length !== callers.length) {
      throw new Error(`authorisation matrix case "${c.name}" expects ${c.expect.length} outcomes for ${callers.length} callers`);
    }
  }
  const cells = matrix.cases.flatMap((c) => callers.map((caller, i) => [c.name, caller, c.expect[i], c] as const));
  it.each(cells)("%s as %s: %s", async (_name, caller, expected, c) => {
    await matrix.beforeEachCell?.();
    const variables = typeof c.variables === "function" ? await c.variables() : c.variables;
    expect(await attempt(matrix.env(), matrix.tables, c.document, variables, tokens[caller])).toEqual(expectedAttempt(expected));
  });
  it("has a case for every mutation it must cover", async () => {
    const mutations = await matrix.mutations();
    expect(mutations.length).toBeGreaterThan(0);
    const tested = new Set(matrix.cases.map((c) => mutationField(c.document)));
    expect(mutations.filter((m) => !tested.has(m))).toEqual([]);
  });
}

/** What a caller of a matrix signs in with: null for anonymous, a token request, or one worked out (in beforeAll) from the data. */
export type CallerRequest = CallerTokenRequest | null | ((env: TestEnvironment) => Promise<CallerTokenRequest>);
type CallerTokenRequest = Partial<TokenRequest> & Pick<TokenRequest, "roles">;

const editor = (organisation: string, subject = "editor"): CallerTokenRequest => ({ roles: ["editor"], organisations: [organisation], subject });

/** The kinds of caller authorisation matrices compare. */
export const caller = {
  anonymous: null as CallerRequest,
  admin: { roles: ["admin"], subject: "admin" } as CallerRequest,
  coordinator: (region: string): CallerTokenRequest => ({ roles: ["coordinator"], regions: [region], subject: `coord-${region}` }),
  editor,
  /** An editor of the `nth` organisation (from 0, by id) of a region of the data. */
  editorInRegion: (region: string, nth = 0, subject = "editor"): CallerRequest =>
    async (env) => editor(await organisationInRegion(env, region, nth), subject),
};

/** The global id of the `nth` organisation (from 0, by id) that operates in a region. */
export async function organisationInRegion(env: TestEnvironment, region: string, nth = 0): Promise<string> {
  const rows: { id: number }[] = await env.database.dataSource.query(
    `SELECT organisation_id AS id FROM organisation_region WHERE region_code = $1 ORDER BY organisation_id LIMIT 1 OFFSET $2`, [region, nth]);
  if (!rows[0]) throw new Error(`region ${region} has no organisation number ${nth}`);
  return toGlobalId("Organisation", rows[0].id);
}

/**
 * Declares (in the current describe) a beforeAll that signs each caller in; returns the callers in
 * the order given (a matrix's columns) and their tokens, filled in by that beforeAll.
 */
export function callerTokens<C extends string>(env: () => TestEnvironment, requests: Record<C, CallerRequest>): { callers: C[]; tokens: Partial<Record<C, string>> } {
  const callers = Object.keys(requests) as C[];
  const tokens: Partial<Record<C, string>> = {};
  beforeAll(async () => {
    for (const c of callers) {
      const request = requests[c];
      if (request) tokens[c] = await env().token(typeof request === "function" ? await request(env()) : request);
    }
  });
  return { callers, tokens };
}

function isCallerList<C extends string>(callers: readonly C[] | Record<C, CallerRequest>): callers is readonly C[] {
  return Array.isArray(callers);
}
