using MarketActors.Domain.Actors;
using MarketActors.Domain.Events;

namespace MarketActors.Domain.Tests.Support;

/// <summary>Small hand-built worlds for the tests.</summary>
internal static class TestWorld
{
    /// <summary>A GPU worth one H100: 1 PFLOPS, 700 W.</summary>
    public static GpuModel H100 { get; } = new("H100", 1m, 700m, 1m);

    /// <summary>A GPU worth 2.5 H100s: 2.5 PFLOPS, 1,200 W.</summary>
    public static GpuModel GB200 { get; } = new("GB200", 2.5m, 1_200m, 2.5m);

    public static ActorId Id(string id) => new(id);

    /// <summary>An event scheduled at a position and date, named after its type, citing nothing.</summary>
    public static ScheduledEvent Scheduled(int seq, DateOnly at, MarketEvent body) =>
        new(seq, at, at.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), null, body.GetType().Name, [], null, body);

    public static ActorProfile Company(string id, bool nav = false) =>
        ActorProfile.Simple(Id(id), ActorKind.Company, Name(id)) with { ValuedAtNav = nav };

    public static ActorProfile Investor(string id, bool nav = false) =>
        ActorProfile.Simple(Id(id), ActorKind.Investor, Name(id)) with { ValuedAtNav = nav };

    public static ActorProfile Project(string id, string? parent = null, string? op = null, string? owner = null) =>
        ActorProfile.Simple(Id(id), ActorKind.Project, Name(id)) with
        {
            Parent = parent is null ? null : Id(parent),
            Operator = op is null ? null : Id(op),
            Owner = owner is null ? null : Id(owner),
        };

    /// <summary>
    /// A diamond of ownership and more: abilene rolls up to stargate (parent) and oracle (operator), and both are owned
    /// by softbank.
    /// </summary>
    public static World Diamond(params ActorProfile[] more) =>
        Of(
        [
            Project("abilene", parent: "stargate", op: "oracle"),
            Project("stargate", owner: "softbank"),
            Company("oracle") with { Owner = Id("softbank") },
            Investor("softbank"),
            .. more,
        ]);

    public static World Of(params ActorProfile[] actors) =>
        World.Create("test", "A test world", actors, [new PersonProfile("analyst", "An Analyst", "analyst")], [H100, GB200]);

    private static string Name(string id) => char.ToUpperInvariant(id[0]) + id[1..];
}
