using MarketActors.Domain.Actors;
using MarketActors.Domain.Books;

namespace MarketActors.Domain.Messages;

/// <summary>A change of a site's own power, for an actor its capacity rolls up to.</summary>
/// <param name="Site">The site.</param>
/// <param name="Planned">The change of the plan, in MW.</param>
/// <param name="Building">The change of power under construction.</param>
/// <param name="Online">The change of power online.</param>
/// <param name="Line">The site's power after the change, with its qualifiers.</param>
[GenerateSerializer, Immutable, Alias("ma.msg.power-rolled-up")]
public sealed record PowerRolledUp(
    [property: Id(0)] ActorId Site,
    [property: Id(1)] decimal Planned,
    [property: Id(2)] decimal Building,
    [property: Id(3)] decimal Online,
    [property: Id(4)] PowerLine Line) : Payload;
