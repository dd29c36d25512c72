// The service-guide page (/opas): search and filter activities, page through them, open one at its
// own URL (/opas/activity/<id>) and copy or print what a client needs. The state lives in the URL,
// so every view is a link and the browser's back button works.
import { run, type PageConfig } from "./client.js";
import {
  accessibilityText, costText, languagesText, referralText, registrationText, whenText, whereText, type ActivityFields,
} from "./format.js";
import {
  OpasActivityDocument, OpasPlacesDocument, OpasSearchDocument,
  type ActivityFilter, type ActivityKind, type Language, type OpasPlacesQuery, type OpasSearchQuery, type TargetGroup,
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
  online: string;
  after: string;
  before: string;
  page: number;
}
const FILTER_KEYS = ["q", "region", "municipality", "online"] as const;
const CHOICE_KEYS = ["kind", "target", "language"] as const;
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
  const all = <K extends string>(k: string, labels: Record<K, string>) => [...new Set(params.getAll(k))].filter((v): v is K => v in labels);
  const page = Number.parseInt(params.get("page") ?? "1", 10);
  return {
    q: get("q"), region: get("region"), municipality: get("municipality"), kind: all("kind", t.kinds), target: all("target", t.targetGroupNames),
    language: all("language", t.languageNames), online: get("online"), after: get("after"), before: get("before"),
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

function searchUrl(s: Search): string {
  const params = new URLSearchParams();
  for (const k of FILTER_KEYS) if (s[k]) params.set(k, s[k]);
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

function filterOf(s: Search): ActivityFilter {
  const f: ActivityFilter = {};
  if (s.q.trim()) f.search = s.q.trim();
  if (s.region) f.regionCodes = [s.region];
  if (s.municipality) f.municipalityCodes = [s.municipality];
  if (s.kind.length) f.kinds = s.kind;
  if (s.target.length) f.targetGroups = s.target;
  if (s.language.length) f.languages = s.language;
  if (s.online === "yes" || s.online === "no") f.online = s.online === "yes";
  return f;
}

/** A hand-edited or outdated link may name places that do not exist: those filters are dropped. */
function knownPlaces(s: Search): Search {
  const region = places.find((r) => r.code === s.region);
  const municipalities = region ? region.municipalities : places.flatMap((r) => r.municipalities);
  return { ...s, region: region ? s.region : "", municipality: municipalities.some((m) => m.code === s.municipality) ? s.municipality : "" };
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

function fillSelect(select: HTMLSelectElement, options: [string, string][], value: string): void {
  select.textContent = "";
  select.add(new Option(t.any, ""));
  for (const [code, label] of options) {
    const option = new Option(label, code);
    option.dataset.label = label;
    select.add(option);
  }
  select.value = options.some(([code]) => code === value) ? value : "";
}

/** Checkboxes of a multi-value filter; built once per language, so a re-render never drops the focus. */
function fillChoices(fieldset: HTMLElement, name: string, options: [string, string][]): void {
  fieldset.querySelectorAll("label").forEach((l) => l.remove());
  for (const [code, text] of options) {
    const label = document.createElement("label");
    const box = document.createElement("input");
    box.type = "checkbox";
    box.name = name;
    box.value = code;
    const span = document.createElement("span");
    span.textContent = text;
    const count = document.createElement("span");
    count.className = "count";
    label.append(box, span, count);
    fieldset.appendChild(label);
  }
}

const byLabel = (a: [string, string], b: [string, string]) => a[1].localeCompare(b[1], "fi");
let choicesLanguage: UiLanguage | null = null;
let municipalitiesOf: string | null = null;

function renderFilters(): void {
  const s = current;
  if (choicesLanguage !== language) {
    fillSelect($<HTMLSelectElement>("f-region"), places.map((r) => [r.code, r.name]), s.region);
    fillSelect($<HTMLSelectElement>("f-online"), [["yes", t.onlineOnly], ["no", t.onSiteOnly]], s.online);
    fillChoices($("f-kind"), "kind", codes(t.kinds).map((k) => [k, t.kinds[k]]));
    fillChoices($("f-target"), "target", codes(t.targetGroupNames).map((k) => [k, t.targetGroupNames[k]]));
    fillChoices($("f-language"), "language", codes(t.languageNames).map((k) => [k, t.languageNames[k]]));
    choicesLanguage = language;
    municipalitiesOf = null;
  }
  if (municipalitiesOf !== `${language}:${s.region}`) {
    const municipalities = places.filter((r) => !s.region || r.code === s.region).flatMap((r) => r.municipalities);
    fillSelect($<HTMLSelectElement>("f-municipality"), municipalities.map((m): [string, string] => [m.code, m.name]).sort(byLabel), s.municipality);
    municipalitiesOf = `${language}:${s.region}`;
  }
  $<HTMLSelectElement>("f-region").value = s.region;
  $<HTMLSelectElement>("f-municipality").value = s.municipality;
  $<HTMLSelectElement>("f-online").value = s.online;
  for (const key of CHOICE_KEYS) {
    const chosen: readonly string[] = s[key];
    $(`f-${key}`).querySelectorAll<HTMLInputElement>("input").forEach((box) => { box.checked = chosen.includes(box.value); });
  }
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
function contactNode(a: ActivityFields): Node {
  const span = document.createElement("span");
  const o = a.organisation;
  const parts: Node[] = [document.createTextNode(o.name)];
  const link = (href: string, text: string) => {
    const el = document.createElement("a");
    el.href = href;
    el.textContent = text;
    return el;
  };
  if (o.contact?.phone) parts.push(link(`tel:${o.contact.phone.replace(/[^+\d]/g, "")}`, o.contact.phone));
  if (o.contact?.email) parts.push(link(`mailto:${o.contact.email}`, o.contact.email));
  if (o.website && /^https?:\/\//i.test(o.website)) parts.push(link(o.website, o.website.replace(/^https?:\/\//i, "")));
  parts.forEach((p, i) => {
    if (i > 0) span.append(", ");
    span.append(p);
  });
  return span;
}

function facts(a: ActivityFields, list: HTMLElement): void {
  fact(list, t.when, whenText(a, t, language), "when");
  fact(list, t.where, whereText(a, t), "where");
  fact(list, t.cost, costText(a, t), "cost");
  fact(list, t.registration, registrationText(a, t), "registration");
  fact(list, t.accessibility, accessibilityText(a, t), "accessibility");
  fact(list, t.contact, contactNode(a), "contact");
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
    kind.textContent = t.kinds[a.kind];
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
  const res = await run(config, OpasSearchDocument, { filter: filterOf(s), language: apiLanguage(language), ...paging });
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
  facts(node, dl);
  fact(dl, t.languages, languagesText(node, t), "languages");
  fact(dl, t.targetGroups, node.targetGroups.map((g) => t.targetGroupNames[g]).join(", ") || t.none, "target-groups");
  fact(dl, t.themes, node.themes.map((g) => t.themeNames[g]).join(", ") || t.none, "themes");
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
  return {
    q: value("q"), region: value("f-region"), municipality: value("f-municipality"), kind: checked<ActivityKind>("f-kind"),
    target: checked<TargetGroup>("f-target"), language: checked<Language>("f-language"), online: value("f-online"), after: "", before: "", page: 1,
  };
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
