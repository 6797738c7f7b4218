using System.Collections.Immutable;
using MarketActors.Domain.Actors;
using MarketActors.Domain.Books;

namespace MarketActors.Domain.Engine;

/// <summary>What applying one message did to one actor's books.</summary>
/// <param name="EventSeq">The scenario event the message came from.</param>
/// <param name="Step">The superstep it was applied in.</param>
/// <param name="Actor">The actor whose books it changed.</param>
/// <param name="Index">Its position in that actor's inbox for that superstep.</param>
/// <param name="Deltas">The metrics it changed, by metric name.</param>
/// <param name="Lines">The ledger lines it posted.</param>
[GenerateSerializer, Immutable, Alias("ma.applied-message")]
public sealed record AppliedMessage(
    [property: Id(0)] int EventSeq,
    [property: Id(1)] int Step,
    [property: Id(2)] ActorId Actor,
    [property: Id(3)] int Index,
    [property: Id(4)] ImmutableArray<Delta> Deltas,
    [property: Id(5)] ImmutableArray<LedgerLine> Lines)
{
    /// <summary>Orders applied messages as they were applied: by superstep, actor and inbox position.</summary>
    public static IComparer<AppliedMessage> ApplicationOrder { get; } = Comparer<AppliedMessage>.Create((a, b) =>
    {
        var c = a.Step.CompareTo(b.Step);
        if (c == 0)
        {
            c = a.Actor.CompareTo(b.Actor);
        }

        return c != 0 ? c : a.Index.CompareTo(b.Index);
    });
}
