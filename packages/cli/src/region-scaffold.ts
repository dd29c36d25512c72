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

const ENTITY = `import { DemoFlag, Node, NodeEntity } from "@yhdyspinta/core";
import { Field, ObjectType } from "type-graphql";
import { Column, Entity } from "typeorm";

@ObjectType({ simpleResolvers: true, implements: Node, description: "__PASCAL__: a cooperation forum between the wellbeing region and NGOs." })
@DemoFlag()
@Entity("__PREFIX__cooperation_forum")
export class __PASCAL__CooperationForum extends NodeEntity {
  static readonly typeName = "__PASCAL__CooperationForum";

  @Field()
  @Column({ name: "region_code", type: "varchar", length: 2 })
  regionCode: string;

  @Field()
  @Column({ type: "text" })
  name: string;
}
`;

const INPUTS = `import { Length } from "class-validator";
import { Field, InputType } from "type-graphql";

@InputType()
export class Create__PASCAL__CooperationForumInput {
  @Field()
  @Length(2, 2)
  regionCode: string;

  @Field()
  @Length(1, 300)
  name: string;
}
`;

const SERVICE = `import {
  inTransaction, insertRow, loadEntitiesByKey, Reason, requireRegionRole, UserInputError, type YhdyspintaContext,
} from "@yhdyspinta/core";
import { __PASCAL__CooperationForum } from "./cooperation-forum.entity";
import type { Create__PASCAL__CooperationForumInput } from "./cooperation-forum.inputs";
import { REGIONS } from "../regions";

/** Reads and writes of cooperation forums: the only place with SQL (resolvers call this). */
export class __PASCAL__CooperationForumService {
  byRegion(ctx: YhdyspintaContext, regionCode: string): Promise<__PASCAL__CooperationForum[]> {
    return loadEntitiesByKey(ctx, __PASCAL__CooperationForum, "region_code", regionCode);
  }

  async create(ctx: YhdyspintaContext, input: Create__PASCAL__CooperationForumInput): Promise<__PASCAL__CooperationForum> {
    if (!REGIONS.includes(input.regionCode)) {
      throw new UserInputError("The region is not served by this plug-in", { field: "regionCode", reason: Reason.REGION_NOT_SERVED });
    }
    // Scoped check: a coordinator of this very region (or an admin). For an existing row, read its
    // region inside the transaction and check before writing; see docs/security.md.
    requireRegionRole(ctx, input.regionCode);
    return inTransaction(ctx, async (em) => {
      const row = await insertRow(em, ctx.dataSource.getMetadata(__PASCAL__CooperationForum), { regionCode: input.regionCode, name: input.name });
      return Object.assign(new __PASCAL__CooperationForum(), row);
    });
  }
}

export const __CAMEL__CooperationForumService = new __PASCAL__CooperationForumService();
`;

const MIGRATION = `import type { MigrationInterface, QueryRunner } from "typeorm";

/** Tables of the __NAME__ plug-in, all prefixed __PREFIX__. */
export class __PASCAL____TIMESTAMP__ implements MigrationInterface {
  name = "__PASCAL____TIMESTAMP__";

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      "CREATE TABLE __PREFIX__cooperation_forum (" +
        " id integer GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY," +
        " region_code varchar(2) NOT NULL REFERENCES wellbeing_region(code)," +
        " name text NOT NULL," +
        " is_demo boolean NOT NULL DEFAULT false)",
    );
    await q.query("CREATE INDEX __PREFIX__cooperation_forum_region_idx ON __PREFIX__cooperation_forum(region_code, id)");
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query("DROP TABLE IF EXISTS __PREFIX__cooperation_forum");
  }
}
`;

const RESOLVER = `import { Role, WellbeingRegion, type YhdyspintaContext } from "@yhdyspinta/core";
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { __PASCAL__CooperationForum } from "./cooperation-forum.entity";
import { Create__PASCAL__CooperationForumInput } from "./cooperation-forum.inputs";
import { __CAMEL__CooperationForumService as forums } from "./cooperation-forum.service";
import { REGIONS } from "../regions";

@Resolver(() => __PASCAL__CooperationForum)
export class __PASCAL__CooperationForumResolver {
  @Query(() => [__PASCAL__CooperationForum], { description: "__PASCAL__: cooperation forums of the regions this plug-in serves." })
  async __CAMEL__CooperationForums(@Ctx() ctx: YhdyspintaContext): Promise<__PASCAL__CooperationForum[]> {
    return (await Promise.all(REGIONS.map((code) => forums.byRegion(ctx, code)))).flat();
  }

  // Coarse gate: signed in as a coordinator or an admin (UNAUTHENTICATED / FORBIDDEN otherwise).
  @Authorized(Role.COORDINATOR, Role.ADMIN)
  @Mutation(() => __PASCAL__CooperationForum, { description: "__PASCAL__: creates a cooperation forum." })
  create__PASCAL__CooperationForum(
    @Ctx() ctx: YhdyspintaContext,
    @Arg("input", () => Create__PASCAL__CooperationForumInput) input: Create__PASCAL__CooperationForumInput,
  ): Promise<__PASCAL__CooperationForum> {
    return forums.create(ctx, input);
  }
}

/** Adds a field to the core type WellbeingRegion; batched per request through a DataLoader. */
@Resolver(() => WellbeingRegion)
export class Region__PASCAL__CooperationForumsResolver {
  @FieldResolver(() => [__PASCAL__CooperationForum], { description: "__PASCAL__: the region's cooperation forums." })
  __CAMEL__CooperationForums(@Root() region: WellbeingRegion, @Ctx() ctx: YhdyspintaContext): Promise<__PASCAL__CooperationForum[]> {
    return forums.byRegion(ctx, region.code);
  }
}
`;

const INDEX = `/** Region plug-in __NAME__ for wellbeing region(s) __REGION_LIST__. */
import { defineRegionPlugin, nodeFetcherById } from "@yhdyspinta/core";
import { __PASCAL__CooperationForum } from "./cooperation-forum/cooperation-forum.entity";
import { __PASCAL__CooperationForumResolver, Region__PASCAL__CooperationForumsResolver } from "./cooperation-forum/cooperation-forum.resolver";
import { __PASCAL____TIMESTAMP__ } from "./migrations/__TIMESTAMP__-__NAME__";
import { REGIONS } from "./regions";

export * from "./cooperation-forum/cooperation-forum.entity";

export default defineRegionPlugin({
  name: "__NAME__",
  regions: REGIONS,
  coreVersion: "__CORE_RANGE__",
  entities: [__PASCAL__CooperationForum],
  migrations: [__PASCAL____TIMESTAMP__],
  resolvers: [__PASCAL__CooperationForumResolver, Region__PASCAL__CooperationForumsResolver],
  milestoneKinds: [],
  nodeTypes: {
    [__PASCAL__CooperationForum.typeName]: nodeFetcherById(__PASCAL__CooperationForum),
  },
  async seed({ manager, regionCodes }) {
    for (const code of regionCodes) {
      await manager.query("INSERT INTO __PREFIX__cooperation_forum (region_code, name) VALUES ($1, $2)", [code, "Demo cooperation forum " + code]);
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
beforeAll(async () => {
  env = await createTestEnvironment({ plugins: [plugin], seed: "demo" });
  coordinator = await env.token({ roles: ["coordinator"], regions: ["__FIRST_REGION__"] });
  otherCoordinator = await env.token({ roles: ["coordinator"], regions: ["__OTHER_REGION__"] });
});
afterAll(async () => { await env?.close(); });

const CREATE = "mutation($input: Create__PASCAL__CooperationForumInput!) { create__PASCAL__CooperationForum(input: $input) { id name } }";

describe("__NAME__ plug-in", () => {
  it("seeds a cooperation forum for each of its regions, listed under WellbeingRegion", async () => {
    const res = await env.query("{ region(code: \\"__FIRST_REGION__\\") { __CAMEL__CooperationForums { name regionCode } } }");
    expect(res.errors).toBeUndefined();
    expect(res.data.region.__CAMEL__CooperationForums).toEqual([{ name: "Demo cooperation forum __FIRST_REGION__", regionCode: "__FIRST_REGION__" }]);
  });

  it("creates a forum, resolves it by node(id:), and refuses a region it does not serve", async () => {
    const created = await env.query(CREATE, { input: { regionCode: "__FIRST_REGION__", name: "Yhteistyöfoorumi" } }, { token: coordinator });
    expect(created.errors).toBeUndefined();
    const id = created.data.create__PASCAL__CooperationForum.id;
    const node = await env.query("query($id: ID!) { node(id: $id) { __typename id } }", { id });
    expect(node.data.node).toEqual({ __typename: "__PASCAL__CooperationForum", id });
    const refused = await env.query(CREATE, { input: { regionCode: "__OTHER_REGION__", name: "X" } }, { token: otherCoordinator });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "REGION_NOT_SERVED" });
  });

  it("lets only a coordinator of the forum's region create it; a refusal writes nothing", async () => {
    const input = { input: { regionCode: "__FIRST_REGION__", name: "Foorumi" } };
    const tables = ["__PREFIX__cooperation_forum"];
    expect(await attempt(env, tables, CREATE, input, undefined)).toEqual(expectedAttempt("UNAUTHENTICATED"));
    expect(await attempt(env, tables, CREATE, input, otherCoordinator)).toEqual(expectedAttempt("FORBIDDEN"));
    expect(await attempt(env, tables, CREATE, input, coordinator)).toEqual(expectedAttempt("ok"));
  });
});
`;

const README = `# @yhdyspinta/region-__NAME__

Region plug-in for wellbeing region(s) __REGION_LIST__, scaffolded by \`yhdyspinta region new\`.

It adds a \`__PASCAL__CooperationForum\` type (table \`__PREFIX__cooperation_forum\`), the query
\`__CAMEL__CooperationForums\`, the mutation \`create__PASCAL__CooperationForum\` and the field
\`WellbeingRegion.__CAMEL__CooperationForums\`. Replace the example with the region's own structures;
see docs/plugins.md.

Authorisation: the mutation needs a coordinator of the forum's region or an admin
(\`@Authorized(Role.COORDINATOR, Role.ADMIN)\` plus \`requireRegionRole(ctx, regionCode)\` from
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
    NAME: name, PASCAL: pascal(name), CAMEL: camel(name), PREFIX: `${name.replace(/-/g, "_")}_`, TIMESTAMP: timestamp,
    REGION_LIST: options.regions.join(", "), REGIONS_JSON: JSON.stringify(options.regions), FIRST_REGION: options.regions[0], OTHER_REGION: other,
    CORE_VERSION, CORE_RANGE: coreRange(),
    BASE: rel(target, "tsconfig.base.json"), CORE: rel(target, "packages/core"),
    TEST_BASE: rel(join(target, "test"), "tsconfig.base.json"), TEST_CORE: rel(join(target, "test"), "packages/core"),
    TEST_SERVER: rel(join(target, "test"), "packages/server"), TEST_TESTING: rel(join(target, "test"), "packages/testing"),
  };
  const files: Record<string, string> = {
    "package.json": PACKAGE_JSON, "tsconfig.json": TSCONFIG, "README.md": README,
    "src/index.ts": INDEX, "src/regions.ts": REGIONS_TS, "src/cooperation-forum/cooperation-forum.entity.ts": ENTITY, "src/cooperation-forum/cooperation-forum.inputs.ts": INPUTS,
    "src/cooperation-forum/cooperation-forum.service.ts": SERVICE, "src/cooperation-forum/cooperation-forum.resolver.ts": RESOLVER,
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
