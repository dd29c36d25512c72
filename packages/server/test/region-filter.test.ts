import { printSchema } from "graphql";
import { registeredTypeNames } from "@yhdyspinta/core";
import { buildSchemaFor, loadConfig, loadRegionPlugins } from "@yhdyspinta/server";

// This file never loads uusimaa or pohjois-karjala: what REGIONS=keski-suomi means for a server process.
describe("REGIONS=keski-suomi", () => {
  it("loads only Keski-Suomi, and the other plug-ins leave no trace in the schema or in type-graphql's metadata", async () => {
    const config = loadConfig({ REGIONS: "keski-suomi" });
    const plugins = loadRegionPlugins(config.regions);
    expect(plugins.map((p) => p.name)).toEqual(["keski-suomi"]);
    const sdl = printSchema(await buildSchemaFor(plugins));

    expect(sdl).toContain("type PartnershipTable implements Node");
    expect(sdl).toMatch(/type Organisation implements Node \{[^}]*partnershipTableSeats\(/s);
    expect(sdl).toMatch(/type WellbeingRegion implements Node \{[^}]*partnershipTables: \[PartnershipTable!\]!/s);
    for (const trace of [/uusimaa/i, /pohjoisKarjala/i, /ngoContactPerson/, /kehittäjäryhmä/i, /järjestöneuvottelukunta/i]) {
      expect(sdl).not.toMatch(trace);
    }
    // Not even loaded: no class of theirs reached type-graphql's global decorator metadata.
    const names = registeredTypeNames();
    expect(names).toContain("PartnershipTable");
    expect(names.filter((n) => /Uusimaa|PohjoisKarjala/.test(n))).toEqual([]);
  });

  it("refuses a REGIONS entry that names no installed plug-in", () => {
    expect(() => loadRegionPlugins(["keski-suomi", "lappi"])).toThrow(/Region plug-in "lappi": is not installed.*available: keski-suomi, pohjois-karjala, uusimaa/);
  });
});
