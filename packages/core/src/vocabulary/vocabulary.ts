/**
 * Closed vocabularies shared by the database CHECK constraints, the GraphQL
 * enums and the demo data. Kept as `as const` tuples so that each list is both
 * a runtime value (for enum registration and validation) and a union type.
 */

export const ORGANISATION_KINDS = ["NATIONAL", "DISTRICT", "LOCAL", "INDEPENDENT", "UMBRELLA"] as const;
export type OrganisationKindValue = (typeof ORGANISATION_KINDS)[number];

export const ACTIVITY_KINDS = [
  "PEER_SUPPORT",
  "LOW_THRESHOLD",
  "OUTREACH",
  "EVERYDAY_HELP",
  "RECREATION",
  "EVENT",
  "SERVICE_ADVICE",
  "MARKET_SERVICE",
] as const;
export type ActivityKindValue = (typeof ACTIVITY_KINDS)[number];

export const PARTNERSHIP_KINDS = [
  "COOPERATION_STRUCTURE",
  "COOPERATION_GUIDELINE",
  "JOINT_PROJECT",
  "SERVICE_AGREEMENT",
  "GRANT",
] as const;
export type PartnershipKindValue = (typeof PARTNERSHIP_KINDS)[number];

export const PARTNERSHIP_STATUSES = ["PLANNED", "ACTIVE", "ENDED", "TERMINATED"] as const;
export type PartnershipStatusValue = (typeof PARTNERSHIP_STATUSES)[number];

export const THEMES = [
  "MENTAL_HEALTH",
  "SUBSTANCE_USE",
  "OLDER_PEOPLE",
  "CHILDREN_AND_FAMILIES",
  "YOUTH",
  "DISABILITY",
  "CHRONIC_ILLNESS",
  "LONELINESS",
  "IMMIGRANTS",
  "EMPLOYMENT",
  "HOUSING",
  "INFORMAL_CARE",
  "HEALTH_PROMOTION",
  "POVERTY",
  "VIOLENCE_AND_CRIME",
  "PATIENT_ADVOCACY",
] as const;
export type ThemeValue = (typeof THEMES)[number];

export const TARGET_GROUPS = [
  "CHILDREN",
  "YOUTH",
  "FAMILIES",
  "WORKING_AGE",
  "OLDER_PEOPLE",
  "PEOPLE_WITH_DISABILITIES",
  "IMMIGRANTS",
  "INFORMAL_CARERS",
  "PEOPLE_WITH_MENTAL_HEALTH_CONDITIONS",
  "PEOPLE_WITH_SUBSTANCE_USE",
  "UNEMPLOYED",
  "MEN",
  "WOMEN",
  "EVERYONE",
] as const;
export type TargetGroupValue = (typeof TARGET_GROUPS)[number];

/** Language codes: ISO 639-1 where one exists; SE = Northern Sámi, FSE = Finnish Sign Language (ISO 639-3). */
export const LANGUAGES = ["FI", "SV", "EN", "SE", "RU", "ET", "AR", "SO", "UK", "FA", "FSE"] as const;
export type LanguageValue = (typeof LANGUAGES)[number];

export const ACCESSIBILITY_FEATURES = [
  "WHEELCHAIR_ACCESS",
  "INDUCTION_LOOP",
  "SIGN_LANGUAGE",
  "EASY_LANGUAGE",
  "ONLINE_PARTICIPATION",
  "STEP_FREE_ACCESS",
  "ACCESSIBLE_TOILET",
  "ACCESSIBLE_PARKING",
  "ELEVATOR",
  "PUBLIC_TRANSPORT_NEARBY",
  "SCENT_FREE",
  "ASSISTANCE_DOG_WELCOME",
] as const;
export type AccessibilityFeatureValue = (typeof ACCESSIBILITY_FEATURES)[number];

/** Matches the CHECK on wellbeing_region.kind; Åland is listed but outside the reform. */
export const REGION_KINDS = ["WELLBEING_SERVICES_COUNTY", "CITY_OF_HELSINKI", "ALAND_OUTSIDE_REFORM"] as const;
export type RegionKindValue = (typeof REGION_KINDS)[number];

/** Cost of taking part (PTV's charge type, plus a membership fee); UNKNOWN is never read as free. */
export const COST_TYPES = ["FREE", "FEE", "MEMBERSHIP_FEE", "UNKNOWN"] as const;
export type CostTypeValue = (typeof COST_TYPES)[number];

export const REGISTRATION_TYPES = ["NONE", "REQUIRED", "RECOMMENDED"] as const;
export type RegistrationTypeValue = (typeof REGISTRATION_TYPES)[number];

export const ACTIVITY_STATUSES = ["ACTIVE", "PAUSED", "FULL", "ENDED"] as const;
export type ActivityStatusValue = (typeof ACTIVITY_STATUSES)[number];

export const WEEKDAYS = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"] as const;
export type WeekdayValue = (typeof WEEKDAYS)[number];
