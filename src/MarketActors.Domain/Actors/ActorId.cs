namespace MarketActors.Domain.Actors;

/// <summary>The identifier of an actor in a scenario: lower-case kebab-case, unique in its scenario.</summary>
[GenerateSerializer, Immutable, Alias("ma.actor-id")]
public readonly record struct ActorId([property: Id(0)] string Value) : IComparable<ActorId>
{
    /// <summary>The implicit actor standing for everyone outside the scenario (sellers, buyers, the market).</summary>
    public static readonly ActorId Outside = new("outside");

    /// <inheritdoc />
    public int CompareTo(ActorId other) => string.CompareOrdinal(Value, other.Value);

    /// <inheritdoc />
    public override string ToString() => Value;

    /// <summary>Orders actors by id, ordinally, so that every iteration over actors is reproducible.</summary>
    public static IComparer<ActorId> Comparer { get; } = Comparer<ActorId>.Create((a, b) => a.CompareTo(b));

    /// <summary>Compares two ids ordinally.</summary>
    public static bool operator <(ActorId left, ActorId right) => left.CompareTo(right) < 0;

    /// <summary>Compares two ids ordinally.</summary>
    public static bool operator >(ActorId left, ActorId right) => left.CompareTo(right) > 0;

    /// <summary>Compares two ids ordinally.</summary>
    public static bool operator <=(ActorId left, ActorId right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two ids ordinally.</summary>
    public static bool operator >=(ActorId left, ActorId right) => left.CompareTo(right) >= 0;
}
