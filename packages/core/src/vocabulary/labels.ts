import type { ActivityKindValue, LanguageValue, OrganisationKindValue, TargetGroupValue, ThemeValue } from "./vocabulary";

/** A label in Finnish and English (Swedish falls back to Finnish where none is given). */
export interface Label { fi: string; sv?: string; en: string }

/** Display labels of the code lists, for facets and other pickers. */
export const ORGANISATION_KIND_LABELS: Record<OrganisationKindValue, Label> = {
  NATIONAL: { fi: "Valtakunnallinen järjestö", en: "National organisation" },
  DISTRICT: { fi: "Piirijärjestö", en: "District organisation" },
  LOCAL: { fi: "Paikallisyhdistys", en: "Local association" },
  INDEPENDENT: { fi: "Itsenäinen yhdistys", en: "Independent association" },
  UMBRELLA: { fi: "Kattojärjestö", en: "Umbrella organisation" },
};

export const ACTIVITY_KIND_LABELS: Record<ActivityKindValue, Label> = {
  PEER_SUPPORT: { fi: "Vertaistuki", en: "Peer support" },
  LOW_THRESHOLD: { fi: "Matalan kynnyksen toiminta", en: "Low-threshold activity" },
  OUTREACH: { fi: "Etsivä työ", en: "Outreach work" },
  EVERYDAY_HELP: { fi: "Arjen apu", en: "Everyday help" },
  RECREATION: { fi: "Virkistys", en: "Recreation" },
  EVENT: { fi: "Tapahtuma", en: "Event" },
  SERVICE_ADVICE: { fi: "Palveluohjaus ja neuvonta", en: "Service guidance and advice" },
  MARKET_SERVICE: { fi: "Markkinaehtoinen palvelu", en: "Market-based service" },
};

export const THEME_LABELS: Record<ThemeValue, Label> = {
  MENTAL_HEALTH: { fi: "Mielenterveys", en: "Mental health" },
  SUBSTANCE_USE: { fi: "Päihteet", en: "Substance use" },
  OLDER_PEOPLE: { fi: "Ikääntyneet", en: "Older people" },
  CHILDREN_AND_FAMILIES: { fi: "Lapset ja perheet", en: "Children and families" },
  YOUTH: { fi: "Nuoret", en: "Youth" },
  DISABILITY: { fi: "Vammaisuus", en: "Disability" },
  CHRONIC_ILLNESS: { fi: "Pitkäaikaissairaudet", en: "Chronic illness" },
  LONELINESS: { fi: "Yksinäisyys", en: "Loneliness" },
  IMMIGRANTS: { fi: "Maahanmuuttajat", en: "Immigrants" },
  EMPLOYMENT: { fi: "Työllisyys", en: "Employment" },
  HOUSING: { fi: "Asuminen", en: "Housing" },
  INFORMAL_CARE: { fi: "Omaishoito", en: "Informal care" },
  HEALTH_PROMOTION: { fi: "Terveyden edistäminen", en: "Health promotion" },
  POVERTY: { fi: "Köyhyys", en: "Poverty" },
  VIOLENCE_AND_CRIME: { fi: "Väkivalta ja rikokset", en: "Violence and crime" },
  PATIENT_ADVOCACY: { fi: "Potilasjärjestötyö", en: "Patient advocacy" },
};

export const TARGET_GROUP_LABELS: Record<TargetGroupValue, Label> = {
  CHILDREN: { fi: "Lapset", en: "Children" },
  YOUTH: { fi: "Nuoret", en: "Youth" },
  FAMILIES: { fi: "Perheet", en: "Families" },
  WORKING_AGE: { fi: "Työikäiset", en: "Working-age people" },
  OLDER_PEOPLE: { fi: "Ikääntyneet", en: "Older people" },
  PEOPLE_WITH_DISABILITIES: { fi: "Vammaiset henkilöt", en: "People with disabilities" },
  IMMIGRANTS: { fi: "Maahanmuuttajat", en: "Immigrants" },
  INFORMAL_CARERS: { fi: "Omaishoitajat", en: "Informal carers" },
  PEOPLE_WITH_MENTAL_HEALTH_CONDITIONS: { fi: "Mielenterveyskuntoutujat", en: "People with mental health conditions" },
  PEOPLE_WITH_SUBSTANCE_USE: { fi: "Päihteitä käyttävät", en: "People who use substances" },
  UNEMPLOYED: { fi: "Työttömät", en: "Unemployed people" },
  EVERYONE: { fi: "Kaikki", en: "Everyone" },
};

export const LANGUAGE_LABELS: Record<LanguageValue, Label> = {
  FI: { fi: "suomi", sv: "finska", en: "Finnish" },
  SV: { fi: "ruotsi", sv: "svenska", en: "Swedish" },
  EN: { fi: "englanti", sv: "engelska", en: "English" },
  SE: { fi: "pohjoissaame", sv: "nordsamiska", en: "Northern Sámi" },
  RU: { fi: "venäjä", sv: "ryska", en: "Russian" },
  ET: { fi: "viro", sv: "estniska", en: "Estonian" },
  AR: { fi: "arabia", sv: "arabiska", en: "Arabic" },
  SO: { fi: "somali", sv: "somaliska", en: "Somali" },
  UK: { fi: "ukraina", sv: "ukrainska", en: "Ukrainian" },
  FA: { fi: "persia", sv: "persiska", en: "Persian" },
  FSE: { fi: "suomalainen viittomakieli", sv: "finskt teckenspråk", en: "Finnish Sign Language" },
};
