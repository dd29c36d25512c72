import { printSchema } from "graphql";
import { registeredTypeNames } from "@yhdyspinta/core/internal";
import { availableRegionPlugins, buildSchemaFor, regionsDirectory, loadConfig, loadRegionPlugins } from "@yhdyspinta/server";

/** "pohjois-karjala" → "PohjoisKarjala": the prefix a plug-in's GraphQL names carry by convention. */
const pascal = (folder: string) => folder.split("-").map((w) => w[0].toUpperCase() + w.slice(1)).join("");

// This file never loads the other plug-ins: what REGIONS=keski-suomi means for a server process.
describe("REGIONS=keski-suomi", () => {
  it("loads only Keski-Suomi, and the other plug-ins leave no trace in the schema or in type-graphql's metadata", async () => {
    const config = loadConfig({ REGIONS: "keski-suomi" });
    const plugins = loadRegionPlugins(config.regions);
    expect(plugins.map((p) => p.name)).toEqual(["keski-suomi"]);
    const sdl = printSchema(await buildSchemaFor(plugins));

    expect(sdl).toContain("type KeskiSuomiPartnershipTable");
    expect(sdl).toMatch(/type CooperationBody implements Node \{[^}]*keskiSuomiPartnershipTable: KeskiSuomiPartnershipTable/s);
    for (const trace of [/uusimaa/i, /pohjoisKarjala/i, /kehittäjäryhmä/i, /addressedTo/]) {
      expect(sdl).not.toMatch(trace);
    }
    // Not even loaded: no class of theirs reached type-graphql's global decorator metadata.
    const names = registeredTypeNames();
    expect(names).toContain("KeskiSuomiPartnershipTable");
    expect(names.filter((n) => /Uusimaa|PohjoisKarjala/.test(n))).toEqual([]);
    // The same for every other package under regions/, including ones added later.
    const others = availableRegionPlugins().filter((name) => name !== "keski-suomi").map(pascal);
    expect(others.length).toBeGreaterThan(0);
    for (const prefix of others) {
      expect(sdl).not.toContain(prefix);
      expect(names.filter((n) => n.startsWith(prefix))).toEqual([]);
    }
  });

  it("refuses a REGIONS entry that names no installed plug-in", () => {
    expect(() => loadRegionPlugins(["keski-suomi", "lappi"])).toThrow(`Region plug-in "lappi": is not installed: REGIONS names a package that is not in ${regionsDirectory()} (available: ${availableRegionPlugins().join(", ")})`);
  });
});
