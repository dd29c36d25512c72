import { normaliseRule, type RecurrenceRuleValue } from "./activity-timing";
import type { WeekdayValue } from "../vocabulary/vocabulary";

const DAYS: Record<string, WeekdayValue> = { ma: "MONDAY", ti: "TUESDAY", ke: "WEDNESDAY", to: "THURSDAY", pe: "FRIDAY", la: "SATURDAY", su: "SUNDAY" };
const ORDER = Object.keys(DAYS);
const ORDINALS: Record<string, number> = { ensimmäinen: 1, toinen: 2, kolmas: 3, neljäs: 4, viimeinen: -1 };

/**
 * A rule from Finnish schedule words, or null when they say no weekday and hours ("sopimuksen
 * mukaan", "ajanvarauksella"). One pass of a fixed pattern: linear in the text.
 */
export function scheduleRule(text: string, startDate: string): RecurrenceRuleValue | null {
  const m = /^(?:yhteydenotot\s+)?(joka toinen\s+|kuukauden (ensimmäinen|toinen|kolmas|neljäs|viimeinen)\s+)?(arkisin|(ma|ti|ke|to|pe|la|su)(?:\s*(–|-|ja)\s*(ma|ti|ke|to|pe|la|su))?)\s+klo\s+([0-9]{1,2})(?:[.:]([0-9]{2}))?\s*[–-]\s*([0-9]{1,2})(?:[.:]([0-9]{2}))?/i.exec(text.trim());
  if (!m) return null;
  const [, prefix, ordinal, days, first, joiner, second, h1, m1, h2, m2] = m;
  let weekdays: WeekdayValue[];
  if (days.toLowerCase() === "arkisin") weekdays = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"];
  else if (second && joiner !== "ja") weekdays = ORDER.slice(ORDER.indexOf(first.toLowerCase()), ORDER.indexOf(second.toLowerCase()) + 1).map((d) => DAYS[d]);
  else weekdays = [DAYS[first.toLowerCase()], ...(second ? [DAYS[second.toLowerCase()]] : [])];
  if (weekdays.length === 0 || Number(h1) > 23 || Number(h2) > 24) return null;
  const time = (h: string, min?: string) => `${String(Number(h) % 24).padStart(2, "0")}:${min ?? "00"}`;
  return normaliseRule({
    frequency: ordinal ? "MONTHLY" : "WEEKLY",
    weekdays,
    interval: prefix?.startsWith("joka toinen") ? 2 : 1,
    weekOfMonth: ordinal ? ORDINALS[ordinal.toLowerCase()] : null,
    startTime: time(h1, m1),
    endTime: time(h2, m2),
    startDate,
    endDate: null,
    exceptHolidays: true,
    exceptDates: [],
  });
}
