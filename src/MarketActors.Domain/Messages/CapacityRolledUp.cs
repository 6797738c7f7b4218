using MarketActors.Domain.Actors;
using MarketActors.Domain.Books;

namespace MarketActors.Domain.Messages;

/// <summary>A change of a site's GPUs, for an actor its capacity rolls up to.</summary>
[GenerateSerializer, Immutable, Alias("ma.msg.capacity-rolled-up")]
public sealed record CapacityRolledUp([property: Id(0)] ActorId Site, [property: Id(1)] string Gpu, [property: Id(2)] decimal Planned, [property: Id(3)] decimal Building, [property: Id(4)] decimal Online) : Payload
{
    /// <summary>The site's line of the model after the change, with its qualifiers; without it the change counts as exact.</summary>
    [Id(5)]
    public CapacityLine? Line { get; init; }
}
