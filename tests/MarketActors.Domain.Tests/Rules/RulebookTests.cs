using MarketActors.Domain.Books;
using MarketActors.Domain.Engine;
using MarketActors.Domain.Events;
using MarketActors.Domain.Messages;
using MarketActors.Domain.Tests.Support;

namespace MarketActors.Domain.Tests.Rules;

public sealed class RulebookTests
{
    public static TheoryData<string> EventTypes => [.. Samples.Events.Select(e => e.GetType().Name).Distinct()];

    [Fact]
    public void The_samples_cover_every_event_and_payload_type()
    {
        var assembly = typeof(MarketEvent).Assembly;
        var events = assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(MarketEvent)) && !t.IsAbstract).Select(t => t.Name).Order();
        var payloads = assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Payload)) && !t.IsAbstract).Select(t => t.Name).Order();

        Assert.Equal(events, Samples.Events.Select(e => e.GetType().Name).Distinct().Order());
        Assert.Equal(payloads, Samples.Payloads.Select(p => p.Payload.GetType().Name).Distinct().Order());
    }

    [Theory]
    [MemberData(nameof(EventTypes))]
    public void Every_event_type_has_a_rule(string type)
    {
        // On fresh books a rule may refuse an event (a sale of debt nobody holds), but some rule must judge it.
        foreach (var e in Samples.Events.Where(e => e.GetType().Name == type))
        {
            var book = new ActorBook(Samples.World, e.Primary);
            var message = new Message(MessageKey.ForEvent(0), e.Primary, new EventOccurred(e));

            var error = Record.Exception(() => Superstep.Run(book, Samples.World, new DateOnly(2025, 1, 1), 0, [message]));

            Assert.True(error is null or RuleViolationException, $"{type}: {error}");
        }
    }

    [Fact]
    public void Every_event_type_applies_in_one_run_one_after_another()
    {
        var replay = new Replay(Samples.World, Invariants.AfterMessage);

        foreach (var e in Samples.Events)
        {
            replay.Tick(e);
            Invariants.Settled(replay);
        }

        Assert.Equal(Samples.Events.Count, replay.Complete().Timeline.Length);
    }

    [Fact]
    public void Every_payload_type_has_a_rule()
    {
        // Each payload goes to the actor it is for; the seller's debt leg follows its loan in the same inbox.
        var books = new Dictionary<string, ActorBook>();
        var ordinal = 0;
        var inboxes = Samples.Payloads
            .Select(p => new Message(new MessageKey(0, new Actors.ActorId("sender"), ordinal++), p.Target, p.Payload))
            .GroupBy(m => m.Target);

        foreach (var inbox in inboxes)
        {
            var book = new ActorBook(Samples.World, inbox.Key);

            var outcome = Superstep.Run(book, Samples.World, new DateOnly(2025, 1, 1), 1, inbox);

            Assert.Equal(inbox.Count(), outcome.Applied.Length);
            Assert.False(book.IsEmpty);
        }
    }

    [Fact]
    public void A_payload_type_without_a_rule_is_an_error_not_a_silent_no_op()
    {
        var book = new ActorBook(Samples.World, new Actors.ActorId("c"));
        var message = new Message(MessageKey.ForEvent(0), book.Id, new Unknown());

        var error = Assert.Throws<InvalidOperationException>(() => Superstep.Run(book, Samples.World, new DateOnly(2025, 1, 1), 0, [message]));

        Assert.Contains("No rule applies Unknown", error.Message, StringComparison.Ordinal);
    }

    private sealed record Unknown : Payload;
}
