using System.Collections.Immutable;
using MarketActors.Domain.Actors;
using MarketActors.Domain.Engine;
using MarketActors.Domain.Events;
using MarketActors.Domain.Messages;
using MarketActors.Domain.Tests.Support;
using MarketActors.Domain.Values;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using static MarketActors.Domain.Tests.Support.TestWorld;

namespace MarketActors.Domain.Tests.Conventions;

/// <summary>
/// What grains carry must come back from the Orleans serializer equal, member by member: records holding immutable
/// arrays compare by reference, so both sides are compared by <see cref="Canon"/>.
/// </summary>
public sealed class SerializationTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddSerializer().BuildServiceProvider();

    private Serializer Serializer => _services.GetRequiredService<Serializer>();

    public void Dispose() => _services.Dispose();

    [Fact]
    public void A_run_plan_with_every_event_type_round_trips()
    {
        var rich = ActorProfile.Simple(Id("abilene"), ActorKind.Project, "Abilene") with
        {
            Parent = Id("p"),
            Operator = Id("c"),
            Owner = Id("i"),
            Partners = [Id("c"), Id("i")],
            Builders = [Id("i")],
            ValuedAtNav = true,
            Facts = [new ActorFact("site", "Abilene, Texas"), new ActorFact("area", "875 acres")],
        };
        var world = World.Create("stargate-2025", "Stargate", [.. Samples.World.Actors, rich], [new PersonProfile("trump", "Donald Trump", "US President"), new PersonProfile("anon", "Anonymous", null)], [H100, GB200]);
        var events = Samples.Events
            .Select((e, i) => new ScheduledEvent(i, new DateOnly(2025, 1, 21).AddDays(i / 3), "Jan 2025", i % 2 == 0 ? "E" + i : null, e.GetType().Name, ["herald#F" + i, "quote"], i % 3 == 0 ? "a note" : null, e))
            .ToImmutableArray();
        // An event known late, with a revision of its figures, in a view of the story as known at a date.
        var model = events.First(e => e.Body is ModelReleased);
        var revision = new FigureRevision(new DateOnly(2025, 6, 10), new DateOnly(2025, 6, 11), "r1-cost", ["report#7"], [new RevisedFigure("training-cost", Metrics.MetricUnit.Usd, null, Figure.Of(1_600_000_000m))], model.Body);
        events = events.SetItem(model.Seq, model with { Known = new DateOnly(2025, 2, 1), Revisions = [revision] });
        var plan = new RunPlan(world, events, -1234567890123L) { KnownAt = new DateOnly(2025, 12, 31) };

        var copy = RoundTrip(plan);

        Assert.Equal(Canon.Of(plan), Canon.Of(copy));
        Assert.Equal(Samples.Events.Select(e => e.GetType()), copy.Events.Select(e => e.Body.GetType()));

        // The copy's lookups work: they are rebuilt, not carried.
        Assert.Equal(Id("p"), copy.World.Profile(Id("abilene")).Parent);
        Assert.Equal(GB200, copy.World.Gpu("GB200"));
        Assert.Equal("Donald Trump", copy.World.NameOfParty("trump"));
        Assert.Equal([Id("c"), Id("i"), Id("p"), Id("q")], copy.World.RollupTargets(Id("abilene")).ToArray()); // p's parent q too
    }

    [Fact]
    public void A_run_output_round_trips()
    {
        var replay = new Replay(Samples.World);
        foreach (var e in Samples.Events)
        {
            replay.Tick(e);
        }

        var output = replay.Complete();

        var copy = RoundTrip(output);

        Assert.NotEmpty(output.Ledger);
        Assert.Contains(output.Actors, a => !a.DebtHeldPrices.IsEmpty && a.DebtPrice is null);
        Assert.Contains(output.Actors, a => !a.RolledUp.IsEmpty);
        Assert.Equal(Canon.Of(output), Canon.Of(copy));
    }

    [Fact]
    public void Every_payload_type_round_trips_in_a_message()
    {
        foreach (var (target, payload) in Samples.Payloads)
        {
            var message = new Message(new MessageKey(3, Id("c"), 1), target, payload);

            var copy = RoundTrip(message);

            Assert.IsType(payload.GetType(), copy.Payload);
            Assert.Equal(Canon.Of(message), Canon.Of(copy));
        }
    }

    [Fact]
    public void Decimals_keep_their_scale()
    {
        // Outputs print amounts as they are: a round trip must not turn 1.50 into 1.5 or the other way round.
        var figure = new Figure(1.50m, 2.000m, FigureBound.Range);

        var copy = RoundTrip(figure);

        Assert.Equal("1.50", copy.Low.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("2.000", copy.High.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_rule_violation_keeps_its_event_and_message()
    {
        var error = new RuleViolationException(17, "The sellers hold $0 and cannot sell $1.");

        var copy = RoundTrip(error);

        Assert.Equal(17, copy.EventSeq);
        Assert.Equal(error.Message, copy.Message);
    }

    private T RoundTrip<T>(T value) => Serializer.Deserialize<T>(Serializer.SerializeToArray(value)) ?? throw new InvalidOperationException("Deserialized to null.");
}
