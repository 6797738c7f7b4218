using System.Collections.Immutable;

namespace MarketActors.Domain.Actors;

/// <summary>The static facts about an actor, as the scenario declares them.</summary>
/// <param name="Id">The actor's id.</param>
/// <param name="Kind">The actor's kind.</param>
/// <param name="Name">The display name.</param>
/// <param name="Parent">For a project: the project it is part of (capacity rolls up to it).</param>
/// <param name="Operator">For a project: the actor that operates it (capacity rolls up to it).</param>
/// <param name="Owner">For a project: the actor that owns it (capacity rolls up to it).</param>
/// <param name="Partners">For a project: the actors behind it.</param>
/// <param name="Builders">For a project: the actors building it.</param>
/// <param name="ValuedAtNav">True when the actor's equity is always worth its net assets (a fund, a holding): its holders follow every change of its books.</param>
/// <param name="Facts">Descriptive facts (site, area, sector...), in the order written.</param>
[GenerateSerializer, Immutable, Alias("ma.actor-profile")]
public sealed record ActorProfile(
    [property: Id(0)] ActorId Id,
    [property: Id(1)] ActorKind Kind,
    [property: Id(2)] string Name,
    [property: Id(3)] ActorId? Parent,
    [property: Id(4)] ActorId? Operator,
    [property: Id(5)] ActorId? Owner,
    [property: Id(6)] ImmutableArray<ActorId> Partners,
    [property: Id(7)] ImmutableArray<ActorId> Builders,
    [property: Id(8)] bool ValuedAtNav,
    [property: Id(9)] ImmutableArray<ActorFact> Facts)
{
    /// <summary>A profile with no relations and no facts.</summary>
    public static ActorProfile Simple(ActorId id, ActorKind kind, string name) =>
        new(id, kind, name, null, null, null, [], [], false, []);

    /// <summary>The profile of the implicit <see cref="ActorId.Outside"/> actor.</summary>
    public static ActorProfile OutsideProfile { get; } = Simple(ActorId.Outside, ActorKind.External, "Outside the scenario");
}
