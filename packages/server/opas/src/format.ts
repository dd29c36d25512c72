// How an activity's facts read on the page and in the plain-text referral a client receives.
import type { OpasActivityFieldsFragment, OpasActivityQuery } from "./gql/graphql.js";
import { LOCALES, type Texts, type UiLanguage } from "./texts.js";

export type ActivityFields = OpasActivityFieldsFragment;
/** The detail view's activity: the list's fields and the rest a referral needs. */
export type ActivityDetail = Extract<NonNullable<OpasActivityQuery["node"]>, { __typename: "Activity" }>;

/** Activity times are Finnish local times whatever the advisor's computer says. */
const TIME_ZONE = "Europe/Helsinki";

function valid(value: string): Date | null {
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** "ti 1.12.2026", "tis 1.12.2026", "Tue 1 Dec 2026": the weekday matters to a client. */
export function dateText(value: string, language: UiLanguage): string {
  const d = valid(value);
  if (!d) return value;
  return d.toLocaleDateString(LOCALES[language], {
    timeZone: TIME_ZONE, weekday: "short", day: "numeric", month: language === "en" ? "short" : "numeric", year: "numeric",
  });
}

function timeText(value: string, language: UiLanguage): string {
  const d = valid(value);
  if (!d) return value;
  return d.toLocaleTimeString(LOCALES[language], { timeZone: TIME_ZONE, hour: "2-digit", minute: "2-digit" });
}

function dayOf(value: string): string {
  return new Date(value).toLocaleDateString("en-CA", { timeZone: TIME_ZONE });
}

/** A local date (YYYY-MM-DD) as the page's language writes it, without moving it by a time zone. */
export function localDateText(value: string, language: UiLanguage): string {
  const [y, m, d] = value.split("-").map(Number);
  if (!y || !m || !d) return value;
  return new Date(Date.UTC(y, m - 1, d, 12)).toLocaleDateString(LOCALES[language], { timeZone: "UTC", day: "numeric", month: language === "en" ? "short" : "numeric", year: "numeric" });
}

/** One meeting: "ti 1.12.2026 klo 17.00–19.00" (the end's date too when it ends on another day). */
export function occurrenceText(o: { startsAt: string; endsAt: string }, t: Texts, language: UiLanguage): string {
  const start = `${dateText(o.startsAt, language)} ${t.at}${timeText(o.startsAt, language)}`;
  const end = dayOf(o.startsAt) === dayOf(o.endsAt) ? timeText(o.endsAt, language) : `${dateText(o.endsAt, language)} ${t.at}${timeText(o.endsAt, language)}`;
  return `${start}–${end}`;
}

/** The next meeting, and the schedule in words when there is one. */
export function whenText(a: ActivityFields, t: Texts, language: UiLanguage): string {
  const next = a.nextOccurrences[0];
  const parts = [next ? occurrenceText(next, t, language) : "", a.schedule ?? ""].filter(Boolean);
  if (parts.length === 2) return `${parts[0]} (${parts[1]})`;
  return parts[0] || t.noUpcoming;
}

export function upcomingText(a: ActivityDetail, t: Texts, language: UiLanguage): string[] {
  return a.upcoming.map((o) => occurrenceText(o, t, language));
}

export function distanceText(km: number, language: UiLanguage): string {
  return `${km.toLocaleString(LOCALES[language], { maximumFractionDigits: km < 10 ? 1 : 0 })} km`;
}

export function whereText(a: ActivityFields, t: Texts, language: UiLanguage): string {
  const l = a.location;
  const street = l ? [l.venueName, l.streetAddress, [l.postalCode, l.postOffice].filter(Boolean).join(" ")].filter(Boolean).join(", ") : "";
  const written = street || a.address || "";
  // An address often ends in its town already: name each municipality once.
  const places = a.municipalities.map((m) => m.name).filter((name) => !written.includes(name)).join(", ");
  let site = [written, places].filter(Boolean).join(", ");
  if (!site) site = a.online ? t.onlineOnlyPlace : t.none;
  else if (a.online) site = `${site} (${t.onlineToo})`;
  return a.distanceKm != null ? `${site} – ${t.away(distanceText(a.distanceKm, language))}` : site;
}

function euros(amount: number, language: UiLanguage): string {
  return amount.toLocaleString(LOCALES[language], { style: "currency", currency: "EUR", minimumFractionDigits: Number.isInteger(amount) ? 0 : 2 });
}

/** "Maksullinen, 3 €" in a list; with `full` also what the organiser says of it. */
export function costText(a: ActivityFields, t: Texts, language: UiLanguage, full = false): string {
  const { type, amount, description } = a.cost;
  const short = amount != null && type !== "FREE" ? `${t.costNames[type]}, ${euros(amount, language)}` : t.costNames[type];
  return full && description ? `${short} – ${description}` : short;
}

/** Whether and how to sign up, with the deadline; the URL is given apart (a link on the page). */
export function registrationText(a: ActivityFields, t: Texts, language: UiLanguage, withUrl = false): string {
  const r = a.registration;
  if (!r) return t.registrationUnknown;
  const parts = [t.registrationNames[r.type]];
  if (r.type !== "NONE") {
    if (r.how) parts.push(r.how);
    if (withUrl && r.url) parts.push(r.url);
    if (r.deadline) parts.push(t.deadline(`${dateText(r.deadline, language)} ${t.at}${timeText(r.deadline, language)}`));
  }
  return parts.join(", ");
}

export function accessibilityText(a: ActivityFields, t: Texts): string {
  return a.accessibility.map((f) => t.accessibilityNames[f]).join(", ") || t.none;
}

export function languagesText(a: ActivityFields, t: Texts): string {
  return a.languages.map((l) => t.languageNames[l]).join(", ") || t.none;
}

export function ageText(a: ActivityDetail, t: Texts): string {
  if (a.ageMin != null && a.ageMax != null) return t.ageBetween(a.ageMin, a.ageMax);
  if (a.ageMin != null) return t.ageFrom(a.ageMin);
  if (a.ageMax != null) return t.ageTo(a.ageMax);
  return t.ageAll;
}

/** What a referral depends on: no referral needed, anonymous, low threshold (those that hold). */
export function participationText(a: ActivityDetail, t: Texts): string {
  const flags = [a.noReferralNeeded && t.noReferralNeeded, a.anonymousAllowed && t.anonymousAllowed, a.lowThreshold && t.lowThreshold].filter(Boolean);
  return flags.join(", ") || t.none;
}

/** Status, with the dates it runs between. */
export function statusText(a: ActivityDetail, t: Texts, language: UiLanguage): string {
  const range = a.validFrom || a.validUntil
    ? `${a.validFrom ? localDateText(a.validFrom, language) : ""}–${a.validUntil ? localDateText(a.validUntil, language) : ""}`
    : "";
  return [t.statusNames[a.status], range].filter(Boolean).join(", ");
}

export function verifiedText(a: ActivityDetail, t: Texts, language: UiLanguage): string {
  return a.lastVerifiedAt ? dateText(a.lastVerifiedAt, language) : t.none;
}

/** The activity's own public contact, or its organiser's when it has none. */
export function contactOf(a: ActivityFields): { phone?: string | null; email?: string | null; web?: string | null } {
  const c = a.contact;
  if (c && (c.phone || c.email || c.web)) return c;
  return { phone: a.organisation.contact?.phone, email: a.organisation.contact?.email, web: a.organisation.website };
}

export function contactLines(a: ActivityFields): string[] {
  const c = contactOf(a);
  return [c.phone, c.email, c.web].filter((v): v is string => Boolean(v));
}

/** The organiser and its own public channels (contact for signed-in users only). */
export function organiserLines(a: ActivityFields): string[] {
  const o = a.organisation;
  return [o.name, o.contact?.phone, o.contact?.email, o.website].filter((v): v is string => Boolean(v));
}

/** First sentences of a description, cut at a word boundary: a referral is read at a glance. */
export function shorten(text: string, max = 300): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[,;:.\s]+$/, "")}…`;
}

/**
 * The plain text for a client or a referral: what, where, when (the next meetings), cost, how to
 * sign up, for whom, participation, accessibility, contact, organiser, status and when checked, link.
 */
export function referralText(a: ActivityDetail, t: Texts, language: UiLanguage, link: string): string {
  const what = [t.kinds[a.kind], a.description ? shorten(a.description) : ""].filter(Boolean).join(" – ");
  const upcoming = upcomingText(a, t, language);
  return [
    a.nameIn.text,
    `${t.what}: ${what}`,
    `${t.where}: ${whereText(a, t, language)}`,
    `${t.when}: ${[upcoming.slice(0, 3).join("; "), a.schedule].filter(Boolean).join(" – ") || t.noUpcoming}`,
    `${t.cost}: ${costText(a, t, language, true)}`,
    `${t.signUp}: ${registrationText(a, t, language, true)}`,
    `${t.age}: ${ageText(a, t)}`,
    `${t.participation}: ${participationText(a, t)}`,
    `${t.languages}: ${languagesText(a, t)}`,
    `${t.accessibility}: ${accessibilityText(a, t)}`,
    `${t.contact}: ${contactLines(a).join(", ") || t.none}`,
    `${t.organiser}: ${organiserLines(a).join(", ")}`,
    `${t.status}: ${statusText(a, t, language)}`,
    `${t.lastVerified}: ${verifiedText(a, t, language)}`,
    `${t.moreInfo}: ${link}`,
  ].join("\n");
}
