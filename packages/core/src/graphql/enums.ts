import { registerEnumType } from "type-graphql";
import {
  ACCESSIBILITY_FEATURES, ACTIVITY_KINDS, LANGUAGES, ORGANISATION_KINDS, PARTNERSHIP_KINDS, PARTNERSHIP_STATUSES,
  REGION_KINDS, TARGET_GROUPS, THEMES, COST_TYPES, REGISTRATION_TYPES, ACTIVITY_STATUSES, WEEKDAYS,
} from "../vocabulary/vocabulary";

/** Turns a vocabulary list into the `{ A: "A" }` object type-graphql registers as an enum. */
function enumOf<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

export const OrganisationKind = enumOf(ORGANISATION_KINDS);
export const ActivityKind = enumOf(ACTIVITY_KINDS);
export const PartnershipKind = enumOf(PARTNERSHIP_KINDS);
export const PartnershipStatus = enumOf(PARTNERSHIP_STATUSES);
export const Theme = enumOf(THEMES);
export const TargetGroup = enumOf(TARGET_GROUPS);
export const Language = enumOf(LANGUAGES);
export const AccessibilityFeature = enumOf(ACCESSIBILITY_FEATURES);
export const RegionKind = enumOf(REGION_KINDS);
export const CostType = enumOf(COST_TYPES);
export const RegistrationType = enumOf(REGISTRATION_TYPES);
export const ActivityStatus = enumOf(ACTIVITY_STATUSES);
export const Weekday = enumOf(WEEKDAYS);

registerEnumType(OrganisationKind, {
  name: "OrganisationKind",
  description: "Järjestön tyyppi: valtakunnallinen, piiri, paikallinen, itsenäinen tai kattojärjestö.",
});
registerEnumType(ActivityKind, {
  name: "ActivityKind",
  description: "Toiminnan muoto: vertaistuki, matalan kynnyksen toiminta, etsivä työ, arjen apu, virkistys, tapahtuma, palveluohjaus/neuvonta, markkinaehtoinen palvelu.",
});
registerEnumType(PartnershipKind, {
  name: "PartnershipKind",
  description: "Yhteistyön muoto: yhteistyörakenne, yhteistyöohje/-linjaus, yhteishanke, palvelusopimus tai avustus.",
});
registerEnumType(PartnershipStatus, { name: "PartnershipStatus" });
registerEnumType(Theme, { name: "Theme", description: "Sosiaali- ja terveysalan teema." });
registerEnumType(TargetGroup, { name: "TargetGroup", description: "Kohderyhmä." });
registerEnumType(Language, {
  name: "Language",
  description: "Language (ISO 639): SE = Northern Sámi (pohjoissaame), FSE = Finnish Sign Language (suomalainen viittomakieli).",
});
registerEnumType(AccessibilityFeature, { name: "AccessibilityFeature", description: "Saavutettavuus." });
registerEnumType(RegionKind, {
  name: "RegionKind",
  description: "Hyvinvointialue (21), Helsingin kaupunki (järjestää itse), tai Ahvenanmaa (uudistuksen ulkopuolella).",
});
registerEnumType(CostType, {
  name: "CostType",
  description: "Maksullisuus (PTV:n maksullisuustieto): maksuton, maksullinen, jäsenmaksu, ei tiedossa. UNKNOWN is not free.",
});
registerEnumType(RegistrationType, { name: "RegistrationType", description: "Ilmoittautuminen: ei tarvita, pakollinen, suositeltava." });
registerEnumType(ActivityStatus, { name: "ActivityStatus", description: "Käynnissä, tauolla, täynnä, päättynyt. Lists hide ENDED unless `filter.status` asks for it." });
registerEnumType(Weekday, { name: "Weekday" });
