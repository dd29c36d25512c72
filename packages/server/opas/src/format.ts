// How an activity's facts read on the page and in the plain-text referral a client receives.
import type { OpasActivityFieldsFragment } from "./gql/graphql.js";
import { LOCALES, type Texts, type UiLanguage } from "./texts.js";

export type ActivityFields = OpasActivityFieldsFragment;

/** Activity times are Finnish local times whatever the advisor's computer says. */
const TIME_ZONE = "Europe/Helsinki";

function dateTime(value: string, language: UiLanguage): string {
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  return d.toLocaleString(LOCALES[language], { timeZone: TIME_ZONE, dateStyle: "medium", timeStyle: "short" });
}

function timeOnly(value: string, language: UiLanguage): string {
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  return d.toLocaleTimeString(LOCALES[language], { timeZone: TIME_ZONE, hour: "2-digit", minute: "2-digit" });
}

function sameDay(a: string, b: string): boolean {
  const day = (v: string) => new Date(v).toLocaleDateString("en-CA", { timeZone: TIME_ZONE });
  return day(a) === day(b);
}

/** The next time it happens: a one-off event's date, or the recurring schedule in words. */
export function whenText(a: ActivityFields, t: Texts, language: UiLanguage): string {
  const parts: string[] = [];
  if (a.startsAt) {
    let range = dateTime(a.startsAt, language);
    if (a.endsAt) range += `–${sameDay(a.startsAt, a.endsAt) ? timeOnly(a.endsAt, language) : dateTime(a.endsAt, language)}`;
    parts.push(range);
  }
  if (a.schedule) parts.push(a.schedule);
  return parts.join("; ") || t.none;
}

export function whereText(a: ActivityFields, t: Texts): string {
  // An address often ends in its town already: name each municipality once.
  const places = a.municipalities.map((m) => m.name).filter((name) => !a.address?.includes(name)).join(", ");
  const site = [a.address, places].filter(Boolean).join(", ");
  if (!site) return a.online ? t.onlineOnlyPlace : t.none;
  return a.online ? `${site} (${t.onlineToo})` : site;
}

export function costText(a: ActivityFields, t: Texts): string {
  return a.freeOfCharge ? t.free : t.fee;
}

export function registrationText(_a: ActivityFields, t: Texts): string {
  return t.registrationUnknown;
}

export function accessibilityText(a: ActivityFields, t: Texts): string {
  return a.accessibility.map((f) => t.accessibilityNames[f]).join(", ") || t.none;
}

export function languagesText(a: ActivityFields, t: Texts): string {
  return a.languages.map((l) => t.languageNames[l]).join(", ") || t.none;
}

/** Contact lines: the organiser and its public channels (phone and e-mail only when the API gives them). */
export function contactLines(a: ActivityFields): string[] {
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

/** The plain text for a client or a referral: what, where, when, cost, how to sign up, contact, link. */
export function referralText(a: ActivityFields, t: Texts, language: UiLanguage, link: string): string {
  const what = [t.kinds[a.kind], a.description ? shorten(a.description) : ""].filter(Boolean).join(" – ");
  return [
    a.nameIn.text,
    `${t.what}: ${what}`,
    `${t.where}: ${whereText(a, t)}`,
    `${t.when}: ${whenText(a, t, language)}`,
    `${t.cost}: ${costText(a, t)}`,
    `${t.signUp}: ${registrationText(a, t)}`,
    `${t.contact}: ${contactLines(a).join(", ")}`,
    `${t.moreInfo}: ${link}`,
  ].join("\n");
}
