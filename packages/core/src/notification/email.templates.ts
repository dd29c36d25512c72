import type { FeedEvent } from "./feed.service";
import { TEXTS, titleIn, type NotificationLanguage } from "./notification.texts";

/** Links every message carries. */
export interface MessageLinks {
  unsubscribe: string;
  progress: string;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

const UI: Record<NotificationLanguage, {
  confirmSubject: string; confirmBody: string; confirmButton: string; digestSubject: (n: number) => string;
  unsubscribe: string; why: string; more: (n: number) => string; follow: string;
}> = {
  fi: {
    confirmSubject: "Vahvista sote-uudistuksen ilmoitusten tilaus",
    confirmBody: "Joku (toivottavasti sinä) tilasi tähän osoitteeseen ilmoitukset sote-uudistuksen virstanpylväistä. Vahvista tilaus avaamalla linkki. Jos et tilannut, voit jättää viestin huomiotta.",
    confirmButton: "Vahvista tilaus",
    digestSubject: (n) => `Sote-uudistus: ${n} muutosta`,
    unsubscribe: "Peru tilaus", why: "Saat tämän viestin, koska tilasit ilmoitukset Yhdyspinnasta.",
    more: (n) => `…ja ${n} muuta muutosta.`, follow: "Seuraa etenemistä",
  },
  sv: {
    confirmSubject: "Bekräfta prenumerationen på meddelanden om vårdreformen",
    confirmBody: "Någon (förhoppningsvis du) beställde meddelanden om vårdreformens milstolpar till den här adressen. Bekräfta genom att öppna länken. Om du inte beställde dem kan du strunta i meddelandet.",
    confirmButton: "Bekräfta prenumerationen",
    digestSubject: (n) => `Vårdreformen: ${n} ändringar`,
    unsubscribe: "Avsluta prenumerationen", why: "Du får det här meddelandet eftersom du prenumererar på meddelanden från Yhdyspinta.",
    more: (n) => `…och ${n} ändringar till.`, follow: "Följ framstegen",
  },
  en: {
    confirmSubject: "Confirm your health and social services reform notifications",
    confirmBody: "Someone (hopefully you) subscribed this address to notifications of the health and social services reform's milestones. Confirm by opening the link. If it was not you, ignore this message.",
    confirmButton: "Confirm the subscription",
    digestSubject: (n) => `Reform: ${n} changes`,
    unsubscribe: "Unsubscribe", why: "You receive this message because you subscribed to notifications from Yhdyspinta.",
    more: (n) => `…and ${n} more changes.`, follow: "Follow the progress",
  },
};

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

function eventLines(e: FeedEvent, language: NotificationLanguage, regionName: (code: string | null) => string): { title: string; lines: string[] } {
  const t = TEXTS[language];
  const title = `${t.type[e.type]}: ${titleIn(e.milestone, language)}`;
  const lines = [
    `${t.due}: ${e.milestone.dueDate} (${regionName(e.milestone.regionCode)})`,
    e.previousStatus && e.previousStatus !== e.newStatus ? `${t.status[e.previousStatus]} → ${t.status[e.newStatus]}` : t.status[e.newStatus],
    ...(e.note ? [`${t.note}: ${e.note}`] : []),
    ...(e.type === "UPDATED" ? e.changes.map((c) => `${t.changed}: ${c.field} ${c.oldValue ?? "–"} → ${c.newValue ?? "–"}`) : []),
  ];
  return { title, lines };
}

function footer(language: NotificationLanguage, links: MessageLinks): { text: string; html: string } {
  const u = UI[language];
  return {
    text: `\n--\n${u.why}\n${u.follow}: ${links.progress}\n${u.unsubscribe}: ${links.unsubscribe}\n`,
    html: `<hr><p style="color:#555;font-size:90%">${escapeHtml(u.why)}<br><a href="${escapeHtml(links.progress)}">${escapeHtml(u.follow)}</a> · <a href="${escapeHtml(links.unsubscribe)}">${escapeHtml(u.unsubscribe)}</a></p>`,
  };
}

export function confirmationMail(language: NotificationLanguage, confirmUrl: string): RenderedMail {
  const u = UI[language];
  return {
    subject: u.confirmSubject,
    text: `${u.confirmBody}\n\n${u.confirmButton}: ${confirmUrl}\n`,
    html: `<p>${escapeHtml(u.confirmBody)}</p><p><a href="${escapeHtml(confirmUrl)}">${escapeHtml(u.confirmButton)}</a></p>`,
  };
}

export function eventMail(e: FeedEvent, language: NotificationLanguage, links: MessageLinks, regionName: (code: string | null) => string): RenderedMail {
  const { title, lines } = eventLines(e, language, regionName);
  const f = footer(language, links);
  return {
    subject: title,
    text: `${title}\n\n${lines.join("\n")}\n${f.text}`,
    html: `<h2>${escapeHtml(title)}</h2><p>${lines.map(escapeHtml).join("<br>")}</p>${f.html}`,
  };
}

/** A digest lists at most this many events in full; the rest are counted. */
export const DIGEST_LISTED = 200;

export function digestMail(events: FeedEvent[], total: number, language: NotificationLanguage, links: MessageLinks, regionName: (code: string | null) => string): RenderedMail {
  const u = UI[language];
  const items = events.map((e) => eventLines(e, language, regionName));
  const f = footer(language, links);
  const more = total > events.length ? u.more(total - events.length) : "";
  return {
    subject: u.digestSubject(total),
    text: `${items.map((i) => `* ${i.title}\n  ${i.lines.join("\n  ")}`).join("\n\n")}\n${more ? `\n${more}\n` : ""}${f.text}`,
    html: `<ul>${items.map((i) => `<li><strong>${escapeHtml(i.title)}</strong><br>${i.lines.map(escapeHtml).join("<br>")}</li>`).join("")}</ul>${more ? `<p>${escapeHtml(more)}</p>` : ""}${f.html}`,
  };
}
