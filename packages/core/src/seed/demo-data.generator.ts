import type { LocalizedColumns, OptionalLocalizedColumns } from "../graphql/localized-fields";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { businessIdCheckDigit } from "../organisation/business-id";
import { activityDetails, DetailRng, type ActivityDetails, type GeneratedActivityPlace } from "./demo-activity-details";
import { loadMunicipalityCentres, loadReferenceData, type MunicipalityRecord, type RegionRecord } from "../region/reference-data";
import type {
  AccessibilityFeatureValue,
  ActivityKindValue,
  LanguageValue,
  OrganisationKindValue,
  PartnershipKindValue,
  PartnershipStatusValue,
  TargetGroupValue,
  ThemeValue,
} from "../vocabulary/vocabulary";

/**
 * Deterministic demo data: Finnish-sounding NGOs, their activities and their
 * partnerships with wellbeing services counties and municipalities. Everything
 * is derived from one seeded PRNG, so the same scale always gives the same rows
 * (tests and benchmarks can rely on ids and counts).
 */

export type SeedScale = "demo" | "full";

/** A seed row's texts, as the entities' columns: a Finnish name, an optional description. */
type SeedTexts = LocalizedColumns<"name"> & OptionalLocalizedColumns<"description">;

export interface OrganisationSeedRow extends SeedTexts {
  id: number;
  businessId: string | null;
  kind: OrganisationKindValue;
  parentId: number | null;
  themes: ThemeValue[];
  languages: LanguageValue[];
  website: string | null;
  email: string | null;
  phone: string | null;
}

export interface ActivitySeedRow extends ActivityDetails, GeneratedActivityPlace, SeedTexts {
  id: number;
  organisationId: number;
  kind: ActivityKindValue;
  targetGroups: TargetGroupValue[];
  themes: ThemeValue[];
  languages: LanguageValue[];
}

export interface PartnershipSeedRow {
  id: number;
  organisationId: number;
  /** Exactly one of regionCode / municipalityCode is set (the public party). */
  regionCode: string | null;
  municipalityCode: string | null;
  kind: PartnershipKindValue;
  status: PartnershipStatusValue;
  titleFi: string;
  titleSv: string | null;
  titleEn: string | null;
  description: string | null;
  organisationRole: string | null;
  publicPartyRole: string | null;
  /** YYYY-MM-DD */
  startsOn: string | null;
  endsOn: string | null;
}

export interface DemoData {
  organisations: OrganisationSeedRow[];
  organisationRegions: { organisationId: number; regionCode: string }[];
  organisationMunicipalities: { organisationId: number; municipalityCode: string }[];
  activities: ActivitySeedRow[];
  activityMunicipalities: { activityId: number; municipalityCode: string }[];
  partnerships: PartnershipSeedRow[];
}

type ReferenceData = { regions: RegionRecord[]; municipalities: MunicipalityRecord[] };

// ---------------------------------------------------------------------------
// Seeded randomness
// ---------------------------------------------------------------------------

/** The stream of an activity's structured details, apart from the main one (see demo-activity-details.ts). */
function detailRng(activityId: number): DetailRng {
  return new DetailRng(Math.imul(activityId, 0x9e3779b1) ^ SEED);
}

const SEED = 20_230_101; // wellbeing services counties started on 1.1.2023

/** The main stream: DetailRng's mulberry32 (never Math.random, so output is reproducible) with the generator's draws. */
class Rng extends DetailRng {
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  weighted<T>(items: readonly T[], weight: (item: T) => number): T {
    let total = 0;
    for (const item of items) total += weight(item);
    let r = this.next() * total;
    for (const item of items) {
      r -= weight(item);
      if (r < 0) return item;
    }
    return items[items.length - 1];
  }

  /** k distinct items in random order (all of them if k >= length). */
  sample<T>(items: readonly T[], k: number): T[] {
    const copy = [...items];
    const n = Math.min(k, copy.length);
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(this.next() * (copy.length - i));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, n);
  }
}

// ---------------------------------------------------------------------------
// Catalogue (data/demo/*.json: names, descriptions and place vocabulary; see data/SOURCES.md)
// ---------------------------------------------------------------------------

const CATALOGUE_DIR = join(__dirname, "..", "..", "data", "demo");

function readCatalogue<T>(file: string): T {
  return JSON.parse(readFileSync(join(CATALOGUE_DIR, file), "utf8")) as T;
}

interface GenitiveCatalogue {
  /** Names whose genitive no simple suffix rule gets right (plurals, vowel harmony in compounds, t/d gradation). */
  exceptions: Record<string, string>;
  /** Ordered: compound heads first, then consonant gradation, then the "-nen" place names (which take the plural genitive). */
  rules: [string, string][];
}

interface PlaceCatalogue {
  /** Rough population in tens of thousands; unknown municipalities count as small (≈6,000). */
  municipalitySize: Record<string, number>;
  /** Bilingual municipalities by code: Swedish-speaking majority, then Finnish-speaking majority. */
  swedishMajority: string[];
  bilingualFinnishMajority: string[];
  samiHomeland: string[];
  /** Neighbourhood genitives for the biggest cities, so that hundreds of local associations do not share a name. */
  neighbourhoods: Record<string, string[]>;
  /**
   * Village names are compounds of a nature word and a landscape word, as most real ones are ("Koivumäki").
   * Both lists are in the form the compound takes in the genitive, so joining them gives e.g. "Koivumäen".
   */
  villageHeads: string[];
  villageTails: string[];
  streetsFi: string[];
  streetsSv: string[];
}

interface PartnershipCatalogue {
  structures: { fi: string; sv: string }[];
  municipalStructures: { fi: string; sv: string }[];
  guidelines: { fi: string; sv: string }[];
  projectTopics: string[];
  serviceTopics: string[];
  organisationRoles: Record<PartnershipKindValue, string[]>;
  publicPartyRoles: Record<PartnershipKindValue, string[]>;
}

const GENITIVE = readCatalogue<GenitiveCatalogue>("finnish-genitive.json");
const GENITIVE_EXCEPTIONS = GENITIVE.exceptions;
const GENITIVE_RULES = GENITIVE.rules;

// ---------------------------------------------------------------------------
// Finnish language helpers
// ---------------------------------------------------------------------------

/** Genitive of a Finnish municipality name ("Jyväskylä" -> "Jyväskylän", "Lahti" -> "Lahden"). */
export function finnishGenitive(name: string): string {
  const exception = GENITIVE_EXCEPTIONS[name];
  if (exception) return exception;
  const lower = name.toLowerCase();
  for (const [suffix, replacement] of GENITIVE_RULES) {
    if (!lower.endsWith(suffix)) continue;
    const stem = name.slice(0, name.length - suffix.length);
    // When the rule covers the whole name ("Lahti"), keep it capitalised.
    return stem === "" ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : stem + replacement;
  }
  return /[aeiouyäö]$/.test(lower) ? `${name}n` : `${name}in`;
}

function joinFi(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} ja ${items[items.length - 1]}`;
}

function joinSv(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} och ${items[items.length - 1]}`;
}

function slugify(name: string): string {
  const base = name
    .toLowerCase()
    .replace(/\s+(ry|rf)$/, "")
    .replace(/[äå]/g, "a")
    .replace(/ö/g, "o")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (base.length <= 48) return base;
  return base.slice(0, 48).replace(/-[^-]*$/, "");
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

// ---------------------------------------------------------------------------
// Places
// ---------------------------------------------------------------------------

const PLACES = readCatalogue<PlaceCatalogue>("places.json");
const MUNICIPALITY_SIZE = PLACES.municipalitySize;
const SWEDISH_MAJORITY = new Set(PLACES.swedishMajority);
const BILINGUAL_FINNISH_MAJORITY = new Set(PLACES.bilingualFinnishMajority);
const SAMI_HOMELAND = new Set(PLACES.samiHomeland);
const NEIGHBOURHOODS = PLACES.neighbourhoods;
const VILLAGE_HEADS = PLACES.villageHeads;
const VILLAGE_TAILS = PLACES.villageTails;
const STREETS_FI = PLACES.streetsFi;
const STREETS_SV = PLACES.streetsSv;

interface Place {
  code: string;
  nameFi: string;
  nameSv: string;
  regionCode: string;
  gen: string;
  weight: number;
  urban: boolean;
}

interface RegionPlace {
  code: string;
  gen: string; // "Keski-Suomen"
  genSv: string; // "Mellersta Finlands"
  authorityGen: string; // "Keski-Suomen hyvinvointialueen"
  places: Place[];
  bilingual: boolean;
}

function buildPlaces(ref: ReferenceData): RegionPlace[] {
  const regions: RegionPlace[] = [];
  for (const region of ref.regions) {
    if (region.code === "91" || region.kind === "ALAND_OUTSIDE_REFORM") continue; // Åland is outside the reform
    const places = ref.municipalities
      .filter((m) => m.regionCode === region.code)
      .map((m) => {
        const size = MUNICIPALITY_SIZE[m.nameFi] ?? 0.6;
        return {
          code: m.code, nameFi: m.nameFi, nameSv: m.nameSv, regionCode: m.regionCode, gen: finnishGenitive(m.nameFi),
          // Small places have proportionally more associations per resident, hence the constant term.
          weight: 1 + size, urban: size >= 2.5 || m.nameFi in NEIGHBOURHOODS,
        };
      });
    if (places.length === 0) continue;
    const gen = region.nameFi.replace(/ hyvinvointialue$/, "").replace(/ kaupunki$/, "");
    regions.push({
      code: region.code,
      gen,
      genSv: region.nameSv.replace(/ välfärdsområde$/, "").replace(/ stad$/, ""),
      authorityGen: region.nameFi.endsWith(" kaupunki") ? region.nameFi.replace(/kaupunki$/, "kaupungin") : `${region.nameFi}en`,
      places,
      bilingual: places.some((p) => SWEDISH_MAJORITY.has(p.code) || BILINGUAL_FINNISH_MAJORITY.has(p.code)),
    });
  }
  return regions;
}

// ---------------------------------------------------------------------------
// Content catalogue
// ---------------------------------------------------------------------------

interface ActivityTemplate {
  kind: ActivityKindValue;
  fi: string;
  sv?: string;
  en?: string;
  desc: string;
  targets: TargetGroupValue[];
  themes: ThemeValue[];
  /** Events tied to a season or a date. */
  months?: number[];
  day?: number;
}

interface Family {
  key: string;
  /** Relative share of the local associations. */
  weight: number;
  themes: ThemeValue[];
  extraThemes: ThemeValue[];
  national: { fi: string; sv: string; en: string; desc: string; descEn: string };
  /** {gen} is a region genitive ("Keski-Suomen") or "<town> seudun"; {svgen} the Swedish region genitive. */
  district: { fi: string; sv: string };
  /** {gen} municipality or neighbourhood genitive, {sv} Swedish municipality name, {brand} a name word. */
  local: { fi: string[]; sv: string[] };
  field: string; // genitive attribute: "mielenterveystyön piirijärjestö"
  noun: string; // "mielenterveysyhdistys"
  desc: string;
  descSv: string;
  activities: ActivityTemplate[];
}

interface IndependentTemplate {
  fi: string;
  sv: string;
  where: "rural" | "urban" | "any";
  weight: number;
  themes: ThemeValue[];
  languages?: LanguageValue[];
  noun: string;
  desc: string;
  descSv: string;
  activities: ActivityTemplate[];
  /** Also draws activities from this family's catalogue. */
  borrow?: string;
}

const FAMILIES = readCatalogue<Family[]>("families.json");
const { brands: BRANDS, templates: INDEPENDENTS } = readCatalogue<{ brands: string[]; templates: IndependentTemplate[] }>("independents.json");
const { national: NATIONAL_EXTRA_ACTIVITIES, umbrella: UMBRELLA_ACTIVITIES } = readCatalogue<{ national: ActivityTemplate[]; umbrella: ActivityTemplate[] }>("activities.json");

// Partnership vocabulary -----------------------------------------------------

const {
  structures: STRUCTURES, municipalStructures: MUNICIPAL_STRUCTURES, guidelines: GUIDELINES, projectTopics: PROJECT_TOPICS,
  serviceTopics: SERVICE_TOPICS, organisationRoles: ORGANISATION_ROLES, publicPartyRoles: PUBLIC_PARTY_ROLES,
} = readCatalogue<PartnershipCatalogue>("partnerships.json");

/** Partnership statuses are computed against this date so that output never depends on when it runs. */
const REFERENCE_DATE = "2025-10-01";

// ---------------------------------------------------------------------------
// Scale
// ---------------------------------------------------------------------------

interface ScaleConfig {
  nationalFamilies: number;
  regionalUmbrellas: string[];
  /** "all": every national family in every region; "one": one district per region, families in rotation. */
  districts: "all" | "one";
  subDistricts: number;
  locals: number;
  minLocalsPerRegion: number;
  independents: number;
  minIndependentsPerRegion: number;
  activityCounts: { national: number[]; umbrella: number[]; district: number[]; local: number[] };
  partnerships: { district: [number, number]; local: number; independent: number; national: number };
}

const SCALES: Record<SeedScale, ScaleConfig> = {
  full: {
    nationalFamilies: FAMILIES.length,
    regionalUmbrellas: ["90", "08", "05", "19", "15"],
    districts: "all",
    subDistricts: 58,
    locals: 8_300,
    minLocalsPerRegion: 0,
    independents: 2_380,
    minIndependentsPerRegion: 0,
    activityCounts: {
      national: [10, 12, 14, 16],
      umbrella: [2, 3, 4, 5],
      district: [4, 5, 6, 7, 8],
      local: [1, 2, 2, 3, 3, 3, 4, 4, 4, 5, 5, 7],
    },
    partnerships: { district: [2, 4], local: 0.36, independent: 0.33, national: 0.5 },
  },
  demo: {
    nationalFamilies: 6,
    regionalUmbrellas: ["15"],
    districts: "one",
    subDistricts: 0,
    locals: 90,
    minLocalsPerRegion: 3,
    independents: 26,
    minIndependentsPerRegion: 1,
    activityCounts: { national: [3], umbrella: [2], district: [2, 3, 4], local: [1, 2, 2, 3, 3, 3, 4, 4, 5] },
    partnerships: { district: [1, 1], local: 0.28, independent: 0.28, national: 0.5 },
  },
};

// ---------------------------------------------------------------------------
// Generator
// ---------------------------------------------------------------------------

interface OrgContext {
  row: OrganisationSeedRow;
  region: RegionPlace | null;
  places: Place[];
  pool: ActivityTemplate[];
  activities: ActivitySeedRow[];
  /** Whether activity names should say where they happen (organisations covering many places). */
  namePlace: boolean;
}

export function generateDemoData(scale: SeedScale, ref: ReferenceData = loadReferenceData()): DemoData {
  return new DemoDataBuilder(SCALES[scale], ref).build();
}

class DemoDataBuilder {
  private readonly rng = new Rng(SEED);
  private readonly regions: RegionPlace[];
  private readonly allPlaces: Place[];
  private readonly data: DemoData = {
    organisations: [], organisationRegions: [], organisationMunicipalities: [], activities: [], activityMunicipalities: [], partnerships: [],
  };
  private readonly usedBusinessIds = new Set<string>();
  private readonly usedNames = new Set<string>();
  private readonly nationals = new Map<string, number>();
  private readonly districts = new Map<string, number>(); // `${family}:${region}`
  private readonly subDistricts = new Map<string, number>(); // `${family}:${municipality}`

  private readonly centres = loadMunicipalityCentres();

  constructor(private readonly config: ScaleConfig, ref: ReferenceData) {
    this.regions = buildPlaces(ref);
    this.allPlaces = this.regions.flatMap((r) => r.places);
  }

  build(): DemoData {
    const families = FAMILIES.slice(0, this.config.nationalFamilies);
    this.addUmbrellas();
    for (const family of families) this.addNational(family);
    this.addDistricts(families);
    for (let i = 0; i < this.config.subDistricts; i++) this.addSubDistrict(this.rng.weighted(families, (f) => f.weight));

    // Guaranteed coverage first (every region gets some), then the population-weighted rest.
    const localHomes: Place[] = [];
    const independentHomes: Place[] = [];
    for (const region of this.regions) {
      for (let i = 0; i < this.config.minLocalsPerRegion; i++) localHomes.push(this.rng.weighted(region.places, (p) => p.weight));
      for (let i = 0; i < this.config.minIndependentsPerRegion; i++) independentHomes.push(this.rng.weighted(region.places, (p) => p.weight));
    }
    while (localHomes.length < this.config.locals) localHomes.push(this.rng.weighted(this.allPlaces, (p) => p.weight));
    while (independentHomes.length < this.config.independents) independentHomes.push(this.rng.weighted(this.allPlaces, (p) => p.weight));

    // Interleave so ids do not cluster by kind; parents always precede children.
    let l = 0;
    let i = 0;
    while (l < localHomes.length || i < independentHomes.length) {
      const takeLocal = i >= independentHomes.length || (l < localHomes.length && this.rng.next() < localHomes.length / (localHomes.length + independentHomes.length));
      if (takeLocal) this.addLocal(localHomes[l++], families);
      else this.addIndependent(independentHomes[i++]);
    }
    this.addGroupsForMenAndWomen();
    return this.data;
  }

  // Organisations ------------------------------------------------------------

  private addUmbrellas(): void {
    const national = this.addOrganisation({
      nameFi: "Sote-järjestöjen Keskusliitto ry", nameSv: "Social- och hälsoorganisationernas Centralförbund rf", nameEn: "Central Federation of Social and Health Organisations",
      descriptionFi: "Sote-järjestöjen Keskusliitto ry on sosiaali- ja terveysjärjestöjen valtakunnallinen kattojärjestö. Se edistää järjestöjen ja hyvinvointialueiden yhteistyötä, kokoaa järjestötietoa ja tukee alueellisia järjestöverkostoja.",
      descriptionSv: "Social- och hälsoorganisationernas Centralförbund rf är en riksomfattande takorganisation för social- och hälsoorganisationer.",
      descriptionEn: "A national umbrella organisation for social and health NGOs that promotes cooperation with the wellbeing services counties.",
      kind: "UMBRELLA", parentId: null, themes: ["HEALTH_PROMOTION", "PATIENT_ADVOCACY"], languages: ["FI", "SV", "EN"],
    }, "central", 1);
    this.linkRegions(national.id, this.regions);
    this.populate({ row: national, region: null, places: this.capitalPlaces(), pool: UMBRELLA_ACTIVITIES, activities: [], namePlace: true }, this.config.activityCounts.umbrella);

    for (const code of this.config.regionalUmbrellas) {
      const region = this.regions.find((r) => r.code === code);
      if (!region) continue;
      const row = this.addOrganisation({
        nameFi: `${region.gen} Järjestöjen Tuki ry`, nameSv: region.bilingual ? `${region.genSv} föreningsstöd rf` : null, nameEn: null,
        descriptionFi: `${region.gen} Järjestöjen Tuki ry on alueen sosiaali- ja terveysjärjestöjen yhteistyöverkosto ja kattojärjestö. Se neuvoo yhdistyksiä, kokoaa järjestöjen toimintatiedot ja edustaa järjestöjä ${region.authorityGen} yhteistyörakenteissa.`,
        descriptionSv: null, descriptionEn: null,
        kind: "UMBRELLA", parentId: null, themes: ["HEALTH_PROMOTION"], languages: region.bilingual ? ["FI", "SV"] : ["FI"],
      }, "regional", 1);
      this.linkRegions(row.id, [region]);
      const ctx: OrgContext = { row, region, places: region.places, pool: UMBRELLA_ACTIVITIES, activities: [], namePlace: false };
      this.populate(ctx, this.config.activityCounts.umbrella);
      for (let k = this.rng.int(2, 3); k > 0; k--) this.addPartnership(ctx, this.rng.pick(["COOPERATION_STRUCTURE", "COOPERATION_GUIDELINE", "JOINT_PROJECT"] as const), { regionCode: region.code });
    }
  }

  private addNational(family: Family): void {
    const row = this.addOrganisation({
      nameFi: family.national.fi, nameSv: family.national.sv, nameEn: family.national.en,
      descriptionFi: family.national.desc, descriptionSv: `${family.national.sv} är en riksomfattande organisation. ${family.descSv}`, descriptionEn: family.national.descEn,
      kind: "NATIONAL", parentId: null, themes: this.familyThemes(family), languages: ["FI", "SV", "EN"],
    }, "central", 1);
    this.nationals.set(family.key, row.id);
    // Most national organisations have members everywhere; some only in part of the country.
    const regions = this.rng.chance(0.7) ? this.regions : this.rng.sample(this.regions, this.rng.int(12, this.regions.length - 1));
    this.linkRegions(row.id, regions);
    const ctx: OrgContext = { row, region: null, places: regions.flatMap((r) => r.places), pool: [...family.activities, ...NATIONAL_EXTRA_ACTIVITIES], activities: [], namePlace: true };
    this.populate(ctx, this.config.activityCounts.national);
    if (this.rng.chance(this.config.partnerships.national)) {
      this.addPartnership(ctx, this.rng.pick(["JOINT_PROJECT", "COOPERATION_GUIDELINE"] as const), { regionCode: this.rng.pick(regions).code });
    }
  }

  private addDistricts(families: Family[]): void {
    this.regions.forEach((region, index) => {
      const forRegion = this.config.districts === "all" ? families : [families[index % families.length]];
      for (const family of forRegion) {
        const row = this.addDistrictRow(family, region.gen, region.bilingual ? region.genSv : null, region, `${region.gen} alueella`);
        this.districts.set(`${family.key}:${region.code}`, row.id);
        this.linkRegions(row.id, [region]);
        this.finishDistrict(family, row, region, region.places, null);
      }
    });
  }

  /** A district covering a town and its surroundings inside one region ("Oulun seudun Omaishoitajat ry"). */
  private addSubDistrict(family: Family): void {
    for (let attempt = 0; attempt < 20; attempt++) {
      const region = this.rng.weighted(this.regions.filter((r) => r.places.length >= 8), (r) => r.places.length);
      const centre = this.rng.weighted(region.places.filter((p) => p.weight >= 2), (p) => p.weight);
      if (!centre || this.subDistricts.has(`${family.key}:${centre.code}`)) continue;
      const others = this.rng.sample(region.places.filter((p) => p !== centre && !this.subDistricts.has(`${family.key}:${p.code}`)), this.rng.int(2, 5));
      const places = [centre, ...others];
      const row = this.addDistrictRow(family, `${centre.gen} seudun`, null, region, `${joinFi(places.map((p) => p.gen))} alueella`);
      for (const place of places) this.subDistricts.set(`${family.key}:${place.code}`, row.id);
      this.linkRegions(row.id, [region]);
      this.linkMunicipalities(row.id, places);
      this.finishDistrict(family, row, region, places, centre);
      return;
    }
  }

  private addDistrictRow(family: Family, gen: string, svGen: string | null, region: RegionPlace, area: string): OrganisationSeedRow {
    const nameFi = family.district.fi.replace("{gen}", gen);
    const nameSv = svGen ? family.district.sv.replace("{svgen}", svGen) : null;
    return this.addOrganisation({
      nameFi, nameSv, nameEn: null,
      descriptionFi: `${nameFi} on ${area} toimiva ${family.field} piirijärjestö, joka tukee jäsenyhdistyksiään ja tekee yhteistyötä ${region.authorityGen} kanssa. ${family.desc}`,
      descriptionSv: nameSv ? `${nameSv} är ett distrikt som stöder sina medlemsföreningar. ${family.descSv}` : null,
      descriptionEn: null,
      kind: "DISTRICT", parentId: this.nationals.get(family.key) ?? null, themes: this.familyThemes(family),
      languages: nameSv ? ["FI", "SV"] : ["FI"],
    }, "regional", 1);
  }

  private finishDistrict(family: Family, row: OrganisationSeedRow, region: RegionPlace, places: Place[], centre: Place | null): void {
    const ctx: OrgContext = { row, region, places, pool: family.activities, activities: [], namePlace: true };
    this.populate(ctx, this.config.activityCounts.district);
    const [min, max] = this.config.partnerships.district;
    for (let k = this.rng.int(min, max); k > 0; k--) {
      const party = centre && this.rng.chance(0.5) ? { municipalityCode: centre.code } : { regionCode: region.code };
      this.addPartnership(ctx, this.partnershipKind(ctx, "district"), party);
    }
  }

  private addLocal(home: Place, families: Family[]): void {
    const family = this.rng.weighted(families, (f) => f.weight);
    const parentId =
      this.subDistricts.get(`${family.key}:${home.code}`) ??
      this.districts.get(`${family.key}:${home.regionCode}`) ??
      this.nationals.get(family.key) ??
      null;
    const places = this.operatingPlaces(home);
    const naming = this.localNaming(home);
    const nameFi = this.uniqueName((attempt) => {
      const gen = naming.gen(attempt);
      let template = this.rng.pick(family.local.fi);
      if (gen !== home.gen) template = template.replace("{gen} seudun", "{gen}");
      return template.replace("{gen}", gen).replace("{brand}", this.rng.pick(BRANDS));
    });
    const languages = this.placeLanguages(home, []);
    const nameSv = languages.includes("SV") ? this.rng.pick(family.local.sv).replace("{sv}", home.nameSv) : null;
    const row = this.addOrganisation({
      nameFi, nameSv, nameEn: null,
      descriptionFi: `${nameFi} on paikallinen ${family.noun}, joka toimii ${naming.area(places)} alueella. ${family.desc} Uudet jäsenet ja vapaaehtoiset ovat tervetulleita.`,
      descriptionSv: nameSv ? `${nameSv} är en lokal förening i ${joinSv(places.map((p) => p.nameSv))}. ${family.descSv}` : null,
      descriptionEn: null,
      kind: "LOCAL", parentId, themes: this.familyThemes(family), languages,
    }, "local", 0.9);
    this.linkRegions(row.id, [this.regionOf(home)]);
    this.linkMunicipalities(row.id, places);
    const ctx: OrgContext = { row, region: this.regionOf(home), places, pool: family.activities, activities: [], namePlace: false };
    this.populate(ctx, this.config.activityCounts.local);
    this.maybePartner(ctx, this.config.partnerships.local, "local");
  }

  private addIndependent(home: Place): void {
    const candidates = INDEPENDENTS.filter((t) => t.where === "any" || (t.where === "urban") === home.urban);
    const template = this.rng.weighted(candidates, (t) => t.weight);
    const places = this.operatingPlaces(home);
    const naming = this.localNaming(home);
    const picked = { village: "" }; // village associations are named after the village, not the municipality
    const nameFi = this.uniqueName((attempt) => {
      if (!template.fi.includes("{village}")) return template.fi.replace("{gen}", naming.gen(attempt));
      picked.village = this.village();
      return template.fi.replace("{village}", picked.village);
    });
    const languages = this.placeLanguages(home, template.languages ?? []);
    const nameSv = languages.includes("SV") ? template.sv.replace("{sv}", home.nameSv) : null;
    const borrowed = FAMILIES.find((f) => f.key === template.borrow)?.activities ?? [];
    const row = this.addOrganisation({
      nameFi, nameSv, nameEn: null,
      descriptionFi: `${nameFi} on itsenäinen ${template.noun}, joka toimii ${picked.village ? `${home.gen} ${picked.village}` : naming.area(places)} alueella. ${template.desc}`,
      descriptionSv: nameSv ? `${nameSv} verkar i ${joinSv(places.map((p) => p.nameSv))}. ${template.descSv}` : null,
      descriptionEn: null,
      kind: "INDEPENDENT", parentId: null,
      themes: this.withExtraTheme(template.themes, borrowed.flatMap((a) => a.themes)), languages,
    }, "local", 0.88);
    this.linkRegions(row.id, [this.regionOf(home)]);
    this.linkMunicipalities(row.id, places);
    const ctx: OrgContext = { row, region: this.regionOf(home), places, pool: [...template.activities, ...borrowed], activities: [], namePlace: false };
    this.populate(ctx, this.config.activityCounts.local);
    this.maybePartner(ctx, this.config.partnerships.independent, "independent");
  }

  private addOrganisation(
    fields: Omit<OrganisationSeedRow, "id" | "businessId" | "website" | "email" | "phone">,
    reach: "central" | "regional" | "local",
    businessIdShare: number,
  ): OrganisationSeedRow {
    const slug = slugify(fields.nameFi);
    const contactShare = reach === "local" ? 0.55 : 1;
    const row: OrganisationSeedRow = {
      id: this.data.organisations.length + 1,
      ...fields,
      businessId: this.rng.chance(businessIdShare) ? this.nextBusinessId() : null,
      website: this.rng.chance(reach === "local" ? 0.4 : 1) ? `https://www.${slug}.example.fi` : null,
      email: this.rng.chance(contactShare) ? `${reach === "local" ? "info" : "toimisto"}@${slug}.example.fi` : null,
      phone: this.rng.chance(contactShare) ? this.phoneNumber() : null,
    };
    this.data.organisations.push(row);
    this.usedNames.add(row.nameFi);
    return row;
  }

  // Places and languages -----------------------------------------------------

  private regionOf(place: Place): RegionPlace {
    const region = this.regions.find((r) => r.code === place.regionCode);
    if (!region) throw new Error(`No region ${place.regionCode}`);
    return region;
  }

  private capitalPlaces(): Place[] {
    return this.allPlaces.filter((p) => p.nameFi === "Helsinki");
  }

  /** Home municipality plus up to two neighbours (by region; the reference data has no geography). */
  private operatingPlaces(home: Place): Place[] {
    const others = this.regionOf(home).places.filter((p) => p !== home);
    const extra = others.length === 0 ? 0 : this.rng.pick([0, 0, 0, 1, 1, 2]);
    const places = [home];
    for (let k = 0; k < extra; k++) {
      const next = this.rng.weighted(others, (p) => p.weight);
      if (!places.includes(next)) places.push(next);
    }
    return places;
  }

  /**
   * The genitive an association is named after: usually its municipality; in big cities often a
   * neighbourhood, and a village when the plain name is already taken (as in real registers).
   */
  private localNaming(home: Place): { gen: (attempt: number) => string; area: (places: Place[]) => string } {
    const hoods = NEIGHBOURHOODS[home.nameFi];
    const preferHood = !!hoods && this.rng.chance(0.45);
    let chosen: string | null = null; // the sub-area used by the latest name attempt, if any
    return {
      gen: (attempt) => {
        if (attempt >= (hoods ? 6 : 4)) chosen = this.village();
        else if (hoods && (preferHood || attempt >= 2)) chosen = this.rng.pick(hoods);
        else chosen = null;
        return chosen ?? home.gen;
      },
      area: (places) => (chosen ? `${home.gen} ${chosen}` : joinFi(places.map((p) => p.gen))),
    };
  }

  private placeLanguages(home: Place, extra: readonly LanguageValue[]): LanguageValue[] {
    const languages: LanguageValue[] = [];
    if (SWEDISH_MAJORITY.has(home.code)) languages.push(...(this.rng.chance(0.3) ? ["SV" as const] : ["SV" as const, "FI" as const]));
    else {
      languages.push("FI");
      if (BILINGUAL_FINNISH_MAJORITY.has(home.code) && this.rng.chance(0.3)) languages.push("SV");
    }
    for (const language of extra) if (!languages.includes(language)) languages.push(language);
    if (SAMI_HOMELAND.has(home.code) && this.rng.chance(0.25)) languages.push("SE");
    if (home.urban && this.rng.chance(extra.length > 0 ? 0.5 : 0.08) && !languages.includes("EN")) languages.push("EN");
    return languages;
  }

  private familyThemes(family: Family): ThemeValue[] {
    return this.withExtraTheme(family.themes, family.extraThemes);
  }

  private withExtraTheme(themes: ThemeValue[], extras: ThemeValue[]): ThemeValue[] {
    const candidates = extras.filter((t) => !themes.includes(t));
    return candidates.length > 0 && this.rng.chance(0.45) ? [...themes, this.rng.pick(candidates)] : [...themes];
  }

  private village(): string {
    return this.rng.pick(VILLAGE_HEADS) + this.rng.pick(VILLAGE_TAILS);
  }

  private uniqueName(make: (attempt: number) => string): string {
    let name = make(0);
    for (let attempt = 1; attempt < 12 && this.usedNames.has(name); attempt++) name = make(attempt);
    return name; // a rare duplicate is realistic enough and keeps generation bounded
  }

  private linkRegions(organisationId: number, regions: RegionPlace[]): void {
    for (const region of regions) this.data.organisationRegions.push({ organisationId, regionCode: region.code });
  }

  private linkMunicipalities(organisationId: number, places: Place[]): void {
    for (const place of places) this.data.organisationMunicipalities.push({ organisationId, municipalityCode: place.code });
  }

  private nextBusinessId(): string {
    for (;;) {
      // Association IDs are mostly in the 0…3 millions range.
      const digits = String(this.rng.int(100_000, 3_299_999)).padStart(7, "0");
      const check = businessIdCheckDigit(digits);
      if (check === null) continue;
      const id = `${digits}-${check}`;
      if (this.usedBusinessIds.has(id)) continue;
      this.usedBusinessIds.add(id);
      return id;
    }
  }

  private phoneNumber(): string {
    return `+358 ${this.rng.pick(["40", "44", "45", "50"])} ${this.rng.int(1_000_000, 9_999_999)}`;
  }

  // Activities ---------------------------------------------------------------

  private populate(ctx: OrgContext, counts: number[]): void {
    const n = this.rng.pick(counts);
    const templates = this.rng.sample(ctx.pool, n);
    // Bigger organisations run the same kind of activity in several places.
    while (templates.length < n) templates.push(this.rng.pick(ctx.pool));
    for (const template of templates) this.addActivity(ctx, template);
  }

  private addActivity(ctx: OrgContext, t: ActivityTemplate): void {
    const rng = this.rng;
    const org = ctx.row;
    const onlineShare = t.kind === "SERVICE_ADVICE" ? 0.3 : t.kind === "PEER_SUPPORT" ? 0.15 : t.kind === "EVENT" ? 0.1 : 0.05;
    const online = /verkko|chat|puhelin/i.test(t.fi) || rng.chance(onlineShare);
    const onlineOnly = online && (/verkko|chat|puhelin/i.test(t.fi) || rng.chance(0.5));

    const places = ctx.namePlace
      ? [rng.weighted(ctx.places, (p) => p.weight)]
      : rng.chance(0.3) ? ctx.places : [ctx.places[0]];
    const place = places[0];

    const languages = org.languages.filter((_, i) => i === 0 || rng.chance(0.6));
    const swedish = languages.includes("SV") && !!t.sv;
    const english = languages.includes("EN") && !!t.en;

    const event = t.kind === "EVENT" ? this.eventTime(t) : null;
    const schedule = event ? event.schedule : this.schedule(t.kind);
    const address = onlineOnly ? null : this.address(place);

    const accessibility: AccessibilityFeatureValue[] = [];
    if (address && rng.chance(0.6)) accessibility.push("WHEELCHAIR_ACCESS");
    if (address && rng.chance(org.themes.includes("DISABILITY") ? 0.5 : 0.15)) accessibility.push("INDUCTION_LOOP");
    if (languages.includes("FSE") || rng.chance(0.03)) accessibility.push("SIGN_LANGUAGE");
    if (rng.chance(org.themes.includes("DISABILITY") || org.themes.includes("IMMIGRANTS") ? 0.4 : 0.1)) accessibility.push("EASY_LANGUAGE");
    if (online) accessibility.push("ONLINE_PARTICIPATION");

    const themes = t.themes.length > 0 ? [...t.themes] : [...org.themes];
    const orgTheme = org.themes.find((theme) => !themes.includes(theme));
    if (orgTheme && rng.chance(0.3)) themes.push(orgTheme);

    const placeName = SWEDISH_MAJORITY.has(place.code) ? place.nameSv : place.nameFi;
    let nameFi = t.fi;
    if (event && !/\d{4}$/.test(nameFi)) nameFi = `${nameFi} ${event.year}`;
    if (ctx.namePlace) nameFi = `${nameFi} – ${place.nameFi}`;
    const suffix = ctx.namePlace ? ` – ${place.nameSv}` : "";

    const sentences = [t.desc];
    sentences.push(event ? `Aika: ${schedule}.` : `Toiminta-aika: ${schedule}.`);
    if (address) sentences.push(`Paikka: ${address}.`);
    if (online) sentences.push(onlineOnly ? "Toiminta järjestetään verkossa tai puhelimitse." : "Mukaan pääsee myös etäyhteydellä.");
    if (accessibility.includes("WHEELCHAIR_ACCESS")) sentences.push("Tila on esteetön.");
    if (accessibility.includes("SIGN_LANGUAGE")) sentences.push("Paikalla viittomakielen tulkki.");
    const free = t.kind !== "MARKET_SERVICE" && rng.chance(t.kind === "RECREATION" ? 0.75 : t.kind === "EVENT" ? 0.8 : 0.95);
    sentences.push(free ? "Maksuton." : t.kind === "MARKET_SERVICE" ? "Palveluun haetaan hyvinvointialueen kautta." : "Pieni osallistumismaksu.");

    const row: ActivitySeedRow = {
      id: this.data.activities.length + 1,
      organisationId: org.id,
      nameFi,
      nameSv: swedish ? `${t.sv}${suffix}` : null,
      nameEn: english ? `${t.en}${suffix}` : null,
      descriptionFi: sentences.join(" "),
      descriptionSv: swedish ? `${t.sv}. Verksamheten ordnas på svenska${languages.includes("FI") ? " och finska" : ""} i ${placeName}. Välkommen med!` : null,
      descriptionEn: english ? `${t.en}. Open to everyone in ${place.nameFi}${online ? " and online" : ""}.` : null,
      kind: t.kind,
      targetGroups: [...t.targets],
      themes,
      languages,
      schedule,
      startsAt: event?.startsAt ?? null,
      endsAt: event?.endsAt ?? null,
      address,
      online,
      ...activityDetails({
        id: this.data.activities.length + 1, kind: t.kind, nameFi, descriptionFi: sentences.join(" "), targetGroups: t.targets, themes, accessibility,
        schedule, startsAt: event?.startsAt ?? null, endsAt: event?.endsAt ?? null, address, online, free, municipalityCode: place.code, organisation: org,
      }, detailRng(this.data.activities.length + 1), this.centres, SWEDISH_MAJORITY.has(place.code)),
    };
    this.data.activities.push(row);
    ctx.activities.push(row);
    for (const p of places) this.data.activityMunicipalities.push({ activityId: row.id, municipalityCode: p.code });
  }

  /**
   * Peer groups for older men (as in the Ikaros project of seed 003) and for women, in each region's
   * largest municipality and its next largest, appended after everything else so the rest of the
   * demo stays as it was. Their times, cost and accessibility vary the way the rest do; the first
   * men's group of each place is free and step-free, the kind an advisor looks for.
   */
  private addGroupsForMenAndWomen(): void {
    const rng = new DetailRng(SEED + 14);
    const linked = new Map<string, number[]>();
    for (const link of this.data.organisationMunicipalities) {
      if (!linked.has(link.municipalityCode)) linked.set(link.municipalityCode, []);
      linked.get(link.municipalityCode)!.push(link.organisationId);
    }
    const orgById = new Map(this.data.organisations.map((o) => [o.id, o]));
    for (const region of this.regions) {
      const places = [...region.places].sort((a, b) => b.weight - a.weight || a.code.localeCompare(b.code)).slice(0, 2);
      for (const [rank, place] of places.entries()) {
        const candidates = (linked.get(place.code) ?? []).map((id) => orgById.get(id)!);
        const org = candidates.find((o) => o.themes.includes("OLDER_PEOPLE")) ?? candidates[0];
        if (!org) continue;
        const swedish = SWEDISH_MAJORITY.has(place.code);
        const bilingual = region.bilingual;
        const groups = rank === 0 ? ["men", "men", "menWalk", "women"] : ["men"];
        groups.forEach((group, index) => {
          const weekday = rng.pick(["ma", "ti", "ke", "to"]);
          const hour = rng.pick([10, 13, 17]);
          const first = index === 0;
          const languages: LanguageValue[] = swedish ? ["SV", "FI"] : bilingual && rng.chance(0.5) ? ["FI", "SV"] : ["FI"];
          const free = first || rng.chance(0.6);
          const accessible = first || rng.chance(0.5);
          const men = group !== "women";
          const kind: ActivityKindValue = group === "menWalk" ? "RECREATION" : "PEER_SUPPORT";
          const nameFi = `${group === "menWalk" ? "Ikämiesten kävelyryhmä" : men ? "Ikämiesten vertaisryhmä" : "Naisten vertaisryhmä"} – ${place.nameFi}${index === 1 ? " (iltaryhmä)" : ""}`;
          const nameSv = languages.includes("SV") ? `${group === "menWalk" ? "Promenadgrupp för äldre män" : men ? "Kamratgrupp för äldre män" : "Kamratgrupp för kvinnor"} – ${place.nameSv}${index === 1 ? " (kvällsgrupp)" : ""}` : null;
          const address = this.address(place);
          const schedule = `${weekday} klo ${hour}–${hour + 2}`;
          const sentences = [
            men ? "Yli 60-vuotiaiden miesten vertaisryhmä: keskustelua, kahvia ja yhdessä tekemistä. Ryhmää vetää koulutettu vertaisohjaaja."
              : "Naisten vertaisryhmä: keskustelua elämän muutoksista ja arjen jaksamisesta vertaisohjaajan johdolla.",
            `Toiminta-aika: ${schedule}.`, `Paikka: ${address}.`,
          ];
          if (accessible) sentences.push("Tila on esteetön.");
          sentences.push(free ? "Maksuton." : "Pieni osallistumismaksu.");
          const accessibility: AccessibilityFeatureValue[] = accessible ? ["WHEELCHAIR_ACCESS"] : [];
          const id = this.data.activities.length + 1;
          const targetGroups: TargetGroupValue[] = men ? ["OLDER_PEOPLE", "MEN"] : ["WOMEN", "WORKING_AGE"];
          const themes: ThemeValue[] = men ? ["OLDER_PEOPLE", "LONELINESS"] : ["MENTAL_HEALTH", "LONELINESS"];
          const details = activityDetails({
            id, kind, nameFi, descriptionFi: sentences.join(" "), targetGroups, themes, accessibility, schedule, startsAt: null, endsAt: null,
            address, online: false, free, municipalityCode: place.code, organisation: org,
          }, detailRng(id), this.centres, swedish);
          const row: ActivitySeedRow = {
            id, organisationId: org.id, nameFi, nameSv, nameEn: null, descriptionFi: sentences.join(" "),
            descriptionSv: nameSv ? `${nameSv}. Verksamheten ordnas på svenska${languages.includes("FI") ? " och finska" : ""}. Välkommen med!` : null,
            descriptionEn: null, kind, targetGroups, themes, languages, schedule, startsAt: null, endsAt: null, address, online: false,
            ...details,
            ageMin: men ? 60 : 18,
            ageMax: null,
            status: "ACTIVE",
          };
          this.data.activities.push(row);
          this.data.activityMunicipalities.push({ activityId: id, municipalityCode: place.code });
        });
      }
    }
  }

  private address(place: Place): string {
    const swedish = SWEDISH_MAJORITY.has(place.code);
    const street = this.rng.pick(swedish ? STREETS_SV : STREETS_FI);
    return `${street} ${this.rng.int(1, 48)}, ${swedish ? place.nameSv : place.nameFi}`;
  }

  private schedule(kind: ActivityKindValue): string {
    const rng = this.rng;
    const weekday = () => rng.pick(["ma", "ti", "ke", "to", "pe"]);
    const anyDay = () => rng.weighted(["ma", "ti", "ke", "to", "pe", "la", "su"], (d) => (d === "la" || d === "su" ? 0.4 : 1));
    const slot = (from: number[], lengths: number[]) => {
      const start = rng.pick(from);
      return `klo ${start}–${start + rng.pick(lengths)}`;
    };
    switch (kind) {
      case "LOW_THRESHOLD":
        return rng.pick([`ma–pe ${slot([9, 10, 11], [3, 4, 5])}`, `${rng.pick(DAY_PAIRS)} ${slot([10, 12], [3, 4])}`, `arkisin ${slot([9, 10], [5, 6])}`, `${anyDay()} ${slot([12, 13, 17], [2, 3])}`]);
      case "OUTREACH":
        return rng.pick(["sopimuksen mukaan", `ma–pe ${slot([8, 9], [6, 7])}`, `pe ja la ${slot([18, 19, 20], [3, 4])}`]);
      case "EVERYDAY_HELP":
        return rng.pick(["sopimuksen mukaan", `yhteydenotot ma–to ${slot([9, 10], [3, 5])}`, "ajanvarauksella"]);
      case "SERVICE_ADVICE":
        return rng.pick([`ma–to ${slot([9, 10], [4, 6])}, ajanvarauksella`, "ajanvarauksella", `${weekday()} ${slot([12, 13, 16], [2, 3])}, avoin vastaanotto`]);
      case "MARKET_SERVICE":
        return rng.pick([`arkisin ${slot([8], [7, 8])}`, "ympäri vuorokauden", `ma–pe ${slot([8, 9], [6])}`]);
      default: {
        const day = kind === "RECREATION" ? anyDay() : weekday();
        const time = slot(kind === "RECREATION" ? [10, 13, 17, 18] : [13, 17, 18], [1, 2]);
        return rng.pick([`${day} ${time}`, `${day} ${time}`, `joka toinen ${day} ${time}`, `kuukauden ensimmäinen ${day} ${time}`, `${rng.pick(DAY_PAIRS)} ${time}`]);
      }
    }
  }

  /** An event date in 2026–2027 with Finnish local times (EET/EEST). */
  private eventTime(t: ActivityTemplate): { startsAt: string; endsAt: string; schedule: string; year: number } {
    const rng = this.rng;
    const year = rng.int(2026, 2027);
    const month = t.months ? rng.pick(t.months) : rng.int(1, 12);
    const day = t.day ?? rng.int(1, daysInMonth(year, month));
    const startHour = rng.pick([10, 12, 13, 17, 18]);
    const multiDay = !t.day && /viikonloppu|leiri/i.test(t.fi) ? 2 : 0;
    const end = new Date(Date.UTC(year, month - 1, day + multiDay));
    const endHour = multiDay ? 15 : Math.min(startHour + rng.int(2, 5), 22);
    const startDate = { y: year, m: month, d: day };
    const endDate = { y: end.getUTCFullYear(), m: end.getUTCMonth() + 1, d: end.getUTCDate() };
    const schedule = multiDay
      ? `${weekdayFi(startDate)} ${startDate.d}.${startDate.m}.–${weekdayFi(endDate)} ${endDate.d}.${endDate.m}.${endDate.y}`
      : `${weekdayFi(startDate)} ${day}.${month}.${year} klo ${startHour}–${endHour}`;
    return { startsAt: finnishIso(startDate, startHour), endsAt: finnishIso(endDate, endHour), schedule, year };
  }

  // Partnerships -------------------------------------------------------------

  private maybePartner(ctx: OrgContext, rate: number, reach: "local" | "independent"): void {
    if (!this.rng.chance(rate)) return;
    const count = this.rng.chance(0.12) ? 2 : 1;
    for (let k = 0; k < count; k++) {
      const region = ctx.region;
      if (!region) return;
      // Municipalities still fund health promotion; the county funds and contracts social and health work.
      const municipal = region.code !== "90" && this.rng.chance(0.5);
      this.addPartnership(ctx, this.partnershipKind(ctx, reach), municipal ? { municipalityCode: this.rng.pick(ctx.places).code } : { regionCode: region.code });
    }
  }

  private partnershipKind(ctx: OrgContext, reach: "district" | "local" | "independent"): PartnershipKindValue {
    const hasMarket = ctx.activities.some((a) => a.kind === "MARKET_SERVICE");
    const weights: Record<PartnershipKindValue, number> = reach === "district"
      ? { GRANT: 35, COOPERATION_STRUCTURE: 20, COOPERATION_GUIDELINE: 15, JOINT_PROJECT: 15, SERVICE_AGREEMENT: hasMarket ? 25 : 10 }
      : { GRANT: 55, COOPERATION_STRUCTURE: 12, COOPERATION_GUIDELINE: 10, JOINT_PROJECT: 12, SERVICE_AGREEMENT: hasMarket ? 30 : 6 };
    return this.rng.weighted(Object.keys(weights) as PartnershipKindValue[], (k) => weights[k]);
  }

  private addPartnership(ctx: OrgContext, kind: PartnershipKindValue, party: { regionCode?: string; municipalityCode?: string }): void {
    const rng = this.rng;
    const org = ctx.row;
    const municipal = !!party.municipalityCode;
    const swedish = org.languages.includes("SV");
    const own = ctx.activities;
    const topicOf = (a: ActivitySeedRow) => lowerFirst(a.nameFi.replace(/ – .*$/, "").replace(/ \(ostopalvelu\)$/, "").replace(/ \d{4}$/, ""));

    let titleFi: string;
    let titleSv: string | null = null;
    let description: string;
    let startsOn: string;
    let endsOn: string | null;

    switch (kind) {
      case "GRANT": {
        // Counties only exist from 2023; before that social and health grants came from municipalities.
        const year = rng.weighted([2022, 2023, 2024, 2025, 2026, 2027], (y) => (y === 2022 && !municipal ? 0 : y >= 2024 && y <= 2026 ? 3 : 1));
        const source = own.filter((a) => a.kind !== "EVENT" && a.kind !== "MARKET_SERVICE");
        const activity = source.length > 0 ? rng.pick(source) : null;
        const topic = activity ? topicOf(activity) : "yleisavustus";
        titleFi = `Avustus: ${topic} ${year}`;
        if (swedish && activity?.nameSv) titleSv = `Understöd: ${lowerFirst(activity.nameSv.replace(/ – .*$/, ""))} ${year}`;
        description = municipal
          ? `Kunnan hyvinvoinnin ja terveyden edistämisen avustus vuodelle ${year}.`
          : `Hyvinvointialueen järjestöavustus vuodelle ${year}. Avustus on tarkoitettu toiminnan kuluihin, kuten tilavuokriin ja vapaaehtoisten kouluttamiseen.`;
        startsOn = `${year}-01-01`;
        endsOn = `${year}-12-31`;
        break;
      }
      case "SERVICE_AGREEMENT": {
        const market = own.find((a) => a.kind === "MARKET_SERVICE");
        const topic = market ? topicOf(market) : rng.pick(SERVICE_TOPICS);
        titleFi = `Palvelusopimus: ${topic}`;
        if (swedish) titleSv = `Serviceavtal: ${market?.nameSv ? lowerFirst(market.nameSv.replace(/ \(köpt tjänst\)$/, "")) : topic}`;
        const year = rng.int(2023, 2026);
        const years = rng.int(1, 3);
        description = `Hankintalain mukainen palvelusopimus (${topic}). Sopimukseen sisältyy ${rng.pick(["yksi", "kaksi"])} optiovuotta.`;
        startsOn = `${year}-01-01`;
        endsOn = `${Math.min(year + years - 1, 2027)}-12-31`;
        break;
      }
      case "JOINT_PROJECT": {
        const topic = rng.pick(PROJECT_TOPICS);
        titleFi = `${rng.pick(["Yhteishanke", "Kehittämishanke", "Hanke"])}: ${topic}`;
        const year = rng.int(2022, 2026);
        const month = rng.int(1, 12);
        startsOn = isoDate(year, month, 1);
        endsOn = minDate(endOfMonth(year, month + rng.pick([11, 17, 23, 35])), "2027-12-31");
        description = `${municipal ? "Kunnan" : "Hyvinvointialueen"} ja järjestön yhteinen hanke: ${topic}. Rahoitus osin ${rng.pick(["STEA:lta", "sosiaali- ja terveysministeriöltä", "EU:n rakennerahastoista", "hyvinvointialueelta"])}.`;
        break;
      }
      case "COOPERATION_STRUCTURE": {
        const structure = rng.pick(municipal ? MUNICIPAL_STRUCTURES : STRUCTURES);
        titleFi = structure.fi;
        if (swedish) titleSv = structure.sv;
        startsOn = isoDate(rng.int(2023, 2025), rng.pick([1, 3, 9]), 1);
        endsOn = rng.chance(0.7) ? null : rng.pick(["2025-05-31", "2027-05-31"]);
        if (endsOn && endsOn < startsOn) endsOn = "2027-05-31";
        description = "Pysyvä yhteistyörakenne, joka kokoontuu 4–6 kertaa vuodessa. Järjestöedustajat valitaan avoimella haulla.";
        break;
      }
      case "COOPERATION_GUIDELINE": {
        const guideline = rng.pick(GUIDELINES);
        titleFi = guideline.fi;
        if (swedish) titleSv = guideline.sv;
        startsOn = isoDate(rng.int(2023, 2026), rng.int(1, 12), 1);
        endsOn = rng.chance(0.6) ? null : `${Number(startsOn.slice(0, 4)) + 1}-12-31`;
        description = "Hyvinvointialueen ja järjestöjen yhteisesti valmistelema linjaus, joka on hyväksytty alueen yhteistyöryhmässä.";
        break;
      }
    }

    let status: PartnershipStatusValue = startsOn > REFERENCE_DATE ? "PLANNED" : endsOn && endsOn < REFERENCE_DATE ? "ENDED" : "ACTIVE";
    if (status !== "PLANNED" && rng.chance(0.05)) {
      // Terminated early: the actual end falls before the planned one and before "today".
      const latest = minDate(endsOn ?? REFERENCE_DATE, REFERENCE_DATE);
      const span = (Date.parse(latest) - Date.parse(startsOn)) / 86_400_000;
      if (span > 60) {
        status = "TERMINATED";
        endsOn = addDays(startsOn, rng.int(60, span));
      }
    }

    this.data.partnerships.push({
      id: this.data.partnerships.length + 1,
      organisationId: org.id,
      regionCode: party.municipalityCode ? null : (party.regionCode ?? null),
      municipalityCode: party.municipalityCode ?? null,
      kind, status, titleFi, titleSv,
      titleEn: org.kind === "NATIONAL" || org.kind === "UMBRELLA" ? englishTitle(kind) : null,
      description,
      organisationRole: rng.pick(ORGANISATION_ROLES[kind]),
      publicPartyRole: rng.pick(PUBLIC_PARTY_ROLES[kind]),
      startsOn, endsOn,
    });
  }
}

// ---------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------

function englishTitle(kind: PartnershipKindValue): string {
  return {
    GRANT: "Operating grant", SERVICE_AGREEMENT: "Service agreement", JOINT_PROJECT: "Joint development project",
    COOPERATION_STRUCTURE: "NGO cooperation forum", COOPERATION_GUIDELINE: "NGO cooperation guideline",
  }[kind];
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isoDate(year: number, month: number, day: number): string {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.toISOString().slice(0, 10);
}

function endOfMonth(year: number, month: number): string {
  return isoDate(year, month + 1, 0);
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

const DAY_PAIRS = ["ma ja to", "ti ja to", "ma ja ke", "ti ja pe", "ke ja pe"];
const WEEKDAYS_FI = ["su", "ma", "ti", "ke", "to", "pe", "la"];

function weekdayFi(date: { y: number; m: number; d: number }): string {
  return WEEKDAYS_FI[new Date(Date.UTC(date.y, date.m - 1, date.d)).getUTCDay()];
}

/** Last Sunday of a month, for the EU summer-time switch. */
function lastSunday(year: number, month: number): number {
  const last = daysInMonth(year, month);
  return last - new Date(Date.UTC(year, month - 1, last)).getUTCDay();
}

/** Local Finnish wall-clock time as ISO 8601 with +02:00 (EET) or +03:00 (EEST). */
function finnishIso(date: { y: number; m: number; d: number }, hour: number): string {
  const afterStart = date.m > 3 || (date.m === 3 && date.d >= lastSunday(date.y, 3));
  const beforeEnd = date.m < 10 || (date.m === 10 && date.d < lastSunday(date.y, 10));
  const offset = afterStart && beforeEnd ? "+03:00" : "+02:00";
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.y}-${pad(date.m)}-${pad(date.d)}T${pad(hour)}:00:00${offset}`;
}
