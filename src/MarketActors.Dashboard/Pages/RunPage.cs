using System.Text;
using MarketActors.Dashboard.Runs;
using MarketActors.Domain.Actors;
using MarketActors.Domain.Metrics;
using Microsoft.AspNetCore.Http;
using static MarketActors.Dashboard.Pages.Html;

namespace MarketActors.Dashboard.Pages;

/// <summary>
/// A run: controls, status and progress, the timeline, charts, the answers so far, flows between actors and links
/// to every actor. The page fills and refreshes itself from the run's live feed (run.js).
/// </summary>
internal static class RunPage
{
    /// <summary>The charts shown, by URL under the run's charts, with their captions.</summary>
    public static IReadOnlyList<(string Chart, string Caption)> Charts { get; } =
    [
        ("net-worth.png", "Capital: net worth of each actor, date by date of the run"),
        ($"metric.png?metric={Metric.CapitalPledged}", "Capital: pledged to each project, date by date of the run"),
        ($"metric.png?metric={Metric.H100eOnline}", "Capacity: H100-equivalents online, date by date of the run"),
        ($"metric.png?metric={Metric.H100ePlanned}", "Capacity: H100-equivalents planned, date by date of the run"),
        ("capital.png", "Capital by stage, now"),
        ("compute.png", "Compute by site, now"),
    ];

    public static async Task<IResult> Render(HttpContext context, string id, DashboardRuns runs)
    {
        var run = await runs.ViewAsync(id, context.RequestAborted);
        var info = run.State.Info;
        var sb = new StringBuilder();
        sb.Append("<div id=\"run\" data-run=\"").Append(E(id)).Append("\">");
        sb.Append("<h1>").Append(E(info.Title)).Append("</h1>");
        sb.Append("<p class=\"meta\">Run <code>").Append(E(id)).Append("</code> · scenario <code>").Append(E(info.ScenarioId)).Append("</code> from ")
            .Append(E(info.Source)).Append($" · seed {info.Seed} · {info.Actors} actors, {info.Events} events over {info.Ticks} dates</p>");

        sb.Append("<section class=\"card\" id=\"controls\"><div class=\"row\">")
            .Append("<button data-verb=\"start\" id=\"start\">Start</button><button data-verb=\"pause\" id=\"pause\">Pause</button>")
            .Append("<button data-verb=\"resume\" id=\"resume\">Resume</button><button data-verb=\"step\" id=\"step\">Step one tick</button>")
            .Append("<button data-verb=\"stop\" id=\"stop\">Stop</button>")
            .Append("<form id=\"pace-form\" class=\"row\"><label>Pace <select id=\"pace-mode\"><option value=\"fast\">as fast as possible</option><option value=\"days\">virtual days per second</option></select></label>")
            .Append("<input id=\"pace-days\" type=\"number\" min=\"0.001\" step=\"any\" value=\"30\" aria-label=\"virtual days per second\"><button type=\"submit\" id=\"pace-set\">Set pace</button></form>")
            .Append("</div><p><progress id=\"progress\" value=\"0\" max=\"1\"></progress> <span id=\"status\">connecting…</span></p>")
            .Append("<p class=\"status-line\">State <b id=\"state\">—</b> · tick <b id=\"ticks-done\">0</b> of <b id=\"ticks-total\">")
            .Append(info.Ticks).Append("</b> · virtual date <b id=\"at\">—</b> · pace <b id=\"pace\">—</b> · update <b id=\"seq\">0</b></p>")
            .Append("<p id=\"message\" class=\"message\" hidden></p></section>");

        sb.Append("<section class=\"card\"><h2>Charts</h2><div class=\"charts\">");
        foreach (var (chart, caption) in Charts)
        {
            sb.Append("<figure><img class=\"chart\" alt=\"").Append(E(caption)).Append("\" data-src=\"/api/runs/").Append(E(Uri.EscapeDataString(id))).Append("/charts/").Append(E(chart))
                .Append("\"><figcaption>").Append(E(caption)).Append("</figcaption></figure>");
        }

        sb.Append("</div></section>");
        sb.Append("<section class=\"card\"><h2>Timeline</h2><div class=\"scroll\"><table id=\"timeline\"><thead><tr><th>Date</th><th>Event</th><th>Source</th><th>What it moved</th></tr></thead><tbody></tbody></table></div></section>");
        sb.Append("<section class=\"card\"><h2>Answers so far</h2><div id=\"answers\">").Append(Fragments.Answers(run)).Append("</div></section>");
        sb.Append("<section class=\"card\"><h2>Flows between actors</h2><div id=\"flows\">").Append(Fragments.Flows(run)).Append("</div></section>");
        sb.Append("<section class=\"card\"><h2>Actors</h2><ul class=\"actors\" id=\"actors\">");
        foreach (var actor in run.View.World.Actors.Where(a => a.Id != ActorId.Outside))
        {
            sb.Append("<li><a href=\"").Append(E(ActorLink(id, actor.Id.Value))).Append("\">").Append(E(actor.Name)).Append("</a> <span class=\"kind\">")
                .Append(E(actor.Kind.ToString().ToLowerInvariant())).Append("</span></li>");
        }

        sb.Append("</ul></section></div>");
        return Page(context, info.Title, sb.ToString(), "feed.js", "run.js");
    }
}
