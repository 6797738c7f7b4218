using System.Collections.Immutable;
using MarketActors.Contracts;
using MarketActors.Domain.Actors;
using MarketActors.Domain.Books;
using MarketActors.Domain.Engine;
using MarketActors.Domain.Messages;
using MarketActors.Domain.Output;

namespace MarketActors.Grains;

/// <summary>
/// An actor of a run. It owns the actor's <see cref="ActorBook"/>, keeps an inbox per superstep, and on the
/// coordinator's order applies it through <see cref="Superstep.Run"/>, then delivers the outgoing messages to
/// their targets directly, one call per target.
/// </summary>
[CollectionAgeLimit(Days = 7)]
public sealed class ActorGrain : Grain, IActorGrain
{
    private readonly WorldCache _worlds;
    private readonly Dictionary<(int Tick, int Step), SortedDictionary<ActorId, ImmutableArray<Message>>> _inboxes = [];
    private (int Tick, int Step, StepReport Report)? _lastReport;
    private string _runId = string.Empty;
    private ActorId _self;
    private World? _world;
    private ActorBook? _book;

    /// <summary>Creates the grain.</summary>
    public ActorGrain(WorldCache worlds)
    {
        _worlds = worlds;
    }

    /// <inheritdoc />
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // Orleans 10.4.2 starts a new activation's message loop under the activation's lock, and when activation
        // completes synchronously it runs the first requests right there. An actor's first superstep delivers to
        // other actors, which takes their locks: two new actors delivering to each other would wait on each other
        // for good. Yielding makes activation complete asynchronously, so no request runs under that lock.
        await Task.Yield();
        (_runId, _self) = GrainKeys.ParseActor(this.GetPrimaryKeyString());
        _world = await _worlds.Get(GrainFactory, _runId);
        _book = new ActorBook(_world, _self);
    }

    /// <inheritdoc />
    async Task<StepReport> IActorGrain.RunSuperstep(StepRequest request)
    {
        if (_lastReport is { } last && last.Tick == request.Tick && last.Step == request.Step)
        {
            return last.Report;
        }

        var inbox = new List<Message>(request.Seeded);
        if (_inboxes.Remove((request.Tick, request.Step), out var delivered))
        {
            foreach (var batch in delivered.Values)
            {
                inbox.AddRange(batch);
            }
        }

        var outcome = Superstep.Run(_book!, _world!, request.At, request.Step, inbox);
        var sentTo = ImmutableArray.CreateBuilder<ActorId>();
        var deliveries = new List<Task>();
        foreach (var group in Superstep.ByTarget(outcome.Outgoing))
        {
            sentTo.Add(group.Key);
            deliveries.Add(GrainFactory.Actor(_runId, group.Key).Deliver(request.Tick, request.Step + 1, _self, [.. group]));
        }

        await Task.WhenAll(deliveries);
        var report = new StepReport(outcome.Applied, sentTo.ToImmutable());
        _lastReport = (request.Tick, request.Step, report);
        return report;
    }

    /// <inheritdoc />
    Task IActorGrain.Deliver(int tick, int step, ActorId sender, ImmutableArray<Message> messages)
    {
        if (!_inboxes.TryGetValue((tick, step), out var inbox))
        {
            _inboxes[(tick, step)] = inbox = new SortedDictionary<ActorId, ImmutableArray<Message>>(ActorId.Comparer);
        }

        inbox[sender] = messages;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    Task<ActorSnapshot> IActorGrain.GetSnapshot() => Task.FromResult(_book!.Snapshot());
}
