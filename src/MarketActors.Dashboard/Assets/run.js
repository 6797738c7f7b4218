// Run page: controls, status, timeline from the live feed; answers, flows and charts refreshed after each update.
"use strict";
(() => {
  const F = window.MarketFeed;
  const root = document.getElementById("run");
  const runId = root.dataset.run;
  const api = "/api/runs/" + encodeURIComponent(runId);
  const timeline = document.querySelector("#timeline tbody");
  const message = document.getElementById("message");
  let status = null;
  let seq = 0;

  function actorLink(id, name) {
    return F.el("a", name, { href: "/runs/" + encodeURIComponent(runId) + "/actors/" + encodeURIComponent(id) });
  }

  function addTick(tick, fresh) {
    for (const event of tick.events) {
      const row = F.el("tr", null, { "data-seq": event.seq, "data-tick": tick.index });
      if (fresh) {
        row.className = "new";
      }
      const what = F.el("td");
      what.append(F.el("div", event.description));
      if (event.note) {
        what.append(F.el("div", event.note, { class: "note" }));
      }
      const changes = F.el("td", null, { class: "changes" });
      for (const line of event.summary) {
        const div = F.el("div");
        div.append(actorLink(line.actor, line.name), document.createTextNode(": " + line.changes));
        changes.append(div);
      }
      row.append(F.el("td", event.date), what, F.el("td", event.sources.join(", ")), changes);
      timeline.append(row);
    }
  }

  function showStatus(s, updateSeq) {
    status = s;
    seq = updateSeq;
    document.getElementById("state").textContent = s.state;
    document.getElementById("ticks-done").textContent = s.ticksDone;
    document.getElementById("ticks-total").textContent = s.ticksTotal;
    document.getElementById("at").textContent = s.at || "—";
    document.getElementById("pace").textContent = s.pace.text;
    document.getElementById("seq").textContent = updateSeq;
    document.getElementById("status").textContent = F.statusText(s);
    const progress = document.getElementById("progress");
    progress.max = Math.max(s.ticksTotal, 1);
    progress.value = s.ticksDone;
    const allowed = {
      start: s.state === "ready",
      pause: s.state === "running",
      resume: s.state === "paused",
      step: s.state === "ready" || s.state === "paused",
      stop: s.state === "ready" || s.state === "running" || s.state === "paused",
    };
    for (const [verb, ok] of Object.entries(allowed)) {
      document.getElementById(verb).disabled = !ok;
    }
  }

  // Server-rendered parts, fetched again after updates: at most one refresh in flight, and one more if asked meanwhile.
  let refreshing = false;
  let again = false;
  async function refresh() {
    if (refreshing) {
      again = true;
      return;
    }
    refreshing = true;
    try {
      do {
        again = false;
        const at = seq;
        const [answers, flows] = await Promise.all([
          fetch("/runs/" + encodeURIComponent(runId) + "/fragments/answers").then((r) => r.text()),
          fetch("/runs/" + encodeURIComponent(runId) + "/fragments/flows").then((r) => r.text()),
        ]);
        document.getElementById("answers").innerHTML = answers; // built and encoded by the server
        document.getElementById("flows").innerHTML = flows;
        for (const img of document.querySelectorAll("img.chart")) {
          const src = img.dataset.src + (img.dataset.src.includes("?") ? "&" : "?") + "v=" + at;
          if (img.getAttribute("src") !== src) {
            img.src = src;
          }
        }
      } while (again);
    } catch (error) {
      message.textContent = "Could not refresh: " + error.message;
      message.hidden = false;
    } finally {
      refreshing = false;
    }
  }

  F.follow(runId, {
    onSnapshot: (s) => {
      timeline.replaceChildren();
      s.ticks.forEach((t) => addTick(t, false));
      showStatus(s.status, s.seq);
      refresh();
    },
    onUpdate: (u) => {
      if (u.tick) {
        addTick(u.tick, true);
      }
      showStatus(u.status, u.seq);
      refresh();
    },
    onEnd: () => refresh(),
  });

  async function control(verb, body) {
    message.hidden = true;
    try {
      const result = await F.post(api + "/" + verb, body);
      if (result.status && result.status.seq >= seq) {
        showStatus(result.status, result.status.seq);
      }
    } catch (error) {
      message.textContent = error.message;
      message.hidden = false;
    }
  }

  for (const button of document.querySelectorAll("#controls button[data-verb]")) {
    button.addEventListener("click", () => control(button.dataset.verb));
  }

  const mode = document.getElementById("pace-mode");
  const days = document.getElementById("pace-days");
  mode.addEventListener("change", () => { days.disabled = mode.value === "fast"; });
  days.disabled = mode.value === "fast";
  document.getElementById("pace-form").addEventListener("submit", (e) => {
    e.preventDefault();
    control("pace", { virtualDaysPerSecond: mode.value === "fast" ? 0 : Number(days.value) });
  });
})();
