using System.Collections.Immutable;
using MarketActors.Domain.Actors;
using MarketActors.Domain.Messages;
using MarketActors.Domain.Output;
using Orleans.Concurrency;

namespace MarketActors.Contracts;

/// <summary>
/// One actor of one run (key: <c>{runId}/{actorId}</c>, see <see cref="GrainKeys"/>). It keeps its books, applies
/// its inbox when the coordinator orders a superstep, and delivers what that causes straight to other actors.
/// </summary>
public interface IActorGrain : IGrainWithStringKey
{
    /// <summary>Applies the inbox of a superstep and delivers the messages it causes. Idempotent per superstep.</summary>
    Task<StepReport> RunSuperstep(StepRequest request);

    /// <summary>
    /// Receives one sender's messages for a superstep. Interleaves with <see cref="RunSuperstep"/>, which only
    /// reads the inbox of its own superstep; a repeated delivery from the same sender replaces the first.
    /// </summary>
    [AlwaysInterleave]
    Task Deliver(int tick, int step, ActorId sender, ImmutableArray<Message> messages);

    /// <summary>The actor's books now.</summary>
    [ReadOnly]
    Task<ActorSnapshot> GetSnapshot();
}
