using System.Collections.Immutable;
using MarketActors.Domain.Actors;
using MarketActors.Domain.Values;

namespace MarketActors.Domain.Events;

/// <summary>
/// A court ruled in a lawsuit, or its parties settled. Damages (or the settlement's sums) are paid by defendants to
/// plaintiffs, as transfers booked on both sides; every party keeps a record.
/// </summary>
/// <param name="Lawsuit">The id of the lawsuit-filed event.</param>
/// <param name="Outcome">What was decided.</param>
/// <param name="Damages">The money paid, by whom to whom.</param>
/// <param name="AppealOf">The id of the earlier ruling this one decides an appeal of, if any.</param>
/// <param name="Plaintiffs">The suit's plaintiffs; set from the lawsuit named.</param>
/// <param name="Defendants">The suit's defendants, the first of whom applies the ruling; set from the lawsuit named.</param>
[GenerateSerializer, Immutable, Alias("ma.ruling-made")]
public sealed record RulingMade(
    [property: Id(0)] string Lawsuit,
    [property: Id(1)] RulingOutcome Outcome,
    [property: Id(2)] ImmutableArray<Payment> Damages,
    [property: Id(3)] string? AppealOf,
    [property: Id(4)] ImmutableArray<ActorId> Plaintiffs,
    [property: Id(5)] ImmutableArray<ActorId> Defendants) : MarketEvent
{
    /// <inheritdoc />
    public override ActorId Primary => Defendants.IsDefaultOrEmpty ? ActorId.Outside : Defendants[0];

    /// <inheritdoc />
    public override IEnumerable<ActorId> Actors => [.. Defendants.IsDefault ? [] : Defendants, .. Plaintiffs.IsDefault ? [] : Plaintiffs];

    /// <summary>The outcome in a reader's words.</summary>
    public string Decided => Outcome switch
    {
        RulingOutcome.Dismissed => "dismissed",
        RulingOutcome.ForPlaintiffs => Plaintiffs.Length == 1 ? "for the plaintiff" : "for the plaintiffs",
        RulingOutcome.ForDefendants => Defendants.Length == 1 ? "for the defendant" : "for the defendants",
        _ => "settled",
    };

    /// <inheritdoc />
    public override string Describe(INameLookup names) =>
        $"{(AppealOf is null ? "Ruling" : $"Appeal of {AppealOf}")} in {Lawsuit}: {Decided}"
        + string.Concat((Damages.IsDefault ? [] : Damages).Select(d => $"; {names.NameOf(d.From)} pays {names.NameOf(d.To)} {Say.Money(d.Amount)}"));

    /// <inheritdoc />
    public override MarketEvent MapFigures(Func<string, Figure, Figure> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        ImmutableArray<Payment> mapped = [.. Damages.Select((d, i) => d with { Amount = map($"damages[{i}].amount", d.Amount) })];

        // The same figures give the same event, not a copy with an equal but distinct list.
        return mapped.SequenceEqual(Damages) ? this : this with { Damages = mapped };
    }
}
