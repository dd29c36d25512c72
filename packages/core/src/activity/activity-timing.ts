import Holidays from "date-holidays";
import { DateTime } from "luxon";
import type { WeekdayValue } from "../vocabulary/vocabulary";

/**
 * When an activity meets: one-off occurrences and recurring rules, in Finnish wall-clock time
 * (Europe/Helsinki). Luxon turns a local date and time into the instant of that day, so a rule
 * "Tuesdays 10-12" stays at 10 o'clock across the summer-time switches; public holidays come from
 * date-holidays' Finnish calendar. Pure computation: no SQL here.
 */
export const ZONE = "Europe/Helsinki";

export interface OccurrenceValue {
  startsAt: Date;
  endsAt: Date;
}

export interface RecurrenceRuleValue {
  /** WEEKLY on `weekdays` every `interval` weeks, or MONTHLY on the `weekOfMonth`th (1-5, -1 = last) of those weekdays. */
  frequency: "WEEKLY" | "MONTHLY";
  weekdays: WeekdayValue[];
  interval: number;
  weekOfMonth: number | null;
  /** Local times "HH:MM". */
  startTime: string;
  endTime: string;
  /** Local dates "YYYY-MM-DD"; `endDate` null: open-ended. */
  startDate: string;
  endDate: string | null;
  /** No meeting on Finnish public holidays and the eves of Midsummer and Christmas. */
  exceptHolidays: boolean;
  exceptDates: string[];
}

/** Open-ended rules are stored as occurrences this far past the later of their start and the write (see materialise). */
export const OPEN_ENDED_HORIZON_DAYS = 400;
/** A rule cannot run longer than this many days (bounds the work a write does). */
export const MAX_RULE_DAYS = 3 * 366;

const WEEKDAY_NUMBER: Record<WeekdayValue, number> = { MONDAY: 1, TUESDAY: 2, WEDNESDAY: 3, THURSDAY: 4, FRIDAY: 5, SATURDAY: 6, SUNDAY: 7 };

const finnishHolidays = new Holidays("FI");
const holidayYears = new Map<number, Set<string>>();

/** Public holidays plus Midsummer Eve and Christmas Eve (days off in practice), as "YYYY-MM-DD". */
export function holidaysOf(year: number): Set<string> {
  let days = holidayYears.get(year);
  if (!days) {
    days = new Set(finnishHolidays.getHolidays(year).filter((h) => h.type === "public" || h.type === "bank").map((h) => h.date.slice(0, 10)));
    holidayYears.set(year, days);
  }
  return days;
}

const DAY_MS = 86_400_000;
const instantCache = new Map<string, number>();

/** The instant of a Finnish local date and time (luxon resolves the UTC offset of that day), cached. */
function localInstant(date: string, time: string): number {
  const key = `${date}T${time}`;
  let instant = instantCache.get(key);
  if (instant === undefined) {
    instant = DateTime.fromISO(key, { zone: ZONE }).toMillis();
    if (instantCache.size > 100_000) instantCache.clear();
    instantCache.set(key, instant);
  }
  return instant;
}

/** Days since 1970-01-01 of a calendar date "YYYY-MM-DD". */
function dayNumber(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

const isoCache = new Map<number, string>();

function isoOfDay(day: number): string {
  let iso = isoCache.get(day);
  if (iso === undefined) {
    iso = new Date(day * DAY_MS).toISOString().slice(0, 10);
    if (isoCache.size > 100_000) isoCache.clear();
    isoCache.set(day, iso);
  }
  return iso;
}

/** ISO weekday (1 = Monday) of a day number: 1970-01-01 was a Thursday. */
function weekdayOf(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** Whether the rule meets on this local day (its date range and exceptions aside). */
function meetsOn(rule: RecurrenceRuleValue, weekdays: ReadonlySet<number>, day: number, startDay: number): boolean {
  const weekday = weekdayOf(day);
  if (!weekdays.has(weekday)) return false;
  if (rule.frequency === "WEEKLY") {
    const weeks = (day - (weekday - 1) - (startDay - (weekdayOf(startDay) - 1))) / 7;
    return weeks % Math.max(1, rule.interval) === 0;
  }
  const date = new Date(day * DAY_MS);
  const nth = rule.weekOfMonth ?? 1;
  if (nth > 0) return Math.ceil(date.getUTCDate() / 7) === nth;
  return new Date((day + 7) * DAY_MS).getUTCMonth() !== date.getUTCMonth();
}

/**
 * The rule's occurrences whose start lies in [from, to), in order. Walks calendar days, so the
 * work is linear in the length of the window (callers bound it); only meeting days meet luxon.
 */
export function ruleOccurrences(rule: RecurrenceRuleValue, from: Date, to: Date): OccurrenceValue[] {
  const out: OccurrenceValue[] = [];
  const startDay = dayNumber(rule.startDate);
  const endDay = rule.endDate ? dayNumber(rule.endDate) : Infinity;
  // The local calendar day of `from` (a day before is safe: the instant checks below decide).
  const fromDay = Math.floor(from.getTime() / DAY_MS) - 1;
  const toDay = Math.floor(to.getTime() / DAY_MS) + 1;
  const weekdays = new Set(rule.weekdays.map((w) => WEEKDAY_NUMBER[w]));
  const except = new Set(rule.exceptDates);
  const overnight = rule.endTime <= rule.startTime;
  for (let day = Math.max(startDay, fromDay); day <= Math.min(endDay, toDay); day++) {
    if (!meetsOn(rule, weekdays, day, startDay)) continue;
    const iso = isoOfDay(day);
    if ((except.size > 0 && except.has(iso)) || (rule.exceptHolidays && holidaysOf(new Date(day * DAY_MS).getUTCFullYear()).has(iso))) continue;
    const startsAt = localInstant(iso, rule.startTime);
    if (startsAt < from.getTime() || startsAt >= to.getTime()) continue;
    const endsAt = localInstant(overnight ? isoOfDay(day + 1) : iso, rule.endTime); // runs past midnight
    out.push({ startsAt: new Date(startsAt), endsAt: new Date(endsAt) });
  }
  return out;
}

/**
 * The next `first` occurrences ending after `from`: one-off ones and those of every rule, merged in
 * time order. Each rule is expanded a window at a time, so an open-ended weekly rule costs a few
 * weeks of days, not years.
 */
export function nextOccurrences(oneOff: readonly OccurrenceValue[], rules: readonly RecurrenceRuleValue[], first: number, from: Date): OccurrenceValue[] {
  const found: OccurrenceValue[] = oneOff.filter((o) => o.endsAt > from);
  for (const rule of rules) {
    let windowStart = new Date(from.getTime() - 86_400_000); // one that started yesterday evening may still run
    const last = rule.endDate ? new Date(localInstant(rule.endDate, "00:00") + 2 * DAY_MS) : new Date(from.getTime() + MAX_RULE_DAYS * DAY_MS);
    let count = 0;
    while (count < first && windowStart < last) {
      const windowEnd = new Date(Math.min(windowStart.getTime() + 92 * 86_400_000, last.getTime()));
      for (const o of ruleOccurrences(rule, windowStart, windowEnd)) {
        if (o.endsAt > from && count < first) { found.push(o); count++; }
      }
      windowStart = windowEnd;
    }
  }
  return found.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime()).slice(0, first);
}

/**
 * Every occurrence the `activity_occurrence` table keeps for `occursBetween`: the one-off ones and
 * each rule's from its start to its end date, an open-ended rule up to OPEN_ENDED_HORIZON_DAYS past
 * the later of its start and `now` (re-saving the activity extends it).
 */
export function materialise(oneOff: readonly OccurrenceValue[], rules: readonly RecurrenceRuleValue[], now: Date): OccurrenceValue[] {
  const all = [...oneOff];
  for (const rule of rules) {
    const start = localInstant(rule.startDate, "00:00");
    const horizon = Math.max(start, now.getTime()) + OPEN_ENDED_HORIZON_DAYS * DAY_MS;
    const end = rule.endDate ? localInstant(rule.endDate, "00:00") + DAY_MS + 3_600_000 : horizon;
    all.push(...ruleOccurrences(rule, new Date(start), new Date(end)));
  }
  // One row per start (the table's key): the same start from two sources is one meeting.
  const byStart = new Map<number, OccurrenceValue>();
  for (const o of all) if (!byStart.has(o.startsAt.getTime())) byStart.set(o.startsAt.getTime(), o);
  return [...byStart.values()].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}

const TIME = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;

/** What is wrong with a rule, or null. Checks are constant-size per rule (lists are bounded by the input). */
export function ruleProblem(rule: RecurrenceRuleValue): { field: string; message: string } | null {
  if (!TIME.test(rule.startTime)) return { field: "startTime", message: "startTime must be HH:MM (00:00-23:59)" };
  if (!TIME.test(rule.endTime)) return { field: "endTime", message: "endTime must be HH:MM (00:00-23:59)" };
  if (rule.weekdays.length === 0) return { field: "weekdays", message: "a rule needs at least one weekday" };
  if (rule.interval < 1 || rule.interval > 52) return { field: "interval", message: "interval must be 1-52 weeks" };
  if (rule.frequency === "MONTHLY" && ![1, 2, 3, 4, 5, -1].includes(rule.weekOfMonth ?? 1)) return { field: "weekOfMonth", message: "weekOfMonth must be 1-5 or -1 (last)" };
  if (rule.endDate && rule.endDate < rule.startDate) return { field: "endDate", message: "endDate must not be before startDate" };
  const days = rule.endDate ? DateTime.fromISO(rule.endDate).diff(DateTime.fromISO(rule.startDate), "days").days : 0;
  if (days > MAX_RULE_DAYS) return { field: "endDate", message: `a rule can run at most ${MAX_RULE_DAYS} days; add another rule for the next season` };
  return null;
}

/** A stored rule (jsonb) with the defaults filled in. */
export function normaliseRule(rule: Partial<RecurrenceRuleValue> & Pick<RecurrenceRuleValue, "weekdays" | "startTime" | "endTime" | "startDate">): RecurrenceRuleValue {
  return {
    frequency: rule.frequency ?? "WEEKLY",
    weekdays: [...new Set(rule.weekdays)],
    interval: rule.interval ?? 1,
    weekOfMonth: rule.frequency === "MONTHLY" ? rule.weekOfMonth ?? 1 : null,
    startTime: rule.startTime,
    endTime: rule.endTime,
    startDate: rule.startDate,
    endDate: rule.endDate ?? null,
    exceptHolidays: rule.exceptHolidays ?? true,
    exceptDates: [...new Set(rule.exceptDates ?? [])],
  };
}
