import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { CORE_VERSION, loadReferenceData } from "@yhdyspinta/core/internal";

export interface ScaffoldOptions {
  /** Package-style name, e.g. "pirkanmaa". */
  name: string;
  /** Wellbeing region codes the plug-in serves, e.g. ["13"]. */
  regions: string[];
  /** The repository root (holds packages/ and tsconfig.base.json). */
  repoRoot?: string;
  /** Where to write the package; default <repoRoot>/regions/<name>. */
  targetDir?: string;
  /** Add the package to the root tsconfig.json references (default: when it is written under regions/). */
  register?: boolean;
}

export function defaultRepoRoot(): string {
  return resolve(__dirname, "..", "..", "..");
}

const words = (name: string) => name.split("-");
const pascal = (name: string) => words(name).map((w) => w[0].toUpperCase() + w.slice(1)).join("");
// The name people read ("Varsinais-Suomi"), where code needs one identifier ("VarsinaisSuomi").
const title = (name: string) => words(name).map((w) => w[0].toUpperCase() + w.slice(1)).join("-");
const camel = (name: string) => pascal(name)[0].toLowerCase() + pascal(name).slice(1);

/** Major.minor of the running core, as the range a new plug-in declares. */
function coreRange(): string {
  const [major, minor] = CORE_VERSION.split(".");
  return `^${major}.${minor}.0`;
}

/** Replaces __TOKENS__ in a template; templates avoid backticks so they stay readable here. */
function fill(template: string, tokens: Record<string, string>): string {
  return template.replace(/__([A-Z]+(?:_[A-Z]+)*)__/g, (match, key: string) => tokens[key] ?? match);
}

const PACKAGE_JSON = `{
  "name": "@yhdyspinta/region-__NAME__",
  "version": "0.1.0",
  "private": true,
  "description": "Region plug-in for wellbeing region(s) __REGION_LIST__",
  "main": "dist/index.js",
  "types": "dist/index.d.ts",
  "license": "MIT",
  "peerDependencies": {
    "@yhdyspinta/core": "__CORE_RANGE__",
    "class-validator": "0.15.1",
    "type-graphql": "2.0.0-rc.4",
    "typeorm": "1.1.1"
  }
}
`;

const TSCONFIG = `{
  "extends": "__BASE__",
  "compilerOptions": { "rootDir": "src", "outDir": "dist" },
  "include": ["src"],
  "references": [{ "path": "__CORE__" }]
}
`;

const TEST_TSCONFIG = `{
  "extends": "__TEST_BASE__",
  "compilerOptions": { "noEmit": true, "rootDir": "." },
  "include": ["."],
  "references": [{ "path": "__TEST_CORE__" }, { "path": "__TEST_SERVER__" }, { "path": "__TEST_TESTING__" }, { "path": ".." }]
}
`;

// The example feature: a structure of the region's own (theme groups of a cooperation body), kept in
// the plug-in's table keyed by the core body and shown as a field on CooperationBody. The body itself,
// its kind and a contact role of the plug-in's own type come from the core's building blocks.
const ENTITY = `import { DemoFlag, KeyColumn, Node, NodeEntity, TextField } from "@yhdyspinta/core";
import { ObjectType } from "type-graphql";
import { Entity } from "typeorm";

/** A theme group (teemaryhmä) of a cooperation body: what only __NAME__ records. */
@ObjectType("__PASCAL__ThemeGroup", { simpleResolvers: true, implements: Node })
@DemoFlag()
@Entity("__PREFIX__theme_group")
export class __PASCAL__ThemeGroup extends NodeEntity {
  static readonly typeName = "__PASCAL__ThemeGroup";

  @KeyColumn()
  bodyId: number;

  @TextField()
  name: string;
}
`;

const INPUTS = `import { IdInput, NonEmptyText } from "@yhdyspinta/core";
import { InputType } from "type-graphql";

@InputType()
export class Add__PASCAL__ThemeGroupInput {
  @IdInput({ description: "The CooperationBody." })
  bodyId: string;

  @NonEmptyText(200)
  name: string;
}
`;

const SERVICE = `import {
  CooperationBody, Reason, UserInputError, emitReformEvent, inTransaction, insertRow, lockBody, parseIntId, requireCooperationManager, type YhdyspintaContext,
} from "@yhdyspinta/core";
import { REGIONS } from "../regions";
import { __PASCAL__ThemeGroup } from "./theme-group.entity";
import type { Add__PASCAL__ThemeGroupInput } from "./theme-group.inputs";

/** Writes of theme groups: the only place with SQL (resolvers call this). */
export class __PASCAL__ThemeGroupService {
  add(ctx: YhdyspintaContext, input: Add__PASCAL__ThemeGroupInput): Promise<__PASCAL__ThemeGroup> {
    const bodyId = parseIntId(input.bodyId, CooperationBody.typeName, "bodyId");
    return inTransaction(ctx, async (em) => {
      // The body and every region it reaches, locked; then a coordinator of those regions (or an admin) may.
      const body = await lockBody(em, bodyId, input.bodyId);
      requireCooperationManager(ctx, body.regionCodes);
      // Theme groups are this plug-in's structure: only for bodies of the regions it serves.
      const outside = body.regionCodes.filter((code) => !REGIONS.includes(code));
      if (outside.length) throw new UserInputError(\`Region(s) \${outside.join(", ")}: not served by this plug-in\`, { field: "bodyId", reason: Reason.REGION_NOT_SERVED });
      const row = Object.assign(new __PASCAL__ThemeGroup(), await insertRow(em, ctx.dataSource.getMetadata(__PASCAL__ThemeGroup), { bodyId, name: input.name }));
      // NGOs following the body's regions hear of it: subscriptions, e-mail, feeds.
      await emitReformEvent(em, {
        subjectType: "__PASCAL__ThemeGroup", subjectId: row.dbId, regionCodes: body.regionCodes, kind: "COOPERATION_BODY",
        title: { fi: "Uusi teemaryhmä: " + input.name, sv: "Ny temagrupp: " + input.name, en: "New theme group: " + input.name },
        date: new Date().toISOString().slice(0, 10),
      });
      return row;
    });
  }
}

export const __CAMEL__ThemeGroups = new __PASCAL__ThemeGroupService();
`;

const MIGRATION = `import type { MigrationInterface, QueryRunner } from "typeorm";

/** Tables of the __NAME__ plug-in, all prefixed __PREFIX__: what it keeps beside the core's cooperation bodies. */
export class __PASCAL____TIMESTAMP__ implements MigrationInterface {
  name = "__PASCAL____TIMESTAMP__";

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      "CREATE TABLE __PREFIX__theme_group (" +
        " id integer GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY," +
        " body_id integer NOT NULL REFERENCES cooperation_body(id) ON DELETE CASCADE," +
        " name text NOT NULL," +
        " is_demo boolean NOT NULL DEFAULT false)",
    );
    await q.query("CREATE INDEX __PREFIX__theme_group_body_idx ON __PREFIX__theme_group(body_id, id)");
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query("DROP TABLE IF EXISTS __PREFIX__theme_group");
  }
}
`;

const RESOLVER = `import { CooperationBody, inputMutation, loadEntitiesByKey, mutationResolver, Role, type YhdyspintaContext } from "@yhdyspinta/core";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { __PASCAL__ThemeGroup } from "./theme-group.entity";
import { Add__PASCAL__ThemeGroupInput } from "./theme-group.inputs";
import { __CAMEL__ThemeGroups } from "./theme-group.service";

/** Adds CooperationBody.__CAMEL__ThemeGroups (batched per request); the mutation below. */
@Resolver(() => CooperationBody)
export class __PASCAL__ThemeGroupResolver {
  @FieldResolver(() => [__PASCAL__ThemeGroup], { description: "__TITLE__: the body's theme groups." })
  __CAMEL__ThemeGroups(@Root() body: CooperationBody, @Ctx() ctx: YhdyspintaContext): Promise<__PASCAL__ThemeGroup[]> {
    return loadEntitiesByKey(ctx, __PASCAL__ThemeGroup, "body_id", body.dbId);
  }
}

export const __PASCAL__ThemeGroupMutationResolver = mutationResolver("__PASCAL__ThemeGroupMutationResolver", [Role.COORDINATOR, Role.ADMIN], {
  add__PASCAL__ThemeGroup: inputMutation(__PASCAL__ThemeGroup, Add__PASCAL__ThemeGroupInput, (ctx, input) => __CAMEL__ThemeGroups.add(ctx, input), {
    description: "__TITLE__: adds a theme group to a cooperation body.",
  }),
});
`;

const INDEX = `/** Region plug-in __NAME__ for wellbeing region(s) __REGION_LIST__. */
import { defineRegionPlugin, insertCooperationBody, nodeFetcherById } from "@yhdyspinta/core";
import { __PASCAL____TIMESTAMP__ } from "./migrations/__TIMESTAMP__-__NAME__";
import { REGIONS } from "./regions";
import { __PASCAL__ThemeGroup } from "./theme-group/theme-group.entity";
import { __PASCAL__ThemeGroupMutationResolver, __PASCAL__ThemeGroupResolver } from "./theme-group/theme-group.resolver";

export * from "./theme-group/theme-group.entity";

export default defineRegionPlugin({
  name: "__NAME__",
  regions: REGIONS,
  coreVersion: "__CORE_RANGE__",
  entities: [__PASCAL__ThemeGroup],
  migrations: [__PASCAL____TIMESTAMP__],
  resolvers: [__PASCAL__ThemeGroupResolver, __PASCAL__ThemeGroupMutationResolver],
  nodeTypes: { [__PASCAL__ThemeGroup.typeName]: nodeFetcherById(__PASCAL__ThemeGroup) },
  // The region's own kind of body and contact role, with labels every front end shows.
  vocabularies: {
    cooperationBodyKinds: [{ code: "__UPPER___FORUM", labels: { fi: "Yhteistyöfoorumi", sv: "Samarbetsforum", en: "Cooperation forum" } }],
    contactRoleTypes: [{ code: "__UPPER___FORUM_CONTACT", labels: { fi: "Foorumin yhteyshenkilö", sv: "Forumets kontaktperson", en: "Forum contact person" } }],
  },
  // Demo rows (flagged demo): a forum and its contact person in every region the plug-in serves.
  async seed({ manager, regionCodes }) {
    for (const code of regionCodes) {
      const forum = await insertCooperationBody(manager, { kind: "__UPPER___FORUM", nameFi: "Yhteistyöfoorumi " + code + " (demo)", regionCodes: [code], demo: true });
      await manager.query("INSERT INTO __PREFIX__theme_group (body_id, name) VALUES ($1, 'Ikäihmiset')", [forum.dbId]);
      const [person] = await manager.query("INSERT INTO person (name, region_code, is_demo) VALUES ('Demo Yhteyshenkilö', $1, true) RETURNING id", [code]);
      await manager.query("INSERT INTO contact_role (person_id, type, region_code, is_demo) VALUES ($1, '__UPPER___FORUM_CONTACT', $2, true)", [person.id, code]);
    }
  },
});
`;

const REGIONS_TS = `/** The wellbeing regions this plug-in serves. */
export const REGIONS = __REGIONS_JSON__;
`;

const TEST = `import { attempt, createTestEnvironment, expectedAttempt, type TestEnvironment } from "@yhdyspinta/testing";
import plugin from "../src";

let env: TestEnvironment;
/** A coordinator of the plug-in's first region, and one of a region it does not serve. */
let coordinator: string;
let otherCoordinator: string;
let forumId: string;
beforeAll(async () => {
  env = await createTestEnvironment({ plugins: [plugin], seed: "demo" });
  coordinator = await env.token({ roles: ["coordinator"], regions: ["__FIRST_REGION__"] });
  otherCoordinator = await env.token({ roles: ["coordinator"], regions: ["__OTHER_REGION__"] });
});
afterAll(async () => { await env?.close(); });

const FORUMS = "{ region(code: \\"__FIRST_REGION__\\") { cooperationBodies(filter: { kinds: [\\"__UPPER___FORUM\\"] }) { nodes { id kindLabel(language: EN) __CAMEL__ThemeGroups { name } } }" +
  " contactRoles(filter: { types: [\\"__UPPER___FORUM_CONTACT\\"] }) { nodes { typeLabel(language: SV) } } } }";
const ADD = "mutation($input: Add__PASCAL__ThemeGroupInput!) { add__PASCAL__ThemeGroup(input: $input) { name } }";

describe("__NAME__ plug-in", () => {
  it("seeds a forum (a core cooperation body of the plug-in's kind) with a theme group, and a contact role, in its region", async () => {
    const res = await env.query(FORUMS);
    expect(res.errors).toBeUndefined();
    const [forum] = res.data.region.cooperationBodies.nodes;
    expect(forum).toMatchObject({ kindLabel: "Cooperation forum", __CAMEL__ThemeGroups: [{ name: "Ikäihmiset" }] });
    expect(res.data.region.contactRoles.nodes).toEqual([{ typeLabel: "Forumets kontaktperson" }]);
    forumId = forum.id;
  });

  it("adds a theme group, which NGOs following the region hear of as a reform event", async () => {
    const added = await env.query(ADD, { input: { bodyId: forumId, name: "Nuoret" } }, { token: coordinator });
    expect(added.errors).toBeUndefined();
    const events = await env.query("{ milestoneEvents(first: 100, filter: { regionCodes: [\\"__FIRST_REGION__\\"], includeNational: false }) { nodes { milestone { title } } } }");
    expect(events.errors).toBeUndefined();
    expect(events.data.milestoneEvents.nodes.map((e: any) => e.milestone.title)).toContain("Uusi teemaryhmä: Nuoret");
  });

  it("lets only a coordinator of the forum's region add a theme group, to a body of the plug-in's regions; a refusal writes nothing", async () => {
    const input = { input: { bodyId: forumId, name: "Perheet" } };
    const tables = ["__PREFIX__theme_group"];
    expect(await attempt(env, tables, ADD, input, undefined)).toEqual(expectedAttempt("UNAUTHENTICATED"));
    expect(await attempt(env, tables, ADD, input, otherCoordinator)).toEqual(expectedAttempt("FORBIDDEN"));
    expect(await attempt(env, tables, ADD, input, coordinator)).toEqual(expectedAttempt("ok"));
    // Nor to a body of a region the plug-in does not serve, even by that region's coordinator.
    const other = await env.query("{ region(code: \\"__OTHER_REGION__\\") { cooperationBodies(first: 1) { nodes { id } } } }");
    const elsewhere = { input: { bodyId: other.data.region.cooperationBodies.nodes[0].id, name: "Vieras" } };
    expect(await attempt(env, tables, ADD, elsewhere, otherCoordinator)).toEqual({ outcome: "BAD_USER_INPUT", changed: false });
    const refused = await env.query(ADD, elsewhere, { token: otherCoordinator });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "REGION_NOT_SERVED", field: "bodyId" });
  });
});
`;

const README = `# @yhdyspinta/region-__NAME__

Region plug-in for wellbeing region(s) __REGION_LIST__, scaffolded by \`yhdyspinta region new\`.

It composes the core's cooperation building blocks: a body kind \`__UPPER___FORUM\` and a contact role
type \`__UPPER___FORUM_CONTACT\` with fi/sv/en labels, demo rows of both in each region, and one
structure of its own: theme groups of a body (table \`__PREFIX__theme_group\`, field
\`CooperationBody.__CAMEL__ThemeGroups\`, mutation \`add__PASCAL__ThemeGroup\`, which tells the region's
followers through a reform event). Replace the example with the region's own structures; see
docs/plugins.md.

Authorisation: the mutation needs a coordinator of the body's regions or an admin
(\`@Authorized(Role.COORDINATOR, Role.ADMIN)\` plus \`lockBody\` and \`requireCooperationManager\` from
\`@yhdyspinta/core\`); its test sends tokens made with \`env.token(...)\`. See docs/security.md.

\`\`\`sh
npm install                                   # links the new workspace package
npx tsc -b && npx jest regions/__NAME__         # type-check and run this plug-in's tests
REGIONS=__NAME__ npm start                      # a server with only this plug-in enabled
\`\`\`
`;

/** Writes a working plug-in package: it passes its own test without edits. Returns the files written. */
export function scaffoldRegionPlugin(options: ScaffoldOptions): string[] {
  const { name } = options;
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name)) throw new Error(`"${name}" is not a valid plug-in name: use lower-case letters, digits and single hyphens`);
  const known = loadReferenceData().regions.map((r) => r.code);
  if (options.regions.length === 0) throw new Error("give the region codes the plug-in serves: --regions 13[,14]");
  for (const code of options.regions) {
    if (!known.includes(code)) throw new Error(`unknown wellbeing region code "${code}" (known: ${known.join(", ")})`);
  }
  const repoRoot = resolve(options.repoRoot ?? defaultRepoRoot());
  const target = resolve(options.targetDir ?? join(repoRoot, "regions", name));
  if (existsSync(target)) throw new Error(`${target} already exists`);
  const rel = (from: string, to: string) => relative(from, join(repoRoot, to)).split("\\").join("/");
  const timestamp = String(Date.now());
  const other = known.find((c) => !options.regions.includes(c))!;
  const tokens: Record<string, string> = {
    NAME: name, TITLE: title(name), PASCAL: pascal(name), CAMEL: camel(name), UPPER: name.replace(/-/g, "_").toUpperCase(), PREFIX: `${name.replace(/-/g, "_")}_`, TIMESTAMP: timestamp,
    REGION_LIST: options.regions.join(", "), REGIONS_JSON: JSON.stringify(options.regions), FIRST_REGION: options.regions[0], OTHER_REGION: other,
    CORE_VERSION, CORE_RANGE: coreRange(),
    BASE: rel(target, "tsconfig.base.json"), CORE: rel(target, "packages/core"),
    TEST_BASE: rel(join(target, "test"), "tsconfig.base.json"), TEST_CORE: rel(join(target, "test"), "packages/core"),
    TEST_SERVER: rel(join(target, "test"), "packages/server"), TEST_TESTING: rel(join(target, "test"), "packages/testing"),
  };
  const files: Record<string, string> = {
    "package.json": PACKAGE_JSON, "tsconfig.json": TSCONFIG, "README.md": README,
    "src/index.ts": INDEX, "src/regions.ts": REGIONS_TS, "src/theme-group/theme-group.entity.ts": ENTITY, "src/theme-group/theme-group.inputs.ts": INPUTS,
    "src/theme-group/theme-group.service.ts": SERVICE, "src/theme-group/theme-group.resolver.ts": RESOLVER,
    [`src/migrations/${timestamp}-${name}.ts`]: MIGRATION,
    "test/tsconfig.json": TEST_TSCONFIG, [`test/${name}.test.ts`]: TEST,
  };
  const written: string[] = [];
  for (const [file, template] of Object.entries(files)) {
    const path = join(target, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, fill(template, tokens));
    written.push(path);
  }
  const register = options.register ?? relative(join(repoRoot, "regions"), target) === name;
  if (register) {
    const rootConfig = join(repoRoot, "tsconfig.json");
    const config = JSON.parse(readFileSync(rootConfig, "utf8"));
    for (const path of [`regions/${name}`, `regions/${name}/test`]) {
      if (!config.references.some((r: { path: string }) => r.path === path)) config.references.push({ path });
    }
    writeFileSync(rootConfig, `${JSON.stringify(config, null, 2)}\n`);
  }
  return written;
}
