// Shared by the pages: a run's live feed over server-sent events, with duplicates dropped by sequence number.
"use strict";
window.MarketFeed = {
  // Follows a run: onSnapshot(state) once per (re)join, then onUpdate(update) for each new update, onEnd(end) at the end.
  follow(runId, handlers) {
    let lastSeq = -1;
    const source = new EventSource("/api/runs/" + encodeURIComponent(runId) + "/feed");
    source.addEventListener("snapshot", (e) => {
      const snapshot = JSON.parse(e.data);
      lastSeq = snapshot.seq;
      handlers.onSnapshot && handlers.onSnapshot(snapshot);
    });
    source.addEventListener("update", (e) => {
      const update = JSON.parse(e.data);
      if (update.seq <= lastSeq) {
        return; // already applied: a repeat after a reconnect
      }
      lastSeq = update.seq;
      handlers.onUpdate && handlers.onUpdate(update);
    });
    source.addEventListener("end", (e) => {
      source.close();
      handlers.onEnd && handlers.onEnd(JSON.parse(e.data));
    });
    return { close: () => source.close(), lastSeq: () => lastSeq };
  },

  // POSTs JSON to the API; resolves with the parsed body, or rejects with the problem's detail.
  async post(url, body) {
    const response = await fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: body === undefined ? "{}" : JSON.stringify(body),
      credentials: "same-origin",
    });
    const text = await response.text();
    const data = text ? JSON.parse(text) : {};
    if (!response.ok) {
      const error = new Error(data.detail || data.title || response.statusText);
      error.problem = data;
      throw error;
    }
    return data;
  },

  el(tag, text, attrs) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) {
      node.textContent = String(text);
    }
    for (const [k, v] of Object.entries(attrs || {})) {
      node.setAttribute(k, v);
    }
    return node;
  },

  statusText(s) {
    return s.state + " · tick " + s.ticksDone + " of " + s.ticksTotal + (s.at ? " · " + s.at : "") + (s.error ? " · " + s.error : "");
  },
};
