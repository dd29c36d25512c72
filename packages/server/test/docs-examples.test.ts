import { Kind, parse, type DocumentNode, type OperationDefinitionNode } from "graphql";
import { loadRegionPlugins } from "@yhdyspinta/server";
import { createTestEnvironment, notificationsToMailFolder, type GraphQLResponse, type MailFolder, type TestEnvironment } from "@yhdyspinta/testing";
import { documentationFiles, graphqlExamples, type GraphQLExample } from "./docs-markdown";
import { emptyParts } from "./empty-answer";

/*
 * Every ```graphql block in README.md and docs/*.md runs against a server with every region
 * plug-in on the demo data, in file order, and must answer with data: no errors, no null root
 * field, and every list and connection in the answer non-empty somewhere (a nested list may be
 * empty under one parent, not under all of them). A reader who pastes an example sees results.
 *
 * Annotations, HTML comments directly above a block (invisible on GitHub):
 *   <!-- example: role coordinator regions=15 -->   send a token of that role (roles comma-separated;
 *                                                   regions= / organisations= lists for the scopes)
 *   <!-- example: variables {"id": "..."} -->       the variables to send (JSON)
 *   <!-- example: error BAD_USER_INPUT UNKNOWN_MUNICIPALITY -->  the block shows an error: every
 *                                                   error has this code (and reason, if given)
 *   <!-- example: empty reason -->                  an empty list or null field is the point
 *   <!-- example: skip reason -->                   not a runnable operation (a schema snippet...);
 *                                                   listed as a skipped test with its reason
 * Subscriptions run over graphql-ws and must deliver an event, so they replay history with `after`
 * ("0" = from the first stored event).
 */

const KEYS = new Set(["role", "variables", "error", "empty", "skip"]);
const examples = documentationFiles().flatMap(graphqlExamples);
const where = (e: GraphQLExample) => `${e.file}:${e.line}`;
const annotation = (e: GraphQLExample, key: string) => e.annotations.find((a) => a.key === key)?.value;

let env: TestEnvironment;
let mail: MailFolder;
beforeAll(async () => {
  env = await createTestEnvironment({ plugins: loadRegionPlugins(null), seed: "demo" });
  // As `npm start` does without SMTP_URL: mail (e.g. a subscription's confirmation) goes to a folder.
  mail = await notificationsToMailFolder("http://localhost:4000");
});
afterAll(async () => {
  await mail?.close();
  await env?.close();
});

/** `coordinator regions=15` → a token request. */
function tokenRequest(value: string): { roles: any[]; regions?: string[]; organisations?: string[] } {
  const [roles, ...scopes] = value.split(/\s+/);
  const request: { roles: any[]; regions?: string[]; organisations?: string[] } = { roles: roles.split(",") };
  for (const scope of scopes) {
    const [key, list] = scope.split("=");
    if (key !== "regions" && key !== "organisations") throw new Error(`unknown scope "${key}" in role annotation (regions=, organisations=)`);
    request[key] = list.split(",");
  }
  return request;
}

/** A subscription that only waits for live events could wait for ever: it must replay from a cursor. */
function replaysHistory(operation: OperationDefinitionNode, variables: Record<string, unknown> | undefined): boolean {
  return operation.selectionSet.selections.some((s) => s.kind === Kind.FIELD && (s.arguments ?? []).some((arg) =>
    arg.name.value === "after" &&
    (arg.value.kind === Kind.VARIABLE ? variables?.[arg.value.name.value] != null : arg.value.kind !== Kind.NULL)));
}

async function execute(example: GraphQLExample, document: DocumentNode): Promise<GraphQLResponse> {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (operations.length !== 1) throw new Error(`holds ${operations.length} operations; an example is one operation (or mark it <!-- example: skip reason -->)`);
  const [operation] = operations;
  const variablesText = annotation(example, "variables");
  const variables = variablesText === undefined ? undefined : JSON.parse(variablesText) as Record<string, unknown>;
  const role = annotation(example, "role");
  const token = role === undefined ? undefined : await env.token(tokenRequest(role));
  if (operation.operation !== "subscription") return env.query(example.source, variables, { token });

  if (!replaysHistory(operation, variables)) throw new Error(`a subscription example must pass \`after\` (e.g. "0", or a variable given with <!-- example: variables ... -->) so that it receives stored events`);
  const client = env.wsClient(token ? { connectionParams: { authorization: `Bearer ${token}` } } : {});
  try {
    const subscription = client.subscribe(example.source, variables);
    if (annotation(example, "error") !== undefined) {
      await subscription.waitForError();
      return { status: 200, errors: subscription.errors, statements: NaN };
    }
    const [first] = await subscription.waitForResults(1);
    subscription.unsubscribe();
    return { status: 200, data: first, errors: subscription.errors.length ? subscription.errors : undefined, statements: NaN };
  } finally {
    await client.dispose();
  }
}

function problemsOf(example: GraphQLExample, res: GraphQLResponse): string[] {
  const expectedError = annotation(example, "error");
  if (expectedError !== undefined) {
    const [code, reason] = expectedError.split(/\s+/);
    if (!res.errors?.length) return [`expected a ${expectedError} error, got data ${JSON.stringify(res.data)}`];
    return res.errors
      .filter((e) => e.extensions?.code !== code || (reason !== undefined && e.extensions?.reason !== reason))
      .map((e) => `expected ${expectedError}, got ${e.extensions?.code} ${e.extensions?.reason ?? ""}: ${e.message}`);
  }
  if (res.errors?.length) return res.errors.map((e) => `error ${e.extensions?.code}${e.extensions?.reason ? ` ${e.extensions.reason}` : ""}: ${e.message}`);
  if (!res.data) return [`no data (HTTP ${res.status})`];
  return annotation(example, "empty") !== undefined ? [] : emptyParts(res.data);
}

describe("GraphQL examples in README.md and docs/*.md", () => {
  it("are found in README.md and docs/, every annotation known and every skip with a reason", () => {
    expect(examples.filter((e) => e.file === "README.md").length).toBeGreaterThan(0);
    expect(examples.filter((e) => e.file.startsWith("docs/")).length).toBeGreaterThan(0);
    const bad = examples.flatMap((e) => e.annotations
      .filter((a) => !KEYS.has(a.key) || ((a.key === "skip" || a.key === "empty" || a.key === "role" || a.key === "error") && !a.value))
      .map((a) => `${where(e)}: <!-- example: ${a.key} ${a.value} --> (keys: ${[...KEYS].join(", ")}; skip and empty need a reason)`));
    expect(bad).toEqual([]);
  });

  // In file order, one server: a mutation's effect is visible to the examples after it, as for a reader.
  for (const example of examples) {
    const skip = annotation(example, "skip");
    if (skip !== undefined) {
      it.skip(`${where(example)} (skipped: ${skip})`, () => undefined);
      continue;
    }
    it(`${where(example)} answers with data`, async () => {
      let problems: string[];
      try {
        problems = problemsOf(example, await execute(example, parse(example.source)));
      } catch (error) {
        problems = [error instanceof Error ? error.message : String(error)];
      }
      if (problems.length) throw new Error(`${where(example)}:\n  ${problems.join("\n  ")}\n--- the example ---\n${example.source}`);
    });
  }
});

describe("the emptiness check", () => {
  it("flags empty lists, zero counts and null roots, but not a list empty under one parent only", () => {
    expect(emptyParts({ a: { totalCount: 2, nodes: [{ xs: [] }, { xs: [1] }] }, b: null, c: { totalCount: 0, edges: [] } }))
      .toEqual(["b is null", "c.totalCount is empty", "c.edges is empty"]);
    expect(emptyParts({ regions: [{ code: "15" }] })).toEqual([]);
  });
});
