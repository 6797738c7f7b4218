using System.Globalization;
using System.Text;
using MarketActors.Dashboard.Api;
using MarketActors.Dashboard.Hosting;
using MarketActors.Dashboard.Runs;
using Microsoft.AspNetCore.Http;
using static MarketActors.Dashboard.Pages.Html;

namespace MarketActors.Dashboard.Pages;

/// <summary>The home page: load a scenario, the runs newest first, and the most recent run followed live.</summary>
internal static class HomePage
{
    private static async Task<List<(string Name, string? Base)>> OverlaysAsync(ScenarioFiles files, CancellationToken ct)
    {
        var overlays = new List<(string, string?)>();
        foreach (var name in files.OverlayNames())
        {
            overlays.Add((name, await files.ReadOverlayAsync(name, ct) is { } text ? ScenarioFiles.BaseOf(text) : null));
        }

        return overlays;
    }

    public static async Task<IResult> Render(HttpContext context, DashboardRuns runs, ScenarioFiles files)
    {
        var list = await runs.ListAsync();
        var sb = new StringBuilder();
        sb.Append("<h1>Market runs</h1>");
        sb.Append("<section class=\"card\" id=\"load\"><h2>Load a scenario</h2>");
        sb.Append("<form id=\"load-file\" class=\"row\"><label>Scenario file <select name=\"scenario\" id=\"scenario\">");
        foreach (var name in files.Names())
        {
            sb.Append("<option value=\"").Append(E(name)).Append("\">").Append(E(name)).Append("</option>");
        }

        sb.Append("</select></label>");
        sb.Append("<label>Seed <input name=\"seed\" type=\"number\" value=\"0\" min=\"0\" step=\"1\"></label>");
        sb.Append("<label>Overlay <select name=\"overlay\" id=\"overlay\"><option value=\"\">none</option>");
        foreach (var (name, baseId) in await OverlaysAsync(files, context.RequestAborted))
        {
            sb.Append("<option value=\"").Append(E(name)).Append("\">").Append(E(name)).Append(baseId is null ? string.Empty : " (for " + E(baseId) + ")").Append("</option>");
        }

        sb.Append("</select></label>");
        sb.Append("<button type=\"submit\" id=\"load-file-button\">Load</button></form>");
        if (files.Directory is null)
        {
            sb.Append("<p class=\"note\">No scenarios folder was found; set MarketActors:Dashboard:ScenariosDirectory, or paste YAML below.</p>");
        }
        else
        {
            sb.Append("<p class=\"note\">From ").Append(E(files.Directory)).Append(".</p>");
        }

        sb.Append("<details id=\"paste\"><summary>Paste or upload YAML</summary><form id=\"load-yaml\">");
        sb.Append("<label>File <input type=\"file\" id=\"upload\" accept=\".yaml,.yml,text/yaml\"></label>");
        sb.Append("<label>Name <input name=\"name\" id=\"yaml-name\" value=\"pasted.yaml\"></label>");
        sb.Append("<textarea name=\"yaml\" id=\"yaml\" rows=\"14\" spellcheck=\"false\" placeholder=\"scenario: my-story&#10;title: A small story&#10;...\"></textarea>");
        sb.Append("<button type=\"submit\" id=\"load-yaml-button\">Load pasted YAML</button></form></details>");
        sb.Append("<div id=\"problems\" class=\"problems\" hidden><h3 id=\"problems-title\">The scenario is invalid</h3><ul id=\"problems-list\"></ul></div>");
        sb.Append("</section>");

        sb.Append("<section class=\"card\"><h2>Runs, newest first</h2><div class=\"scroll\"><table id=\"runs\"><thead><tr>")
            .Append("<th>Run</th><th>Scenario</th><th>State</th><th>Progress</th><th>Virtual date</th><th>#</th></tr></thead><tbody>");
        foreach (var (info, status) in list)
        {
            sb.Append("<tr data-run=\"").Append(E(info.RunId)).Append("\"><td><a href=\"").Append(E(RunLink(info.RunId))).Append("\">").Append(E(info.RunId)).Append("</a></td>")
                .Append("<td>").Append(E(info.Title)).Append("</td><td class=\"state\">").Append(E(Shapes.StateName(status.State))).Append("</td>")
                .Append("<td>").Append(status.TicksDone.ToString(CultureInfo.InvariantCulture)).Append(" / ").Append(status.TicksTotal.ToString(CultureInfo.InvariantCulture)).Append("</td>")
                .Append("<td>").Append(E(status.At?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—")).Append("</td>")
                .Append("<td>").Append(info.Created.ToString(CultureInfo.InvariantCulture)).Append("</td></tr>");
        }

        sb.Append("</tbody></table></div>");
        if (list.Count == 0)
        {
            sb.Append("<p class=\"empty\" id=\"no-runs\">No runs yet: load a scenario above.</p>");
        }

        sb.Append("</section>");
        sb.Append("<section class=\"card\" id=\"follow\" hidden><h2>Following the most recent run: <a id=\"follow-link\" href=\"/\"></a></h2>")
            .Append("<p><progress id=\"follow-progress\" value=\"0\" max=\"1\"></progress> <span id=\"follow-status\"></span></p>")
            .Append("<ol id=\"follow-events\" class=\"events\"></ol></section>");
        return Page(context, "Runs", sb.ToString(), "feed.js", "home.js");
    }
}
