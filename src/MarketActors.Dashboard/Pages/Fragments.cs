using System.Globalization;
using System.Text;
using MarketActors.Dashboard.Runs;
using MarketActors.Reporting;
using MarketActors.Reporting.Flows;
using static MarketActors.Dashboard.Pages.Html;

namespace MarketActors.Dashboard.Pages;

/// <summary>The parts of the run page that are rebuilt on the server after each update: answers and flows.</summary>
internal static class Fragments
{
    /// <summary>The answers to the analyst's questions over the ticks received so far, then the state now.</summary>
    public static string Answers(RunSoFarView run)
    {
        var sb = new StringBuilder();
        sb.Append("<p class=\"note\" id=\"answers-basis\" data-seq=\"").Append(run.State.Seq.ToString(CultureInfo.InvariantCulture)).Append("\">");
        if (run.State.Ticks.IsEmpty)
        {
            return sb.Append("No tick applied yet: start or step the run.</p>").ToString();
        }

        sb.Append(E($"Over the {run.State.Ticks.Length} of {run.State.Info.Ticks} ticks applied so far, to {Dates.Iso(run.State.Ticks[^1].At)}."));
        if (!run.Complete)
        {
            sb.Append(E(" (Registers and capacity by model show once no tick is in flight.)"));
        }

        sb.Append("</p>");
        var report = RunReport.Build(run.View);
        foreach (var table in report.Answers)
        {
            sb.Append(Table(table));
        }

        sb.Append("<h3 class=\"sub\">State now</h3>");
        foreach (var table in report.EndState)
        {
            sb.Append(Table(table));
        }

        return sb.ToString();
    }

    /// <summary>Money moved between actors: in total per payer and payee, then payment by payment.</summary>
    public static string Flows(RunSoFarView run)
    {
        var flows = MoneyFlows.From(run.View.Output.Ledger);
        if (flows.Count == 0)
        {
            return "<p class=\"empty\">No money has moved between actors yet.</p>";
        }

        return Table(MoneyFlows.TotalsTable(run.View), "flow-totals") + Table(MoneyFlows.Table(run.View), "flow-payments");
    }
}
