using System.Text;
using MarketActors.Contracts;
using MarketActors.Dashboard.Runs;
using MarketActors.Domain.Actors;
using MarketActors.Domain.Metrics;
using MarketActors.Reporting;
using Microsoft.AspNetCore.Http;
using static MarketActors.Dashboard.Pages.Html;

namespace MarketActors.Dashboard.Pages;

/// <summary>
/// An actor of a run: its books at the run's current date (refreshed live) or at a chosen date, and one of its
/// metrics over time.
/// </summary>
internal static class ActorPage
{
    public static async Task<IResult> Render(HttpContext context, string id, string actor, DateOnly? at, DashboardRuns runs)
    {
        var profile = await runs.ActorAsync(id, actor);
        var run = await runs.FindAsync(id);
        var info = await run.GetInfoAsync();
        var view = await run.GetActorAsync(actor, at);
        var world = (await runs.PlanAsync(id)).World;
        var sb = new StringBuilder();
        sb.Append("<div id=\"actor\" data-run=\"").Append(E(id)).Append("\" data-actor=\"").Append(E(actor)).Append("\" data-follow=\"")
            .Append(at is null ? "true" : "false").Append("\">");
        sb.Append("<p class=\"meta\"><a href=\"").Append(E(RunLink(id))).Append("\">← ").Append(E(info?.Title ?? id)).Append("</a></p>");
        sb.Append("<h1>").Append(E(profile.Name)).Append(" <span class=\"kind\">").Append(E(profile.Kind.ToString().ToLowerInvariant())).Append("</span></h1>");
        var relations = new List<string>();
        AddRelation(relations, "part of", profile.Parent, id, world);
        AddRelation(relations, "operated by", profile.Operator, id, world);
        AddRelation(relations, "owned by", profile.Owner, id, world);
        relations.AddRange(profile.Facts.Select(f => E($"{f.Key}: {f.Value}")));
        if (relations.Count > 0)
        {
            sb.Append("<p class=\"meta\">").Append(string.Join(" · ", relations)).Append("</p>");
        }

        sb.Append("<form class=\"row card\" method=\"get\" id=\"date-form\"><label>Books at <input type=\"date\" name=\"at\" id=\"at-input\" value=\"")
            .Append(at is { } d ? Dates.Iso(d) : string.Empty).Append('"');
        if (info?.First is { } first && info.Last is { } last)
        {
            sb.Append(" min=\"").Append(Dates.Iso(first)).Append("\" max=\"").Append(Dates.Iso(last)).Append('"');
        }

        sb.Append("></label><button type=\"submit\">Show</button><a href=\"").Append(E(ActorLink(id, actor))).Append("\">the run's current date</a></form>");
        sb.Append("<div id=\"books\">").Append(Books(view, at is null, world, id)).Append("</div>");
        sb.Append("<section class=\"card\"><h2>Over time</h2><label>Metric <select id=\"metric\">");
        var shown = view.Metrics.IsDefaultOrEmpty ? Metric.NetWorth : view.Metrics[0].Key;
        foreach (var metric in Metric.All)
        {
            sb.Append("<option value=\"").Append(E(metric.Name)).Append('"').Append(metric.Name == shown ? " selected" : string.Empty).Append('>')
                .Append(E($"{metric.Name} ({metric.Description})")).Append("</option>");
        }

        sb.Append("</select></label><img class=\"chart\" id=\"actor-chart\" alt=\"The metric over time\"></section></div>");
        return Page(context, profile.Name, sb.ToString(), "feed.js", "actor.js");
    }

    /// <summary>The actor's books as the run gives them at a date.</summary>
    public static string Books(ActorView view, bool current, World world, string runId)
    {
        var sb = new StringBuilder();
        var date = view.At is { } at ? Dates.Iso(at) : "before the first tick";
        sb.Append("<p class=\"note\" id=\"books-date\">").Append(E(current ? $"At the run's current date, {date}." : $"At the end of {date}.")).Append("</p>");
        sb.Append("<div class=\"columns\">");
        sb.Append(Pairs("Metrics", view.Metrics.Select(m => (m.Key, Format.Value(m.Value, Metric.UnitOf(m.Key)))), "metrics"));
        sb.Append(Pairs("Balances (debit positive)", view.Balances.Select(b => (b.Key, Format.Money(b.Value))), "balances"));
        sb.Append(Pairs("Memo (money that has not moved)", view.Memo.Select(b => (b.Key, Format.Money(b.Value))), "memo"));
        sb.Append("</div>");
        if (view.Books is not { } books)
        {
            return sb.Append("<p class=\"note\">Registers, capacity by GPU model and records are given for the run's current date while no tick is in flight.</p>").ToString();
        }

        var parts = new List<string>();
        if (books.Valuation is { } valuation)
        {
            parts.Add(Pairs("Valuation (100% of equity)", [("valuation", Format.Money(valuation))]));
        }

        AddIfAny(parts, "Holders", books.Holders.Select(h => (world.NameOf(h.Actor), Format.Percent(h.Value))), "holders");
        AddIfAny(parts, "Stakes held", books.Stakes.Select(h => (world.NameOf(h.Actor), Format.Percent(h.Value))), "stakes");
        AddIfAny(parts, "Debt owed, at face", books.DebtOwed.Select(h => (world.NameOf(h.Actor), Format.Money(h.Value))), "debt-owed");
        AddIfAny(parts, "Debt held, at face", books.DebtHeld.Select(h => (world.NameOf(h.Actor), Format.Money(h.Value))), "debt-held");
        if (books.DebtPrice is { } price)
        {
            parts.Add(Pairs("Price of its debt", [("last price", price.Render(Format.Percent))]));
        }

        AddIfAny(parts, "Regions of its data-centre plan", books.DatacenterRegions.Select(r => (r.Region, Format.Number(r.Count, 0))), "regions");
        sb.Append("<div class=\"columns\">").Append(string.Concat(parts)).Append("</div>");
        if (!books.Capacity.IsDefaultOrEmpty)
        {
            sb.Append(Capacity("Capacity by GPU model (own)", books.Capacity, "capacity"));
        }

        if (!books.RolledUp.IsDefaultOrEmpty)
        {
            sb.Append(Capacity("Capacity rolled up from its sites, by GPU model", books.RolledUp, "rolled-up"));
        }

        if (books.Power is not null || books.RolledUpPower is not null)
        {
            var power = new Reporting.Tables.TableBuilder("Power of its own (apart from GPU watts)", "Whose", "Planned (whole plan)", "Under construction", "Online");
            foreach (var (whose, line) in new[] { ("own", books.Power), ("rolled up from its sites", books.RolledUpPower) })
            {
                if (line is not null)
                {
                    power.Row(whose, line.PlannedFigure.Render(Format.Power), line.BuildingFigure.Render(Format.Power), line.OnlineFigure.Render(Format.Power));
                }
            }

            sb.Append(Table(power.Build(), "power"));
        }

        sb.Append("<section class=\"report\" id=\"records\"><h3>Records</h3>");
        if (books.Records.IsDefaultOrEmpty)
        {
            sb.Append("<p class=\"empty\">None.</p>");
        }
        else
        {
            sb.Append("<ul>");
            foreach (var record in books.Records)
            {
                sb.Append("<li>").Append(E($"{Dates.Iso(record.At)} · {record.Kind}: {record.Text}")).Append("</li>");
            }

            sb.Append("</ul>");
        }

        return sb.Append("</section>").ToString();
    }

    private static string Capacity(string title, IEnumerable<Domain.Books.CapacityLine> lines, string id)
    {
        var table = new Reporting.Tables.TableBuilder(title, "GPU", "Planned (whole plan)", "Under construction", "Online");
        foreach (var line in lines)
        {
            table.Row(line.Gpu == Domain.Actors.GpuModel.Unstated ? "not stated" : line.Gpu, Count(line.PlannedFigure), Count(line.BuildingFigure), Count(line.OnlineFigure));
        }

        return Table(table.Build(), id);
    }

    private static string Count(Domain.Values.Figure stated) => stated.Render(v => Format.Number(v, 0));

    private static void AddIfAny(List<string> parts, string title, IEnumerable<(string Name, string Value)> rows, string id)
    {
        var list = rows.ToList();
        if (list.Count > 0)
        {
            parts.Add(Pairs(title, list, id));
        }
    }

    private static void AddRelation(List<string> relations, string label, ActorId? other, string runId, World world)
    {
        if (other is { } o)
        {
            relations.Add($"{E(label)} <a href=\"{E(ActorLink(runId, o.Value))}\">{E(world.NameOf(o))}</a>");
        }
    }
}
