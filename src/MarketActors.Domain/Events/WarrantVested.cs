using MarketActors.Domain.Actors;

namespace MarketActors.Domain.Events;

/// <summary>Part of a warrant vested, as a milestone was reached; the holder's warrant is re-valued with it.</summary>
/// <param name="Company">The company of the warrant; set from the warrant named.</param>
/// <param name="Warrant">The warrant's id.</param>
/// <param name="Amount">What vested: shares, or a share of the company, as the warrant is stated.</param>
/// <param name="Milestone">The milestone reached, if stated.</param>
[GenerateSerializer, Immutable, Alias("ma.warrant-vested")]
public sealed record WarrantVested(
    [property: Id(0)] ActorId Company,
    [property: Id(1)] string Warrant,
    [property: Id(2)] decimal Amount,
    [property: Id(3)] string? Milestone) : MarketEvent
{
    /// <inheritdoc />
    public override ActorId Primary => Company;

    /// <inheritdoc />
    public override IEnumerable<ActorId> Actors => [Company];

    /// <inheritdoc />
    public override string Describe(INameLookup names) =>
        $"{names.NameOf(Company)}: {Metrics.Format.Number(Amount, 4)} of warrant {Warrant} vest" + (Milestone is null ? string.Empty : $" ({Milestone})");
}
