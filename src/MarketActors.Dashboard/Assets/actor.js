// Actor page: the chart of a chosen metric, and, at the run's current date, the books refreshed after each update.
"use strict";
(() => {
  const F = window.MarketFeed;
  const root = document.getElementById("actor");
  const runId = root.dataset.run;
  const actor = root.dataset.actor;
  const follow = root.dataset.follow === "true";
  const select = document.getElementById("metric");
  const chart = document.getElementById("actor-chart");
  let seq = 0;

  function drawChart() {
    chart.src = "/api/runs/" + encodeURIComponent(runId) + "/charts/metric.png?metric=" + encodeURIComponent(select.value)
      + "&actor=" + encodeURIComponent(actor) + "&v=" + seq;
  }

  select.addEventListener("change", drawChart);
  drawChart();

  if (!follow) {
    return;
  }

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
        const response = await fetch("/runs/" + encodeURIComponent(runId) + "/actors/" + encodeURIComponent(actor) + "/fragment");
        if (response.ok) {
          document.getElementById("books").innerHTML = await response.text(); // built and encoded by the server
        }
        drawChart();
      } while (again);
    } finally {
      refreshing = false;
    }
  }

  F.follow(runId, {
    onSnapshot: (s) => { seq = s.seq; },
    onUpdate: (u) => { seq = u.seq; refresh(); },
    onEnd: () => refresh(),
  });
})();
