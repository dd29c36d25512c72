// A small GraphQL client for the browser pages: queries over HTTP POST, subscriptions over the
// graphql-transport-ws protocol (the one graphql-ws speaks) on the browser's own WebSocket.
// Hand-written so the pages need no bundler and no CDN.
(function (global) {
  "use strict";

  async function graphqlFetch(url, query, variables, operationName, headers) {
    const res = await fetch(url, {
      method: "POST",
      headers: Object.assign({ "content-type": "application/json", accept: "application/json" }, headers || {}),
      body: JSON.stringify({ query, variables, operationName }),
    });
    return res.json();
  }

  /**
   * One WebSocket carrying many subscriptions; reconnects with capped exponential back-off and
   * re-subscribes every open subscription, asking each for fresh variables (e.g. a newer cursor).
   */
  function createWsClient(url, options) {
    const opts = options || {};
    const onStatus = opts.onStatus || function () {};
    const subs = new Map(); // id -> { payload(): {query, variables}, sink }
    let socket = null;
    let acked = false;
    let attempt = 0;
    let nextId = 1;
    let closedByUser = false;
    let retryTimer = null;

    function send(message) {
      if (socket && socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(message));
    }
    function sendSubscribe(id) {
      const sub = subs.get(id);
      if (sub && acked) send({ id: id, type: "subscribe", payload: sub.payload() });
    }
    function connect() {
      if (closedByUser) return;
      onStatus(attempt === 0 ? "connecting" : "reconnecting");
      acked = false;
      const ws = new WebSocket(url, "graphql-transport-ws");
      socket = ws;
      ws.onopen = function () { send({ type: "connection_init", payload: {} }); };
      ws.onmessage = function (event) {
        let msg;
        try { msg = JSON.parse(event.data); } catch (e) { return; }
        switch (msg.type) {
          case "connection_ack":
            acked = true;
            attempt = 0;
            onStatus("live");
            subs.forEach(function (_sub, id) { sendSubscribe(id); });
            break;
          case "ping":
            send({ type: "pong" });
            break;
          case "next": {
            const sub = subs.get(msg.id);
            if (sub) sub.sink.next(msg.payload);
            break;
          }
          case "error": {
            const sub = subs.get(msg.id);
            if (sub) { subs.delete(msg.id); sub.sink.error(msg.payload); }
            break;
          }
          case "complete": {
            const sub = subs.get(msg.id);
            if (sub) { subs.delete(msg.id); if (sub.sink.complete) sub.sink.complete(); }
            break;
          }
        }
      };
      ws.onclose = function (event) {
        if (socket !== ws) return;
        socket = null;
        acked = false;
        // 4400 (bad request) and friends are protocol errors that a retry will not fix.
        if (closedByUser || (event.code >= 4400 && event.code < 4500 && event.code !== 4408 && event.code !== 4499)) {
          onStatus("closed");
          subs.forEach(function (sub) { sub.sink.error([{ message: "WebSocket closed: " + event.code + " " + event.reason }]); });
          subs.clear();
          return;
        }
        attempt += 1;
        onStatus("reconnecting");
        const delay = Math.min(30000, 500 * Math.pow(2, Math.min(attempt, 6))) * (0.5 + Math.random() / 2);
        retryTimer = setTimeout(connect, delay);
      };
    }

    return {
      /** payload: a function returning { query, variables, operationName }, called at every (re)subscribe. */
      subscribe: function (payload, sink) {
        const id = String(nextId++);
        subs.set(id, { payload: payload, sink: sink });
        if (!socket) connect();
        else sendSubscribe(id);
        return function unsubscribe() {
          if (subs.delete(id)) send({ id: id, type: "complete" });
        };
      },
      dispose: function () {
        closedByUser = true;
        clearTimeout(retryTimer);
        if (socket) socket.close(1000, "Normal Closure");
      },
    };
  }

  function wsUrlFor(path) {
    const loc = global.location;
    return (loc.protocol === "https:" ? "wss://" : "ws://") + loc.host + path;
  }

  global.YhdyspintaGraphQL = { graphqlFetch: graphqlFetch, createWsClient: createWsClient, wsUrlFor: wsUrlFor };
})(window);
