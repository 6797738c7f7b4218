namespace MarketActors.Domain.Actors;

/// <summary>A person or body that speaks in a story (claims, statements, odds) but holds no books in it.</summary>
/// <param name="Id">The id events use in <c>by:</c> fields.</param>
/// <param name="Name">The display name.</param>
/// <param name="Role">What they are, for the reader ("US President", "prediction market").</param>
[GenerateSerializer, Immutable, Alias("ma.person-profile")]
public sealed record PersonProfile([property: Id(0)] string Id, [property: Id(1)] string Name, [property: Id(2)] string? Role);
