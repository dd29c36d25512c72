import { Client } from "pg";
import { Field, FieldResolver, ObjectType, Query, Resolver } from "type-graphql";
import { Entity, PrimaryColumn, type MigrationInterface, type QueryRunner } from "typeorm";
import { CORE_VERSION, defineRegionPlugin, Organisation, vocabularyEntries, vocabularyLabel, type RegionPlugin } from "@yhdyspinta/core/internal";
import { buildSchemaFor, openDatabase } from "@yhdyspinta/server";
import { createDatabase, dropDatabase, testDatabaseName, testServerUrl } from "@yhdyspinta/testing";

// Small throw-away plug-ins, each wrong in one way. Start-up must fail and name the plug-in.
const base = { regions: ["13"], coreVersion: `^${CORE_VERSION}` };

@ObjectType("Organisation")
class FakeOrganisation {
  @Field() name: string;
}
@Resolver()
class FakeOrganisationResolver {
  @Query(() => FakeOrganisation) fakeOrganisation(): FakeOrganisation { return { name: "x" }; }
}

@ObjectType("SharedName")
class SharedA {
  @Field() a: string;
}
@ObjectType("SharedName")
class SharedB {
  @Field() b: string;
}
@Resolver()
class SharedAResolver {
  @Query(() => SharedA) sharedA(): SharedA { return { a: "a" }; }
}
@Resolver()
class SharedBResolver {
  @Query(() => SharedB) sharedB(): SharedB { return { b: "b" }; }
}

@Resolver(() => Organisation)
class OrganisationNameResolver {
  @FieldResolver(() => String) name(): string { return "overridden"; }
}
@Resolver(() => Organisation)
class ExtraFieldResolverA {
  @FieldResolver(() => String) extraField(): string { return "a"; }
}
@Resolver(() => Organisation)
class ExtraFieldResolverB {
  @FieldResolver(() => String) extraField(): string { return "b"; }
}

@Entity("wrong_table")
class WronglyNamed {
  @PrimaryColumn() id: number;
}

class Broken1731999999999 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE broken_first (id int)`);
    await q.query(`ALTER TABLE no_such_table ADD COLUMN x int`);
  }
  async down(): Promise<void> {}
}

const plugin = (p: Partial<RegionPlugin> & { name: string }) => defineRegionPlugin({ ...base, ...p });

describe("region plug-in start-up checks", () => {
  it("refuses an unknown region code", async () => {
    await expect(buildSchemaFor([plugin({ name: "bad-region", regions: ["13", "99"] })])).rejects.toThrow(/Region plug-in "bad-region": unknown wellbeing region code "99"/);
  });

  it("refuses a plug-in written for another core version", async () => {
    await expect(buildSchemaFor([plugin({ name: "old", coreVersion: "^2.0.0" })])).rejects.toThrow(`Region plug-in "old": needs core ^2.0.0, but this core is ${CORE_VERSION}`);
    await expect(buildSchemaFor([plugin({ name: "vague", coreVersion: "latest" })])).rejects.toThrow(/Region plug-in "vague": unsupported version range "latest"/);
  });

  it("refuses a type named like a core type", async () => {
    await expect(buildSchemaFor([plugin({ name: "clash", resolvers: [FakeOrganisationResolver] })])).rejects.toThrow(/Region plug-in "clash": its schema does not combine with the core: .*"Organisation"/);
  });

  it("refuses two plug-ins defining the same type name or the same field on a core type", async () => {
    await expect(buildSchemaFor([plugin({ name: "first", resolvers: [SharedAResolver] }), plugin({ name: "second", resolvers: [SharedBResolver] })]))
      .rejects.toThrow(`Region plug-in "second": the GraphQL type "SharedName" is also defined by region plug-in "first"`);
    await expect(buildSchemaFor([plugin({ name: "first", resolvers: [ExtraFieldResolverA] }), plugin({ name: "second", resolvers: [ExtraFieldResolverB] })]))
      .rejects.toThrow(`Region plug-in "second": the field Organisation.extraField is also defined by region plug-in "first"`);
    // Each alone is fine, and a plug-in's field does not outlive its schema.
    await expect(buildSchemaFor([plugin({ name: "first", resolvers: [ExtraFieldResolverA] })])).resolves.toBeDefined();
    const plain = await buildSchemaFor([]);
    expect(Object.keys((plain.getType("Organisation") as any).getFields())).not.toContain("extraField");
  });

  it("refuses a plug-in that redefines a core field", async () => {
    await expect(buildSchemaFor([plugin({ name: "override", resolvers: [OrganisationNameResolver] })])).rejects.toThrow(`Region plug-in "override": redefines the field Organisation.name, which the core already defines`);
  });

  it("refuses tables without the plug-in's prefix, duplicate names, and milestone kinds or node types owned by the core", async () => {
    await expect(buildSchemaFor([plugin({ name: "prefix-test", entities: [WronglyNamed] })])).rejects.toThrow(`Region plug-in "prefix-test": entity WronglyNamed must name its table with the prefix "prefix_test_" (got "wrong_table")`);
    await expect(buildSchemaFor([plugin({ name: "twice" }), plugin({ name: "twice" })])).rejects.toThrow(`Region plug-in "twice": is enabled twice`);
    await expect(buildSchemaFor([plugin({ name: "kinds", milestoneKinds: ["LAW_PASSED"] })])).rejects.toThrow(/Region plug-in "kinds": milestone kind "LAW_PASSED" is already registered by core/);
    await expect(buildSchemaFor([plugin({ name: "nodes", nodeTypes: { Organisation: () => null } })])).rejects.toThrow(/Region plug-in "nodes": node type "Organisation" is already registered by core/);
  });

  it("adds a plug-in's vocabulary values with their labels, and refuses codes owned by the core, unknown vocabularies and values without a Finnish label", async () => {
    const forum = { code: "NGO_FORUM", labels: { fi: "Järjestöfoorumi", sv: "Organisationsforum", en: "NGO forum" } };
    await buildSchemaFor([plugin({ name: "vocab", vocabularies: { cooperationBodyKinds: [forum] }, milestoneKinds: ["VOCAB_OLD_STYLE"] })]);
    expect(vocabularyEntries("cooperationBodyKinds")).toContainEqual({ ...forum, source: "vocab" });
    expect(vocabularyLabel("cooperationBodyKinds", "NGO_FORUM", "SV")).toBe("Organisationsforum");
    // The old bare form still registers; the code is its label until one is given.
    expect(vocabularyLabel("milestoneKinds", "VOCAB_OLD_STYLE", "EN")).toBe("VOCAB_OLD_STYLE");
    await expect(buildSchemaFor([plugin({ name: "roles", vocabularies: { memberRoles: [{ code: "CHAIR", labels: { fi: "Pj" } }] } })]))
      .rejects.toThrow(/Region plug-in "roles": member role "CHAIR" is already registered by core/);
    await expect(buildSchemaFor([plugin({ name: "unknown-vocab", vocabularies: { colours: [forum] } as any })]))
      .rejects.toThrow(/Region plug-in "unknown-vocab": unknown vocabulary "colours"/);
    await expect(buildSchemaFor([plugin({ name: "no-label", vocabularies: { documentKinds: [{ code: "MEMO", labels: { fi: "" } }] } })]))
      .rejects.toThrow(/Region plug-in "no-label": document kind "MEMO" needs a Finnish label/);
  });

  it("names the plug-in and migration when a migration fails, and leaves none of it behind", async () => {
    const serverUrl = testServerUrl();
    const name = testDatabaseName();
    const url = await createDatabase(serverUrl, name, process.env.TEST_TEMPLATE_DATABASE);
    try {
      await expect(openDatabase(
        { databaseUrl: url, embeddedDataDir: "", embeddedPort: 0, seed: "none", poolSize: 1 },
        [plugin({ name: "broken", migrations: [Broken1731999999999] })],
      )).rejects.toThrow(/Region plug-in "broken": migration Broken1731999999999 failed: .*no_such_table/);
      const client = new Client({ connectionString: url });
      await client.connect();
      const { rows } = await client.query(`SELECT to_regclass('broken_first') AS t, (SELECT count(*)::int FROM migrations WHERE name LIKE 'Broken%') AS n`);
      await client.end();
      expect(rows[0]).toEqual({ t: null, n: 0 });
    } finally {
      await dropDatabase(serverUrl, name);
    }
  });
});
