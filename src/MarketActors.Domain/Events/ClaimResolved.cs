using MarketActors.Domain.Actors;

namespace MarketActors.Domain.Events;

/// <summary>
/// A claim was settled: confirmed or contradicted by a later event (a commitment that shows the money was there), or
/// withdrawn. The claim and its figure stay on the subject's books; the outcome is kept beside them.
/// </summary>
/// <param name="Subject">The actor the claim is about; set from the claim named.</param>
/// <param name="Claim">The id of the claim-made event.</param>
/// <param name="Outcome">How it was settled.</param>
/// <param name="By">The id of the event whose figures settle it, if any.</param>
[GenerateSerializer, Immutable, Alias("ma.claim-resolved")]
public sealed record ClaimResolved(
    [property: Id(0)] ActorId Subject,
    [property: Id(1)] string Claim,
    [property: Id(2)] ClaimOutcome Outcome,
    [property: Id(3)] string? By) : MarketEvent
{
    /// <inheritdoc />
    public override ActorId Primary => Subject;

    /// <inheritdoc />
    public override IEnumerable<ActorId> Actors => [Subject];

    /// <inheritdoc />
    public override string Describe(INameLookup names) =>
        $"{names.NameOf(Subject)}: claim {Claim} {Outcome.ToString().ToLowerInvariant()}" + (By is null ? string.Empty : $" by {By}");
}
