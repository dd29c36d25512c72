// The service-guide page (/opas): search and filter activities, page through them, open one at its
// own URL (/opas/activity/<id>) and copy or print what a client needs. The state lives in the URL,
// so every view is a link and the browser's back button works.
import { run, type PageConfig } from "./client.js";
import {
  accessibilityText, ageText, contactOf, costText, languagesText, participationText, referralText, registrationText,
  statusText, upcomingText, verifiedText, whenText, whereText, type ActivityDetail, type ActivityFields,
} from "./format.js";
import {
  OpasActivityDocument, OpasPlacesDocument, OpasSearchDocument,
  type AccessibilityFeature, type ActivityFilter, type ActivityKind, type Language, type OpasPlacesQuery, type OpasSearchQuery,
  type OpasSearchQueryVariables, type RegistrationType, type TargetGroup, type Theme,
} from "./gql/graphql.js";
import { apiLanguage, codes, TEXTS, UI_LANGUAGES, type Texts, type UiLanguage } from "./texts.js";

declare global {
  interface Window { YHDYSPINTA_OPAS: PageConfig }
}

const config = window.YHDYSPINTA_OPAS;
const PAGE_SIZE = 10;
const STORE = "yhdyspinta.opas.language";
const BASE = "/opas";
const DETAIL = /^\/opas\/activity\/([A-Za-z0-9_-]{1,200})\/?$/;

/** The search as the URL carries it. */
interface Search {
  q: string;
  region: string;
  municipality: string;
  kind: ActivityKind[];
  target: TargetGroup[];
  language: Language[];
  theme: Theme[];
  access: AccessibilityFeature[];
  online: string;
  /** Meets within this many days from now ("7", "14", "30"). */
  when: string;
  /** "free", or a most euros "5" / "10" (free or at most that). */
  cost: string;
  registration: string;
  age: string;
  noref: string;
  anon: string;
  low: string;
  /** A municipality code whose centre the distance is from, or "here" (lat, lon: the advisor's location). */
  near: string;
  lat: string;
  lon: string;
  radius: string;
  after: string;
  before: string;
  page: number;
}
const FILTER_KEYS = ["q", "region", "municipality", "online", "when", "cost", "registration", "age", "noref", "anon", "low", "near", "lat", "lon", "radius"] as const;
const CHOICE_KEYS = ["kind", "target", "language", "theme", "access"] as const;
const WHEN_DAYS = ["7", "14", "30"];
const COST_LIMITS = ["5", "10", "20"];
const RADII = ["2", "5", "10", "25", "50", "100"];
const DEFAULT_RADIUS = "10";
const HERE = "here";
type Facets = OpasSearchQuery["activities"]["facets"];

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

let language: UiLanguage = pickLanguage();
let t: Texts = TEXTS[language];
let places: OpasPlacesQuery["regions"] = [];
let placesLanguage: UiLanguage | null = null;
let current: Search = readSearch(new URLSearchParams(location.search));
/** The result link to focus again when the advisor comes back from a detail view. */
let returnFocusTo: string | null = null;
let searchSerial = 0;

function pickLanguage(): UiLanguage {
  const asked = new URLSearchParams(location.search).get("lang");
  if (asked && (UI_LANGUAGES as string[]).includes(asked)) return asked as UiLanguage;
  try {
    const stored = localStorage.getItem(STORE);
    if (stored && (UI_LANGUAGES as string[]).includes(stored)) return stored as UiLanguage;
  } catch { /* storage off: use the browser's languages */ }
  for (const tag of navigator.languages?.length ? navigator.languages : [navigator.language || "en"]) {
    const base = String(tag).toLowerCase().split("-")[0];
    if ((UI_LANGUAGES as string[]).includes(base)) return base as UiLanguage;
  }
  return "en";
}

function readSearch(params: URLSearchParams): Search {
  const get = (k: string) => (params.get(k) ?? "").slice(0, 200);
  // Only values the page has labels for (the schema's enum values): anything else in a link is dropped.
  const all = <K extends string>(k: string, labels: Record<K, string>) => [...new Set(params.getAll(k))].filter((v): v is K => Object.prototype.hasOwnProperty.call(labels, v));
  const page = Number.parseInt(params.get("page") ?? "1", 10);
  // Choices outside the offered ones are dropped, so a hand-edited link never reaches the API as an error.
  const oneOf = (k: string, allowed: readonly string[]) => (allowed.includes(get(k)) ? get(k) : "");
  const coordinate = (k: string, limit: number) => (/^-?\d{1,3}(\.\d{1,6})?$/.test(get(k)) && Math.abs(Number(get(k))) <= limit ? get(k) : "");
  const age = /^\d{1,3}$/.test(get("age")) && Number(get("age")) <= 120 ? String(Number(get("age"))) : "";
  const flag = (k: string) => (get(k) === "1" ? "1" : "");
  return {
    q: get("q"), region: get("region"), municipality: get("municipality"), kind: all("kind", t.kinds), target: all("target", t.targetGroupNames),
    language: all("language", t.languageNames), theme: all("theme", t.themeNames), access: all("access", t.accessibilityNames),
    online: get("online"), when: oneOf("when", WHEN_DAYS), cost: oneOf("cost", ["free", ...COST_LIMITS]),
    registration: oneOf("registration", codes(t.registrationNames)), age, noref: flag("noref"), anon: flag("anon"), low: flag("low"),
    near: get("near"), lat: coordinate("lat", 90), lon: coordinate("lon", 180), radius: oneOf("radius", RADII) || DEFAULT_RADIUS,
    after: get("after"), before: get("before"), page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

function searchUrl(s: Search): string {
  const params = new URLSearchParams();
  for (const k of FILTER_KEYS) {
    // The radius and the point mean something only with a place.
    if (!s.near && (k === "radius" || k === "lat" || k === "lon")) continue;
    if (s.near !== HERE && (k === "lat" || k === "lon")) continue;
    if (s[k]) params.set(k, s[k]);
  }
  for (const k of CHOICE_KEYS) for (const v of s[k]) params.append(k, v);
  if (s.after) params.set("after", s.after);
  if (s.before) params.set("before", s.before);
  if (s.page > 1) params.set("page", String(s.page));
  params.set("lang", language);
  return `${BASE}?${params}`;
}

function detailUrl(id: string): string {
  return `${BASE}/activity/${encodeURIComponent(id)}?lang=${language}`;
}

/** The point a distance is measured from: a municipality's centre, or the advisor's own location. */
function pointOf(s: Search): { latitude: number; longitude: number } | null {
  if (s.near === HERE) return s.lat && s.lon ? { latitude: Number(s.lat), longitude: Number(s.lon) } : null;
  const centre = s.near ? places.flatMap((r) => r.municipalities).find((m) => m.code === s.near)?.centre : null;
  return centre ? { latitude: centre.latitude, longitude: centre.longitude } : null;
}

/** "Meets within n days": from now (to the minute) for n days; the next meeting shown is from now too. */
function windowOf(s: Search): { from: string; to: string } | null {
  if (!s.when) return null;
  const from = new Date(Math.floor(Date.now() / 60_000) * 60_000);
  return { from: from.toISOString(), to: new Date(from.getTime() + Number(s.when) * 86_400_000).toISOString() };
}

function filterOf(s: Search): ActivityFilter {
  const f: ActivityFilter = {};
  if (s.q.trim()) f.search = s.q.trim();
  if (s.region) f.regionCodes = [s.region];
  if (s.municipality) f.municipalityCodes = [s.municipality];
  if (s.kind.length) f.kinds = s.kind;
  if (s.target.length) f.targetGroups = s.target;
  if (s.language.length) f.languages = s.language;
  if (s.theme.length) f.themes = s.theme;
  if (s.access.length) f.accessibility = s.access;
  if (s.online === "yes" || s.online === "no") f.online = s.online === "yes";
  if (s.cost === "free") f.cost = ["FREE"];
  else if (s.cost) f.maxCostAmount = Number(s.cost);
  if (s.registration) f.registration = [s.registration as RegistrationType];
  if (s.age) f.age = Number(s.age);
  if (s.noref) f.noReferralNeeded = true;
  if (s.anon) f.anonymousAllowed = true;
  if (s.low) f.lowThreshold = true;
  const window = windowOf(s);
  if (window) f.occursBetween = window;
  const point = pointOf(s);
  if (point) f.near = { ...point, radiusKm: Number(s.radius) };
  return f;
}

/** A hand-edited or outdated link may name places that do not exist: those filters are dropped. */
function knownPlaces(s: Search): Search {
  const region = places.find((r) => r.code === s.region);
  const municipalities = region ? region.municipalities : places.flatMap((r) => r.municipalities);
  const near = s.near === HERE ? (s.lat && s.lon ? HERE : "") : places.some((r) => r.municipalities.some((m) => m.code === s.near && m.centre)) ? s.near : "";
  return { ...s, region: region ? s.region : "", municipality: municipalities.some((m) => m.code === s.municipality) ? s.municipality : "", near };
}

// ---- static text and filter options ----

function renderStaticText(): void {
  document.documentElement.lang = language;
  document.title = `${t.title} – Yhdyspinta`;
  document.querySelectorAll<HTMLElement>("[data-i18n]").forEach((node) => {
    const value = t[node.dataset.i18n as keyof Texts];
    if (typeof value === "string") node.textContent = value;
  });
  document.querySelectorAll<HTMLAnchorElement>("a[data-lang]").forEach((a) => {
    const url = new URL(location.href);
    url.searchParams.set("lang", a.dataset.lang!);
    a.href = url.pathname + url.search;
    if (a.dataset.lang === language) a.setAttribute("aria-current", "true");
    else a.removeAttribute("aria-current");
  });
}

function fillSelect(select: HTMLSelectElement, options: [string, string][], value: string, none = t.any): void {
  select.textContent = "";
  select.add(new Option(none, ""));
  for (const [code, label] of options) {
    const option = new Option(label, code);
    option.dataset.label = label;
    select.add(option);
  }
  select.value = options.some(([code]) => code === value) ? value : "";
}

/** Checkboxes of a multi-value filter; built once per language, so a re-render never drops the focus. */
function fillChoices(fieldset: HTMLElement, name: string, options: [string, string][], counted = true): void {
  fieldset.querySelectorAll("label").forEach((l) => l.remove());
  for (const [code, text] of options) {
    const label = document.createElement("label");
    const box = document.createElement("input");
    box.type = "checkbox";
    box.name = name;
    box.value = code;
    const span = document.createElement("span");
    span.textContent = text;
    label.append(box, span);
    if (counted) {
      const count = document.createElement("span");
      count.className = "count";
      label.appendChild(count);
    }
    fieldset.appendChild(label);
  }
}

const byLabel = (a: [string, string], b: [string, string]) => a[1].localeCompare(b[1], "fi");
let choicesLanguage: UiLanguage | null = null;
let municipalitiesOf: string | null = null;
let nearOptions: string | null = null;

function renderFilters(): void {
  const s = current;
  if (choicesLanguage !== language) {
    fillSelect($<HTMLSelectElement>("f-region"), places.map((r) => [r.code, r.name]), s.region);
    fillSelect($<HTMLSelectElement>("f-online"), [["yes", t.onlineOnly], ["no", t.onSiteOnly]], s.online);
    fillSelect($<HTMLSelectElement>("f-when"), WHEN_DAYS.map((d) => [d, t.within(Number(d))]), s.when);
    fillSelect($<HTMLSelectElement>("f-cost"), [["free", t.freeOnly], ...COST_LIMITS.map((e): [string, string] => [e, t.freeOrUpTo(Number(e))])], s.cost);
    fillSelect($<HTMLSelectElement>("f-registration"), codes(t.registrationNames).map((r) => [r, t.registrationNames[r]]), s.registration);
    const radius = $<HTMLSelectElement>("f-radius");
    radius.textContent = "";
    for (const r of RADII) radius.add(new Option(`${r} km`, r));
    fillChoices($("f-kind"), "kind", codes(t.kinds).map((k) => [k, t.kinds[k]]));
    fillChoices($("f-target"), "target", codes(t.targetGroupNames).map((k) => [k, t.targetGroupNames[k]]));
    fillChoices($("f-language"), "language", codes(t.languageNames).map((k) => [k, t.languageNames[k]]));
    fillChoices($("f-theme"), "theme", codes(t.themeNames).map((k) => [k, t.themeNames[k]]));
    fillChoices($("f-access"), "access", codes(t.accessibilityNames).map((k) => [k, t.accessibilityNames[k]]), false);
    choicesLanguage = language;
    municipalitiesOf = null;
    nearOptions = null;
  }
  // The places a distance can be measured from: every municipality with a centre, and the advisor's location once given.
  if (nearOptions !== `${language}:${s.near === HERE}`) {
    const withCentre = places.flatMap((r) => r.municipalities).filter((m) => m.centre).map((m): [string, string] => [m.code, m.name]).sort(byLabel);
    fillSelect($<HTMLSelectElement>("f-near"), s.near === HERE ? [[HERE, t.myLocation], ...withCentre] : withCentre, s.near, t.noPlace);
    nearOptions = `${language}:${s.near === HERE}`;
  }
  if (municipalitiesOf !== `${language}:${s.region}`) {
    const municipalities = places.filter((r) => !s.region || r.code === s.region).flatMap((r) => r.municipalities);
    fillSelect($<HTMLSelectElement>("f-municipality"), municipalities.map((m): [string, string] => [m.code, m.name]).sort(byLabel), s.municipality);
    municipalitiesOf = `${language}:${s.region}`;
  }
  $<HTMLSelectElement>("f-region").value = s.region;
  $<HTMLSelectElement>("f-municipality").value = s.municipality;
  $<HTMLSelectElement>("f-online").value = s.online;
  $<HTMLSelectElement>("f-when").value = s.when;
  $<HTMLSelectElement>("f-cost").value = s.cost;
  $<HTMLSelectElement>("f-registration").value = s.registration;
  $<HTMLInputElement>("f-age").value = s.age;
  $<HTMLSelectElement>("f-near").value = s.near;
  $<HTMLSelectElement>("f-radius").value = s.radius;
  $<HTMLSelectElement>("f-radius").disabled = !s.near;
  for (const key of CHOICE_KEYS) {
    const chosen: readonly string[] = s[key];
    $(`f-${key}`).querySelectorAll<HTMLInputElement>("input").forEach((box) => { box.checked = chosen.includes(box.value); });
  }
  for (const key of ["noref", "anon", "low"] as const) $("f-flags").querySelector<HTMLInputElement>(`input[name=${key}]`)!.checked = Boolean(s[key]);
  // The less used filters are folded away, but never while one of them is set.
  if (s.theme.length || s.access.length || s.noref || s.anon || s.low) $<HTMLDetailsElement>("more-filters").open = true;
  $<HTMLInputElement>("q").value = s.q;
}

/** The number of matches next to each option, as the facets give them (a value without matches: 0). */
function renderCounts(facets: Facets): void {
  const counted = (values: { value: string; count: number }[]) => new Map(values.map((v) => [v.value, v.count]));
  const inSelect = (id: string, counts: Map<string, number>) => {
    for (const option of Array.from($<HTMLSelectElement>(id).options)) {
      if (option.value) option.textContent = `${option.dataset.label} (${counts.get(option.value) ?? 0})`;
    }
  };
  inSelect("f-region", counted(facets.regions));
  inSelect("f-municipality", counted(facets.municipalities));
  const inChoices = (id: string, counts: Map<string, number>) => {
    $(id).querySelectorAll<HTMLInputElement>("input").forEach((box) => {
      box.parentElement!.querySelector(".count")!.textContent = `(${counts.get(box.value) ?? 0})`;
    });
  };
  inChoices("f-kind", counted(facets.kinds));
  inChoices("f-target", counted(facets.targetGroups));
  inChoices("f-language", counted(facets.languages));
  inChoices("f-theme", counted(facets.themes));
}

async function loadPlaces(): Promise<void> {
  if (placesLanguage === language) return;
  const res = await run(config, OpasPlacesDocument, { language: apiLanguage(language) });
  if (res.errors) return showError(res.errors.map((e) => e.message).join("; "));
  places = res.data.regions;
  placesLanguage = language;
}

// ---- results ----

function fact(list: HTMLElement, label: string, value: string | Node, name: string): void {
  const row = document.createElement("div");
  row.className = `fact fact-${name}`;
  const dt = document.createElement("dt");
  dt.textContent = label;
  const dd = document.createElement("dd");
  if (typeof value === "string") dd.textContent = value;
  else dd.appendChild(value);
  row.append(dt, dd);
  list.appendChild(row);
}

/** Contact as links: phone and e-mail open the advisor's phone or mail program. */
function link(href: string, text: string): HTMLAnchorElement {
  const el = document.createElement("a");
  el.href = href;
  el.textContent = text;
  return el;
}

/** Phone, e-mail and web as links that open the advisor's phone, mail program or browser. */
function channels(c: { phone?: string | null; email?: string | null; web?: string | null }, lead: string[] = []): Node {
  const span = document.createElement("span");
  const parts: Node[] = lead.map((text) => document.createTextNode(text));
  if (c.phone) parts.push(link(`tel:${c.phone.replace(/[^+\d]/g, "")}`, c.phone));
  if (c.email) parts.push(link(`mailto:${c.email}`, c.email));
  if (c.web && /^https?:\/\//i.test(c.web)) parts.push(link(c.web, c.web.replace(/^https?:\/\//i, "")));
  if (!parts.length) parts.push(document.createTextNode(t.none));
  parts.forEach((p, i) => {
    if (i > 0) span.append(", ");
    span.append(p);
  });
  return span;
}

/** Registration in words, its sign-up page as a link. */
function registrationNode(a: ActivityFields): Node {
  const span = document.createElement("span");
  span.textContent = registrationText(a, t, language);
  const url = a.registration?.type !== "NONE" ? a.registration?.url : null;
  if (url && /^https?:\/\//i.test(url)) span.append(", ", link(url, url.replace(/^https?:\/\//i, "")));
  return span;
}

function facts(a: ActivityFields, list: HTMLElement, full = false): void {
  fact(list, t.when, whenText(a, t, language), "when");
  fact(list, t.where, whereText(a, t, language), "where");
  fact(list, t.cost, costText(a, t, language, full), "cost");
  fact(list, t.registration, registrationNode(a), "registration");
  fact(list, t.accessibility, accessibilityText(a, t), "accessibility");
  fact(list, t.contact, channels(contactOf(a)), "contact");
}

/** Text in another language than the page's is marked so screen readers pronounce it right. */
function localized(el: HTMLElement, text: { text: string; language: Language; isFallback: boolean }): HTMLElement {
  el.textContent = text.text;
  if (text.isFallback) el.lang = text.language.toLowerCase();
  return el;
}

function renderResults(nodes: ActivityFields[]): void {
  const list = $("results");
  list.textContent = "";
  for (const a of nodes) {
    const li = document.createElement("li");
    const article = document.createElement("article");
    article.setAttribute("aria-labelledby", `r-${a.id}`);
    const h3 = document.createElement("h3");
    const link = localized(document.createElement("a"), a.nameIn) as HTMLAnchorElement;
    link.id = `r-${a.id}`;
    link.href = detailUrl(a.id);
    link.dataset.id = a.id;
    h3.appendChild(link);
    const kind = document.createElement("p");
    kind.className = "kind";
    // Paused or full is what an advisor must see before referring.
    kind.textContent = a.status === "ACTIVE" ? t.kinds[a.kind] : `${t.kinds[a.kind]} – ${t.statusNames[a.status]}`;
    const dl = document.createElement("dl");
    facts(a, dl);
    article.append(h3, kind, dl);
    li.appendChild(article);
    list.appendChild(li);
  }
}

function setStatus(text: string, state: "loading" | "ok" | "error"): void {
  const status = $("result-count");
  status.textContent = text;
  status.dataset.state = state;
}

function showError(message: string): void {
  setStatus(`${t.error}: ${message}`, "error");
}

function renderPager(pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor?: string | null; endCursor?: string | null }): void {
  const s = current;
  const prev = $<HTMLAnchorElement>("prev");
  const next = $<HTMLAnchorElement>("next");
  const hasPrev = s.page > 1 && pageInfo.hasPreviousPage;
  const hasNext = pageInfo.hasNextPage || Boolean(s.before);
  prev.hidden = !hasPrev;
  next.hidden = !hasNext;
  if (hasPrev) prev.href = searchUrl({ ...s, after: "", before: pageInfo.startCursor ?? "", page: s.page - 1 });
  if (hasNext) next.href = searchUrl({ ...s, before: "", after: pageInfo.endCursor ?? "", page: s.page + 1 });
  $("page-number").textContent = t.page(s.page);
  $("pager").hidden = !hasPrev && !hasNext;
}

async function search(): Promise<void> {
  const serial = ++searchSerial;
  const s = current;
  $("results").setAttribute("aria-busy", "true");
  setStatus(t.loading, "loading");
  // Page 1 reads forwards; "previous" reads backwards from the page's first cursor.
  const paging = s.before ? { last: PAGE_SIZE, before: s.before } : { first: PAGE_SIZE, after: s.after || null };
  const filter = filterOf(s);
  const variables: OpasSearchQueryVariables = { filter, language: apiLanguage(language), ...paging };
  // With a place: nearest first, and each result's distance from it.
  if (filter.near) {
    variables.orderBy = [{ field: "DISTANCE" }];
    variables.point = { latitude: filter.near.latitude, longitude: filter.near.longitude };
    variables.withDistance = true;
  }
  const res = await run(config, OpasSearchDocument, variables);
  if (serial !== searchSerial) return; // a newer search replaced this one
  $("results").removeAttribute("aria-busy");
  // A cursor from an old link (the list changed shape): start again from the first page.
  if (res.errors?.some((e) => e.extensions?.reason === "INVALID_CURSOR")) {
    current = { ...s, after: "", before: "", page: 1 };
    history.replaceState(null, "", searchUrl(current));
    return search();
  }
  if (res.errors) {
    renderResults([]);
    $("pager").hidden = true;
    return showError(res.errors.map((e) => e.message).join("; "));
  }
  const { totalCount, nodes, pageInfo } = res.data.activities;
  renderResults(nodes);
  renderPager(pageInfo);
  renderCounts(res.data.activities.facets);
  setStatus(totalCount === 0 ? t.noResults : t.count(totalCount), "ok");
  document.body.dataset.ready = "true";
}

// ---- detail ----

async function showDetail(id: string): Promise<void> {
  const article = $("detail");
  article.textContent = "";
  $("copy-status").textContent = "";
  const res = await run(config, OpasActivityDocument, { id, language: apiLanguage(language) });
  const found = res.errors ? null : res.data.node;
  const node = found?.__typename === "Activity" ? found : null;
  const h2 = document.createElement("h2");
  h2.id = "detail-name";
  h2.tabIndex = -1;
  if (!node) {
    h2.textContent = t.notFound;
    article.appendChild(h2);
    $("share").hidden = true;
    $("referral").hidden = true;
    document.title = `${t.notFound} – ${t.title}`;
    h2.focus();
    document.body.dataset.ready = "true";
    return;
  }
  localized(h2, node.nameIn);
  const kind = document.createElement("p");
  kind.className = "kind";
  kind.textContent = t.kinds[node.kind];
  const dl = document.createElement("dl");
  facts(node, dl, true);
  fact(dl, t.upcoming, upcomingNode(node), "upcoming");
  fact(dl, t.age, ageText(node, t), "age");
  fact(dl, t.participation, participationText(node, t), "participation");
  fact(dl, t.languages, languagesText(node, t), "languages");
  fact(dl, t.targetGroups, node.targetGroups.map((g) => t.targetGroupNames[g]).join(", ") || t.none, "target-groups");
  fact(dl, t.themes, node.themes.map((g) => t.themeNames[g]).join(", ") || t.none, "themes");
  const o = node.organisation;
  fact(dl, t.organiser, channels({ phone: o.contact?.phone, email: o.contact?.email, web: o.website }, [o.name]), "organiser");
  fact(dl, t.status, statusText(node, t, language), "status");
  fact(dl, t.lastVerified, verifiedText(node, t, language), "verified");
  article.append(h2, kind, dl);
  if (node.descriptionIn) {
    const h3 = document.createElement("h3");
    h3.textContent = t.description;
    const p = localized(document.createElement("p"), node.descriptionIn);
    p.className = "description";
    article.append(h3, p);
  }
  const link = new URL(detailUrl(node.id), location.origin).href;
  $<HTMLInputElement>("share-url").value = link;
  const text = referralText(node, t, language, link);
  $<HTMLTextAreaElement>("referral-text").value = text;
  $("referral-print").textContent = text;
  $("share").hidden = false;
  $("referral").hidden = false;
  document.title = `${node.nameIn.text} – ${t.title}`;
  h2.focus();
  document.body.dataset.ready = "true";
}

/** The next meetings as a list (or a line saying none are known). */
function upcomingNode(a: ActivityDetail): Node {
  const times = upcomingText(a, t, language);
  if (!times.length) return document.createTextNode(a.schedule ?? t.noUpcoming);
  const ul = document.createElement("ul");
  ul.className = "upcoming";
  for (const time of times) {
    const li = document.createElement("li");
    li.textContent = time;
    ul.appendChild(li);
  }
  return ul;
}

async function copy(text: string): Promise<void> {
  const status = $("copy-status");
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = t.copied;
    status.dataset.state = "ok";
  } catch {
    status.textContent = t.copyFailed;
    status.dataset.state = "error";
  }
}

// ---- routing ----

async function route(): Promise<void> {
  document.body.dataset.ready = "false";
  const match = DETAIL.exec(location.pathname);
  renderStaticText();
  $("search-view").hidden = Boolean(match);
  $("detail-view").hidden = !match;
  if (match) {
    $<HTMLAnchorElement>("back").href = searchUrl(current);
    await showDetail(decodeURIComponent(match[1]!));
    return;
  }
  current = readSearch(new URLSearchParams(location.search));
  await loadPlaces();
  current = knownPlaces(current);
  renderFilters();
  await search();
  if (returnFocusTo) {
    document.getElementById(`r-${returnFocusTo}`)?.focus();
    returnFocusTo = null;
  }
}

function navigate(url: string, replace = false): void {
  if (replace) history.replaceState(null, "", url);
  else history.pushState(null, "", url);
  void route();
}

function formSearch(): Search {
  const value = (id: string) => $<HTMLInputElement | HTMLSelectElement>(id).value;
  const checked = <K extends string>(id: string) => Array.from($(id).querySelectorAll<HTMLInputElement>("input:checked")).map((c) => c.value as K);
  const flag = (name: string) => ($("f-flags").querySelector<HTMLInputElement>(`input[name=${name}]`)!.checked ? "1" : "");
  const near = value("f-near");
  // Read back through the URL's rules, so the form and a link give the same search.
  const params = new URLSearchParams(searchUrl({
    q: value("q"), region: value("f-region"), municipality: value("f-municipality"), kind: checked<ActivityKind>("f-kind"),
    target: checked<TargetGroup>("f-target"), language: checked<Language>("f-language"), theme: checked<Theme>("f-theme"),
    access: checked<AccessibilityFeature>("f-access"), online: value("f-online"), when: value("f-when"), cost: value("f-cost"),
    registration: value("f-registration"), age: value("f-age"), noref: flag("noref"), anon: flag("anon"), low: flag("low"),
    near, lat: near === HERE ? current.lat : "", lon: near === HERE ? current.lon : "", radius: value("f-radius") || DEFAULT_RADIUS,
    after: "", before: "", page: 1,
  }).split("?")[1]);
  return readSearch(params);
}

/** "Use my location": the browser asks the advisor; the point goes into the URL rounded to about 100 m. */
function locate(): void {
  const status = $("locate-status");
  if (!navigator.geolocation) {
    status.textContent = t.locationFailed;
    return;
  }
  status.textContent = t.locating;
  navigator.geolocation.getCurrentPosition(
    (position) => {
      status.textContent = t.located;
      current = { ...formSearch(), near: HERE, lat: position.coords.latitude.toFixed(3), lon: position.coords.longitude.toFixed(3) };
      navigate(searchUrl(current), true);
    },
    () => { status.textContent = t.locationFailed; },
    { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
  );
}

function wire(): void {
  $("search-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    current = formSearch();
    navigate(searchUrl(current));
  });
  // A filter applies at once; the results update in place and the count is announced (live region).
  $("search-form").addEventListener("change", (ev) => {
    const target = ev.target as HTMLElement;
    if (target.id === "q") return;
    if (target.id === "f-region") $<HTMLSelectElement>("f-municipality").value = "";
    current = formSearch();
    navigate(searchUrl(current), true);
  });
  $("locate").addEventListener("click", locate);
  $("clear").addEventListener("click", () => {
    current = readSearch(new URLSearchParams());
    navigate(searchUrl(current));
    $("q").focus();
  });
  document.addEventListener("click", (ev) => {
    if (ev.defaultPrevented || ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return;
    const a = (ev.target as HTMLElement).closest?.("a");
    // In-page links (the skip link) keep their native behaviour: they move the focus.
    if (!a || a.getAttribute("href")?.startsWith("#") || a.origin !== location.origin || !a.pathname.startsWith(BASE) || a.target) return;
    ev.preventDefault();
    if (a.dataset.lang) {
      language = a.dataset.lang as UiLanguage;
      t = TEXTS[language];
      try { localStorage.setItem(STORE, language); } catch { /* not kept */ }
      navigate(a.pathname + a.search, true);
      return;
    }
    if (a.dataset.id) returnFocusTo = a.dataset.id;
    if (a.id === "prev" || a.id === "next") {
      navigate(a.pathname + a.search);
      $("results-heading").focus();
      return;
    }
    navigate(a.pathname + a.search);
  });
  $("copy-link").addEventListener("click", () => void copy($<HTMLInputElement>("share-url").value));
  $("copy-referral").addEventListener("click", () => void copy($<HTMLTextAreaElement>("referral-text").value));
  $("print").addEventListener("click", () => {
    // What is printed is what the advisor may have edited.
    $("referral-print").textContent = $<HTMLTextAreaElement>("referral-text").value;
    window.print();
  });
  $("referral-text").addEventListener("input", () => {
    $("referral-print").textContent = $<HTMLTextAreaElement>("referral-text").value;
  });
  window.addEventListener("popstate", () => {
    language = pickLanguage();
    t = TEXTS[language];
    void route();
  });
}

wire();
void route();
