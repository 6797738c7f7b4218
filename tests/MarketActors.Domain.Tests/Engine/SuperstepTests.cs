using MarketActors.Domain.Actors;
using MarketActors.Domain.Books;
using MarketActors.Domain.Engine;
using MarketActors.Domain.Events;
using MarketActors.Domain.Messages;
using MarketActors.Domain.Tests.Support;
using MarketActors.Domain.Values;
using static MarketActors.Domain.Tests.Support.TestWorld;

namespace MarketActors.Domain.Tests.Engine;

public sealed class SuperstepTests
{
    private static readonly DateOnly At = new(2025, 1, 21);

    /// <summary>An inbox for "i" whose outcome depends on the order it is applied in.</summary>
    private static readonly Message[] Inbox =
    [
        new(new MessageKey(9, Id("c"), 2), Id("i"), new StakeBought(Id("c"), 0.1m, 100m, [new ActorAmount(Id("c"), 10m)])),
        new(new MessageKey(9, Id("nav"), 0), Id("i"), new RecordNoted(new BookRecord(9, At, "data-received", "a corpus"))),
        new(new MessageKey(10, Id("c"), 0), Id("i"), new StakeRepriced(Id("c"), 0.1m, 120m)),
        new(new MessageKey(10, Id("c"), 1), Id("i"), new LoanFunded(Id("c"), 1_000m)),
        new(MessageKey.ForEvent(11), Id("i"), new EventOccurred(new DonationMade(Id("i"), Id("nav"), Figure.Of(5m)))),
        new(new MessageKey(11, Id("c"), 0), Id("i"), new StakeRepriced(Id("c"), 0.2m, 130m)),
        new(new MessageKey(12, Id("p"), 0), Id("i"), new PledgeRecorded(Id("p"), 7m, false)),
        new(new MessageKey(12, Id("q"), 0), Id("i"), new CapitalContributed(Id("q"), 3m)),
        new(new MessageKey(13, Id("c"), 0), Id("i"), new DebtRepriced(Id("c"), Figure.Of(0.9m))),
        new(new MessageKey(13, Id("c"), 1), Id("i"), new StakeRepriced(Id("c"), 0.1m, 90m)),
        new(new MessageKey(14, Id("c"), 0), Id("i"), new DebtSoldLeg(Id("c"), 500m, 450m, Id("nav"))),
        new(new MessageKey(14, Id("c"), 1), Id("i"), new DebtRepriced(Id("c"), Figure.Of(0.8m))),
    ];

    [Fact]
    public void The_outcome_is_the_same_whatever_the_order_of_the_inbox()
    {
        var (expected, expectedBook) = RunOn(Inbox);
        var random = new Random(42);

        for (var i = 0; i < 50; i++)
        {
            var shuffled = Inbox.ToArray();
            random.Shuffle(shuffled);

            var (outcome, book) = RunOn(shuffled);

            Assert.Equal(expected, outcome);
            Assert.Equal(expectedBook, book);
        }
    }

    [Fact]
    public void The_order_of_this_inbox_matters_so_the_sort_is_what_makes_it_deterministic()
    {
        var (_, sorted) = RunOn(Inbox);

        // The same messages applied one by one in reverse: the seller's leg comes before the loan it sells from.
        var book = new ActorBook(Samples.World, Id("i"));
        Assert.Throws<RuleViolationException>(() =>
        {
            foreach (var message in Inbox.Reverse())
            {
                Superstep.Run(book, Samples.World, At, 1, [message]);
            }
        });

        // Without that leg, the last price seen differs: 90 (seq 13) sorted, 120 (seq 10) reversed.
        var withoutSale = Inbox.Where(m => m.Payload is not DebtSoldLeg).ToArray();
        var reversed = new ActorBook(Samples.World, Id("i"));
        foreach (var message in withoutSale.Reverse())
        {
            Superstep.Run(reversed, Samples.World, At, 1, [message]);
        }

        Assert.NotEqual(Canon.Of(reversed.Snapshot()), sorted);
    }

    [Fact]
    public void Messages_are_applied_by_event_then_sender_then_ordinal()
    {
        var book = new ActorBook(Samples.World, Id("i"));

        var outcome = Superstep.Run(book, Samples.World, At, 1, Inbox.Reverse());

        Assert.Equal(Enumerable.Range(0, Inbox.Length), outcome.Applied.Select(a => a.Index));
        Assert.Equal(Inbox.Select(m => m.Key.EventSeq), outcome.Applied.Select(a => a.EventSeq));

        // The last reprice of the stake in c (seq 13, from c, ordinal 1) is the one that stands: 0.1 × 90.
        Assert.Equal(9m, book.Balance(Accounts.Stake(Id("c"))));
    }

    [Fact]
    public void Outgoing_messages_are_keyed_by_their_cause_this_sender_and_a_count_across_the_inbox()
    {
        var book = new ActorBook(Samples.World, Id("p"));
        Message[] inbox =
        [
            new(MessageKey.ForEvent(5), Id("p"), new EventOccurred(new CapitalCalled(Id("p"), Id("i"), Figure.Of(1m)))),
            new(MessageKey.ForEvent(4), Id("p"), new EventOccurred(new FundingPledged(Id("p"), Figure.Of(2m), Id("c"), null))),
            new(MessageKey.ForEvent(6), Id("p"), new EventOccurred(new GpusPlanned(Id("p"), "H100", Figure.Of(10m), null))),
        ];

        var outcome = Superstep.Run(book, Samples.World, At, 0, inbox);

        // Event 4 sends the pledge to c; event 5 the contribution to i; event 6 the rollup to c and q (p's operator
        // and parent), numbered 0 to 3 in that order.
        Assert.Equal(
            [
                (new MessageKey(4, Id("p"), 0), Id("c")),
                (new MessageKey(5, Id("p"), 1), Id("i")),
                (new MessageKey(6, Id("p"), 2), Id("c")),
                (new MessageKey(6, Id("p"), 3), Id("q")),
            ],
            outcome.Outgoing.Select(m => (m.Key, m.Target)).ToArray());
    }

    [Fact]
    public void A_message_for_another_actor_is_refused()
    {
        var book = new ActorBook(Samples.World, Id("i"));
        var message = new Message(MessageKey.ForEvent(0), Id("c"), new RecordNoted(new BookRecord(0, At, "x", "y")));

        Assert.Throws<InvalidOperationException>(() => Superstep.Run(book, Samples.World, At, 0, [message]));
    }

    [Fact]
    public void ByTarget_groups_messages_by_actor_in_id_order()
    {
        var groups = Superstep.ByTarget(Inbox.Select((m, i) => m with { Target = Id(i % 2 == 0 ? "z" : "a") })).ToArray();

        Assert.Equal([Id("a"), Id("z")], groups.Select(g => g.Key));
        Assert.Equal(Inbox.Length, groups.Sum(g => g.Count()));
    }

    [Fact]
    public void A_runaway_cascade_names_the_first_event_of_its_tick()
    {
        var e = new ScheduledEvent(17, At, "2025-01-21", null, "valuation-marked", [], null, new ValuationMarked(Id("c"), null, 0.1m, null));

        var error = Superstep.Runaway(new Tick(3, At, [e]));

        Assert.Equal(17, error.EventSeq);
        Assert.Contains("2025-01-21", error.Message, StringComparison.Ordinal);
        Assert.Contains("1000 supersteps", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Applying_an_inbox_one_message_at_a_time_gives_the_same_run_as_applying_it_whole()
    {
        // The test replayer applies one message at a time to check invariants between messages: it must not change
        // what a run produces.
        var whole = new Replay(Generator.World);
        var single = new Replay(Generator.World, (_, _, _) => { });
        var generator = new Generator(7);
        for (var i = 0; i < 60; i++)
        {
            var e = generator.Next(whole);
            var refused = Record.Exception(() => whole.Tick(e));
            var refusedToo = Record.Exception(() => single.Tick(e));
            Assert.Equal(refused?.GetType(), refusedToo?.GetType());
        }

        Assert.Equal(Canon.Of(whole.Complete()), Canon.Of(single.Complete()));
    }

    private static (string Outcome, string Book) RunOn(IEnumerable<Message> inbox)
    {
        var book = new ActorBook(Samples.World, Id("i"));
        var outcome = Superstep.Run(book, Samples.World, At, 1, inbox);
        return (Canon.Of(outcome), Canon.Of(book.Snapshot()));
    }
}
