// Home page: load a scenario (a file of scenarios/ or pasted YAML), keep the list of runs fresh, follow the newest run.
"use strict";
(() => {
  const F = window.MarketFeed;
  const problems = document.getElementById("problems");
  const problemsList = document.getElementById("problems-list");
  const problemsTitle = document.getElementById("problems-title");

  function showProblems(error) {
    problemsList.replaceChildren();
    const list = (error.problem && error.problem.problems) || [];
    problemsTitle.textContent = list.length ? error.problem.title + " (" + list.length + ")" : "Not loaded";
    if (list.length === 0) {
      problemsList.append(F.el("li", error.message));
    }
    for (const p of list) {
      problemsList.append(F.el("li", p.text));
    }
    problems.hidden = false;
  }

  async function load(body, button) {
    button.disabled = true;
    problems.hidden = true;
    try {
      const run = await F.post("/api/runs", body);
      window.location.href = "/runs/" + encodeURIComponent(run.info.runId);
    } catch (error) {
      showProblems(error);
    } finally {
      button.disabled = false;
    }
  }

  document.getElementById("load-file").addEventListener("submit", (e) => {
    e.preventDefault();
    const form = e.target;
    load({ scenario: form.scenario.value, overlay: form.overlay.value || null, seed: Number(form.seed.value || 0) }, document.getElementById("load-file-button"));
  });

  document.getElementById("load-yaml").addEventListener("submit", (e) => {
    e.preventDefault();
    load({ yaml: document.getElementById("yaml").value, name: document.getElementById("yaml-name").value }, document.getElementById("load-yaml-button"));
  });

  document.getElementById("upload").addEventListener("change", async (e) => {
    const file = e.target.files[0];
    if (file) {
      document.getElementById("yaml").value = await file.text();
      document.getElementById("yaml-name").value = file.name;
    }
  });

  // The most recent run, followed live.
  let followed = null;
  let feed = null;
  const followSection = document.getElementById("follow");
  const followEvents = document.getElementById("follow-events");

  function showStatus(status) {
    document.getElementById("follow-status").textContent = F.statusText(status);
    const progress = document.getElementById("follow-progress");
    progress.max = Math.max(status.ticksTotal, 1);
    progress.value = status.ticksDone;
  }

  function addEvents(tick) {
    for (const event of tick.events) {
      followEvents.prepend(F.el("li", event.date + " · " + event.description));
    }
    while (followEvents.children.length > 12) {
      followEvents.lastChild.remove();
    }
  }

  function follow(run) {
    if (followed === run.info.runId) {
      return;
    }
    followed = run.info.runId;
    if (feed) {
      feed.close();
    }
    followSection.hidden = false;
    const link = document.getElementById("follow-link");
    link.textContent = run.info.title + " (" + run.info.runId + ")";
    link.href = "/runs/" + encodeURIComponent(run.info.runId);
    feed = F.follow(run.info.runId, {
      onSnapshot: (s) => { followEvents.replaceChildren(); s.ticks.forEach(addEvents); showStatus(s.status); },
      onUpdate: (u) => { if (u.tick) { addEvents(u.tick); } showStatus(u.status); },
    });
  }

  function renderRuns(runs) {
    const body = document.querySelector("#runs tbody");
    body.replaceChildren(...runs.map((r) => {
      const row = F.el("tr", null, { "data-run": r.info.runId });
      const name = F.el("td");
      name.append(F.el("a", r.info.runId, { href: "/runs/" + encodeURIComponent(r.info.runId) }));
      row.append(name, F.el("td", r.info.title), F.el("td", r.status.state, { class: "state" }),
        F.el("td", r.status.ticksDone + " / " + r.status.ticksTotal), F.el("td", r.status.at || "—"), F.el("td", r.info.created));
      return row;
    }));
    const none = document.getElementById("no-runs");
    if (none && runs.length) {
      none.remove();
    }
    if (runs.length) {
      follow(runs[0]);
    }
  }

  async function refreshRuns() {
    try {
      const response = await fetch("/api/runs");
      if (response.ok) {
        renderRuns(await response.json());
      }
    } finally {
      setTimeout(refreshRuns, 2000);
    }
  }

  refreshRuns();
})();
