import type { MilestoneEventTypeValue, MilestoneStatusValue } from "../milestone/milestone.enums";

/** Languages of feeds and messages (the platform's three). */
export const NOTIFICATION_LANGUAGES = ["fi", "sv", "en"] as const;
export type NotificationLanguage = (typeof NOTIFICATION_LANGUAGES)[number];

export function isNotificationLanguage(value: unknown): value is NotificationLanguage {
  return typeof value === "string" && (NOTIFICATION_LANGUAGES as readonly string[]).includes(value);
}

interface Texts {
  type: Record<MilestoneEventTypeValue, string>;
  status: Record<MilestoneStatusValue, string>;
  national: string;
  feedTitle: string;
  calendarName: string;
  due: string;
  note: string;
  changed: string;
}

export const TEXTS: Record<NotificationLanguage, Texts> = {
  fi: {
    type: { CREATED: "Uusi virstanpylväs", STATUS_CHANGED: "Tila muuttui", UPDATED: "Päivitetty" },
    status: { PLANNED: "suunniteltu", IN_PROGRESS: "käynnissä", COMPLETED: "valmis", POSTPONED: "siirretty", CANCELLED: "peruttu" },
    national: "valtakunnallinen", feedTitle: "Sote-uudistuksen eteneminen", calendarName: "Sote-uudistuksen virstanpylväät",
    due: "Ajankohta", note: "Huomautus", changed: "Muuttui",
  },
  sv: {
    type: { CREATED: "Ny milstolpe", STATUS_CHANGED: "Status ändrades", UPDATED: "Uppdaterad" },
    status: { PLANNED: "planerad", IN_PROGRESS: "pågår", COMPLETED: "klar", POSTPONED: "uppskjuten", CANCELLED: "inställd" },
    national: "nationell", feedTitle: "Vårdreformens framsteg", calendarName: "Vårdreformens milstolpar",
    due: "Tidpunkt", note: "Anmärkning", changed: "Ändrades",
  },
  en: {
    type: { CREATED: "New milestone", STATUS_CHANGED: "Status changed", UPDATED: "Updated" },
    status: { PLANNED: "planned", IN_PROGRESS: "in progress", COMPLETED: "completed", POSTPONED: "postponed", CANCELLED: "cancelled" },
    national: "national", feedTitle: "Health and social services reform progress", calendarName: "Health and social services reform milestones",
    due: "Date", note: "Note", changed: "Changed",
  },
};

/** A milestone's title in the language, falling back to Finnish (always present). */
export function titleIn(m: { titleFi: string; titleSv: string | null; titleEn: string | null }, language: NotificationLanguage): string {
  return (language === "sv" ? m.titleSv : language === "en" ? m.titleEn : null) ?? m.titleFi;
}
