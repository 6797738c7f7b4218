using MarketActors.Domain.Actors;
using MarketActors.Domain.Metrics;
using MarketActors.Domain.Values;

namespace MarketActors.Domain.Events;

/// <summary>
/// A backer committed money to a company or project up to a total, released in steps as capacity comes online at the
/// recipient's sites ("up to $100B, $10B for each gigawatt deployed"): each whole <see cref="Per"/> brought online after
/// the commitment releases <see cref="Release"/>, never beyond <see cref="UpTo"/>.
/// </summary>
/// <param name="By">Who commits and pays.</param>
/// <param name="To">The recipient: its own capacity and that of every site that rolls up to it count.</param>
/// <param name="UpTo">The most the commitment releases in all.</param>
/// <param name="Release">What each step releases.</param>
/// <param name="Per">The capacity each step needs online: megawatts, or GPUs (<see cref="Unit"/>).</param>
/// <param name="Unit">What <see cref="Per"/> counts.</param>
/// <param name="As">What the money buys: shares at the recipient's valuation, or nothing (capital paid in).</param>
[GenerateSerializer, Immutable, Alias("ma.commitment-made")]
public sealed record CommitmentMade(
    [property: Id(0)] ActorId By,
    [property: Id(1)] ActorId To,
    [property: Id(2)] Figure UpTo,
    [property: Id(3)] Figure Release,
    [property: Id(4)] Figure Per,
    [property: Id(5)] ReleaseUnit Unit,
    [property: Id(6)] ReleaseAs As) : MarketEvent
{
    /// <inheritdoc />
    public override ActorId Primary => To;

    /// <inheritdoc />
    public override IEnumerable<ActorId> Actors => [To, By];

    /// <inheritdoc />
    public override IEnumerable<(ActorId Holder, ActorId Issuer)> Holdings => As == ReleaseAs.Investment ? [(By, To)] : [];

    /// <summary>The capacity each step needs, as a reader says it: "1 GW", "100,000 GPUs".</summary>
    public string Step => Unit == ReleaseUnit.Megawatts ? Say.Power(Per) : $"{Say.Count(Per)} GPUs";

    /// <inheritdoc />
    public override string Describe(INameLookup names) =>
        $"{names.NameOf(By)} commits up to {Format.Money(UpTo.Point)} to {names.NameOf(To)}, {Say.Money(Release)} for each {Step} brought online, "
        + (As == ReleaseAs.Investment ? "as an investment" : "as funding");

    /// <inheritdoc />
    public override MarketEvent MapFigures(Func<string, Figure, Figure> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return this with { UpTo = map("up-to", UpTo), Release = map("release", Release), Per = map(Unit == ReleaseUnit.Megawatts ? "per" : "per-gpus", Per) };
    }
}
