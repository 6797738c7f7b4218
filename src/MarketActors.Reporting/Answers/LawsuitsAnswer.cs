using MarketActors.Domain.Books;
using MarketActors.Domain.Events;
using MarketActors.Domain.Metrics;
using MarketActors.Reporting.Tables;

namespace MarketActors.Reporting.Answers;

/// <summary>Each lawsuit: its parties, its rulings (appeals included) and the money each ruling moved.</summary>
public static class LawsuitsAnswer
{
    /// <summary>The table, or nothing when the run has no lawsuits.</summary>
    public static IEnumerable<ReportTable> Build(RunView run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var suits = run.Events<LawsuitFiled>().ToList();
        if (suits.Count == 0)
        {
            yield break;
        }

        var end = run.Plan.Events.Max(e => e.At);
        var rulings = run.Events<RulingMade>().ToList();
        var table = new TableBuilder("Lawsuits: parties, rulings and money paid", "Date", "Suit", "Plaintiffs", "Defendants", "What happened", "Money paid", "Source");
        foreach (var (e, suit) in suits)
        {
            var name = e.Id ?? suit.Claim;
            var plaintiffs = string.Join(", ", suit.Plaintiffs.Select(run.World.NameOf));
            var defendants = string.Join(", ", suit.Defendants.Select(run.World.NameOf));
            table.Row(Dates.Iso(e.At), name, plaintiffs, defendants, $"filed: {suit.Claim}", "—", RunView.Cite(e));
            var mine = rulings.Where(r => e.Id is not null && r.Body.Lawsuit == e.Id).ToList();
            var total = 0m;
            foreach (var (r, ruling) in mine)
            {
                var paid = Paid(run, r.Seq).ToList();

                // A refund on appeal (a plaintiff paying a defendant back) counts against what the defendants paid.
                total += paid.Sum(p => suit.Defendants.Contains(p.From) ? p.Amount : -p.Amount);
                var appeal = ruling.AppealOf is { } of && run.Event(of) is { } appealed ? $"on appeal of the ruling of {Dates.Iso(appealed.At)}: " : string.Empty;
                table.Row(Dates.Iso(r.At), name, plaintiffs, defendants, appeal + ruling.Decided,
                    paid.Count == 0 ? "—" : string.Join("; ", paid.Select(p => $"{run.World.NameOf(p.From)} → {run.World.NameOf(p.To)} {Format.Money(p.Amount)}")),
                    RunView.Cite(r));
            }

            if (mine.Count == 0)
            {
                table.Row(Dates.Iso(end), name, plaintiffs, defendants, "no ruling by the end", "—", "—");
            }
            else if (mine.Any(r => !r.Body.Damages.IsDefaultOrEmpty))
            {
                table.Note($"{name}: {Format.Money(total)} paid by the defendants to the plaintiffs in all, refunds on appeal deducted.");
            }
        }

        table.Note("Money paid moves cash from a defendant to a plaintiff; both book it against damages.");
        yield return table.Build();
    }

    /// <summary>What a ruling paid, from the payers' ledger legs.</summary>
    private static IEnumerable<(Domain.Actors.ActorId From, Domain.Actors.ActorId To, decimal Amount)> Paid(RunView run, int seq) =>
        run.LedgerOf(seq)
            .Where(l => l.Account == Accounts.Cash && l.Amount < 0 && l.Memo == "damages paid" && l.Counterparty is not null)
            .Select(l => (l.Actor, l.Counterparty!.Value, -l.Amount));
}
