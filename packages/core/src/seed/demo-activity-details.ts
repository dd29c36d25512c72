import type { RecurrenceRuleValue } from "../activity/activity-timing";
import type { Centre } from "../region/reference-data";
import { scheduleRule } from "../activity/schedule-words";
import type {
  AccessibilityFeatureValue, ActivityKindValue, ActivityStatusValue, CostTypeValue, RegistrationTypeValue,
} from "../vocabulary/vocabulary";

/**
 * The structured service-guidance details of a demo activity (location, times, cost, registration,
 * contact, age, flags, status), drawn from the activity's own random stream so that adding them
 * left every earlier demo value as it was. Modelled on PTV: charge type with a description such as
 * "3 € / kerta", service hours as seasons of weekly times with public holidays off.
 */

/** The demo's seasons (fixed, so tests never depend on today's date): autumn 2026 and spring 2027. */
export const DEMO_SEASONS = [
  { startDate: "2026-08-17", endDate: "2026-12-18" },
  { startDate: "2027-01-11", endDate: "2027-05-28" },
] as const;

export interface ActivityDetails {
  accessibility: AccessibilityFeatureValue[];
  venueName: string | null;
  streetAddress: string | null;
  postalCode: string | null;
  postOffice: string | null;
  locationMunicipalityCode: string | null;
  latitude: number | null;
  longitude: number | null;
  occurrences: { startsAt: string; endsAt: string }[];
  recurrence: RecurrenceRuleValue[];
  costType: CostTypeValue;
  costAmount: number | null;
  costDescription: string | null;
  registrationType: RegistrationTypeValue | null;
  registrationHow: string | null;
  registrationUrl: string | null;
  registrationDeadline: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
  contactWeb: string | null;
  ageMin: number | null;
  ageMax: number | null;
  noReferralNeeded: boolean;
  anonymousAllowed: boolean;
  lowThreshold: boolean;
  status: ActivityStatusValue;
  validFrom: string | null;
  validUntil: string | null;
  lastVerifiedAt: string;
}

/** Where, when and how accessibly an activity runs, as generated before its details (and seeded as is). */
export interface GeneratedActivityPlace {
  accessibility: AccessibilityFeatureValue[];
  schedule: string | null;
  /** ISO 8601 with the Finnish UTC offset of that day. */
  startsAt: string | null;
  endsAt: string | null;
  address: string | null;
  online: boolean;
}

/** What the details are drawn from: the activity as generated before them. */
export interface DetailSource extends GeneratedActivityPlace {
  id: number;
  kind: ActivityKindValue;
  nameFi: string;
  descriptionFi: string | null;
  targetGroups: readonly string[];
  themes: readonly string[];
  free: boolean;
  municipalityCode: string;
  organisation: { website: string | null; email: string | null; phone: string | null };
}

/** mulberry32: a small deterministic stream (per activity here; the generator's main stream extends it). Tiny, fast and good enough for test data. */
export class DetailRng {
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

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
}

const VENUES = ["Järjestötalo", "Seurakuntatalo, kerhohuone", "Kirjaston monitoimitila", "Asukastupa", "Palvelukeskus, ryhmätila", "Kansalaisopisto, luokka 2", "Kohtaamispaikka"];
const VENUES_SV = ["Föreningshuset", "Församlingshemmet", "Biblioteket, mötesrummet", "Servicecentret"];

/** A point `km` away from the centre in a random direction (flat-earth offset: fine at these distances). */
export function placeAround(centre: Centre, rng: DetailRng, maxKm: number): Centre {
  const angle = rng.next() * 2 * Math.PI;
  const km = Math.sqrt(rng.next()) * maxKm; // uniform over the disc
  const dLat = (km * Math.cos(angle)) / 111.2;
  const dLon = (km * Math.sin(angle)) / (111.2 * Math.cos((centre.latitude * Math.PI) / 180));
  return { latitude: round6(centre.latitude + dLat), longitude: round6(centre.longitude + dLon) };
}

function round6(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

export function activityDetails(s: DetailSource, rng: DetailRng, centres: ReadonlyMap<string, Centre>, swedish: boolean): ActivityDetails {
  const desc = s.descriptionFi ?? "";
  // Location: the street address as written, the post office the town; the centre's surroundings.
  const street = s.address ? /^(.*?),\s*(.+)$/.exec(s.address) : null;
  const centre = centres.get(s.municipalityCode);
  const point = street && centre ? placeAround(centre, rng, 4) : null;

  // Times: a weekly schedule in words becomes the autumn and spring seasons; an event its date.
  const recurrence: RecurrenceRuleValue[] = [];
  if (s.schedule && !s.startsAt) {
    for (const season of DEMO_SEASONS) {
      const rule = scheduleRule(s.schedule, season.startDate);
      if (rule) recurrence.push({ ...rule, endDate: season.endDate });
    }
  }
  const occurrences = s.startsAt && s.endsAt ? [{ startsAt: new Date(s.startsAt).toISOString(), endsAt: new Date(s.endsAt).toISOString() }] : [];

  // Cost, as PTV says it: a charge type and its description.
  let costType: CostTypeValue = "FREE";
  let costAmount: number | null = null;
  let costDescription: string | null = null;
  if (!s.free) {
    if (s.kind === "MARKET_SERVICE") {
      costType = "FEE";
      costDescription = "Asiakasmaksu hyvinvointialueen asiakasmaksutaksan mukaan; palveluseteli käy.";
    } else if (rng.chance(0.15)) {
      costType = "UNKNOWN"; // as in much of PTV: "maksullinen", no amount or type given
    } else if (rng.chance(0.2)) {
      costType = "MEMBERSHIP_FEE";
      costAmount = rng.pick([15, 20, 25]);
      costDescription = `Jäsenmaksu ${costAmount} € / vuosi, ei muita maksuja.`;
    } else {
      costType = "FEE";
      costAmount = s.kind === "EVENT" || s.kind === "RECREATION" ? rng.pick([3, 5, 10, 15, 25]) : rng.pick([2, 3, 5]);
      costDescription = `Pieni osallistumismaksu, ${costAmount} € / kerta${s.kind === "EVENT" ? " (sisältää kahvin)" : ""}.`;
    }
  }

  // Registration: what the description says, else what the kind usually needs.
  let registrationType: RegistrationTypeValue | null;
  if (/ennakkoilmoittautuminen|ilmoittautuminen/i.test(desc) || /ajanvarauksella/.test(s.schedule ?? "")) registrationType = "REQUIRED";
  else if (s.kind === "EVENT") registrationType = rng.chance(0.6) ? "REQUIRED" : "RECOMMENDED";
  else if (s.kind === "PEER_SUPPORT" || s.kind === "RECREATION") registrationType = rng.pick(["NONE", "RECOMMENDED", "RECOMMENDED", "REQUIRED"] as const);
  else if (s.kind === "LOW_THRESHOLD" || s.kind === "OUTREACH") registrationType = "NONE";
  else registrationType = rng.chance(0.1) ? null : "RECOMMENDED";
  const org = s.organisation;
  const registrationUrl = registrationType && registrationType !== "NONE" && org.website && rng.chance(0.5) ? `${org.website}/ilmoittautuminen` : null;
  const how = registrationType === "NONE" || registrationType === null ? null
    : [org.phone ? `puhelimitse ${org.phone}` : null, org.email ? `sähköpostilla ${org.email}` : null, registrationUrl ? "verkkolomakkeella" : null]
      .filter(Boolean).join(", ") || "ohjaajalle paikan päällä";
  let registrationDeadline: string | null = null;
  if (registrationType === "REQUIRED" && s.startsAt) registrationDeadline = new Date(new Date(s.startsAt).getTime() - 7 * 86_400_000).toISOString();

  // Age: what the target groups imply.
  let ageMin: number | null = null;
  let ageMax: number | null = null;
  if (s.targetGroups.includes("CHILDREN") && !s.targetGroups.includes("FAMILIES")) [ageMin, ageMax] = [rng.pick([0, 3, 7]), 12];
  else if (s.targetGroups.includes("YOUTH") && !s.targetGroups.includes("EVERYONE")) [ageMin, ageMax] = [rng.pick([13, 15]), rng.pick([25, 29])];
  else if (s.targetGroups.includes("OLDER_PEOPLE") && !s.targetGroups.includes("INFORMAL_CARERS")) ageMin = rng.pick([60, 63, 65]);
  else if (s.kind === "PEER_SUPPORT" && rng.chance(0.5)) ageMin = 18;

  // Referral flags: NGO activities need no referral; purchased services come through the county.
  const noReferralNeeded = s.kind !== "MARKET_SERVICE";
  const lowThreshold = s.kind === "LOW_THRESHOLD" || /matalan kynnyksen|kynnyksetön/i.test(desc) || (s.kind === "PEER_SUPPORT" && rng.chance(0.25));
  const anonymousAllowed = /anonyymi|nimettöm/i.test(desc) || s.kind === "LOW_THRESHOLD" || (s.themes.includes("SUBSTANCE_USE") && rng.chance(0.6));

  // Accessibility details behind "Tila on esteetön".
  const accessibility = [...s.accessibility];
  if (accessibility.includes("WHEELCHAIR_ACCESS")) {
    accessibility.push("STEP_FREE_ACCESS");
    if (rng.chance(0.7)) accessibility.push("ACCESSIBLE_TOILET");
    if (rng.chance(0.4)) accessibility.push("ACCESSIBLE_PARKING");
    if (rng.chance(0.5)) accessibility.push("PUBLIC_TRANSPORT_NEARBY");
  }

  // Status: mostly running; some groups paused or full (none ended: the demo lists what one can refer to).
  const r = rng.next();
  const status: ActivityStatusValue = r < 0.03 ? "PAUSED" : r < 0.06 && (s.kind === "PEER_SUPPORT" || s.kind === "RECREATION") ? "FULL" : "ACTIVE";
  const firstSeason = DEMO_SEASONS[0];
  const lastSeason = DEMO_SEASONS[DEMO_SEASONS.length - 1];
  const verifiedDay = 1 + Math.floor(rng.next() * 100); // 2026-05-01 + up to 100 days
  const lastVerifiedAt = new Date(Date.UTC(2026, 4, verifiedDay, 9, 0, 0)).toISOString();

  return {
    accessibility,
    venueName: street ? (rng.chance(0.8) ? rng.pick(swedish ? VENUES_SV : VENUES) : null) : null,
    streetAddress: street ? street[1] : null,
    postalCode: null, // no municipality postal codes in the reference data: left unknown rather than invented
    postOffice: street ? street[2] : null,
    locationMunicipalityCode: street ? s.municipalityCode : null,
    latitude: point?.latitude ?? null,
    longitude: point?.longitude ?? null,
    occurrences,
    recurrence,
    costType,
    costAmount,
    costDescription,
    registrationType,
    registrationHow: how,
    registrationUrl,
    registrationDeadline,
    contactPhone: org.phone,
    contactEmail: org.email,
    contactWeb: org.website,
    ageMin,
    ageMax,
    noReferralNeeded,
    anonymousAllowed,
    lowThreshold,
    status,
    validFrom: recurrence.length ? firstSeason.startDate : null,
    validUntil: recurrence.length ? lastSeason.endDate : null,
    lastVerifiedAt,
  };
}
