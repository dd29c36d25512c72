import { createHash } from "node:crypto";
import {
  ACCESSIBILITY_FEATURES,
  ACTIVITY_KINDS,
  LANGUAGES,
  ORGANISATION_KINDS,
  PARTNERSHIP_KINDS,
  PARTNERSHIP_STATUSES,
  TARGET_GROUPS,
  THEMES,
} from "../vocabulary/vocabulary";
import { isValidBusinessId } from "../organisation/business-id";
import { loadReferenceData } from "../region/reference-data";
import { finnishGenitive, generateDemoData, type DemoData } from "./demo-data.generator";

const ref = loadReferenceData();
const municipalityRegion = new Map(ref.municipalities.map((m) => [m.code, m.regionCode]));
const REFORM_REGIONS = [...Array.from({ length: 21 }, (_, i) => String(i + 1).padStart(2, "0")), "90"];

// Generated once per scale: full takes about a second.
const full = generateDemoData("full", ref);
const demo = generateDemoData("demo", ref);

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

function groupSets<T>(items: readonly T[], key: (item: T) => number, value: (item: T) => string): Map<number, Set<string>> {
  const groups = new Map<number, Set<string>>();
  for (const item of items) {
    const set = groups.get(key(item)) ?? new Set<string>();
    set.add(value(item));
    groups.set(key(item), set);
  }
  return groups;
}

/** The demo as the generator made it before issue 14: its activity fields, without the appended groups. */
function beforeIssue14(data: DemoData): unknown {
  const added = new Set(["STEP_FREE_ACCESS", "ACCESSIBLE_TOILET", "ACCESSIBLE_PARKING", "PUBLIC_TRANSPORT_NEARBY"]);
  const n = data.activities.findIndex((a) => a.targetGroups.some((g) => g === "MEN" || g === "WOMEN"));
  const activities = data.activities.slice(0, n).map((a) => ({
    id: a.id, organisationId: a.organisationId, nameFi: a.nameFi, nameSv: a.nameSv, nameEn: a.nameEn, descriptionFi: a.descriptionFi,
    descriptionSv: a.descriptionSv, descriptionEn: a.descriptionEn, kind: a.kind, targetGroups: a.targetGroups, themes: a.themes,
    languages: a.languages, accessibility: a.accessibility.filter((f) => !added.has(f)), schedule: a.schedule, startsAt: a.startsAt,
    endsAt: a.endsAt, address: a.address, online: a.online, freeOfCharge: a.costType === "FREE",
  }));
  return { ...data, activities, activityMunicipalities: data.activityMunicipalities.filter((m) => m.activityId <= n) };
}

describe("generateDemoData", () => {
  it("is deterministic", () => {
    expect(generateDemoData("demo", ref)).toEqual(demo);
    // A string comparison: jest's deep equality is very slow on ~150,000 objects.
    expect(JSON.stringify(generateDemoData("full", ref)) === JSON.stringify(full)).toBe(true);
  });

  it("generates exactly the rows it generated before its catalogue moved to data/demo/*.json", () => {
    // Hashes of the output when the catalogue text was still inside the generator (and of today's
    // reference CSVs). A deliberate catalogue, CSV or generator change updates them; anything else
    // that changes them changed every fresh demo database and the benchmark's data.
    const hash = (data: unknown) => createHash("sha256").update(JSON.stringify(data)).digest("hex");
    // Issue 14 added structured details from a separate random stream and appended the groups for
    // men and women: the rows as they were before it (its additions taken away) are unchanged.
    expect(hash(beforeIssue14(demo))).toBe("daa0a2ec0e99409af0cf15e01780c2f7afb20489b91706eb25693e8e8b60e4d8");
    expect(hash(beforeIssue14(full))).toBe("90b43349b30009c1687c9c7f13d20a34f8271436e4a50d45b2c9d07a5dca88c6");
    expect(hash(demo)).toBe("11c336c17328478ee63c8feb7a1dd6f7f680adc086a29cf909c74447ba495d11");
    expect(hash(full)).toBe("4364bdf37b89044f54f57a9ec884c2e36cdcb51d6e5044a696e53fbd4ad3d1a5");
  });

  it("produces the full-scale volumes", () => {
    const kinds = countBy(full.organisations, (o) => o.kind);
    expect(full.organisations.length).toBeGreaterThanOrEqual(10_500);
    expect(full.organisations.length).toBeLessThanOrEqual(11_500);
    expect(kinds.NATIONAL).toBeGreaterThanOrEqual(5);
    expect(kinds.NATIONAL).toBeLessThanOrEqual(15);
    expect(kinds.UMBRELLA).toBeGreaterThanOrEqual(1);
    expect(kinds.UMBRELLA).toBeLessThanOrEqual(10);
    expect(kinds.DISTRICT).toBeGreaterThanOrEqual(280);
    expect(kinds.DISTRICT).toBeLessThanOrEqual(320);
    expect(kinds.LOCAL).toBeGreaterThanOrEqual(7_500);
    expect(kinds.LOCAL).toBeLessThanOrEqual(8_700);
    expect(kinds.INDEPENDENT).toBeGreaterThanOrEqual(1_800);
    expect(kinds.INDEPENDENT).toBeLessThanOrEqual(2_500);
    expect(full.activities.length).toBeGreaterThanOrEqual(38_000);
    expect(full.activities.length).toBeLessThanOrEqual(42_000);
    expect(full.partnerships.length).toBeGreaterThanOrEqual(4_500);
    expect(full.partnerships.length).toBeLessThanOrEqual(5_500);
  });

  it("keeps the demo scale small", () => {
    expect(demo.organisations.length).toBeGreaterThanOrEqual(100);
    expect(demo.organisations.length).toBeLessThanOrEqual(200);
    expect(demo.activities.length).toBeGreaterThanOrEqual(300);
    expect(demo.activities.length).toBeLessThanOrEqual(600);
    expect(demo.partnerships.length).toBeGreaterThanOrEqual(40);
    expect(demo.partnerships.length).toBeLessThanOrEqual(90);
  });

  it("covers every reform region at demo scale with organisations and activities", () => {
    const regional = demo.organisationRegions.filter((r) => !["NATIONAL", "UMBRELLA"].includes(demo.organisations[r.organisationId - 1].kind));
    const organisationsByRegion = countBy(regional, (r) => r.regionCode);
    const activitiesByRegion = countBy(demo.activityMunicipalities, (m) => municipalityRegion.get(m.municipalityCode) ?? "?");
    const thin = REFORM_REGIONS.filter((code) => (organisationsByRegion[code] ?? 0) < 4 || (activitiesByRegion[code] ?? 0) < 4);
    expect(thin).toEqual([]);
  });

  describe.each([
    ["demo", () => demo],
    ["full", () => full],
  ] as const)("%s scale integrity", (_scale, get: () => DemoData) => {
    it("numbers ids 1..n in order", () => {
      const data = get();
      expect(data.organisations.findIndex((o, i) => o.id !== i + 1)).toBe(-1);
      expect(data.activities.findIndex((a, i) => a.id !== i + 1)).toBe(-1);
      expect(data.partnerships.findIndex((p, i) => p.id !== i + 1)).toBe(-1);
    });

    it("gives valid, unique business ids to about nine in ten organisations", () => {
      const data = get();
      const ids = data.organisations.map((o) => o.businessId).filter((id): id is string => id !== null);
      expect(ids.filter((id) => !isValidBusinessId(id))).toEqual([]);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.length / data.organisations.length).toBeGreaterThan(0.8);
      expect(ids.length / data.organisations.length).toBeLessThan(0.97);
    });

    it("generates nothing for Åland", () => {
      const data = get();
      const aland = new Set(ref.municipalities.filter((m) => m.regionCode === "91").map((m) => m.code));
      expect(aland.size).toBeGreaterThan(0);
      expect(data.organisationRegions.filter((r) => r.regionCode === "91")).toEqual([]);
      expect(data.partnerships.filter((p) => p.regionCode === "91" || aland.has(p.municipalityCode ?? ""))).toEqual([]);
      expect(data.organisationMunicipalities.filter((m) => aland.has(m.municipalityCode))).toEqual([]);
      expect(data.activityMunicipalities.filter((m) => aland.has(m.municipalityCode))).toEqual([]);
    });

    it("uses only vocabulary values", () => {
      const data = get();
      const within = (values: readonly string[], allowed: readonly string[]) => values.every((v) => allowed.includes(v));
      expect(
        data.organisations.filter(
          (o) => !ORGANISATION_KINDS.includes(o.kind) || !within(o.themes, THEMES) || !within(o.languages, LANGUAGES) || o.themes.length === 0 || o.languages.length === 0,
        ),
      ).toEqual([]);
      expect(
        data.activities.filter(
          (a) =>
            !ACTIVITY_KINDS.includes(a.kind) || !within(a.themes, THEMES) || !within(a.targetGroups, TARGET_GROUPS) ||
            !within(a.languages, LANGUAGES) || !within(a.accessibility, ACCESSIBILITY_FEATURES) || a.themes.length === 0 || a.targetGroups.length === 0,
        ),
      ).toEqual([]);
      expect(data.partnerships.filter((p) => !PARTNERSHIP_KINDS.includes(p.kind) || !PARTNERSHIP_STATUSES.includes(p.status))).toEqual([]);
      // Every value of the vocabularies that describe content shows up somewhere at full scale.
      if (data === full) {
        expect(THEMES.filter((t) => !data.activities.some((a) => a.themes.includes(t)))).toEqual([]);
        expect(ACTIVITY_KINDS.filter((k) => !data.activities.some((a) => a.kind === k))).toEqual([]);
        expect(LANGUAGES.filter((l) => !data.organisations.some((o) => o.languages.includes(l)))).toEqual([]);
        expect(TARGET_GROUPS.filter((g) => !data.activities.some((a) => a.targetGroups.includes(g)))).toEqual([]);
        expect(PARTNERSHIP_STATUSES.filter((s) => !data.partnerships.some((p) => p.status === s))).toEqual([]);
      }
    });

    it("links parents that exist and precede their children", () => {
      const data = get();
      const parentOf = (o: { parentId: number | null }) => (o.parentId === null ? undefined : data.organisations[o.parentId - 1]);
      expect(data.organisations.filter((o) => o.kind === "LOCAL" && !["DISTRICT", "NATIONAL"].includes(parentOf(o)?.kind ?? ""))).toEqual([]);
      expect(data.organisations.filter((o) => o.kind === "DISTRICT" && parentOf(o)?.kind !== "NATIONAL")).toEqual([]);
      expect(data.organisations.filter((o) => o.parentId !== null && o.parentId >= o.id)).toEqual([]);
    });

    it("references only real municipalities and keeps regions consistent with them", () => {
      const data = get();
      const regionCodes = new Set(ref.regions.map((r) => r.code));
      const orgRegions = groupSets(data.organisationRegions, (r) => r.organisationId, (r) => r.regionCode);
      const orgMunicipalities = groupSets(data.organisationMunicipalities, (m) => m.organisationId, (m) => m.municipalityCode);
      expect(data.organisationRegions.filter((r) => !regionCodes.has(r.regionCode))).toEqual([]);

      const inconsistent = data.organisations.filter((o) => {
        const regions = orgRegions.get(o.id) ?? new Set<string>();
        const municipalities = [...(orgMunicipalities.get(o.id) ?? [])];
        if (regions.size === 0) return true;
        if (municipalities.some((code) => !regions.has(municipalityRegion.get(code) ?? "unknown"))) return true;
        // An organisation listing municipalities operates in exactly their regions.
        if (municipalities.length > 0 && regions.size !== new Set(municipalities.map((c) => municipalityRegion.get(c))).size) return true;
        if (o.kind === "LOCAL" || o.kind === "INDEPENDENT") return regions.size !== 1 || municipalities.length < 1 || municipalities.length > 3;
        return false;
      });
      expect(inconsistent).toEqual([]);

      // Activities happen where their organisation operates.
      const activityOrg = new Map(data.activities.map((a) => [a.id, a.organisationId]));
      const misplaced = data.activityMunicipalities.filter((m) => {
        const orgId = activityOrg.get(m.activityId);
        if (orgId === undefined || !municipalityRegion.has(m.municipalityCode)) return true;
        const own = orgMunicipalities.get(orgId);
        return own ? !own.has(m.municipalityCode) : !orgRegions.get(orgId)?.has(municipalityRegion.get(m.municipalityCode) ?? "");
      });
      expect(misplaced).toEqual([]);
      const placed = new Set(data.activityMunicipalities.map((m) => m.activityId));
      expect(data.activities.filter((a) => !placed.has(a.id))).toEqual([]);

      // Link rows are primary keys in the database.
      const unique = (keys: string[]) => new Set(keys).size === keys.length;
      expect(unique(data.organisationRegions.map((r) => `${r.organisationId}:${r.regionCode}`))).toBe(true);
      expect(unique(data.organisationMunicipalities.map((r) => `${r.organisationId}:${r.municipalityCode}`))).toBe(true);
      expect(unique(data.activityMunicipalities.map((r) => `${r.activityId}:${r.municipalityCode}`))).toBe(true);
    });

    it("satisfies the activity and partnership CHECK constraints", () => {
      const data = get();
      const orgCount = data.organisations.length;
      const badActivities = data.activities.filter((a) => {
        if (a.organisationId < 1 || a.organisationId > orgCount) return true;
        if (a.kind !== "EVENT") return a.startsAt !== null || a.endsAt !== null;
        const iso = /^202[67]-\d\d-\d\dT\d\d:00:00\+0[23]:00$/;
        return !iso.test(a.startsAt ?? "") || !iso.test(a.endsAt ?? "") || Date.parse(a.endsAt ?? "") < Date.parse(a.startsAt ?? "");
      });
      expect(badActivities).toEqual([]);

      const badPartnerships = data.partnerships.filter((p) => {
        if (p.organisationId < 1 || p.organisationId > orgCount) return true;
        if ((p.regionCode === null) === (p.municipalityCode === null)) return true; // exactly one public party
        if (p.municipalityCode !== null && !municipalityRegion.has(p.municipalityCode)) return true;
        if (p.startsOn === null || !/^\d{4}-\d\d-\d\d$/.test(p.startsOn) || p.startsOn < "2022-01-01") return true;
        return p.endsOn !== null && (p.endsOn < p.startsOn || p.endsOn > "2027-12-31");
      });
      expect(badPartnerships).toEqual([]);
    });
  });

  it("writes Swedish names in bilingual areas", () => {
    const swedish = full.organisations.filter((o) => o.nameSv !== null && o.kind === "LOCAL");
    expect(swedish.length).toBeGreaterThan(100);
    expect(full.organisations.find((o) => o.nameFi === "Keski-Suomen Omaishoitajat ry")).toBeDefined();
  });
});

describe("finnishGenitive", () => {
  it.each([
    ["Jyväskylä", "Jyväskylän"], ["Helsinki", "Helsingin"], ["Lahti", "Lahden"], ["Turku", "Turun"], ["Seinäjoki", "Seinäjoen"],
    ["Ikaalinen", "Ikaalisten"], ["Lappeenranta", "Lappeenrannan"], ["Hanko", "Hangon"], ["Tampere", "Tampereen"],
    ["Varkaus", "Varkauden"], ["Uusikaupunki", "Uudenkaupungin"], ["Vihti", "Vihdin"], ["Joensuu", "Joensuun"], ["Kemi", "Kemin"], ["Virrat", "Virtain"],
  ])("%s -> %s", (name, genitive) => {
    expect(finnishGenitive(name)).toBe(genitive);
  });
});
