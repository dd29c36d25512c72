import { registerEnumType } from "type-graphql";
import {
  ACCESSIBILITY_FEATURES, ACTIVITY_KINDS, LANGUAGES, ORGANISATION_KINDS, PARTNERSHIP_KINDS, PARTNERSHIP_STATUSES,
  REGION_KINDS, TARGET_GROUPS, THEMES, COST_TYPES, REGISTRATION_TYPES, ACTIVITY_STATUSES, WEEKDAYS,
} from "../vocabulary/vocabulary";

/** Registers a list of values (a vocabulary, statuses, sort keys) as a GraphQL enum: the `{ A: "A" }` object type-graphql takes. */
export function registeredEnum<T extends string>(values: readonly T[], options: { name: string; description?: string }): { [K in T]: K } {
  const enumObject = Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
  registerEnumType(enumObject, options);
  return enumObject;
}

export const OrganisationKind = registeredEnum(ORGANISATION_KINDS, {
  name: "OrganisationKind",
  description: "Järjestön tyyppi: valtakunnallinen, piiri, paikallinen, itsenäinen tai kattojärjestö.",
});
export const ActivityKind = registeredEnum(ACTIVITY_KINDS, {
  name: "ActivityKind",
  description: "Toiminnan muoto: vertaistuki, matalan kynnyksen toiminta, etsivä työ, arjen apu, virkistys, tapahtuma, palveluohjaus/neuvonta, markkinaehtoinen palvelu.",
});
export const PartnershipKind = registeredEnum(PARTNERSHIP_KINDS, {
  name: "PartnershipKind",
  description: "Yhteistyön muoto: yhteistyörakenne, yhteistyöohje/-linjaus, yhteishanke, palvelusopimus tai avustus.",
});
export const PartnershipStatus = registeredEnum(PARTNERSHIP_STATUSES, { name: "PartnershipStatus" });
export const Theme = registeredEnum(THEMES, { name: "Theme", description: "Sosiaali- ja terveysalan teema." });
export const TargetGroup = registeredEnum(TARGET_GROUPS, { name: "TargetGroup", description: "Kohderyhmä." });
export const Language = registeredEnum(LANGUAGES, {
  name: "Language",
  description: "Language (ISO 639): SE = Northern Sámi (pohjoissaame), FSE = Finnish Sign Language (suomalainen viittomakieli).",
});
export const AccessibilityFeature = registeredEnum(ACCESSIBILITY_FEATURES, { name: "AccessibilityFeature", description: "Saavutettavuus." });
export const RegionKind = registeredEnum(REGION_KINDS, {
  name: "RegionKind",
  description: "Hyvinvointialue (21), Helsingin kaupunki (järjestää itse), tai Ahvenanmaa (uudistuksen ulkopuolella).",
});
export const CostType = registeredEnum(COST_TYPES, {
  name: "CostType",
  description: "Maksullisuus (PTV:n maksullisuustieto): maksuton, maksullinen, jäsenmaksu, ei tiedossa. UNKNOWN is not free.",
});
export const RegistrationType = registeredEnum(REGISTRATION_TYPES, { name: "RegistrationType", description: "Ilmoittautuminen: ei tarvita, pakollinen, suositeltava." });
export const ActivityStatus = registeredEnum(ACTIVITY_STATUSES, { name: "ActivityStatus", description: "Käynnissä, tauolla, täynnä, päättynyt. Lists hide ENDED unless `filter.status` asks for it." });
export const Weekday = registeredEnum(WEEKDAYS, { name: "Weekday" });
