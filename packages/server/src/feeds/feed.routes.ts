import { createHash } from "node:crypto";
import { feedService, parseFeedQuery, TEXTS, titleIn, type FeedMilestone, type NotificationLanguage, type ReferenceData } from "@yhdyspinta/core/internal";
import { Router, type Request, type Response } from "express";
import { GraphQLError } from "graphql";
import type * as FeedModule from "feed" with { "resolution-mode": "import" };
import ical, { ICalEventStatus } from "ical-generator";
import type { DataSource } from "typeorm";
import { createContext } from "../context";

// feed 6 is published as ES modules only; Node >= 20.19 require()s them (jest maps it through ts-jest).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Feed }: typeof FeedModule = require("feed");

export interface FeedRoutesOptions {
  dataSource: DataSource;
  reference: ReferenceData;
  /** Base URL for links and ids (PUBLIC_URL); default: the request's own origin. */
  publicUrl?: string | null;
}

/** Calendar apps poll; five minutes keeps the load low and an update still shows the same hour. */
const CACHE_CONTROL = "public, max-age=300";

function baseUrl(req: Request, publicUrl: string | null | undefined): string {
  return (publicUrl ?? `${req.protocol}://${req.get("host")}`).replace(/\/+$/, "");
}

function regionName(reference: ReferenceData, code: string | null, language: NotificationLanguage): string {
  if (code === null) return TEXTS[language].national;
  const r = reference.region(code);
  if (!r) return code;
  return (language === "sv" ? r.nameSv : language === "en" ? r.nameEn : r.nameFi) ?? r.nameFi;
}

function calendarStatus(m: FeedMilestone): ICalEventStatus {
  if (m.status === "CANCELLED") return ICalEventStatus.CANCELLED;
  return m.status === "PLANNED" || m.status === "POSTPONED" ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED;
}

/** A stable body gets a stable ETag, so a polling calendar app gets 304 until something changes. */
function sendCached(req: Request, res: Response, type: string, body: string): void {
  const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
  res.setHeader("cache-control", CACHE_CONTROL).setHeader("etag", etag);
  if (req.headers["if-none-match"] === etag) {
    res.status(304).end();
    return;
  }
  res.type(type).send(body);
}

/** A bad filter is a 400 with the same code, reason and field a GraphQL client would get. */
function sendError(res: Response, error: unknown): void {
  if (error instanceof GraphQLError && error.extensions.code === "BAD_USER_INPUT") {
    const { code, reason, field } = error.extensions as Record<string, string>;
    res.status(400).json({ error: { code, reason, field, message: error.message } });
    return;
  }
  throw error;
}

/** /feeds/milestones.atom and /feeds/milestones.ics: no registration, the filter is in the URL. */
export function feedRouter(options: FeedRoutesOptions): Router {
  const router = Router();
  /** The request's filter, or null once a bad filter has been answered with 400. */
  const load = async (req: Request, res: Response) => {
    try {
      const ctx = createContext(options.dataSource, options.reference);
      // Express gives string | string[] (or nested objects, which parseFeedQuery refuses).
      const request = parseFeedQuery(req.query as Record<string, unknown>);
      return { ctx, request, filter: await feedService.resolve(ctx, request), t: TEXTS[request.language], base: baseUrl(req, options.publicUrl) };
    } catch (error) {
      sendError(res, error);
      return null;
    }
  };

  /** A feed at `path`: its body, made from the request's filter, sent with an ETag. */
  const feedRoute = (path: string, type: string, render: (loaded: NonNullable<Awaited<ReturnType<typeof load>>>, req: Request) => Promise<string>) =>
    router.get(path, async (req, res) => {
      const loaded = await load(req, res);
      if (loaded) sendCached(req, res, type, await render(loaded, req));
    });

  feedRoute("/feeds/milestones.atom", "application/atom+xml", async ({ ctx, request, filter, t, base }, req) => {
    const self = `${base}${req.originalUrl}`;
    const events = await feedService.events(ctx, filter);
    const feed = new Feed({
      // Same filter, same id: the query string is part of the feed's identity.
      id: self, title: t.feedTitle, link: `${base}/progress`, language: request.language,
      updated: events[0]?.occurredAt ?? new Date(0), feedLinks: { atom: self }, copyright: "CC BY 4.0", generator: "Yhdyspinta",
    });
    for (const e of events) {
      const title = titleIn(e.milestone, request.language);
      const lines = [
        `${t.due}: ${e.milestone.dueDate} (${regionName(options.reference, e.milestone.regionCode, request.language)})`,
        e.previousStatus && e.previousStatus !== e.newStatus ? `${t.status[e.previousStatus]} → ${t.status[e.newStatus]}` : t.status[e.newStatus],
        ...(e.note ? [`${t.note}: ${e.note}`] : []),
        ...(e.type === "UPDATED" ? e.changes.map((c) => `${t.changed}: ${c.field} ${c.oldValue ?? "–"} → ${c.newValue ?? "–"}`) : []),
      ];
      feed.addItem({
        id: `${base}/feeds/milestone-events/${e.cursor}`,
        title: `${t.type[e.type]}: ${title}`,
        link: `${base}/progress#milestone-${e.milestone.id}`,
        date: e.occurredAt,
        published: e.occurredAt,
        description: lines.join("\n"),
      });
    }
    return feed.atom1();
  });

  feedRoute("/feeds/milestones.ics", "text/calendar", async ({ ctx, request, filter, t, base }) => {
    const host = new URL(base).hostname;
    const calendar = ical({ name: t.calendarName, prodId: { company: "Yhdyspinta", product: "milestones", language: request.language.toUpperCase() }, ttl: 3600 });
    for (const m of await feedService.milestones(ctx, filter)) {
      calendar.createEvent({
        // One UID per milestone for ever; SEQUENCE grows with each change, so apps replace their copy.
        id: `milestone-${m.id}@${host}`,
        allDay: true,
        start: m.dueDate,
        summary: titleIn(m, request.language),
        description: [`${t.status[m.status]} · ${regionName(options.reference, m.regionCode, request.language)}`, m.description ?? ""].join("\n").trim(),
        status: calendarStatus(m),
        sequence: m.sequence,
        created: m.createdAt,
        lastModified: m.lastModified,
        stamp: m.lastModified,
        url: `${base}/progress#milestone-${m.id}`,
      });
    }
    return calendar.toString();
  });
  return router;
}
