// The page's texts in Finnish, Swedish and English. The code lists are typed by the schema's enums
// (generated types): a value the schema gains without a label here fails the type check.
import type {
  AccessibilityFeature, ActivityKind, ActivityStatus, CostType, Language, RegistrationType, TargetGroup, Theme,
} from "./gql/graphql.js";

export type UiLanguage = "fi" | "sv" | "en";
export const UI_LANGUAGES: readonly UiLanguage[] = ["fi", "sv", "en"];

export interface Texts {
  title: string;
  lead: string;
  skip: string;
  languageNav: string;
  search: string;
  searchHint: string;
  searchButton: string;
  filters: string;
  region: string;
  municipality: string;
  kind: string;
  targetGroup: string;
  language: string;
  online: string;
  any: string;
  onlineOnly: string;
  onSiteOnly: string;
  clear: string;
  results: string;
  count: (n: number) => string;
  loading: string;
  noResults: string;
  error: string;
  pages: string;
  previous: string;
  next: string;
  page: (n: number) => string;
  when: string;
  where: string;
  cost: string;
  registration: string;
  registrationUnknown: string;
  accessibility: string;
  none: string;
  distance: string;
  contact: string;
  organiser: string;
  languages: string;
  themes: string;
  targetGroups: string;
  onlineToo: string;
  onlineOnlyPlace: string;
  description: string;
  back: string;
  notFound: string;
  shareLink: string;
  copyLink: string;
  referral: string;
  referralHelp: string;
  copyReferral: string;
  print: string;
  copied: string;
  copyFailed: string;
  noScript: string;
  fallback: string;
  /** Labels of the referral text's lines (plain text a client receives). */
  what: string;
  signUp: string;
  moreInfo: string;
  theme: string;
  moreFilters: string;
  whenFilter: string;
  within: (days: number) => string;
  place: string;
  noPlace: string;
  myLocation: string;
  useMyLocation: string;
  locating: string;
  locationFailed: string;
  located: string;
  radius: string;
  costFilter: string;
  freeOnly: string;
  freeOrUpTo: (euros: number) => string;
  registrationFilter: string;
  clientAge: string;
  accessibilityAll: string;
  participation: string;
  noReferralNeeded: string;
  anonymousAllowed: string;
  lowThreshold: string;
  /** Before a clock time: "klo 17.00". */
  at: string;
  away: (distance: string) => string;
  noUpcoming: string;
  upcoming: string;
  deadline: (when: string) => string;
  age: string;
  ageAll: string;
  ageFrom: (n: number) => string;
  ageTo: (n: number) => string;
  ageBetween: (min: number, max: number) => string;
  status: string;
  lastVerified: string;
  costNames: Record<CostType, string>;
  registrationNames: Record<RegistrationType, string>;
  statusNames: Record<ActivityStatus, string>;
  kinds: Record<ActivityKind, string>;
  targetGroupNames: Record<TargetGroup, string>;
  languageNames: Record<Language, string>;
  accessibilityNames: Record<AccessibilityFeature, string>;
  themeNames: Record<Theme, string>;
}

const fi: Texts = {
  title: "Palveluopas",
  lead: "Järjestöjen toiminta, johon voit ohjata asiakkaan: hae, rajaa ja lähetä linkki tai tulosta lähetetiedot.",
  skip: "Siirry sisältöön",
  languageNav: "Kieli",
  search: "Hakusana",
  searchHint: "Esimerkiksi vertaistukiryhmä, omaishoitajat tai liikunta",
  searchButton: "Hae",
  filters: "Rajaa hakua",
  region: "Hyvinvointialue",
  municipality: "Kunta",
  kind: "Toiminnan muoto",
  targetGroup: "Kohderyhmä",
  language: "Kieli",
  online: "Osallistumistapa",
  any: "Kaikki",
  onlineOnly: "Verkossa",
  onSiteOnly: "Paikan päällä",
  clear: "Tyhjennä valinnat",
  results: "Tulokset",
  count: (n) => (n === 1 ? "1 toiminta löytyi" : `${n.toLocaleString("fi-FI")} toimintaa löytyi`),
  loading: "Haetaan…",
  noResults: "Ei tuloksia näillä valinnoilla. Kokeile toista hakusanaa tai poista rajauksia.",
  error: "Haku epäonnistui",
  pages: "Tulossivut",
  previous: "Edellinen sivu",
  next: "Seuraava sivu",
  page: (n) => `Sivu ${n}`,
  when: "Milloin",
  where: "Missä",
  cost: "Hinta",
  registration: "Ilmoittautuminen",
  registrationUnknown: "Kysy järjestäjältä",
  accessibility: "Saavutettavuus",
  none: "Ei tietoa",
  distance: "Etäisyys",
  contact: "Yhteystiedot",
  organiser: "Järjestäjä",
  languages: "Kielet",
  themes: "Teemat",
  targetGroups: "Kohderyhmät",
  onlineToo: "myös verkossa",
  onlineOnlyPlace: "Verkossa",
  description: "Kuvaus",
  back: "Takaisin hakutuloksiin",
  notFound: "Toimintaa ei löytynyt. Se on voitu poistaa.",
  shareLink: "Linkki asiakkaalle",
  copyLink: "Kopioi linkki",
  referral: "Lähetetiedot",
  referralHelp: "Teksti asiakkaalle tai lähetteeseen. Voit muokata sitä ennen kopiointia.",
  copyReferral: "Kopioi lähetteeseen",
  print: "Tulosta",
  copied: "Kopioitu leikepöydälle",
  copyFailed: "Kopiointi ei onnistunut: valitse teksti ja kopioi se itse",
  noScript: "Palveluopas tarvitsee JavaScriptin. Rajapinta on käytettävissä myös suoraan osoitteessa /graphql.",
  fallback: "suomeksi",
  what: "Mitä",
  signUp: "Ilmoittautuminen",
  moreInfo: "Lisätietoja",
  theme: "Teema",
  moreFilters: "Lisää rajauksia: teemat, saavutettavuus, osallistuminen",
  whenFilter: "Kokoontuu",
  within: (days) => (days === 7 ? "seuraavan viikon aikana" : days === 14 ? "seuraavan 2 viikon aikana" : `seuraavan ${days} päivän aikana`),
  place: "Lähellä paikkaa",
  noPlace: "Ei valittu",
  myLocation: "Oma sijainti",
  useMyLocation: "Käytä sijaintiani",
  locating: "Haetaan sijaintia…",
  locationFailed: "Sijaintia ei saatu. Valitse kunta luettelosta.",
  located: "Sijainti käytössä: tulokset lähimmästä alkaen",
  radius: "Enintään",
  costFilter: "Hinta",
  freeOnly: "Maksuton",
  freeOrUpTo: (euros) => `Maksuton tai enintään ${euros} €`,
  registrationFilter: "Ilmoittautuminen",
  clientAge: "Asiakkaan ikä",
  accessibilityAll: "Saavutettavuus (kaikki valitut)",
  participation: "Osallistuminen",
  noReferralNeeded: "Ei tarvita lähetettä",
  anonymousAllowed: "Voi osallistua nimettömänä",
  lowThreshold: "Matala kynnys",
  at: "klo ",
  away: (d) => `${d} päässä`,
  noUpcoming: "Ei tulevia kertoja tiedossa",
  upcoming: "Tulevat kerrat",
  deadline: (when) => `viimeistään ${when}`,
  age: "Ikä",
  ageAll: "Ei ikärajaa",
  ageFrom: (n) => `${n} vuotta täyttäneet`,
  ageTo: (n) => `enintään ${n}-vuotiaat`,
  ageBetween: (min, max) => `${min}–${max}-vuotiaat`,
  status: "Tila",
  lastVerified: "Tiedot tarkistettu",
  costNames: { FREE: "Maksuton", FEE: "Maksullinen", MEMBERSHIP_FEE: "Jäsenmaksu", UNKNOWN: "Hinta ei tiedossa" },
  registrationNames: { NONE: "Ei ilmoittautumista", REQUIRED: "Ilmoittautuminen vaaditaan", RECOMMENDED: "Ilmoittautuminen suositeltava" },
  statusNames: { ACTIVE: "Käynnissä", PAUSED: "Tauolla", FULL: "Täynnä", ENDED: "Päättynyt" },
  kinds: {
    PEER_SUPPORT: "Vertaistuki", LOW_THRESHOLD: "Matalan kynnyksen toiminta", OUTREACH: "Etsivä työ", EVERYDAY_HELP: "Arjen apu",
    RECREATION: "Virkistys", EVENT: "Tapahtuma", SERVICE_ADVICE: "Palveluohjaus ja neuvonta", MARKET_SERVICE: "Maksullinen palvelu",
  },
  targetGroupNames: {
    CHILDREN: "Lapset", YOUTH: "Nuoret", FAMILIES: "Perheet", WORKING_AGE: "Työikäiset", OLDER_PEOPLE: "Ikääntyneet",
    PEOPLE_WITH_DISABILITIES: "Vammaiset henkilöt", IMMIGRANTS: "Maahan muuttaneet", INFORMAL_CARERS: "Omaishoitajat",
    PEOPLE_WITH_MENTAL_HEALTH_CONDITIONS: "Mielenterveyskuntoutujat", PEOPLE_WITH_SUBSTANCE_USE: "Päihteitä käyttävät",
    UNEMPLOYED: "Työttömät", EVERYONE: "Kaikki",
    MEN: "Miehet", WOMEN: "Naiset",
  },
  languageNames: {
    FI: "suomi", SV: "ruotsi", EN: "englanti", SE: "pohjoissaame", RU: "venäjä", ET: "viro", AR: "arabia", SO: "somali",
    UK: "ukraina", FA: "persia", FSE: "suomalainen viittomakieli",
  },
  accessibilityNames: {
    WHEELCHAIR_ACCESS: "Esteetön kulku", INDUCTION_LOOP: "Induktiosilmukka", SIGN_LANGUAGE: "Viittomakieli",
    EASY_LANGUAGE: "Selkokieli", ONLINE_PARTICIPATION: "Etäosallistuminen",
    STEP_FREE_ACCESS: "Portaaton sisäänkäynti", ACCESSIBLE_TOILET: "Esteetön WC", ACCESSIBLE_PARKING: "Esteetön pysäköinti", ELEVATOR: "Hissi",
    PUBLIC_TRANSPORT_NEARBY: "Joukkoliikenne lähellä", SCENT_FREE: "Tuoksuton tila", ASSISTANCE_DOG_WELCOME: "Avustajakoira tervetullut",
  },
  themeNames: {
    MENTAL_HEALTH: "Mielenterveys", SUBSTANCE_USE: "Päihteet", OLDER_PEOPLE: "Ikääntyneet", CHILDREN_AND_FAMILIES: "Lapset ja perheet",
    YOUTH: "Nuoret", DISABILITY: "Vammaisuus", CHRONIC_ILLNESS: "Pitkäaikaissairaudet", LONELINESS: "Yksinäisyys",
    IMMIGRANTS: "Maahan muuttaneet", EMPLOYMENT: "Työllisyys", HOUSING: "Asuminen", INFORMAL_CARE: "Omaishoito",
    HEALTH_PROMOTION: "Terveyden edistäminen", POVERTY: "Köyhyys", VIOLENCE_AND_CRIME: "Väkivalta ja rikokset",
    PATIENT_ADVOCACY: "Potilasjärjestötyö",
  },
};

const sv: Texts = {
  title: "Serviceguide",
  lead: "Organisationernas verksamhet som du kan hänvisa en klient till: sök, avgränsa och skicka en länk eller skriv ut uppgifterna.",
  skip: "Gå till innehållet",
  languageNav: "Språk",
  search: "Sökord",
  searchHint: "Till exempel kamratstödsgrupp, närståendevårdare eller motion",
  searchButton: "Sök",
  filters: "Avgränsa sökningen",
  region: "Välfärdsområde",
  municipality: "Kommun",
  kind: "Verksamhetsform",
  targetGroup: "Målgrupp",
  language: "Språk",
  online: "Deltagande",
  any: "Alla",
  onlineOnly: "På nätet",
  onSiteOnly: "På plats",
  clear: "Töm valen",
  results: "Resultat",
  count: (n) => (n === 1 ? "1 verksamhet hittades" : `${n.toLocaleString("sv-FI")} verksamheter hittades`),
  loading: "Söker…",
  noResults: "Inga resultat med dessa val. Pröva ett annat sökord eller ta bort avgränsningar.",
  error: "Sökningen misslyckades",
  pages: "Resultatsidor",
  previous: "Föregående sida",
  next: "Nästa sida",
  page: (n) => `Sida ${n}`,
  when: "När",
  where: "Var",
  cost: "Pris",
  registration: "Anmälan",
  registrationUnknown: "Fråga arrangören",
  accessibility: "Tillgänglighet",
  none: "Uppgift saknas",
  distance: "Avstånd",
  contact: "Kontaktuppgifter",
  organiser: "Arrangör",
  languages: "Språk",
  themes: "Teman",
  targetGroups: "Målgrupper",
  onlineToo: "även på nätet",
  onlineOnlyPlace: "På nätet",
  description: "Beskrivning",
  back: "Tillbaka till sökresultaten",
  notFound: "Verksamheten hittades inte. Den kan ha tagits bort.",
  shareLink: "Länk till klienten",
  copyLink: "Kopiera länken",
  referral: "Remissuppgifter",
  referralHelp: "Text till klienten eller remissen. Du kan redigera den innan du kopierar.",
  copyReferral: "Kopiera till remissen",
  print: "Skriv ut",
  copied: "Kopierat till urklipp",
  copyFailed: "Kopieringen misslyckades: markera texten och kopiera den själv",
  noScript: "Serviceguiden behöver JavaScript. Gränssnittet finns också direkt på adressen /graphql.",
  fallback: "på finska",
  what: "Vad",
  signUp: "Anmälan",
  moreInfo: "Mer information",
  theme: "Tema",
  moreFilters: "Fler avgränsningar: teman, tillgänglighet, deltagande",
  whenFilter: "Träffas",
  within: (days) => (days === 7 ? "inom en vecka" : days === 14 ? "inom 2 veckor" : `inom ${days} dagar`),
  place: "Nära en plats",
  noPlace: "Inte vald",
  myLocation: "Min position",
  useMyLocation: "Använd min position",
  locating: "Söker position…",
  locationFailed: "Positionen kunde inte hämtas. Välj en kommun i listan.",
  located: "Positionen används: närmaste först",
  radius: "Högst",
  costFilter: "Pris",
  freeOnly: "Avgiftsfri",
  freeOrUpTo: (euros) => `Avgiftsfri eller högst ${euros} €`,
  registrationFilter: "Anmälan",
  clientAge: "Klientens ålder",
  accessibilityAll: "Tillgänglighet (alla valda)",
  participation: "Deltagande",
  noReferralNeeded: "Ingen remiss behövs",
  anonymousAllowed: "Kan delta anonymt",
  lowThreshold: "Låg tröskel",
  at: "kl. ",
  away: (d) => `${d} bort`,
  noUpcoming: "Inga kommande tillfällen kända",
  upcoming: "Kommande tillfällen",
  deadline: (when) => `senast ${when}`,
  age: "Ålder",
  ageAll: "Ingen åldersgräns",
  ageFrom: (n) => `från ${n} år`,
  ageTo: (n) => `högst ${n} år`,
  ageBetween: (min, max) => `${min}–${max} år`,
  status: "Status",
  lastVerified: "Uppgifterna kontrollerade",
  costNames: { FREE: "Avgiftsfri", FEE: "Avgiftsbelagd", MEMBERSHIP_FEE: "Medlemsavgift", UNKNOWN: "Pris inte känt" },
  registrationNames: { NONE: "Ingen anmälan", REQUIRED: "Anmälan krävs", RECOMMENDED: "Anmälan rekommenderas" },
  statusNames: { ACTIVE: "Pågår", PAUSED: "Paus", FULL: "Fullt", ENDED: "Avslutad" },
  kinds: {
    PEER_SUPPORT: "Kamratstöd", LOW_THRESHOLD: "Lågtröskelverksamhet", OUTREACH: "Uppsökande arbete", EVERYDAY_HELP: "Hjälp i vardagen",
    RECREATION: "Rekreation", EVENT: "Evenemang", SERVICE_ADVICE: "Servicehandledning och rådgivning", MARKET_SERVICE: "Avgiftsbelagd tjänst",
  },
  targetGroupNames: {
    CHILDREN: "Barn", YOUTH: "Unga", FAMILIES: "Familjer", WORKING_AGE: "Personer i arbetsför ålder", OLDER_PEOPLE: "Äldre",
    PEOPLE_WITH_DISABILITIES: "Personer med funktionsnedsättning", IMMIGRANTS: "Invandrare", INFORMAL_CARERS: "Närståendevårdare",
    PEOPLE_WITH_MENTAL_HEALTH_CONDITIONS: "Mentalvårdsrehabiliterande", PEOPLE_WITH_SUBSTANCE_USE: "Personer som använder rusmedel",
    UNEMPLOYED: "Arbetslösa", EVERYONE: "Alla",
    MEN: "Män", WOMEN: "Kvinnor",
  },
  languageNames: {
    FI: "finska", SV: "svenska", EN: "engelska", SE: "nordsamiska", RU: "ryska", ET: "estniska", AR: "arabiska", SO: "somaliska",
    UK: "ukrainska", FA: "persiska", FSE: "finskt teckenspråk",
  },
  accessibilityNames: {
    WHEELCHAIR_ACCESS: "Tillgängligt för rullstol", INDUCTION_LOOP: "Hörslinga", SIGN_LANGUAGE: "Teckenspråk",
    EASY_LANGUAGE: "Lättläst språk", ONLINE_PARTICIPATION: "Distansdeltagande",
    STEP_FREE_ACCESS: "Trappfri ingång", ACCESSIBLE_TOILET: "Tillgänglig toalett", ACCESSIBLE_PARKING: "Tillgänglig parkering", ELEVATOR: "Hiss",
    PUBLIC_TRANSPORT_NEARBY: "Kollektivtrafik i närheten", SCENT_FREE: "Doftfritt utrymme", ASSISTANCE_DOG_WELCOME: "Assistanshund välkommen",
  },
  themeNames: {
    MENTAL_HEALTH: "Psykisk hälsa", SUBSTANCE_USE: "Rusmedel", OLDER_PEOPLE: "Äldre", CHILDREN_AND_FAMILIES: "Barn och familjer",
    YOUTH: "Unga", DISABILITY: "Funktionsnedsättning", CHRONIC_ILLNESS: "Långvariga sjukdomar", LONELINESS: "Ensamhet",
    IMMIGRANTS: "Invandrare", EMPLOYMENT: "Sysselsättning", HOUSING: "Boende", INFORMAL_CARE: "Närståendevård",
    HEALTH_PROMOTION: "Hälsofrämjande", POVERTY: "Fattigdom", VIOLENCE_AND_CRIME: "Våld och brott",
    PATIENT_ADVOCACY: "Patientorganisationer",
  },
};

const en: Texts = {
  title: "Service guide",
  lead: "NGO activities you can refer a client to: search, narrow down, and send a link or print the referral details.",
  skip: "Skip to content",
  languageNav: "Language",
  search: "Search",
  searchHint: "For example peer support group, informal carers or exercise",
  searchButton: "Search",
  filters: "Narrow the search",
  region: "Wellbeing services county",
  municipality: "Municipality",
  kind: "Kind of activity",
  targetGroup: "Target group",
  language: "Language",
  online: "Taking part",
  any: "All",
  onlineOnly: "Online",
  onSiteOnly: "On site",
  clear: "Clear choices",
  results: "Results",
  count: (n) => (n === 1 ? "1 activity found" : `${n.toLocaleString("en-GB")} activities found`),
  loading: "Searching…",
  noResults: "No results for these choices. Try another word or remove some filters.",
  error: "The search failed",
  pages: "Result pages",
  previous: "Previous page",
  next: "Next page",
  page: (n) => `Page ${n}`,
  when: "When",
  where: "Where",
  cost: "Cost",
  registration: "Registration",
  registrationUnknown: "Ask the organiser",
  accessibility: "Accessibility",
  none: "Not known",
  distance: "Distance",
  contact: "Contact",
  organiser: "Organiser",
  languages: "Languages",
  themes: "Themes",
  targetGroups: "Target groups",
  onlineToo: "also online",
  onlineOnlyPlace: "Online",
  description: "Description",
  back: "Back to the results",
  notFound: "The activity was not found. It may have been removed.",
  shareLink: "Link for the client",
  copyLink: "Copy the link",
  referral: "Referral details",
  referralHelp: "Text for the client or a referral. You can edit it before copying.",
  copyReferral: "Copy to referral",
  print: "Print",
  copied: "Copied to the clipboard",
  copyFailed: "Copying failed: select the text and copy it yourself",
  noScript: "The service guide needs JavaScript. The API is also available directly at /graphql.",
  fallback: "in Finnish",
  what: "What",
  signUp: "How to sign up",
  moreInfo: "More information",
  theme: "Theme",
  moreFilters: "More filters: themes, accessibility, taking part",
  whenFilter: "Meets",
  within: (days) => (days === 7 ? "within a week" : days === 14 ? "within 2 weeks" : `within ${days} days`),
  place: "Near a place",
  noPlace: "Not chosen",
  myLocation: "My location",
  useMyLocation: "Use my location",
  locating: "Finding your location…",
  locationFailed: "Your location is not available. Choose a municipality from the list.",
  located: "Using your location: nearest first",
  radius: "At most",
  costFilter: "Cost",
  freeOnly: "Free of charge",
  freeOrUpTo: (euros) => `Free or at most ${euros} €`,
  registrationFilter: "Registration",
  clientAge: "Client's age",
  accessibilityAll: "Accessibility (all ticked)",
  participation: "Taking part",
  noReferralNeeded: "No referral needed",
  anonymousAllowed: "Anonymous participation",
  lowThreshold: "Low threshold",
  at: "",
  away: (d) => `${d} away`,
  noUpcoming: "No upcoming meetings known",
  upcoming: "Upcoming meetings",
  deadline: (when) => `by ${when}`,
  age: "Age",
  ageAll: "No age limit",
  ageFrom: (n) => `aged ${n} and over`,
  ageTo: (n) => `aged up to ${n}`,
  ageBetween: (min, max) => `aged ${min}–${max}`,
  status: "Status",
  lastVerified: "Details checked",
  costNames: { FREE: "Free of charge", FEE: "Fee", MEMBERSHIP_FEE: "Membership fee", UNKNOWN: "Cost not known" },
  registrationNames: { NONE: "No registration", REQUIRED: "Registration required", RECOMMENDED: "Registration recommended" },
  statusNames: { ACTIVE: "Running", PAUSED: "Paused", FULL: "Full", ENDED: "Ended" },
  kinds: {
    PEER_SUPPORT: "Peer support", LOW_THRESHOLD: "Low-threshold activity", OUTREACH: "Outreach work", EVERYDAY_HELP: "Everyday help",
    RECREATION: "Recreation", EVENT: "Event", SERVICE_ADVICE: "Service guidance and advice", MARKET_SERVICE: "Paid service",
  },
  targetGroupNames: {
    CHILDREN: "Children", YOUTH: "Young people", FAMILIES: "Families", WORKING_AGE: "Working-age people", OLDER_PEOPLE: "Older people",
    PEOPLE_WITH_DISABILITIES: "People with disabilities", IMMIGRANTS: "Immigrants", INFORMAL_CARERS: "Informal carers",
    PEOPLE_WITH_MENTAL_HEALTH_CONDITIONS: "People with mental health conditions", PEOPLE_WITH_SUBSTANCE_USE: "People who use substances",
    UNEMPLOYED: "Unemployed people", EVERYONE: "Everyone",
    MEN: "Men", WOMEN: "Women",
  },
  languageNames: {
    FI: "Finnish", SV: "Swedish", EN: "English", SE: "Northern Sámi", RU: "Russian", ET: "Estonian", AR: "Arabic", SO: "Somali",
    UK: "Ukrainian", FA: "Persian", FSE: "Finnish Sign Language",
  },
  accessibilityNames: {
    WHEELCHAIR_ACCESS: "Wheelchair access", INDUCTION_LOOP: "Induction loop", SIGN_LANGUAGE: "Sign language",
    EASY_LANGUAGE: "Easy-to-read language", ONLINE_PARTICIPATION: "Remote participation",
    STEP_FREE_ACCESS: "Step-free entrance", ACCESSIBLE_TOILET: "Accessible toilet", ACCESSIBLE_PARKING: "Accessible parking", ELEVATOR: "Lift",
    PUBLIC_TRANSPORT_NEARBY: "Public transport nearby", SCENT_FREE: "Scent-free space", ASSISTANCE_DOG_WELCOME: "Assistance dogs welcome",
  },
  themeNames: {
    MENTAL_HEALTH: "Mental health", SUBSTANCE_USE: "Substance use", OLDER_PEOPLE: "Older people", CHILDREN_AND_FAMILIES: "Children and families",
    YOUTH: "Young people", DISABILITY: "Disability", CHRONIC_ILLNESS: "Chronic illness", LONELINESS: "Loneliness",
    IMMIGRANTS: "Immigrants", EMPLOYMENT: "Employment", HOUSING: "Housing", INFORMAL_CARE: "Informal care",
    HEALTH_PROMOTION: "Health promotion", POVERTY: "Poverty", VIOLENCE_AND_CRIME: "Violence and crime",
    PATIENT_ADVOCACY: "Patient advocacy",
  },
};

export const TEXTS: Record<UiLanguage, Texts> = { fi, sv, en };

/** The GraphQL Language of a page language. */
export function apiLanguage(language: UiLanguage): Language {
  return language === "fi" ? "FI" : language === "sv" ? "SV" : "EN";
}

export const LOCALES: Record<UiLanguage, string> = { fi: "fi-FI", sv: "sv-FI", en: "en-GB" };

/** The keys of a label record in its declared order: the option lists derive from the typed labels. */
export function codes<K extends string>(labels: Record<K, string>): K[] {
  return Object.keys(labels) as K[];
}
