using System.Collections.Immutable;
using MarketActors.Domain.Books;
using MarketActors.Domain.Events;
using MarketActors.Domain.Metrics;

namespace MarketActors.Domain.Engine;

/// <summary>
/// What one scheduled event's cascade did within its tick: how many supersteps it reached, how many messages it
/// applied on how many actors, how much money it moved between actors and how many GPUs it brought online. It is
/// what telemetry reports per event; the books themselves are in the run's outputs.
/// </summary>
/// <param name="Event">The event.</param>
/// <param name="Supersteps">How deep it went: one past the last superstep that applied one of its messages (1 when only its primary actor applied it).</param>
/// <param name="Messages">The messages of its cascade that were applied, on every actor.</param>
/// <param name="Actors">The distinct actors that applied one of its messages.</param>
/// <param name="CapitalMoved">The cash paid from one actor to another, each payment counted once (on the payer's side).</param>
/// <param name="GpusOnline">The GPUs it brought online at sites, counted where they stand, not again where they roll up.</param>
public sealed record Cascade(ScheduledEvent Event, int Supersteps, int Messages, int Actors, decimal CapitalMoved, decimal GpusOnline)
{
    /// <summary>
    /// Summarises a tick's applied messages by event, one cascade per scheduled event of the tick, in schedule order.
    /// </summary>
    public static ImmutableArray<Cascade> Of(Tick tick, IEnumerable<AppliedMessage> applied)
    {
        ArgumentNullException.ThrowIfNull(tick);
        ArgumentNullException.ThrowIfNull(applied);
        var bySeq = applied.ToLookup(m => m.EventSeq);
        var cascades = ImmutableArray.CreateBuilder<Cascade>(tick.Events.Length);
        foreach (var e in tick.Events)
        {
            var messages = bySeq[e.Seq].ToList();
            var capital = messages
                .SelectMany(m => m.Lines)
                .Where(IsPayment)
                .Sum(l => -l.Amount);

            // Superstep 0 applies the event at its primary actor (a site, for a deployment); later supersteps only
            // roll that change up, so counting there would count the same GPUs again at each owner.
            var gpus = messages
                .Where(m => m.Step == 0)
                .SelectMany(m => m.Deltas)
                .Where(d => d.Metric == Metric.GpusOnline)
                .Sum(d => d.After - d.Before);
            cascades.Add(new Cascade(
                e,
                messages.Count == 0 ? 0 : messages.Max(m => m.Step) + 1,
                messages.Count,
                messages.Select(m => m.Actor).Distinct().Count(),
                capital,
                gpus));
        }

        return cascades.MoveToImmutable();
    }

    /// <summary>The payer's side of a payment: cash credited on the balance book with another actor opposite.</summary>
    private static bool IsPayment(LedgerLine line) =>
        line.Book == Accounts.BalanceBook && line.Account == Accounts.Cash && line.Amount < 0 && line.Counterparty is not null;
}
