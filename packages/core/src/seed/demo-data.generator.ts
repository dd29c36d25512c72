import { businessIdCheckDigit } from "../organisation/business-id";
import { loadReferenceData, type MunicipalityRecord, type RegionRecord } from "../region/reference-data";
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

export interface OrganisationSeedRow {
  id: number;
  nameFi: string;
  nameSv: string | null;
  nameEn: string | null;
  descriptionFi: string | null;
  descriptionSv: string | null;
  descriptionEn: string | null;
  businessId: string | null;
  kind: OrganisationKindValue;
  parentId: number | null;
  themes: ThemeValue[];
  languages: LanguageValue[];
  website: string | null;
  email: string | null;
  phone: string | null;
}

export interface ActivitySeedRow {
  id: number;
  organisationId: number;
  nameFi: string;
  nameSv: string | null;
  nameEn: string | null;
  descriptionFi: string | null;
  descriptionSv: string | null;
  descriptionEn: string | null;
  kind: ActivityKindValue;
  targetGroups: TargetGroupValue[];
  themes: ThemeValue[];
  languages: LanguageValue[];
  accessibility: AccessibilityFeatureValue[];
  schedule: string | null;
  /** ISO 8601 with the Finnish UTC offset of that day. */
  startsAt: string | null;
  endsAt: string | null;
  address: string | null;
  online: boolean;
  freeOfCharge: boolean;
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

const SEED = 20_230_101; // wellbeing services counties started on 1.1.2023

/** mulberry32: tiny, fast and good enough for test data; never Math.random so output is reproducible. */
class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
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
// Finnish language helpers
// ---------------------------------------------------------------------------

// Names whose genitive no simple suffix rule gets right (plurals, vowel harmony in compounds, t/d gradation).
const GENITIVE_EXCEPTIONS: Record<string, string> = {
  Uusikaupunki: "Uudenkaupungin",
  Uusikaarlepyy: "Uudenkaarlepyyn",
  Isokyrö: "Isonkyrön",
  "Koski Tl": "Kosken",
  "Pedersören kunta": "Pedersören",
  Raahe: "Raahen",
  Kirkkonummi: "Kirkkonummen",
  Loppi: "Lopen",
  Juuka: "Juuan",
  Muurame: "Muuramen",
  Pihtipudas: "Pihtiputaan",
  Kannus: "Kannuksen",
  Kaustinen: "Kaustisen",
  Punkalaidun: "Punkalaitumen",
  Virrat: "Virtain",
  Hailuoto: "Hailuodon",
  Luoto: "Luodon",
  Lieto: "Liedon",
};

// Ordered: compound heads first, then consonant gradation, then the "-nen" place names (which take the plural genitive).
const GENITIVE_RULES: [string, string][] = [
  ["lahti", "lahden"], ["joki", "joen"], ["koski", "kosken"], ["mäki", "mäen"], ["järvi", "järven"],
  ["niemi", "niemen"], ["salmi", "salmen"], ["lampi", "lammen"], ["vesi", "veden"], ["saari", "saaren"],
  ["virta", "virran"], ["kumpu", "kummun"], ["nen", "sten"],
  ["nki", "ngin"], ["nka", "ngan"], ["nko", "ngon"], ["nta", "nnan"], ["ntä", "nnän"], ["nto", "nnon"], ["lta", "llan"],
  ["rku", "run"], ["hti", "hdin"], ["kka", "kan"], ["kkä", "kän"], ["kko", "kon"], ["kku", "kun"],
  ["tta", "tan"], ["ttä", "tän"], ["tti", "tin"],
  ["us", "uden"], ["ys", "yden"], ["os", "oksen"], ["es", "eksen"], ["ee", "een"], ["e", "een"],
];

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

/** Rough population in tens of thousands; unknown municipalities count as small (≈6,000). */
const MUNICIPALITY_SIZE: Record<string, number> = {
  Helsinki: 67, Espoo: 31, Tampere: 25, Vantaa: 24, Oulu: 21, Turku: 20, Jyväskylä: 15, Kuopio: 12.5, Lahti: 12,
  Pori: 8.3, Kouvola: 8, Joensuu: 7.8, Lappeenranta: 7.3, Hämeenlinna: 6.8, Vaasa: 6.8, Seinäjoki: 6.5, Rovaniemi: 6.5,
  Mikkeli: 5.2, Porvoo: 5.2, Kotka: 5.1, Salo: 5.1, Kokkola: 4.8, Hyvinkää: 4.7, Lohja: 4.6, Järvenpää: 4.6,
  Nurmijärvi: 4.4, Kirkkonummi: 4.1, Rauma: 3.9, Tuusula: 3.9, Kerava: 3.8, Kajaani: 3.6, Kaarina: 3.6, Nokia: 3.5,
  Ylöjärvi: 3.4, Kangasala: 3.3, Savonlinna: 3.2, Vihti: 2.9, Riihimäki: 2.8, Raasepori: 2.7, Raisio: 2.5,
  Imatra: 2.5, Lempäälä: 2.5, Raahe: 2.4, Hollola: 2.3, Sastamala: 2.3, Sipoo: 2.2, Siilinjärvi: 2.2, Tornio: 2.1,
  Iisalmi: 2.1, Valkeakoski: 2.1, Mäntsälä: 2.1, Varkaus: 2, Kempele: 2, Pirkkala: 2, Naantali: 2, Lieto: 2,
  Kurikka: 2, Jämsä: 2, Kemi: 1.9, Pietarsaari: 1.9, Mustasaari: 1.9, Äänekoski: 1.8, Heinola: 1.8, Forssa: 1.6,
  Kuusamo: 1.5, Uusikaupunki: 1.5, Kauhava: 1.5, Ylivieska: 1.5, Kontiolahti: 1.5, Lapua: 1.4, Pieksämäki: 1.7,
  Loimaa: 1.5, Kauhajoki: 1.3, Kankaanpää: 1.1, Hamina: 1.9, Loviisa: 1.5, Laukaa: 1.9, Liminka: 1.1,
};

/** Bilingual municipalities; the first group has a Swedish-speaking majority. */
const SWEDISH_MAJORITY = new Set(["149", "710", "445", "322", "499", "475", "545", "287", "946", "893", "598", "599", "440", "288", "280"]);
const BILINGUAL_FINNISH_MAJORITY = new Set(["091", "049", "092", "235", "257", "755", "078", "444", "638", "753", "434", "407", "504", "624", "853", "905", "231", "272"]);
const SAMI_HOMELAND = new Set(["047", "148", "890", "758"]);

/** Neighbourhood genitives for the biggest cities, so that hundreds of local associations do not share a name. */
const NEIGHBOURHOODS: Record<string, string[]> = {
  Helsinki: [
    "Kallion", "Vuosaaren", "Malmin", "Kontulan", "Herttoniemen", "Pasilan", "Munkkiniemen", "Lauttasaaren", "Kannelmäen",
    "Pitäjänmäen", "Maunulan", "Itäkeskuksen", "Myllypuron", "Pihlajamäen", "Oulunkylän", "Tapanilan", "Puistolan",
    "Mellunmäen", "Kumpulan", "Töölön", "Vallilan", "Laajasalon", "Malminkartanon", "Pakilan", "Jakomäen", "Roihuvuoren",
  ],
  Espoo: ["Tapiolan", "Leppävaaran", "Matinkylän", "Espoonlahden", "Kauklahden", "Olarin", "Soukan", "Kivenlahden", "Espoon keskuksen"],
  Vantaa: ["Tikkurilan", "Myyrmäen", "Hakunilan", "Korson", "Martinlaakson", "Koivukylän", "Länsimäen", "Rekolan"],
  Tampere: ["Hervannan", "Kaukajärven", "Lielahden", "Tesoman", "Peltolammin", "Nekalan", "Pispalan", "Linnainmaan", "Kalevan"],
  Turku: ["Varissuon", "Runosmäen", "Halisten", "Hirvensalon", "Martin", "Pansion", "Uittamon", "Kupittaan"],
  Oulu: ["Tuiran", "Kaukovainion", "Pateniemen", "Kiimingin", "Haukiputaan", "Raksilan", "Kaakkurin", "Myllyojan"],
  Jyväskylä: ["Huhtasuon", "Kortepohjan", "Vaajakosken", "Palokan", "Korpilahden", "Keltinmäen", "Säynätsalon"],
  Kuopio: ["Petosen", "Neulamäen", "Saaristokaupungin", "Nilsiän", "Puijonlaakson", "Männistön"],
  Lahti: ["Liipolan", "Kivimaan", "Mukkulan", "Nastolan", "Jalkarannan"],
};

// Village names are compounds of a nature word and a landscape word, as most real ones are ("Koivumäki").
// Both lists are in the form the compound takes in the genitive, so joining them gives e.g. "Koivumäen".
const VILLAGE_HEADS = [
  "Koivu", "Haapa", "Kuusi", "Mänty", "Paju", "Leppä", "Tervo", "Honka", "Kallio", "Mylly", "Riihi", "Kivi", "Ranta",
  "Hirvi", "Karhu", "Kettu", "Joutsen", "Kurki", "Korppi", "Sorsa", "Lohi", "Hauki", "Pitkä", "Iso", "Ala", "Ylä", "Kirkon",
];
const VILLAGE_TAILS = [
  "mäen", "niemen", "lahden", "kylän", "salmen", "vaaran", "kosken", "järven", "harjun", "rannan", "pellon", "korven",
  "lammen", "saaren", "kankaan", "joen",
];

const STREETS_FI = [
  "Kauppakatu", "Kirkkokatu", "Koulukatu", "Asemakatu", "Rantatie", "Puistokatu", "Torikatu", "Keskuskatu",
  "Myllytie", "Seurantalontie", "Urheilutie", "Sairaalatie", "Kalevankatu", "Kirjastokuja",
];
const STREETS_SV = ["Storgatan", "Skolvägen", "Kyrkvägen", "Strandvägen", "Järnvägsgatan", "Handelsesplanaden", "Sjukhusvägen"];

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

function act(
  kind: ActivityKindValue, fi: string, desc: string, targets: TargetGroupValue[], themes: ThemeValue[],
  extra: Partial<Pick<ActivityTemplate, "sv" | "en" | "months" | "day">> = {},
): ActivityTemplate {
  return { kind, fi, desc, targets, themes, ...extra };
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

const FAMILIES: Family[] = [
  {
    key: "mental", weight: 12, themes: ["MENTAL_HEALTH"], extraThemes: ["LONELINESS", "HOUSING", "EMPLOYMENT"],
    national: {
      fi: "Suomen Mielenterveysliitto ry", sv: "Finlands Mentalvårdsförbund rf", en: "Finnish Association for Mental Health",
      desc: "Suomen Mielenterveysliitto ry on valtakunnallinen mielenterveystyön järjestö, jonka jäseninä on paikallisia mielenterveysyhdistyksiä ja alueellisia piirejä eri puolilla Suomea. Liitto edistää mielenterveyttä, tarjoaa keskusteluapua ja kouluttaa vertaisohjaajia.",
      descEn: "A national mental health organisation whose members are local associations and regional districts across Finland.",
    },
    district: { fi: "{gen} Mielenterveyspiiri ry", sv: "{svgen} mentalvårdsdistrikt rf" },
    local: {
      fi: ["{gen} Mielenterveysyhdistys ry", "{gen} Mielenterveysseura ry", "{gen} seudun Mielenterveysyhdistys ry", "Mielenterveysyhdistys {brand} ry"],
      sv: ["{sv} mentalvårdsförening rf", "Mentalvårdsföreningen i {sv} rf"],
    },
    field: "mielenterveystyön", noun: "mielenterveysyhdistys",
    desc: "Yhdistys järjestää vertaistukea, matalan kynnyksen kohtaamispaikkatoimintaa ja virkistystä mielenterveyskuntoutujille ja heidän läheisilleen.",
    descSv: "Föreningen ordnar kamratstöd och mötesplatser för personer med psykisk ohälsa och deras anhöriga.",
    activities: [
      act("PEER_SUPPORT", "Mielenterveyskuntoutujien vertaistukiryhmä", "Vertaistukiryhmä mielenterveyskuntoutujille. Ryhmässä jaetaan kokemuksia arjesta, toipumisesta ja jaksamisesta luottamuksellisessa ilmapiirissä. Ryhmää ohjaavat koulutetut vertaisohjaajat.", ["PEOPLE_WITH_MENTAL_HEALTH_CONDITIONS"], ["MENTAL_HEALTH"], { sv: "Kamratstödsgrupp för personer med psykisk ohälsa", en: "Peer support group for mental health recovery" }),
      act("LOW_THRESHOLD", "Matalan kynnyksen kohtaamispaikka", "Matalan kynnyksen kohtaamispaikka, jonne voi tulla ilman ajanvarausta tai lähetettä. Tarjolla kahvia, seuraa ja keskusteluapua. Paikka on avoin kaikille, joita mielenterveyden asiat askarruttavat.", ["PEOPLE_WITH_MENTAL_HEALTH_CONDITIONS", "EVERYONE"], ["MENTAL_HEALTH", "LONELINESS"], { sv: "Mötesplats med låg tröskel", en: "Low-threshold drop-in meeting place" }),
      act("PEER_SUPPORT", "Omaisten vertaistukiryhmä", "Vertaistukiryhmä mielenterveysongelmia kohdanneiden ihmisten läheisille. Ryhmässä saat tietoa, tukea ja jaksamisen keinoja omaan tilanteeseesi.", ["FAMILIES", "INFORMAL_CARERS"], ["MENTAL_HEALTH", "INFORMAL_CARE"], { sv: "Kamratstödsgrupp för anhöriga" }),
      act("RECREATION", "Hyvän mielen liikuntaryhmä", "Kevyttä liikuntaa, kävelyä ja venyttelyä hyvässä seurassa. Liikunta tukee mielen hyvinvointia ja tuo rytmiä arkeen. Ei vaadi aiempaa kokemusta.", ["PEOPLE_WITH_MENTAL_HEALTH_CONDITIONS", "WORKING_AGE"], ["MENTAL_HEALTH", "HEALTH_PROMOTION"], { sv: "Motionsgrupp för psykiskt välmående" }),
      act("EVENT", "Mielenterveysviikon avoin tapahtuma", "Avoin tapahtuma mielenterveysviikolla: puheenvuoroja mielen hyvinvoinnista, kokemusasiantuntijoiden tarinoita ja alueen järjestöjen esittelyjä. Vapaa pääsy.", ["EVERYONE"], ["MENTAL_HEALTH", "HEALTH_PROMOTION"], { months: [4, 10] }),
      act("SERVICE_ADVICE", "Keskusteluapu ja neuvonta", "Maksutonta keskusteluapua ja neuvontaa elämän kriiseissä ja mielen kuormittuessa. Autamme myös löytämään sopivat palvelut hyvinvointialueelta.", ["WORKING_AGE", "EVERYONE"], ["MENTAL_HEALTH"], { sv: "Samtalsstöd och rådgivning", en: "Counselling and advice" }),
      act("MARKET_SERVICE", "Tuettu asuminen (ostopalvelu)", "Hyvinvointialueen ostopalveluna tuotettua tuettua asumista mielenterveyskuntoutujille. Asukkaita tuetaan arjen taidoissa, asioinnissa ja kuntoutumisessa.", ["PEOPLE_WITH_MENTAL_HEALTH_CONDITIONS"], ["MENTAL_HEALTH", "HOUSING"], { sv: "Stödboende (köpt tjänst)" }),
      act("EVERYDAY_HELP", "Klubitalo: työpainotteinen päivä ja arjen tuki", "Klubitalossa jäsenet osallistuvat talon töihin, kuten keittiö- ja toimistotehtäviin. Toiminta tukee työelämään paluuta ja arjen hallintaa.", ["PEOPLE_WITH_MENTAL_HEALTH_CONDITIONS", "UNEMPLOYED"], ["MENTAL_HEALTH", "EMPLOYMENT"]),
    ],
  },
  {
    key: "carers", weight: 10, themes: ["INFORMAL_CARE"], extraThemes: ["OLDER_PEOPLE", "LONELINESS", "DISABILITY"],
    national: {
      fi: "Suomen Omaishoitajaliitto ry", sv: "Finlands Närståendevårdarförbund rf", en: "Finnish Association of Informal Carers",
      desc: "Suomen Omaishoitajaliitto ry on omaishoitajien ja heidän läheistensä valtakunnallinen etu- ja tukijärjestö. Liitto vaikuttaa omaishoidon tukeen ja palveluihin sekä tukee paikallisyhdistysten vertaistoimintaa.",
      descEn: "A national advocacy and support organisation for informal carers and their families.",
    },
    district: { fi: "{gen} Omaishoitajat ry", sv: "{svgen} närståendevårdare rf" },
    local: {
      fi: ["{gen} Omaishoitajat ry", "{gen} seudun Omaishoitajat ry", "{gen} Omaishoitajat ja Läheiset ry"],
      sv: ["{sv} närståendevårdare rf", "Närståendevårdarna i {sv} rf"],
    },
    field: "omaishoitajien", noun: "omaishoitajayhdistys",
    desc: "Yhdistys tukee omaishoitajien jaksamista vertaistuen, virkistyksen ja neuvonnan avulla sekä tekee omaishoitoa näkyväksi.",
    descSv: "Föreningen stöder närståendevårdare genom kamratstöd, rekreation och rådgivning.",
    activities: [
      act("PEER_SUPPORT", "Vertaistukiryhmä omaishoitajille", "Vertaistukiryhmä omaishoitajille kerran kuukaudessa. Ryhmässä jaetaan kokemuksia, saadaan tietoa omaishoidon tuesta ja palveluista sekä voimia arkeen. Hoidettavalle voidaan järjestää tarvittaessa sijaishoito ryhmän ajaksi.", ["INFORMAL_CARERS"], ["INFORMAL_CARE"], { sv: "Kamratstödsgrupp för närståendevårdare", en: "Peer support group for family carers" }),
      act("OUTREACH", "Kotikäynnit omaishoitoperheisiin", "Omaishoidon ohjaaja tekee kotikäyntejä omaishoitoperheisiin ja kartoittaa yhdessä perheen kanssa tuen ja palvelujen tarpeen. Kotikäynnit ovat maksuttomia.", ["INFORMAL_CARERS", "OLDER_PEOPLE"], ["INFORMAL_CARE", "OLDER_PEOPLE"], { sv: "Hembesök hos närståendevårdare" }),
      act("SERVICE_ADVICE", "Omaishoidon neuvonta ja palveluohjaus", "Neuvontaa omaishoidon tuesta, lakisääteisistä vapaista, etuuksista ja palveluista. Autamme hakemusten täyttämisessä ja ohjaamme hyvinvointialueen palveluihin.", ["INFORMAL_CARERS"], ["INFORMAL_CARE", "PATIENT_ADVOCACY"], { sv: "Rådgivning om närståendevård" }),
      act("RECREATION", "Omaishoitajien kuntosaliryhmä", "Ohjattu kuntosaliryhmä omaishoitajille. Lihaskuntoa, tasapainoa ja hetki omaa aikaa arjen keskellä.", ["INFORMAL_CARERS"], ["INFORMAL_CARE", "HEALTH_PROMOTION"]),
      act("EVENT", "Omaishoitajien virkistyspäivä", "Virkistyspäivä omaishoitajille: lounas, luento jaksamisesta ja ohjelmaa. Hoidettaville järjestetään yhteistyössä hyvinvointialueen kanssa sijaishoito päivän ajaksi. Ennakkoilmoittautuminen.", ["INFORMAL_CARERS"], ["INFORMAL_CARE", "LONELINESS"], { sv: "Rekreationsdag för närståendevårdare" }),
      act("EVERYDAY_HELP", "Vapaaehtoinen sijaisapu omaishoitajille", "Koulutettu vapaaehtoinen tulee muutamaksi tunniksi hoidettavan seuraksi, jotta omaishoitaja pääsee asioille tai harrastamaan. Ei korvaa lakisääteisiä vapaita.", ["INFORMAL_CARERS", "OLDER_PEOPLE"], ["INFORMAL_CARE", "LONELINESS"]),
      act("MARKET_SERVICE", "Omaishoidon vapaiden sijaishoito (ostopalvelu)", "Hyvinvointialueen ostopalveluna tai palvelusetelillä järjestettävä sijaishoito omaishoitajan lakisääteisten vapaiden ajaksi.", ["INFORMAL_CARERS", "OLDER_PEOPLE"], ["INFORMAL_CARE"]),
      act("LOW_THRESHOLD", "Omaishoitajien kohtaamiskahvila", "Avoin kahvila omaishoitajille ja heidän läheisilleen. Voit tulla juttelemaan, kysymään neuvoa tai vain lepäämään hetken.", ["INFORMAL_CARERS"], ["INFORMAL_CARE", "LONELINESS"], { sv: "Café för närståendevårdare" }),
    ],
  },
  {
    key: "older", weight: 22, themes: ["OLDER_PEOPLE"], extraThemes: ["LONELINESS", "HEALTH_PROMOTION"],
    national: {
      fi: "Suomen Eläkeläisliitto ry", sv: "Finlands Pensionärsförbund rf", en: "Finnish Pensioners' Federation",
      desc: "Suomen Eläkeläisliitto ry on eläkeläisten ja ikäihmisten valtakunnallinen järjestö. Liitto valvoo ikäihmisten etuja, edistää liikuntaa ja kulttuuria sekä tukee yksinäisyyttä ehkäisevää toimintaa.",
      descEn: "A national organisation for pensioners and older people promoting their interests, physical activity and culture.",
    },
    district: { fi: "{gen} Eläkeläispiiri ry", sv: "{svgen} pensionärsdistrikt rf" },
    local: {
      fi: ["{gen} Eläkeläiset ry", "{gen} seudun Eläkeläiset ry", "{gen} Seniorit ry", "{gen} Eläkkeensaajat ry", "{gen} Senioriyhdistys ry"],
      sv: ["{sv} pensionärer rf", "Pensionärsföreningen i {sv} rf", "{sv} seniorer rf"],
    },
    field: "eläkeläisten", noun: "eläkeläisyhdistys",
    desc: "Yhdistys järjestää ikäihmisille liikuntaa, kerhoja, retkiä ja ystävätoimintaa sekä valvoo eläkeläisten etuja paikkakunnalla.",
    descSv: "Föreningen ordnar motion, klubbar, utfärder och vänverksamhet för äldre.",
    activities: [
      act("RECREATION", "Tuolijumppa", "Ohjattu tuolijumppa ikäihmisille. Jumppa ylläpitää lihaskuntoa, liikkuvuutta ja tasapainoa ja sopii myös apuvälineitä käyttäville.", ["OLDER_PEOPLE"], ["OLDER_PEOPLE", "HEALTH_PROMOTION"], { sv: "Stolgymnastik", en: "Chair exercise" }),
      act("RECREATION", "Senioreiden lauluryhmä", "Lauletaan yhdessä tuttuja lauluja ja iskelmiä säestyksen kera. Nuotteja ei tarvitse osata.", ["OLDER_PEOPLE"], ["OLDER_PEOPLE", "LONELINESS"], { sv: "Sånggrupp för seniorer" }),
      act("EVERYDAY_HELP", "Ystävätoiminta ikäihmisille", "Koulutettu vapaaehtoinen ystävä tapaa ikäihmistä säännöllisesti: ulkoillaan, jutellaan ja asioidaan yhdessä. Ystävätoiminta vähentää yksinäisyyttä.", ["OLDER_PEOPLE"], ["OLDER_PEOPLE", "LONELINESS"], { sv: "Vänverksamhet för äldre", en: "Befriending for older people" }),
      act("EVERYDAY_HELP", "Asiointiapu ja saattajapalvelu", "Vapaaehtoiset auttavat kaupassa käynnissä, apteekkiasioinnissa ja saattavat lääkärikäynneille. Pyydä apua puhelimitse viimeistään edellisenä päivänä.", ["OLDER_PEOPLE"], ["OLDER_PEOPLE"]),
      act("OUTREACH", "Etsivä vanhustyö", "Etsivä vanhustyö tavoittaa yksin asuvia ikäihmisiä, jotka eivät ole palvelujen piirissä. Työntekijä tekee kotikäyntejä ja ohjaa tarvittaessa palveluihin.", ["OLDER_PEOPLE"], ["OLDER_PEOPLE", "LONELINESS"], { sv: "Uppsökande äldrearbete" }),
      act("LOW_THRESHOLD", "Senioriolohuone", "Avoin olohuone ikäihmisille: päivän lehdet, kahvit, pelejä ja seuraa. Ei ilmoittautumista.", ["OLDER_PEOPLE"], ["OLDER_PEOPLE", "LONELINESS"], { sv: "Seniorvardagsrum" }),
      act("SERVICE_ADVICE", "Digiopastus senioreille", "Vapaaehtoiset digiopastajat neuvovat älypuhelimen, tabletin ja verkkopankin käytössä sekä sähköisessä asioinnissa. Ota oma laite mukaan.", ["OLDER_PEOPLE"], ["OLDER_PEOPLE"], { sv: "Digihandledning för seniorer", en: "Digital skills support for seniors" }),
      act("EVENT", "Ikäihmisten hyvinvointipäivä", "Ikäihmisten hyvinvointipäivä: terveysmittauksia, liikuntanäytöksiä, palveluneuvontaa ja kahvitarjoilu. Mukana alueen järjestöt ja hyvinvointialueen seniorineuvonta.", ["OLDER_PEOPLE"], ["OLDER_PEOPLE", "HEALTH_PROMOTION"], { months: [9, 10] }),
    ],
  },
  {
    key: "youth", weight: 10, themes: ["YOUTH"], extraThemes: ["HEALTH_PROMOTION", "LONELINESS", "CHILDREN_AND_FAMILIES"],
    national: {
      fi: "Suomen Nuorisoseurojen Liitto ry", sv: "Finlands Ungdomsföreningars Förbund rf", en: "Finnish Federation of Youth Associations",
      desc: "Suomen Nuorisoseurojen Liitto ry on lasten ja nuorten harrastus- ja kulttuurijärjestö, jonka paikalliset nuorisoseurat ylläpitävät seurantaloja ja järjestävät teatteria, tanssia ja avointa nuorisotoimintaa.",
      descEn: "A national youth and culture organisation whose local youth associations run community halls, theatre, dance and open youth work.",
    },
    district: { fi: "{gen} Nuorisoseurat ry", sv: "{svgen} ungdomsförbund rf" },
    local: {
      fi: ["{gen} Nuorisoseura ry", "{gen} seudun Nuorisoseura ry", "{gen} Nuorisoyhdistys ry"],
      sv: ["Ungdomsföreningen i {sv} rf", "{sv} ungdomsförening rf"],
    },
    field: "nuorisoseurojen", noun: "nuorisoseura",
    desc: "Nuorisoseura ylläpitää seurantaloa ja järjestää lapsille ja nuorille teatteria, musiikkia, liikuntaa ja avoimia iltoja.",
    descSv: "Ungdomsföreningen driver ett föreningshus och ordnar teater, musik och öppna kvällar för barn och unga.",
    activities: [
      act("LOW_THRESHOLD", "Nuorten avoimet illat", "Nuorisotilan avoimet illat 13–17-vuotiaille: pelejä, musiikkia, välipala ja turvallinen aikuinen paikalla. Matalan kynnyksen paikka tulla sellaisena kuin on.", ["YOUTH"], ["YOUTH", "LONELINESS"], { sv: "Öppna kvällar för unga", en: "Open evenings for young people" }),
      act("RECREATION", "Nuorten teatteriryhmä", "Teatteriryhmä nuorille. Harjoitellaan ilmaisua ja improvisaatiota ja valmistetaan kevään esitys yhdessä ohjaajan kanssa.", ["YOUTH"], ["YOUTH"], { sv: "Teatergrupp för unga" }),
      act("RECREATION", "Bändikoulu", "Bändikoulu ja treenikämppä nuorille. Soittimet löytyvät nuorisoseuran tiloista, aiempaa kokemusta ei tarvita.", ["YOUTH"], ["YOUTH"]),
      act("OUTREACH", "Jalkautuva nuorisotyö", "Nuorisotyöntekijät liikkuvat viikonloppuiltaisin keskustassa ja nuorten kokoontumispaikoissa. Tavoitteena on kohdata nuoria, ehkäistä päihteiden käyttöä ja ohjata tarvittaessa tuen piiriin.", ["YOUTH"], ["YOUTH", "SUBSTANCE_USE"], { sv: "Uppsökande ungdomsarbete" }),
      act("PEER_SUPPORT", "Nuorten vertaisryhmä", "Pienryhmä 15–25-vuotiaille, jotka kaipaavat seuraa ja tukea arkeen. Ryhmässä tehdään yhdessä ja jutellaan luottamuksellisesti.", ["YOUTH"], ["YOUTH", "MENTAL_HEALTH", "LONELINESS"]),
      act("EVENT", "Nuorten kesätapahtuma", "Päihteetön kesätapahtuma nuorille: livemusiikkia, työpajoja ja liikuntaa. Vapaa pääsy.", ["YOUTH"], ["YOUTH", "HEALTH_PROMOTION"], { sv: "Sommarevenemang för unga", months: [6, 7, 8] }),
      act("RECREATION", "Lasten sirkuskoulu", "Sirkuskoulu 7–12-vuotiaille: jongleerausta, akrobatiaa ja tasapainoilua.", ["CHILDREN"], ["YOUTH", "CHILDREN_AND_FAMILIES"], { sv: "Cirkusskola för barn" }),
      act("SERVICE_ADVICE", "Nuorten työnhakupaja", "Apua kesätyö- ja harjoittelupaikan hakuun, CV:n tekoon ja työhaastatteluun valmistautumiseen.", ["YOUTH"], ["YOUTH", "EMPLOYMENT"]),
    ],
  },
  {
    key: "families", weight: 8, themes: ["CHILDREN_AND_FAMILIES"], extraThemes: ["LONELINESS", "MENTAL_HEALTH", "POVERTY"],
    national: {
      fi: "Suomen Lapsi- ja Perhejärjestöjen Liitto ry", sv: "Barn- och familjeorganisationernas förbund i Finland rf", en: "Finnish Federation of Child and Family Organisations",
      desc: "Suomen Lapsi- ja Perhejärjestöjen Liitto ry tukee lapsiperheiden hyvinvointia perhekahviloiden, perhekummitoiminnan ja vertaistuen avulla ja vaikuttaa perhepalveluihin.",
      descEn: "Supports the wellbeing of families with children through family cafés, volunteer family mentors and peer support.",
    },
    district: { fi: "{gen} Perhepiiri ry", sv: "{svgen} familjedistrikt rf" },
    local: {
      fi: ["{gen} Perheyhdistys ry", "{gen} Perhekerho ry", "{gen} Lapsiperheiden Tuki ry", "{gen} Yhden Vanhemman Perheet ry"],
      sv: ["Familjeföreningen i {sv} rf", "{sv} barnfamiljer rf"],
    },
    field: "lapsiperheiden", noun: "perheyhdistys",
    desc: "Yhdistys järjestää perhekahviloita, vertaisryhmiä ja perhekummitoimintaa sekä tapahtumia koko perheelle.",
    descSv: "Föreningen ordnar familjecaféer, kamratgrupper och familjefaddrar för barnfamiljer.",
    activities: [
      act("LOW_THRESHOLD", "Perhekahvila", "Avoin perhekahvila vauva- ja lapsiperheille. Lapset leikkivät, aikuiset saavat vertaisseuraa ja tietoa alueen palveluista. Ei ilmoittautumista.", ["FAMILIES", "CHILDREN"], ["CHILDREN_AND_FAMILIES", "LONELINESS"], { sv: "Familjecafé", en: "Family café" }),
      act("PEER_SUPPORT", "Vertaistukiryhmä yhden vanhemman perheille", "Vertaistukiryhmä yksinhuoltajille ja yhden vanhemman perheille. Lapsille järjestetään ohjattua toimintaa ryhmän ajaksi.", ["FAMILIES"], ["CHILDREN_AND_FAMILIES"], { sv: "Kamratstöd för ensamföräldrar" }),
      act("PEER_SUPPORT", "Vauvaperheiden vertaisryhmä", "Vertaisryhmä alle 1-vuotiaiden vauvojen vanhemmille: vauvahierontaa, leikkejä ja keskustelua vauva-arjesta.", ["FAMILIES", "CHILDREN"], ["CHILDREN_AND_FAMILIES"]),
      act("EVERYDAY_HELP", "Perhekummitoiminta", "Koulutettu vapaaehtoinen perhekummi tukee lapsiperhettä arjessa, esimerkiksi leikkimällä lasten kanssa tai lähtemällä mukaan retkille. Perhekummi on maksuton.", ["FAMILIES", "CHILDREN"], ["CHILDREN_AND_FAMILIES", "LONELINESS"], { sv: "Familjefaddrar" }),
      act("EVERYDAY_HELP", "Lastenhoitoapu kotiin", "Tilapäistä lastenhoitoapua kotiin esimerkiksi vanhemman sairastuessa tai asioinnin ajaksi.", ["FAMILIES", "CHILDREN"], ["CHILDREN_AND_FAMILIES"]),
      act("RECREATION", "Perheliikunta", "Perheliikuntavuoro koko perheelle: pallopelejä, temppurata ja leikkejä. Tule koko perheen voimin!", ["FAMILIES", "CHILDREN"], ["CHILDREN_AND_FAMILIES", "HEALTH_PROMOTION"], { sv: "Familjemotion" }),
      act("EVENT", "Perhepäivä", "Perhepäivä ulkoleikkeineen: kasvomaalausta, ongintaa ja makkaranpaistoa. Tapahtuma on maksuton ja avoin kaikille perheille.", ["FAMILIES", "CHILDREN"], ["CHILDREN_AND_FAMILIES"], { sv: "Familjedag", months: [5, 6, 8, 9] }),
      act("SERVICE_ADVICE", "Eroneuvonta ja vanhemmuuden tuki", "Neuvontaa ja keskusteluapua eroa harkitseville tai eron kokeneille vanhemmille. Tukea yhteistyövanhemmuuteen ja lasten huomioimiseen erossa.", ["FAMILIES"], ["CHILDREN_AND_FAMILIES", "MENTAL_HEALTH"], { sv: "Skilsmässorådgivning" }),
    ],
  },
  {
    key: "disability", weight: 12, themes: ["DISABILITY"], extraThemes: ["PATIENT_ADVOCACY", "HEALTH_PROMOTION", "LONELINESS"],
    national: {
      fi: "Suomen Vammaisjärjestöjen Liitto ry", sv: "Handikapporganisationernas förbund i Finland rf", en: "Finnish Federation of Disability Organisations",
      desc: "Suomen Vammaisjärjestöjen Liitto ry edistää vammaisten ihmisten yhdenvertaisuutta, esteettömyyttä ja oikeutta palveluihin. Jäsenyhdistykset tarjoavat vertaistukea, soveltavaa liikuntaa ja neuvontaa.",
      descEn: "Promotes equality, accessibility and access to services for persons with disabilities.",
    },
    district: { fi: "{gen} Vammaispiiri ry", sv: "{svgen} handikappdistrikt rf" },
    local: {
      fi: ["{gen} Invalidiyhdistys ry", "{gen} seudun Invalidit ry", "{gen} Kehitysvammaisten Tuki ry", "{gen} Näkövammaiset ry", "{gen} Kuuloyhdistys ry"],
      sv: ["{sv} invalidförening rf", "Handikappföreningen i {sv} rf"],
    },
    field: "vammaisjärjestöjen", noun: "vammaisyhdistys",
    desc: "Yhdistys tarjoaa vertaistukea, soveltavaa liikuntaa ja neuvontaa vammaispalveluista sekä vaikuttaa paikkakunnan esteettömyyteen.",
    descSv: "Föreningen erbjuder kamratstöd, anpassad motion och rådgivning om handikappservice.",
    activities: [
      act("PEER_SUPPORT", "Liikuntarajoitteisten vertaistukiryhmä", "Vertaistukiryhmä liikuntarajoitteisille ja heidän läheisilleen. Tapaamisissa vaihdetaan kokemuksia apuvälineistä, palveluista ja arjesta.", ["PEOPLE_WITH_DISABILITIES", "FAMILIES"], ["DISABILITY"], { sv: "Kamratstödsgrupp för personer med rörelsenedsättning" }),
      act("RECREATION", "Soveltava liikunta", "Soveltavan liikunnan ryhmä, jossa liikkeet sovitetaan jokaisen omiin voimavaroihin. Ohjaaja on soveltavan liikunnan ammattilainen.", ["PEOPLE_WITH_DISABILITIES"], ["DISABILITY", "HEALTH_PROMOTION"], { sv: "Anpassad motion", en: "Adapted physical activity" }),
      act("RECREATION", "Allasjumppa", "Lämminvesiallasjumppa tuki- ja liikuntaelinsairaille ja liikuntarajoitteisille. Avustaja voi osallistua maksutta.", ["PEOPLE_WITH_DISABILITIES", "OLDER_PEOPLE"], ["DISABILITY", "HEALTH_PROMOTION"], { sv: "Vattengymnastik" }),
      act("SERVICE_ADVICE", "Vammaisneuvonta ja edunvalvonta", "Neuvontaa vammaispalveluista, Kelan etuuksista ja muutoksenhausta. Autamme hakemusten ja valitusten tekemisessä.", ["PEOPLE_WITH_DISABILITIES", "FAMILIES"], ["DISABILITY", "PATIENT_ADVOCACY"], { sv: "Handikapprådgivning" }),
      act("EVERYDAY_HELP", "Tukihenkilötoiminta", "Vapaaehtoinen tukihenkilö auttaa arjen asioissa, harrastuksiin osallistumisessa ja asioinnissa.", ["PEOPLE_WITH_DISABILITIES"], ["DISABILITY", "LONELINESS"]),
      act("MARKET_SERVICE", "Päivätoiminta kehitysvammaisille (ostopalvelu)", "Hyvinvointialueen ostopalveluna järjestettävää päivätoimintaa kehitysvammaisille aikuisille: luovaa toimintaa, liikuntaa ja arjen taitojen harjoittelua.", ["PEOPLE_WITH_DISABILITIES"], ["DISABILITY"]),
      act("LOW_THRESHOLD", "Esteetön olohuone", "Esteetön olohuone, jonne voi tulla juttelemaan, pelaamaan ja kahville. Induktiosilmukka ja selkokielistä materiaalia saatavilla.", ["PEOPLE_WITH_DISABILITIES", "EVERYONE"], ["DISABILITY", "LONELINESS"]),
      act("EVENT", "Esteettömyyskävely", "Kävellään yhdessä keskustassa ja kartoitetaan esteettömyyden ongelmakohtia. Havainnot viedään kunnan ja hyvinvointialueen vammaisneuvostolle.", ["PEOPLE_WITH_DISABILITIES", "EVERYONE"], ["DISABILITY"], { months: [5, 6, 9] }),
    ],
  },
  {
    key: "substance", weight: 5, themes: ["SUBSTANCE_USE"], extraThemes: ["MENTAL_HEALTH", "POVERTY", "HOUSING"],
    national: {
      fi: "Suomen Päihdetyön Liitto ry", sv: "Finlands Förbund för Missbrukararbete rf", en: "Finnish Federation for Substance Abuse Work",
      desc: "Suomen Päihdetyön Liitto ry on ehkäisevän päihdetyön ja päihteistä toipuvien vertaistoiminnan valtakunnallinen järjestö. Jäsenyhdistykset ylläpitävät päiväkeskuksia ja vertaisryhmiä.",
      descEn: "A national organisation for substance abuse prevention and peer support for people in recovery.",
    },
    district: { fi: "{gen} A-killat ry", sv: "{svgen} A-gillen rf" },
    local: {
      fi: ["{gen} A-kilta ry", "{gen} seudun A-kilta ry", "{gen} Raittiusyhdistys ry", "{gen} Päihdetyön Tuki ry"],
      sv: ["A-gillet i {sv} rf"],
    },
    field: "päihdetyön", noun: "päihdetyön yhdistys",
    desc: "Yhdistys tukee päihteistä toipuvia ja heidän läheisiään vertaisryhmien, päiväkeskustoiminnan ja päihteettömän vapaa-ajan avulla.",
    descSv: "Föreningen stöder personer som återhämtar sig från missbruk och deras anhöriga.",
    activities: [
      act("PEER_SUPPORT", "Päihteistä toipuvien vertaisryhmä", "Vertaisryhmä päihteistä toipuville. Ryhmässä tuetaan raittiutta, jaetaan kokemuksia ja rakennetaan päihteetöntä arkea.", ["PEOPLE_WITH_SUBSTANCE_USE"], ["SUBSTANCE_USE"], { sv: "Kamratstöd för personer i återhämtning" }),
      act("LOW_THRESHOLD", "Päiväkeskus ja yhteinen ateria", "Matalan kynnyksen päiväkeskus, jossa on tarjolla edullinen lounas, päivän lehdet, pesumahdollisuus ja keskusteluapua.", ["PEOPLE_WITH_SUBSTANCE_USE", "EVERYONE"], ["SUBSTANCE_USE", "POVERTY", "LONELINESS"]),
      act("OUTREACH", "Jalkautuva päihdetyö", "Jalkautuva päihdetyö kohtaa päihteitä käyttäviä ihmisiä kaduilla ja asunnoilla, jakaa tietoa ja ohjaa hoitoon. Mukana terveysneuvontaa.", ["PEOPLE_WITH_SUBSTANCE_USE"], ["SUBSTANCE_USE", "HEALTH_PROMOTION"]),
      act("SERVICE_ADVICE", "Läheisneuvonta", "Neuvontaa ja keskusteluapua ihmisille, joiden läheinen käyttää päihteitä tai pelaa liikaa. Voit tulla nimettömänä.", ["FAMILIES", "INFORMAL_CARERS"], ["SUBSTANCE_USE", "CHILDREN_AND_FAMILIES"], { sv: "Rådgivning för anhöriga" }),
      act("MARKET_SERVICE", "Päihdekuntoutujien tukiasuminen (ostopalvelu)", "Hyvinvointialueen ostopalveluna tuotettua tukiasumista päihdekuntoutujille. Asumisen tukena on ohjaaja arkipäivisin.", ["PEOPLE_WITH_SUBSTANCE_USE"], ["SUBSTANCE_USE", "HOUSING"]),
      act("EVENT", "Päihteetön kesäjuhla", "Päihteetön kesäjuhla koko perheelle: musiikkia, arpajaiset ja grillausta. Kaikki ovat tervetulleita.", ["EVERYONE", "FAMILIES"], ["SUBSTANCE_USE", "HEALTH_PROMOTION"], { months: [6, 7] }),
      act("RECREATION", "Kalastus- ja retkiryhmä", "Retkiä ja kalastusta luonnossa vertaisten kanssa. Välineitä voi lainata yhdistykseltä.", ["PEOPLE_WITH_SUBSTANCE_USE", "WORKING_AGE"], ["SUBSTANCE_USE", "HEALTH_PROMOTION"]),
    ],
  },
  {
    key: "chronic", weight: 12, themes: ["CHRONIC_ILLNESS"], extraThemes: ["HEALTH_PROMOTION", "PATIENT_ADVOCACY", "OLDER_PEOPLE"],
    national: {
      fi: "Suomen Sydän- ja Diabetesliitto ry", sv: "Hjärt- och Diabetesförbundet i Finland rf", en: "Finnish Heart and Diabetes Federation",
      desc: "Suomen Sydän- ja Diabetesliitto ry tukee pitkäaikaissairaita ja heidän läheisiään, edistää terveitä elintapoja ja valvoo potilaiden etuja. Paikallisyhdistykset järjestävät vertaistukea ja liikuntaa.",
      descEn: "Supports people with long-term illnesses, promotes healthy lifestyles and advocates for patients.",
    },
    district: { fi: "{gen} Sydänpiiri ry", sv: "{svgen} hjärtdistrikt rf" },
    local: {
      fi: ["{gen} Sydänyhdistys ry", "{gen} Diabetesyhdistys ry", "{gen} seudun Reumayhdistys ry", "{gen} Syöpäyhdistys ry", "{gen} Hengitysyhdistys ry", "{gen} Muistiyhdistys ry"],
      sv: ["{sv} hjärtförening rf", "Diabetesföreningen i {sv} rf"],
    },
    field: "potilasjärjestöjen", noun: "potilasyhdistys",
    desc: "Yhdistys järjestää vertaistukea, terveysliikuntaa ja luentoja pitkäaikaissairaille ja heidän läheisilleen sekä tekee potilaiden edunvalvontaa.",
    descSv: "Föreningen ordnar kamratstöd, hälsomotion och föreläsningar för personer med långvariga sjukdomar.",
    activities: [
      act("PEER_SUPPORT", "Diabeetikoiden vertaistukiryhmä", "Vertaistukiryhmä tyypin 1 ja 2 diabetesta sairastaville. Tapaamisissa käsitellään ruokavaliota, liikuntaa ja hoitoon liittyviä kysymyksiä.", ["WORKING_AGE", "OLDER_PEOPLE"], ["CHRONIC_ILLNESS"], { sv: "Kamratstöd för diabetiker" }),
      act("PEER_SUPPORT", "Sydänkuntoutujien vertaisryhmä", "Vertaisryhmä sydäninfarktin tai sydänleikkauksen jälkeen kuntoutuville ja heidän läheisilleen.", ["WORKING_AGE", "OLDER_PEOPLE"], ["CHRONIC_ILLNESS"]),
      act("RECREATION", "Sydänjumppa", "Turvallinen ja kevyt jumppa sydänsairaille ja kaikille, jotka haluavat liikkua rauhalliseen tahtiin. Ohjaajana fysioterapeutti.", ["OLDER_PEOPLE", "WORKING_AGE"], ["CHRONIC_ILLNESS", "HEALTH_PROMOTION"], { sv: "Hjärtgympa" }),
      act("RECREATION", "Kuntokävelyryhmä", "Yhteiset kuntokävelyt ulkona ympäri vuoden. Lähtö sovitusta paikasta, vauhti sovitetaan ryhmän mukaan.", ["EVERYONE"], ["HEALTH_PROMOTION", "CHRONIC_ILLNESS"], { sv: "Stavgångsgrupp" }),
      act("SERVICE_ADVICE", "Potilasneuvonta ja edunvalvonta", "Neuvontaa pitkäaikaissairauden kanssa elämiseen, Kelan korvauksiin ja hoitoon pääsyyn. Tarvittaessa autamme muistutuksen tai kantelun tekemisessä.", ["WORKING_AGE", "OLDER_PEOPLE"], ["CHRONIC_ILLNESS", "PATIENT_ADVOCACY"], { sv: "Patientrådgivning" }),
      act("EVENT", "Terveyspäivä: verenpaine- ja verensokerimittaukset", "Maksuttomia verenpaine- ja verensokerimittauksia, ravitsemusneuvontaa ja tietoa sairauksien ehkäisystä. Ei ajanvarausta.", ["EVERYONE"], ["HEALTH_PROMOTION", "CHRONIC_ILLNESS"]),
      act("LOW_THRESHOLD", "Muistikahvila", "Muistikahvila muistisairaille ja heidän läheisilleen: kahvittelua, keskustelua ja asiantuntijoiden alustuksia muistiterveydestä.", ["OLDER_PEOPLE", "INFORMAL_CARERS"], ["CHRONIC_ILLNESS", "OLDER_PEOPLE", "INFORMAL_CARE"], { sv: "Minnescafé" }),
    ],
  },
  {
    key: "immigrants", weight: 4, themes: ["IMMIGRANTS"], extraThemes: ["EMPLOYMENT", "LONELINESS", "CHILDREN_AND_FAMILIES"],
    national: {
      fi: "Suomen Monikulttuuristen Järjestöjen Liitto ry", sv: "Förbundet för Mångkulturella Organisationer i Finland rf", en: "Federation of Multicultural Organisations in Finland",
      desc: "Suomen Monikulttuuristen Järjestöjen Liitto ry on maahan muuttaneiden ja monikulttuuristen yhdistysten kattojärjestö. Liitto tukee kotoutumista, työllistymistä ja yhdistysten toimintaa.",
      descEn: "An umbrella body for immigrant and multicultural associations supporting integration and employment.",
    },
    district: { fi: "{gen} Monikulttuurinen Verkosto ry", sv: "{svgen} mångkulturella nätverk rf" },
    local: {
      fi: ["{gen} Monikulttuurinen Yhdistys ry", "{gen} Kansainvälinen Kohtaamispaikka ry", "{gen} Monikulttuuriset Naiset ry"],
      sv: ["Mångkulturella föreningen i {sv} rf"],
    },
    field: "monikulttuuristen yhdistysten", noun: "monikulttuurinen yhdistys",
    desc: "Yhdistys tukee maahan muuttaneiden kotoutumista kohtaamispaikkatoiminnan, suomen kielen harjoittelun ja neuvonnan avulla.",
    descSv: "Föreningen stöder integrationen av invandrare genom mötesplatser, språkträning och rådgivning.",
    activities: [
      act("LOW_THRESHOLD", "Kansainvälinen kohtaamispaikka", "Avoin kohtaamispaikka maahan muuttaneille ja kantasuomalaisille. Kahvia, keskustelua ja neuvontaa arjen asioissa monella kielellä.", ["IMMIGRANTS", "EVERYONE"], ["IMMIGRANTS", "LONELINESS"], { sv: "Internationell mötesplats", en: "International meeting place" }),
      act("LOW_THRESHOLD", "Suomen kielen keskusteluryhmä", "Harjoitellaan suomen kieltä arkisissa tilanteissa vapaaehtoisten kanssa. Kaikki taitotasot ovat tervetulleita.", ["IMMIGRANTS"], ["IMMIGRANTS"], { en: "Finnish conversation group" }),
      act("EVERYDAY_HELP", "Läksyapu ja asiointiapu", "Vapaaehtoiset auttavat koululaisia läksyissä ja aikuisia lomakkeiden täyttämisessä ja asioinnissa viranomaisten kanssa.", ["IMMIGRANTS", "CHILDREN", "FAMILIES"], ["IMMIGRANTS", "CHILDREN_AND_FAMILIES"], { en: "Homework help and assistance with errands" }),
      act("SERVICE_ADVICE", "Neuvonta maahan muuttaneille", "Neuvontaa oleskeluluvista, palveluista, asumisesta ja työnhausta. Neuvontaa saa suomeksi, englanniksi ja useilla muilla kielillä.", ["IMMIGRANTS"], ["IMMIGRANTS"], { sv: "Rådgivning för invandrare", en: "Advice for immigrants" }),
      act("SERVICE_ADVICE", "Työnhaun tuki", "Apua työnhakuun: CV, työhakemukset, työllisyyspalvelut ja työhaastatteluun valmistautuminen.", ["IMMIGRANTS", "UNEMPLOYED"], ["IMMIGRANTS", "EMPLOYMENT"], { en: "Job search support" }),
      act("PEER_SUPPORT", "Maahan muuttaneiden naisten vertaisryhmä", "Vertaisryhmä maahan muuttaneille naisille. Keskustellaan terveydestä, perheestä ja arjesta Suomessa; lastenhoito järjestetty.", ["IMMIGRANTS", "FAMILIES"], ["IMMIGRANTS", "CHILDREN_AND_FAMILIES"], { en: "Peer group for immigrant women" }),
      act("EVENT", "Monikulttuurinen perhejuhla", "Perhejuhla, jossa on ruokaa, musiikkia ja tanssia eri kulttuureista. Kaikki ovat tervetulleita!", ["EVERYONE", "IMMIGRANTS"], ["IMMIGRANTS", "CHILDREN_AND_FAMILIES"], { en: "Multicultural family festival" }),
    ],
  },
  {
    key: "unemployed", weight: 4, themes: ["EMPLOYMENT"], extraThemes: ["POVERTY", "MENTAL_HEALTH"],
    national: {
      fi: "Suomen Työttömien Liitto ry", sv: "Finlands Arbetslösas Förbund rf", en: "Finnish Federation of the Unemployed",
      desc: "Suomen Työttömien Liitto ry on työttömien yhdistysten valtakunnallinen järjestö, joka valvoo työttömien etuja ja tukee yhdistysten kohtaamispaikka- ja neuvontatoimintaa.",
      descEn: "A national federation of associations of unemployed people.",
    },
    district: { fi: "{gen} Työttömien Piiri ry", sv: "{svgen} arbetslösas distrikt rf" },
    local: {
      fi: ["{gen} Työttömät ry", "{gen} seudun Työttömät ry", "{gen} Työttömien Yhdistys ry"],
      sv: ["De arbetslösa i {sv} rf"],
    },
    field: "työttömien yhdistysten", noun: "työttömien yhdistys",
    desc: "Yhdistys ylläpitää työttömien kohtaamispaikkaa, tarjoaa neuvontaa työttömyysturvasta ja järjestää ruoka-apua ja liikuntaa.",
    descSv: "Föreningen driver en mötesplats för arbetslösa och ger rådgivning om utkomstskydd.",
    activities: [
      act("LOW_THRESHOLD", "Työttömien kohtaamispaikka ja lounas", "Kohtaamispaikka työttömille: edullinen lounas, päivän lehdet, tietokoneet työnhakuun ja seuraa.", ["UNEMPLOYED"], ["EMPLOYMENT", "POVERTY", "LONELINESS"]),
      act("SERVICE_ADVICE", "Työttömyysturvaneuvonta", "Neuvontaa työttömyysturvasta, toimeentulotuesta ja asumistuesta. Autamme myös Kelan ja työllisyyspalvelujen asioinnissa.", ["UNEMPLOYED"], ["EMPLOYMENT", "POVERTY"], { sv: "Rådgivning om utkomstskydd för arbetslösa" }),
      act("EVERYDAY_HELP", "Ruoka-apu", "Ruoka-apua vähävaraisille kaupoista lahjoitetuista elintarvikkeista. Jonoon ei tarvitse todistuksia.", ["EVERYONE", "UNEMPLOYED"], ["POVERTY"], { sv: "Mathjälp", en: "Food aid" }),
      act("PEER_SUPPORT", "Työnhakijoiden vertaisryhmä", "Vertaisryhmä työnhakijoille: jaetaan vinkkejä, tuetaan toisiamme ja pidetään yllä arjen rytmiä.", ["UNEMPLOYED", "WORKING_AGE"], ["EMPLOYMENT", "MENTAL_HEALTH"]),
      act("RECREATION", "Liikuntavuoro työttömille", "Maksuton sählyvuoro ja kuntosali työttömille. Ei vaadi ennakkoilmoittautumista.", ["UNEMPLOYED"], ["EMPLOYMENT", "HEALTH_PROMOTION"]),
      act("MARKET_SERVICE", "Kuntouttava työtoiminta (ostopalvelu)", "Hyvinvointialueen ostopalveluna järjestettävää kuntouttavaa työtoimintaa: kierrätystä, puutöitä ja ruoanlaittoa ohjaajan tuella.", ["UNEMPLOYED"], ["EMPLOYMENT"]),
      act("SERVICE_ADVICE", "Talous- ja velkaneuvonta", "Apua oman talouden suunnitteluun, laskujen maksuun ja velkojen järjestelyyn. Neuvonta on luottamuksellista.", ["WORKING_AGE", "UNEMPLOYED"], ["POVERTY"], { sv: "Ekonomi- och skuldrådgivning" }),
    ],
  },
  {
    key: "friendship", weight: 6, themes: ["LONELINESS"], extraThemes: ["OLDER_PEOPLE", "MENTAL_HEALTH"],
    national: {
      fi: "Suomen Ystäväpalveluliitto ry", sv: "Vänservicesförbundet i Finland rf", en: "Finnish Befriending Federation",
      desc: "Suomen Ystäväpalveluliitto ry kouluttaa vapaaehtoisia ystäviä ja tukee paikallista ystävätoimintaa yksinäisyyden vähentämiseksi kaikissa ikäryhmissä.",
      descEn: "Trains volunteer befrienders and supports local befriending services to reduce loneliness.",
    },
    district: { fi: "{gen} Ystäväpiiri ry", sv: "{svgen} vänkrets rf" },
    local: {
      fi: ["{gen} Ystäväpalvelu ry", "{gen} seudun Ystävät ry", "{gen} Lähimmäispalveluyhdistys ry"],
      sv: ["Vänservice i {sv} rf"],
    },
    field: "ystävätoiminnan", noun: "ystävätoiminnan yhdistys",
    desc: "Yhdistys kouluttaa vapaaehtoisia ja välittää ystäviä yksinäisille ihmisille sekä järjestää avointa olohuonetoimintaa.",
    descSv: "Föreningen utbildar frivilliga och förmedlar vänner till ensamma människor.",
    activities: [
      act("EVERYDAY_HELP", "Ystävätoiminta", "Ystävätoiminnassa koulutettu vapaaehtoinen ystävä tapaa yksinäistä ihmistä säännöllisesti. Yhdessä voidaan ulkoilla, käydä kahvilla tai vain jutella.", ["EVERYONE", "OLDER_PEOPLE"], ["LONELINESS"], { sv: "Vänverksamhet", en: "Befriending" }),
      act("EVERYDAY_HELP", "Puhelinystävätoiminta", "Puhelinystävä soittaa sovittuina aikoina ja on kuuntelijana. Sopii myös niille, joiden on vaikea lähteä kotoa.", ["OLDER_PEOPLE", "EVERYONE"], ["LONELINESS", "OLDER_PEOPLE"], { sv: "Telefonvänner" }),
      act("OUTREACH", "Kotikäynnit yksin asuville", "Vapaaehtoiset tekevät kotikäyntejä yksin asuville ikäihmisille ja tarjoavat seuraa ja apua pieniin arjen askareisiin.", ["OLDER_PEOPLE"], ["LONELINESS", "OLDER_PEOPLE"]),
      act("LOW_THRESHOLD", "Olohuonetoiminta", "Avoin olohuone kaikille, jotka kaipaavat seuraa. Kahvia, lehtiä ja yhteistä tekemistä ilman ilmoittautumista.", ["EVERYONE"], ["LONELINESS"], { sv: "Öppet vardagsrum" }),
      act("EVENT", "Ystävänpäivän tapahtuma", "Ystävänpäivän avoin tapahtuma: ystävätoiminnan esittely, musiikkia ja kahvitarjoilu. Tule tutustumaan vapaaehtoistoimintaan!", ["EVERYONE"], ["LONELINESS"], { months: [2], day: 14 }),
      act("SERVICE_ADVICE", "Vapaaehtoistoiminnan neuvonta", "Neuvontaa vapaaehtoistoiminnasta kiinnostuneille ja ohjausta sopivaan vapaaehtoistehtävään. Järjestämme myös vapaaehtoisten peruskoulutuksia.", ["EVERYONE"], ["LONELINESS"], { sv: "Rådgivning om frivilligverksamhet" }),
      act("RECREATION", "Kulttuuriystävätoiminta", "Kulttuuriystävä lähtee seuraksi konserttiin, teatteriin tai museoon. Toiminta on tarkoitettu erityisesti ikäihmisille ja erityisryhmille.", ["OLDER_PEOPLE", "PEOPLE_WITH_DISABILITIES"], ["LONELINESS", "OLDER_PEOPLE"]),
    ],
  },
];

const BRANDS = [
  "Majakka", "Kompassi", "Ankkuri", "Lyhty", "Kajastus", "Tuulikello", "Kipinä", "Horisontti", "Pilke", "Tähkä", "Kastehelmi",
  "Revontuli", "Aallokko", "Kuutamo", "Satama", "Tuulenpesä", "Virvatuli", "Kaislikko", "Pihlaja", "Sointu",
];

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

const INDEPENDENTS: IndependentTemplate[] = [
  {
    fi: "{village} Kyläyhdistys ry", sv: "Byaföreningen i {sv} rf", where: "rural", weight: 18, themes: ["LONELINESS", "OLDER_PEOPLE", "HEALTH_PROMOTION"],
    noun: "kyläyhdistys", desc: "Kyläyhdistys ylläpitää kylätaloa, järjestää tapahtumia ja talkoita sekä tukee ikäihmisten kotona asumista naapuriavun keinoin.",
    descSv: "Byaföreningen driver byagården och ordnar evenemang och grannhjälp.",
    activities: [
      act("LOW_THRESHOLD", "Kyläkahvila", "Kylätalon kyläkahvila on avoinna kaikille: kahvia, pullaa ja kuulumisten vaihtoa. Kyläkahvila on monelle ikäihmiselle viikon tärkein kohtaamispaikka.", ["EVERYONE", "OLDER_PEOPLE"], ["LONELINESS", "OLDER_PEOPLE"], { sv: "Bycafé" }),
      act("RECREATION", "Kylätalon liikuntavuorot", "Kylätalon salissa kuntojumppaa, tanssia ja sulkapalloa kaikenikäisille.", ["EVERYONE"], ["HEALTH_PROMOTION"]),
      act("EVERYDAY_HELP", "Naapuriapu ja lumityöapu", "Kylän vapaaehtoiset auttavat ikäihmisiä lumitöissä, polttopuiden kantamisessa ja kauppa-asioinnissa.", ["OLDER_PEOPLE"], ["OLDER_PEOPLE", "LONELINESS"], { sv: "Grannhjälp" }),
      act("EVENT", "Kyläjuhla", "Perinteinen kyläjuhla: arpajaiset, musiikkia, lasten ohjelmaa ja kahvio. Tuotto käytetään kylätalon ylläpitoon.", ["EVERYONE", "FAMILIES"], ["LONELINESS"], { months: [6, 7, 8] }),
      act("OUTREACH", "Ikäihmisten kotikäynnit kylällä", "Vapaaehtoiset käyvät tapaamassa kylän yksin asuvia ikäihmisiä ja välittävät tietoa palveluista ja tapahtumista.", ["OLDER_PEOPLE"], ["OLDER_PEOPLE", "LONELINESS"]),
    ],
  },
  {
    fi: "{gen} Asukasyhdistys ry", sv: "Invånarföreningen i {sv} rf", where: "urban", weight: 8, themes: ["LONELINESS", "HOUSING", "HEALTH_PROMOTION"],
    noun: "asukasyhdistys", desc: "Asukasyhdistys ylläpitää asukastaloa ja järjestää avointa toimintaa, tapahtumia ja naapuriapua alueen asukkaille.",
    descSv: "Invånarföreningen driver ett invånarhus och ordnar öppen verksamhet för områdets invånare.",
    activities: [
      act("LOW_THRESHOLD", "Asukastalon avoin olohuone", "Asukastalon avoin olohuone: kahvia, lehtiä, tietokone asukkaiden käyttöön ja seuraa. Tervetuloa ilman ilmoittautumista.", ["EVERYONE"], ["LONELINESS"], { sv: "Invånarhusets öppna vardagsrum" }),
      act("RECREATION", "Asukastalon liikuntaryhmä", "Kevyttä kuntoliikuntaa ja venyttelyä asukastalolla kaikenikäisille.", ["EVERYONE", "OLDER_PEOPLE"], ["HEALTH_PROMOTION"]),
      act("EVENT", "Korttelijuhla", "Korttelijuhla pihalla: kirpputori, musiikkia ja lasten ohjelmaa. Tutustu naapureihin!", ["EVERYONE", "FAMILIES"], ["LONELINESS"], { months: [5, 6, 8, 9] }),
      act("EVERYDAY_HELP", "Naapuriapu", "Naapuriavun välitys: apua kauppakassien kantamiseen, pieniin korjauksiin ja asiointiin.", ["OLDER_PEOPLE", "EVERYONE"], ["LONELINESS", "OLDER_PEOPLE"]),
    ],
  },
  {
    fi: "{gen} Kriisikeskus ry", sv: "Kriscentret i {sv} rf", where: "urban", weight: 4, themes: ["MENTAL_HEALTH", "VIOLENCE_AND_CRIME"],
    noun: "kriisikeskus", desc: "Kriisikeskus tarjoaa maksutonta ja luottamuksellista keskusteluapua äkillisissä elämänkriiseissä sekä väkivaltatyötä.",
    descSv: "Kriscentret erbjuder kostnadsfritt och konfidentiellt samtalsstöd i livskriser.",
    activities: [
      act("SERVICE_ADVICE", "Kriisikeskustelut", "Maksuttomia ja luottamuksellisia kriisikeskusteluja äkillisissä elämänkriiseissä, kuten läheisen kuoleman, eron tai väkivallan jälkeen. Ajanvaraus puhelimitse.", ["EVERYONE"], ["MENTAL_HEALTH"], { sv: "Krissamtal", en: "Crisis counselling" }),
      act("PEER_SUPPORT", "Eroryhmä", "Vertaisryhmä eron kokeneille. Kahdeksan tapaamisen aikana käsitellään eron tunteita, vanhemmuutta ja uuden arjen rakentamista.", ["WORKING_AGE", "FAMILIES"], ["MENTAL_HEALTH", "CHILDREN_AND_FAMILIES"]),
      act("PEER_SUPPORT", "Itsemurhan kautta läheisensä menettäneiden vertaisryhmä", "Suljettu vertaisryhmä itsemurhan kautta läheisensä menettäneille. Ryhmää ohjaavat koulutettu työntekijä ja vertaisohjaaja.", ["EVERYONE"], ["MENTAL_HEALTH"]),
      act("SERVICE_ADVICE", "Väkivallan katkaisuohjelma", "Tukea väkivaltaa käyttäneille ja väkivallan uhkaa tunteville. Tavoitteena väkivallan loppuminen ja turvallinen perhe-elämä.", ["WORKING_AGE", "FAMILIES"], ["VIOLENCE_AND_CRIME", "MENTAL_HEALTH"]),
    ],
  },
  {
    fi: "{gen} Turvakotiyhdistys ry", sv: "Skyddshemsföreningen i {sv} rf", where: "urban", weight: 2, themes: ["VIOLENCE_AND_CRIME", "CHILDREN_AND_FAMILIES"],
    noun: "turvakotiyhdistys", desc: "Yhdistys tukee lähisuhdeväkivaltaa kokeneita ja heidän lapsiaan avopalveluin, vertaisryhmin ja turvakotitoiminnalla.",
    descSv: "Föreningen stöder personer som utsatts för våld i nära relationer och deras barn.",
    activities: [
      act("SERVICE_ADVICE", "Lähisuhdeväkivallan avopalvelu", "Keskusteluapua ja neuvontaa lähisuhdeväkivaltaa kokeneille ilman lähetettä. Autamme turvasuunnitelman tekemisessä ja ohjaamme turvakotiin.", ["WORKING_AGE", "FAMILIES"], ["VIOLENCE_AND_CRIME"], { sv: "Öppen mottagning för våldsutsatta" }),
      act("PEER_SUPPORT", "Vertaisryhmä väkivaltaa kokeneille naisille", "Suljettu vertaisryhmä naisille, jotka ovat kokeneet väkivaltaa parisuhteessa. Ryhmässä vahvistetaan omia voimavaroja.", ["WORKING_AGE"], ["VIOLENCE_AND_CRIME", "MENTAL_HEALTH"]),
      act("MARKET_SERVICE", "Perheväkivaltatyön palvelut (ostopalvelu)", "Hyvinvointialueen ostopalveluna tuotettua perheväkivaltatyötä: yksilö- ja perhetapaamisia sekä lasten tukea.", ["FAMILIES", "CHILDREN"], ["VIOLENCE_AND_CRIME", "CHILDREN_AND_FAMILIES"]),
    ],
  },
  {
    fi: "{gen} Ruoka-apu ry", sv: "Mathjälpen i {sv} rf", where: "any", weight: 5, themes: ["POVERTY", "LONELINESS"],
    noun: "ruoka-apuyhdistys", desc: "Yhdistys jakaa ruoka-apua hävikkiruoasta ja järjestää yhteisöaterioita vapaaehtoisvoimin.",
    descSv: "Föreningen delar ut mathjälp och ordnar gemensamma måltider med hjälp av frivilliga.",
    activities: [
      act("EVERYDAY_HELP", "Ruoka-avun jakelu", "Ruoka-avun jakelu kaupoista ja tukkuliikkeistä lahjoitetusta hävikkiruoasta. Ota oma kassi mukaan.", ["EVERYONE"], ["POVERTY"], { sv: "Utdelning av mathjälp", en: "Food aid distribution" }),
      act("LOW_THRESHOLD", "Yhteisöateria", "Kaikille avoin yhteisöateria hävikkiruoasta vapaaehtoisvoimin. Hinta 2 euroa tai maksuton, ei kysymyksiä.", ["EVERYONE"], ["POVERTY", "LONELINESS"], { sv: "Gemensam måltid" }),
      act("SERVICE_ADVICE", "Talous- ja velkaneuvonta", "Apua oman talouden suunnitteluun, laskujen maksuun ja velkojen järjestelyyn. Neuvonta on luottamuksellista.", ["WORKING_AGE", "UNEMPLOYED"], ["POVERTY"]),
    ],
  },
  {
    fi: "{gen} Tukiasuntoyhdistys ry", sv: "Stödbostadsföreningen i {sv} rf", where: "urban", weight: 3, themes: ["HOUSING", "MENTAL_HEALTH", "SUBSTANCE_USE"],
    noun: "asumispalveluyhdistys", desc: "Yhdistys vuokraa tukiasuntoja ja tarjoaa asumisneuvontaa asunnottomuuden ehkäisemiseksi.",
    descSv: "Föreningen hyr ut stödbostäder och ger boenderådgivning.",
    activities: [
      act("MARKET_SERVICE", "Tukiasuminen (ostopalvelu)", "Hyvinvointialueen ostopalveluna tuotettua tukiasumista itsenäistä asumista harjoitteleville. Ohjaaja tukee asumisen taidoissa.", ["PEOPLE_WITH_MENTAL_HEALTH_CONDITIONS", "PEOPLE_WITH_SUBSTANCE_USE"], ["HOUSING"]),
      act("SERVICE_ADVICE", "Asumisneuvonta", "Neuvontaa vuokranmaksuvaikeuksiin, häätöuhkaan ja asunnon hakemiseen. Ajanvaraus tai avoin vastaanotto.", ["EVERYONE"], ["HOUSING", "POVERTY"], { sv: "Boenderådgivning" }),
      act("OUTREACH", "Asumisen tuki kotikäynnein", "Työntekijä tekee kotikäyntejä ja auttaa asumisen ongelmissa ennen kuin ne johtavat asunnon menetykseen.", ["EVERYONE"], ["HOUSING"]),
    ],
  },
  {
    fi: "{gen} Setlementti ry", sv: "Settlementet i {sv} rf", where: "urban", weight: 2, themes: ["YOUTH", "IMMIGRANTS", "EMPLOYMENT"],
    noun: "setlementti", desc: "Setlementti järjestää nuoriso-, kotoutumis- ja työllisyystoimintaa sekä avointa kohtaamispaikkatoimintaa.",
    descSv: "Settlementet ordnar ungdoms-, integrations- och sysselsättningsverksamhet.",
    activities: [], borrow: "youth",
  },
  {
    fi: "{gen} Vapaaehtoiskeskus ry", sv: "Frivilligcentralen i {sv} rf", where: "any", weight: 4, themes: ["LONELINESS"],
    noun: "vapaaehtoiskeskus", desc: "Vapaaehtoiskeskus välittää vapaaehtoisia, kouluttaa heitä ja koordinoi paikkakunnan ystävä- ja naapuriaputoimintaa.",
    descSv: "Frivilligcentralen förmedlar och utbildar frivilliga.",
    activities: [], borrow: "friendship",
  },
  {
    fi: "{gen} Mielenterveysomaiset ry", sv: "Anhöriga inom mentalvården i {sv} rf", where: "any", weight: 3, themes: ["MENTAL_HEALTH", "INFORMAL_CARE"],
    noun: "omaisyhdistys", desc: "Yhdistys tukee mielenterveysongelmia kohdanneiden ihmisten omaisia ja läheisiä vertaistuella ja neuvonnalla.",
    descSv: "Föreningen stöder anhöriga till personer med psykisk ohälsa.",
    activities: [
      act("SERVICE_ADVICE", "Omaisneuvonta", "Luottamuksellista neuvontaa ja keskusteluapua mielenterveysongelmia kohdanneiden omaisille. Ajanvaraus puhelimitse tai sähköpostilla.", ["FAMILIES", "INFORMAL_CARERS"], ["MENTAL_HEALTH", "INFORMAL_CARE"], { sv: "Rådgivning för anhöriga" }),
      act("EVENT", "Omaisten virkistysviikonloppu", "Virkistysviikonloppu omaisille: lepoa, luontoa, luentoja ja vertaiskeskusteluja. Täysihoito, omavastuu edullinen.", ["INFORMAL_CARERS", "FAMILIES"], ["INFORMAL_CARE", "MENTAL_HEALTH"]),
    ],
    borrow: "mental",
  },
  {
    fi: "{gen} Syöpäpotilaat ry", sv: "Cancerpatienterna i {sv} rf", where: "any", weight: 4, themes: ["CHRONIC_ILLNESS", "PATIENT_ADVOCACY"],
    noun: "potilasyhdistys", desc: "Yhdistys tukee syöpään sairastuneita ja heidän läheisiään vertaistuella, neuvonnalla ja virkistystoiminnalla.",
    descSv: "Föreningen stöder cancerpatienter och deras anhöriga.",
    activities: [
      act("PEER_SUPPORT", "Syöpään sairastuneiden vertaistukiryhmä", "Vertaistukiryhmä syöpään sairastuneille ja hoitojen jälkeen toipuville. Koulutettu vertaistukihenkilö on myös tavattavissa kahden kesken.", ["WORKING_AGE", "OLDER_PEOPLE"], ["CHRONIC_ILLNESS"], { sv: "Kamratstöd för cancerpatienter" }),
    ],
    borrow: "chronic",
  },
  {
    fi: "{gen} Nuorten Työpaja ry", sv: "Ungdomsverkstaden i {sv} rf", where: "any", weight: 3, themes: ["YOUTH", "EMPLOYMENT"],
    noun: "työpajayhdistys", desc: "Yhdistys järjestää nuorten työpajatoimintaa, etsivää nuorisotyötä ja valmennusta opiskeluun ja työhön.",
    descSv: "Föreningen ordnar verkstadsverksamhet och uppsökande ungdomsarbete.",
    activities: [
      act("MARKET_SERVICE", "Nuorten työpajatoiminta (ostopalvelu)", "Työpajajaksoja puu-, media- ja kahvilapajoissa 16–29-vuotiaille. Valmentaja tukee opiskelu- ja työpaikan löytämisessä.", ["YOUTH", "UNEMPLOYED"], ["YOUTH", "EMPLOYMENT"]),
      act("OUTREACH", "Etsivä nuorisotyö", "Etsivä nuorisotyöntekijä tavoittaa koulutuksen ja työn ulkopuolella olevia nuoria ja kulkee heidän rinnallaan palveluihin.", ["YOUTH"], ["YOUTH", "EMPLOYMENT", "MENTAL_HEALTH"], { sv: "Uppsökande ungdomsarbete" }),
      act("SERVICE_ADVICE", "Opiskelu- ja uravalmennus", "Henkilökohtaista valmennusta opiskelupaikan ja ammatin valintaan sekä työnhakuun.", ["YOUTH"], ["YOUTH", "EMPLOYMENT"]),
    ],
  },
  {
    fi: "{gen} Lähimmäisapu ry", sv: "Grannhjälpen i {sv} rf", where: "any", weight: 6, themes: ["OLDER_PEOPLE", "LONELINESS"],
    noun: "lähimmäisapuyhdistys", desc: "Yhdistys tarjoaa vapaaehtoisvoimin asiointiapua, ystävätoimintaa ja saattajapalvelua ikäihmisille ja yksin asuville.",
    descSv: "Föreningen erbjuder grannhjälp, vänverksamhet och ledsagning för äldre.",
    activities: [], borrow: "older",
  },
  {
    fi: "{gen} Kuurojen Yhdistys ry", sv: "Dövas förening i {sv} rf", where: "urban", weight: 1.5, themes: ["DISABILITY", "LONELINESS"], languages: ["FSE", "FI"],
    noun: "kuurojen yhdistys", desc: "Yhdistys on viittomakielisten kohtaamispaikka, joka järjestää kerhoja, tapahtumia ja viittomakielistä neuvontaa.",
    descSv: "Föreningen är en mötesplats för teckenspråkiga.",
    activities: [
      act("LOW_THRESHOLD", "Viittomakielinen kerho", "Viittomakielinen kerho kuuroille ja viittomakielisille: ajankohtaisia alustuksia, pelejä ja kahvia.", ["PEOPLE_WITH_DISABILITIES"], ["DISABILITY", "LONELINESS"]),
      act("SERVICE_ADVICE", "Viittomakielinen palveluohjaus", "Palveluohjausta viittomakielellä: tulkkauspalvelut, vammaispalvelut ja Kelan etuudet.", ["PEOPLE_WITH_DISABILITIES"], ["DISABILITY", "PATIENT_ADVOCACY"]),
      act("EVENT", "Viittomakielten päivän juhla", "Viittomakielten päivän juhla ohjelmineen ja kahvituksineen. Tilaisuus on viittomakielinen ja avoin kaikille.", ["PEOPLE_WITH_DISABILITIES", "EVERYONE"], ["DISABILITY"], { months: [2], day: 12 }),
    ],
  },
  {
    fi: "{gen} Rikosuhrien Tuki ry", sv: "Brottsofferstödet i {sv} rf", where: "urban", weight: 1.5, themes: ["VIOLENCE_AND_CRIME", "PATIENT_ADVOCACY"],
    noun: "rikosuhrien tukiyhdistys", desc: "Yhdistys tukee rikoksen uhreja, heidän läheisiään ja todistajia neuvonnalla ja vapaaehtoisilla tukihenkilöillä.",
    descSv: "Föreningen stöder brottsoffer, deras anhöriga och vittnen.",
    activities: [
      act("SERVICE_ADVICE", "Rikosuhrien neuvonta", "Neuvontaa rikoksen uhreille: rikosilmoitus, korvaukset ja oikeusprosessi. Voit soittaa myös nimettömänä.", ["EVERYONE"], ["VIOLENCE_AND_CRIME"], { sv: "Rådgivning för brottsoffer", en: "Advice for victims of crime" }),
      act("EVERYDAY_HELP", "Tukihenkilö oikeudenkäyntiin", "Koulutettu vapaaehtoinen tukihenkilö lähtee mukaan poliisikuulusteluun ja oikeudenkäyntiin.", ["EVERYONE"], ["VIOLENCE_AND_CRIME"]),
    ],
  },
  ...(
    [
      ["Somaliyhdistys", "Somaliska föreningen", "SO"],
      ["Ukrainalaiset", "Ukrainarna", "UK"],
      ["Afganistanilaisten Yhdistys", "Afghanska föreningen", "FA"],
      ["Arabiankielisten Perheiden Yhdistys", "Arabisktalande familjer", "AR"],
      ["Venäjänkielisten Yhdistys", "Ryskspråkiga föreningen", "RU"],
      ["Virolaiset", "Esterna", "ET"],
    ] as const
  ).map(([fi, sv, language]): IndependentTemplate => ({
    fi: `{gen} ${fi} ry`, sv: `${sv} i {sv} rf`, where: "urban", weight: 1, themes: ["IMMIGRANTS", "CHILDREN_AND_FAMILIES"],
    languages: [language, "FI"], noun: "maahan muuttaneiden yhdistys",
    desc: "Yhdistys tukee kieliryhmänsä perheitä kotoutumisessa, järjestää kerhoja ja neuvontaa omalla äidinkielellä ja suomeksi.",
    descSv: "Föreningen stöder familjer i integrationen och ordnar klubbar och rådgivning.",
    activities: [], borrow: "immigrants",
  })),
];

const NATIONAL_EXTRA_ACTIVITIES: ActivityTemplate[] = [
  act("SERVICE_ADVICE", "Valtakunnallinen neuvontapuhelin", "Maksuton valtakunnallinen neuvontapuhelin: tietoa, tukea ja ohjausta palveluihin. Palvelu on luottamuksellinen.", ["EVERYONE"], [], { sv: "Riksomfattande rådgivningstelefon", en: "National helpline" }),
  act("PEER_SUPPORT", "Verkkovertaisryhmä", "Verkossa kokoontuva vertaisryhmä, johon voi osallistua kotoa käsin koko Suomesta. Ryhmää ohjaa koulutettu vertaisohjaaja.", ["EVERYONE"], [], { sv: "Kamratgrupp på nätet", en: "Online peer support group" }),
  act("SERVICE_ADVICE", "Chat-neuvonta", "Anonyymi chat-neuvonta arki-iltaisin. Chatissa vastaavat ammattilaiset ja koulutetut vapaaehtoiset.", ["EVERYONE", "YOUTH"], [], { sv: "Chattrådgivning", en: "Chat advice service" }),
  act("EVENT", "Vapaaehtoisten peruskoulutus", "Peruskoulutus uusille vapaaehtoisille: toiminnan periaatteet, vaitiolovelvollisuus ja vuorovaikutustaidot. Koulutus on maksuton.", ["EVERYONE"], [], { sv: "Grundutbildning för frivilliga" }),
];

const UMBRELLA_ACTIVITIES: ActivityTemplate[] = [
  act("SERVICE_ADVICE", "Järjestöneuvonta", "Neuvontaa yhdistysten hallintoon, talouteen, avustusten hakemiseen ja vapaaehtoistoiminnan järjestämiseen.", ["EVERYONE"], ["HEALTH_PROMOTION"], { sv: "Föreningsrådgivning", en: "Advice for associations" }),
  act("EVENT", "Järjestöjen ja hyvinvointialueen yhteistyöpäivä", "Yhteistyöpäivä järjestöille sekä hyvinvointialueen ja kuntien työntekijöille: ajankohtaiskatsaukset, työpajat ja verkostoitumista.", ["EVERYONE"], ["HEALTH_PROMOTION"], { months: [3, 4, 10, 11] }),
  act("PEER_SUPPORT", "Yhdistysaktiivien vertaisverkosto", "Vertaisverkosto yhdistysten puheenjohtajille ja vapaaehtoisille: kokemusten vaihtoa ja yhteistä kehittämistä.", ["WORKING_AGE", "EVERYONE"], ["HEALTH_PROMOTION"]),
  act("LOW_THRESHOLD", "Järjestötalon avoimet tilat", "Järjestötalon kokous- ja toimitilat jäsenyhdistysten käyttöön. Kahvila on avoinna kaikille.", ["EVERYONE"], ["LONELINESS"]),
];

// Partnership vocabulary -----------------------------------------------------

const STRUCTURES: { fi: string; sv: string }[] = [
  { fi: "Järjestöyhteistyön kumppanuuspöytä", sv: "Partnerskapsbord för organisationssamarbete" },
  { fi: "Järjestöneuvottelukunta", sv: "Organisationsdelegation" },
  { fi: "Hyvinvointialueen järjestöfoorumi", sv: "Välfärdsområdets organisationsforum" },
  { fi: "Ikäihmisten palvelujen kumppanuuspöytä", sv: "Partnerskapsbord för äldreservice" },
  { fi: "Mielenterveys- ja päihdetyön yhteistyöryhmä", sv: "Samarbetsgrupp för mentalvårds- och missbruksarbete" },
  { fi: "Lasten ja perheiden palvelujen järjestöverkosto", sv: "Organisationsnätverk för barn- och familjeservice" },
];
const MUNICIPAL_STRUCTURES: { fi: string; sv: string }[] = [
  { fi: "Kunnan hyvinvointityöryhmä", sv: "Kommunens välfärdsarbetsgrupp" },
  { fi: "Kunnan järjestöyhteistyön verkosto", sv: "Kommunens nätverk för organisationssamarbete" },
];
const GUIDELINES: { fi: string; sv: string }[] = [
  { fi: "Järjestöyhteistyön toimintamalli", sv: "Verksamhetsmodell för organisationssamarbete" },
  { fi: "Yhteistyösopimus: järjestöjen toiminnan esittely asiakkaille", sv: "Samarbetsavtal: presentation av organisationernas verksamhet för klienter" },
  { fi: "Ohjaus järjestöjen toimintaan palveluohjauksessa", sv: "Hänvisning till organisationernas verksamhet i servicehandledningen" },
  { fi: "Järjestöavustusten periaatteet", sv: "Principer för understöd till organisationer" },
  { fi: "Vapaaehtoistoiminnan yhteiset pelisäännöt", sv: "Gemensamma spelregler för frivilligverksamhet" },
];
const PROJECT_TOPICS = [
  "ikäihmisten yksinäisyyden vähentäminen", "nuorten mielenterveyden tukeminen", "matalan kynnyksen palvelujen kehittäminen",
  "omaishoitajien jaksaminen", "maahan muuttaneiden perheiden tuki", "päihdetyön jalkautuminen", "lapsiperheiden arjen tuki",
  "järjestötiedon digitaalinen palvelutarjotin", "työllisyyttä tukeva kuntouttava toiminta", "liikkumisen edistäminen",
];
const SERVICE_TOPICS = [
  "päivätoiminta", "tukiasuminen", "omaishoitajien vapaat", "kriisipuhelin", "ryhmäkuntoutus", "asumisneuvonta", "kotiin vietävä tuki",
];

const ORGANISATION_ROLES: Record<PartnershipKindValue, string[]> = {
  GRANT: ["Avustuksen saaja; toteuttaa toiminnan ja raportoi avustuksen käytöstä.", "Toteuttaa avustetun toiminnan vapaaehtoisvoimin ja raportoi tuloksista vuosittain."],
  SERVICE_AGREEMENT: ["Palveluntuottaja; vastaa palvelun laadusta ja henkilöstöstä sopimuksen mukaisesti.", "Tuottaa palvelun ja raportoi asiakasmäärät neljännesvuosittain."],
  JOINT_PROJECT: ["Hankkeen osatoteuttaja; vastaa vapaaehtoistoiminnasta ja asiakasrajapinnasta.", "Päätoteuttaja; vastaa hankkeen hallinnoinnista ja raportoinnista."],
  COOPERATION_STRUCTURE: ["Jäsen; tuo järjestöjen näkemykset valmisteluun.", "Varapuheenjohtaja; edustaa alueen järjestöjä."],
  COOPERATION_GUIDELINE: ["Sitoutuu toimintamalliin ja tiedottaa toiminnastaan palvelutarjottimelle.", "Osallistui linjauksen valmisteluun ja soveltaa sitä toiminnassaan."],
};
const PUBLIC_PARTY_ROLES: Record<PartnershipKindValue, string[]> = {
  GRANT: ["Myöntää toiminta-avustuksen ja seuraa sen käyttöä.", "Myöntää kohdeavustuksen ja arvioi vaikuttavuutta yhdessä järjestön kanssa."],
  SERVICE_AGREEMENT: ["Tilaaja; valvoo palvelun laatua ja maksaa sopimuksen mukaiset korvaukset.", "Tilaaja ja valvova viranomainen."],
  JOINT_PROJECT: ["Hankkeen hallinnoija; vastaa rahoituksesta ja ohjausryhmästä.", "Osatoteuttaja; tarjoaa ammattilaisten työpanoksen ja tilat."],
  COOPERATION_STRUCTURE: ["Koollekutsuja ja sihteeri.", "Puheenjohtaja; vastaa rakenteen toiminnasta."],
  COOPERATION_GUIDELINE: ["Valmistelee ja päivittää linjauksen; ohjeistaa henkilöstön.", "Hyväksyy toimintamallin ja seuraa sen toteutumista."],
};

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
      accessibility,
      schedule,
      startsAt: event?.startsAt ?? null,
      endsAt: event?.endsAt ?? null,
      address,
      online,
      freeOfCharge: free,
    };
    this.data.activities.push(row);
    ctx.activities.push(row);
    for (const p of places) this.data.activityMunicipalities.push({ activityId: row.id, municipalityCode: p.code });
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
