// The reform-progress page for NGOs: a region's preparation milestones as a timeline, and their
// events live over graphql-ws. The last seen event cursor is kept in localStorage, so after a
// reload the server replays exactly the events that happened while the page was closed.
(function () {
  "use strict";
  var config = window.YHDYSPINTA;
  var gql = window.YhdyspintaGraphQL;
  var STORE = "yhdyspinta.progress.";
  var MAX_FEED = 50;

  var TEXT = {
    fi: {
      title: "Uudistuksen eteneminen", lead: "Hyvinvointialueen valmistelun virstanpylväät ja niiden muutokset reaaliajassa.",
      region: "Hyvinvointialue", kinds: "Virstanpylväiden lajit", includeNational: "Näytä myös valtakunnalliset",
      events: "Tapahtumat", timeline: "Aikajana", noEvents: "Ei uusia tapahtumia. Uudet näkyvät tässä heti.",
      noMilestones: "Ei virstanpylväitä valinnoilla.", national: "valtakunnallinen", due: "määräpäivä",
      frequency: "Kuinka usein", demo: "demodataa", demoHint: "Keksitty esimerkki, ei todellinen virstanpylväs", source: "Lähde",
      missed: "tapahtui poissa ollessasi", connecting: "Yhdistetään…", live: "Yhteys auki: uudet tapahtumat näkyvät heti",
      reconnecting: "Yhteys katkesi, yhdistetään uudelleen…", closed: "Yhteys suljettu", error: "Virhe",
      follow: "Seuraa valintaa:", atom: "syötelukijassa (Atom)", calendar: "kalenterissa (iCalendar)",
      email: "Sähköposti", subscribe: "Tilaa sähköpostiin", IMMEDIATE: "heti", DAILY: "päivittäin", WEEKLY: "viikoittain",
      subscribed: "Vahvistuslinkki lähetettiin. Avaa se, niin tilaus alkaa.",
      type: { CREATED: "Uusi virstanpylväs", STATUS_CHANGED: "Tila muuttui", UPDATED: "Päivitetty", DELETED: "Poistettu" },
      status: { PLANNED: "suunniteltu", IN_PROGRESS: "käynnissä", COMPLETED: "valmis", POSTPONED: "siirretty", CANCELLED: "peruttu" },
    },
    sv: {
      title: "Reformens framsteg", lead: "Välfärdsområdets beredningsmilstolpar och deras förändringar i realtid.",
      region: "Välfärdsområde", kinds: "Typer av milstolpar", includeNational: "Visa även nationella",
      events: "Händelser", timeline: "Tidslinje", noEvents: "Inga nya händelser. Nya visas här genast.",
      noMilestones: "Inga milstolpar med dessa val.", national: "nationell", due: "förfallodag",
      frequency: "Hur ofta", demo: "demodata", demoHint: "Påhittat exempel, inte en verklig milstolpe", source: "Källa",
      missed: "hände medan du var borta", connecting: "Ansluter…", live: "Ansluten: nya händelser visas genast",
      reconnecting: "Anslutningen bröts, ansluter igen…", closed: "Anslutningen stängd", error: "Fel",
      follow: "Följ urvalet:", atom: "i en flödesläsare (Atom)", calendar: "i kalendern (iCalendar)",
      email: "E-post", subscribe: "Prenumerera per e-post", IMMEDIATE: "genast", DAILY: "dagligen", WEEKLY: "veckovis",
      subscribed: "En bekräftelselänk skickades. Öppna den så börjar prenumerationen.",
      type: { CREATED: "Ny milstolpe", STATUS_CHANGED: "Status ändrades", UPDATED: "Uppdaterad", DELETED: "Borttagen" },
      status: { PLANNED: "planerad", IN_PROGRESS: "pågår", COMPLETED: "klar", POSTPONED: "uppskjuten", CANCELLED: "inställd" },
    },
    en: {
      title: "Reform progress", lead: "The wellbeing services county's preparation milestones and their changes, live.",
      region: "Wellbeing services county", kinds: "Milestone kinds", includeNational: "Include national milestones",
      events: "Events", timeline: "Timeline", noEvents: "No new events yet. New ones appear here at once.",
      noMilestones: "No milestones for this selection.", national: "national", due: "due",
      frequency: "How often", demo: "demo data", demoHint: "Invented example, not a real milestone", source: "Source",
      missed: "happened while you were away", connecting: "Connecting…", live: "Live: new events appear at once",
      reconnecting: "Connection lost, reconnecting…", closed: "Connection closed", error: "Error",
      follow: "Follow this selection:", atom: "in a feed reader (Atom)", calendar: "in a calendar (iCalendar)",
      email: "E-mail", subscribe: "Subscribe by e-mail", IMMEDIATE: "at once", DAILY: "daily", WEEKLY: "weekly",
      subscribed: "A confirmation link was sent. Open it to start the subscription.",
      type: { CREATED: "New milestone", STATUS_CHANGED: "Status changed", UPDATED: "Updated", DELETED: "Deleted" },
      status: { PLANNED: "planned", IN_PROGRESS: "in progress", COMPLETED: "completed", POSTPONED: "postponed", CANCELLED: "cancelled" },
    },
  };

  // ---- state kept across reloads ----
  function load(key, fallback) {
    try { var v = localStorage.getItem(STORE + key); return v === null ? fallback : JSON.parse(v); } catch (e) { return fallback; }
  }
  function save(key, value) {
    try { localStorage.setItem(STORE + key, JSON.stringify(value)); } catch (e) { /* private mode: live only */ }
  }

  function pickLanguage() {
    var stored = load("language", null);
    if (stored && TEXT[stored]) return stored;
    var langs = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || "en"];
    for (var i = 0; i < langs.length; i++) {
      var base = String(langs[i]).toLowerCase().split("-")[0];
      if (TEXT[base]) return base;
    }
    return "en";
  }

  var state = {
    language: pickLanguage(),
    regions: [],
    selection: load("selection", { region: "15", kinds: [], includeNational: true }),
    milestones: new Map(),
    feed: [],
    unsubscribe: null,
    status: "connecting",
    pageOpenedAt: new Date(),
  };
  var ws = gql.createWsClient(gql.wsUrlFor(config.graphqlPath), { onStatus: function (s) { setStatus(s); } });
  var el = function (id) { return document.getElementById(id); };

  function t(key) { return TEXT[state.language][key] || TEXT.en[key] || key; }
  function label(group, value) {
    // Milestone kinds (the core's and every plug-in's) are labelled by the server's vocabulary.
    if (group === "kind") {
      var labels = config.milestoneKindLabels[value];
      return labels ? labels[state.language] || labels.fi : String(value);
    }
    var own = TEXT[state.language][group][value];
    return own || TEXT.en[group][value] || String(value).toLowerCase().replace(/_/g, " ");
  }
  function graphqlLanguage() { return state.language.toUpperCase(); }
  function formatDate(value) {
    if (!value) return "";
    var d = new Date(value);
    if (isNaN(d.getTime())) return String(value);
    var locale = { fi: "fi-FI", sv: "sv-FI", en: "en-GB" }[state.language];
    return /T/.test(String(value)) ? d.toLocaleString(locale) : d.toLocaleDateString(locale);
  }
  function filterKey() {
    var s = state.selection;
    return [s.region, s.kinds.slice().sort().join(","), s.includeNational ? "n" : ""].join("|");
  }
  function eventFilter() {
    var s = state.selection;
    var f = { regionCodes: [s.region], includeNational: s.includeNational };
    if (s.kinds.length) f.kinds = s.kinds;
    return f;
  }

  /** The feeds of the current selection: the same filter as query parameters (docs/subscriptions.md). */
  function feedQuery() {
    var s = state.selection;
    var q = new URLSearchParams({ region: s.region, national: s.includeNational ? "1" : "0", lang: state.language });
    if (s.kinds.length) q.set("kind", s.kinds.join(","));
    return q.toString();
  }
  function renderFeedLinks() {
    el("feed-atom").href = "/feeds/milestones.atom?" + feedQuery();
    el("feed-ics").href = "/feeds/milestones.ics?" + feedQuery();
  }

  // ---- rendering ----
  function setStatus(s) {
    state.status = s;
    var node = el("status");
    node.dataset.state = s;
    node.textContent = t(s);
  }

  function renderStaticText() {
    document.documentElement.lang = state.language;
    document.title = "Yhdyspinta – " + t("title");
    document.querySelectorAll("[data-i18n]").forEach(function (node) { node.textContent = t(node.dataset.i18n); });
    document.querySelectorAll("[data-lang]").forEach(function (b) { b.setAttribute("aria-pressed", String(b.dataset.lang === state.language)); });
    renderFeedLinks();
    setStatus(state.status);
  }

  function renderFilters() {
    var select = el("region");
    select.textContent = "";
    state.regions.forEach(function (r) {
      var o = document.createElement("option");
      o.value = r.code;
      o.textContent = r.code + " " + r.name;
      o.selected = r.code === state.selection.region;
      select.appendChild(o);
    });
    var box = el("kinds");
    box.querySelectorAll("label").forEach(function (n) { n.remove(); });
    config.milestoneKinds.forEach(function (kind) {
      var l = document.createElement("label");
      l.className = "inline";
      var c = document.createElement("input");
      c.type = "checkbox";
      c.value = kind;
      c.name = "kind";
      c.checked = state.selection.kinds.indexOf(kind) !== -1;
      var s = document.createElement("span");
      s.textContent = label("kind", kind);
      l.appendChild(c);
      l.appendChild(document.createTextNode(" "));
      l.appendChild(s);
      box.appendChild(l);
    });
    el("includeNational").checked = state.selection.includeNational;
  }

  function renderTimeline() {
    var list = el("timeline");
    list.textContent = "";
    var items = Array.from(state.milestones.values()).sort(function (a, b) {
      return String(a.dueDate || "9999").localeCompare(String(b.dueDate || "9999")) || String(a.id).localeCompare(String(b.id));
    });
    el("timeline-empty").hidden = items.length > 0;
    items.forEach(function (m) {
      var li = document.createElement("li");
      li.dataset.status = m.status;
      li.dataset.id = m.id;
      var title = document.createElement("div");
      title.className = "title";
      title.textContent = m.title;
      if (m.isDemo) title.appendChild(demoBadge());
      var meta = document.createElement("div");
      meta.className = "meta";
      meta.textContent = [formatDate(m.dueDate), label("kind", m.kind), label("status", m.status),
        m.region ? m.region.name || m.region.code : t("national")].filter(Boolean).join(" · ");
      li.appendChild(title);
      li.appendChild(meta);
      if (m.sourceUrl) {
        var source = document.createElement("div");
        source.className = "meta";
        var link = document.createElement("a");
        link.href = m.sourceUrl;
        link.rel = "noopener";
        link.textContent = m.sourceTitle || m.sourceUrl;
        source.appendChild(document.createTextNode(t("source") + ": "));
        source.appendChild(link);
        li.appendChild(source);
      }
      list.appendChild(li);
    });
  }

  /** Generated demo records are marked wherever they are shown, so nobody takes them for real. */
  function demoBadge() {
    var badge = document.createElement("span");
    badge.className = "badge demo";
    badge.textContent = t("demo");
    badge.title = t("demoHint");
    return badge;
  }

  function renderFeed() {
    var list = el("events");
    list.textContent = "";
    el("events-empty").hidden = state.feed.length > 0;
    state.feed.forEach(function (e) {
      var li = document.createElement("li");
      li.dataset.cursor = e.cursor;
      if (e.missed) li.classList.add("missed");
      if (e.fresh) li.classList.add("fresh");
      var head = document.createElement("div");
      var strong = document.createElement("strong");
      strong.textContent = label("type", e.type);
      head.appendChild(strong);
      head.appendChild(document.createTextNode(": " + (e.milestone ? e.milestone.title : "")));
      if (e.milestone && e.milestone.isDemo) head.appendChild(demoBadge());
      if (e.missed) {
        var badge = document.createElement("span");
        badge.className = "badge";
        badge.textContent = t("missed");
        head.appendChild(badge);
      }
      var meta = document.createElement("div");
      meta.className = "meta";
      var change = e.previousStatus && e.previousStatus !== e.newStatus
        ? label("status", e.previousStatus) + " → " + label("status", e.newStatus) : label("status", e.newStatus);
      meta.textContent = [formatDate(e.occurredAt), change, e.milestone ? label("kind", e.milestone.kind) : "", e.note || ""].filter(Boolean).join(" · ");
      li.appendChild(head);
      li.appendChild(meta);
      list.appendChild(li);
    });
  }

  function renderAll() {
    renderStaticText();
    renderFilters();
    renderTimeline();
    renderFeed();
  }

  // ---- data ----
  var REGIONS = "query ProgressRegions($language: Language!) { regions(inReformOnly: true) { code name(language: $language) } }";
  var MILESTONES = "query ProgressMilestones($filter: MilestoneFilter, $language: Language!, $after: String) {" +
    " milestones(filter: $filter, first: 100, after: $after) { totalCount" +
    " edges { cursor node { id kind title(language: $language) dueDate status isDemo sourceUrl sourceTitle region { code name(language: $language) } } }" +
    " pageInfo { hasNextPage endCursor } } }";
  var EVENTS = "subscription ProgressEvents($filter: MilestoneEventFilter, $after: String, $language: Language!) {" +
    " milestoneEvents(filter: $filter, after: $after) { id cursor type previousStatus newStatus note occurredAt" +
    " milestone { id title(language: $language) kind status dueDate isDemo region { code name(language: $language) } } } }";

  function showError(errors) {
    setStatus("error");
    el("status").textContent = t("error") + ": " + (errors || []).map(function (e) { return e.message; }).join("; ");
  }

  async function loadRegions() {
    var res = await gql.graphqlFetch(config.graphqlPath, REGIONS, { language: graphqlLanguage() });
    if (res.errors) return showError(res.errors);
    state.regions = res.data.regions;
  }

  async function loadMilestones() {
    var key = filterKey();
    var filter = eventFilter();
    var found = new Map();
    var after = null;
    for (var page = 0; page < 10; page++) {
      var res = await gql.graphqlFetch(config.graphqlPath, MILESTONES, { filter: filter, language: graphqlLanguage(), after: after });
      if (res.errors) return showError(res.errors);
      res.data.milestones.edges.forEach(function (edge) { found.set(edge.node.id, edge.node); });
      if (!res.data.milestones.pageInfo.hasNextPage) break;
      after = res.data.milestones.pageInfo.endCursor;
    }
    if (key !== filterKey()) return; // the selection changed meanwhile
    state.milestones = found;
    renderTimeline();
  }

  function onEvent(event) {
    save("cursor:" + filterKey(), event.cursor);
    var missed = new Date(event.occurredAt) < state.pageOpenedAt;
    state.feed = state.feed.filter(function (e) { return e.cursor !== event.cursor; });
    state.feed.unshift(Object.assign({}, event, { missed: missed, fresh: true }));
    state.feed.length = Math.min(state.feed.length, MAX_FEED);
    save("feed:" + filterKey(), state.feed.map(function (e) { return Object.assign({}, e, { fresh: false, missed: false }); }));
    if (event.milestone) {
      var known = state.milestones.get(event.milestone.id) || {};
      state.milestones.set(event.milestone.id, Object.assign({}, known, event.milestone, { region: known.region || event.milestone.region }));
      renderTimeline();
    }
    renderFeed();
    state.feed.forEach(function (e) { e.fresh = false; });
  }

  function subscribe() {
    if (state.unsubscribe) state.unsubscribe();
    var key = filterKey();
    state.feed = load("feed:" + key, []);
    renderFeed();
    // Variables are read at every (re)subscribe: after a dropped connection we resume from the newest cursor.
    state.unsubscribe = ws.subscribe(function () {
      return { query: EVENTS, operationName: "ProgressEvents", variables: { filter: eventFilter(), after: load("cursor:" + key, null), language: graphqlLanguage() } };
    }, {
      next: function (result) {
        if (result.errors) return showError(result.errors);
        if (result.data && result.data.milestoneEvents) onEvent(result.data.milestoneEvents);
      },
      error: showError,
      complete: function () {},
    });
  }

  // First visit of a selection: start from the head read before the timeline, not "from now", so
  // events during a reload or a server restart before the first event are not lost.
  async function ensureCursor() {
    var key = filterKey();
    if (load("cursor:" + key, null) !== null) return true;
    var res = await gql.graphqlFetch(config.graphqlPath, "query ProgressHead { milestoneEventsHead }", {});
    if (res.errors) { showError(res.errors); return false; }
    if (key === filterKey() && load("cursor:" + key, null) === null) save("cursor:" + key, res.data.milestoneEventsHead);
    return true;
  }

  async function applySelection() {
    save("selection", state.selection);
    renderFeedLinks();
    if (!(await ensureCursor())) return;
    subscribe();
    await loadMilestones();
  }

  var SUBSCRIBE = "mutation ProgressSubscribe($input: SubscribeToNotificationsInput!) { subscribeToNotifications(input: $input) { status } }";
  el("subscribe").addEventListener("submit", async function (ev) {
    ev.preventDefault();
    var f = eventFilter();
    var res = await gql.graphqlFetch(config.graphqlPath, SUBSCRIBE, { input: {
      email: el("subscribe-email").value, frequency: el("subscribe-frequency").value, language: state.language,
      filter: { regionCodes: f.regionCodes, includeNational: f.includeNational, kinds: f.kinds || null },
    } });
    el("subscribe-result").textContent = res.errors ? t("error") + ": " + res.errors.map(function (e) { return e.message; }).join("; ") : t("subscribed");
    el("subscribe-result").dataset.state = res.errors ? "error" : "ok";
  });

  // ---- wiring ----
  document.querySelectorAll("[data-lang]").forEach(function (b) {
    b.addEventListener("click", async function () {
      state.language = b.dataset.lang;
      save("language", state.language);
      renderStaticText();
      await loadRegions();
      renderFilters();
      renderFeed();
      await loadMilestones();
    });
  });
  el("filters").addEventListener("change", function () {
    state.selection = {
      region: el("region").value,
      kinds: Array.from(document.querySelectorAll("#kinds input:checked")).map(function (c) { return c.value; }),
      includeNational: el("includeNational").checked,
    };
    applySelection();
  });

  (async function start() {
    renderStaticText();
    await loadRegions();
    if (!state.regions.some(function (r) { return r.code === state.selection.region; }) && state.regions.length) {
      state.selection.region = state.regions[0].code;
    }
    renderAll();
    await applySelection();
    document.body.dataset.ready = "true";
  })();
})();
