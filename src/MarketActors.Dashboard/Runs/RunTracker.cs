using System.Collections.Immutable;
using System.Threading.Channels;
using MarketActors.Client;
using MarketActors.Contracts;

namespace MarketActors.Dashboard.Runs;

/// <summary>
/// Follows one run for every page and feed of the dashboard: one subscription (a snapshot, then each update once and
/// in order), the state so far, and a channel per listener. A listener joins atomically: it gets the state up to a
/// sequence number and every update after it, so it sees no gap and no duplicate.
/// </summary>
internal sealed class RunTracker : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly RunSubscription _subscription;
    private readonly List<Channel<RunUpdate>> _listeners = [];
    private readonly List<RunUpdate> _updates = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly long _firstSeq;
    private RunSoFarState _state;
    private Task _pump = Task.CompletedTask;

    private RunTracker(RunSubscription subscription)
    {
        _subscription = subscription;
        var snapshot = subscription.Snapshot;
        _firstSeq = snapshot.Seq;
        _state = new RunSoFarState(snapshot.Seq, snapshot.Info, snapshot.Status, snapshot.Ticks);
        Ended = snapshot.Status.IsFinished;
    }

    /// <summary>The state so far.</summary>
    public RunSoFarState State
    {
        get
        {
            lock (_gate)
            {
                return _state;
            }
        }
    }

    /// <summary>True once the feed has ended: the run finished, or the subscription broke.</summary>
    public bool Ended { get; private set; }

    /// <summary>True when the subscription broke before the run finished; the tracker should be replaced.</summary>
    public bool Broken { get; private set; }

    /// <summary>Subscribes to a run and starts following it.</summary>
    public static async Task<RunTracker> StartAsync(RunHandle run, CancellationToken cancellationToken)
    {
        var subscription = await run.SubscribeAsync(cancellationToken);
        var tracker = new RunTracker(subscription);
        tracker._pump = Task.Run(() => tracker.Pump(tracker._stop.Token), CancellationToken.None);
        return tracker;
    }

    /// <summary>
    /// Joins the feed: the state so far and, unless the feed has ended, a reader of every later update. A client that
    /// reconnects after update <paramref name="after"/> (at or past the first this tracker holds) is resumed instead:
    /// it gets the updates it missed rather than the state.
    /// </summary>
    public FeedJoin Join(long? after)
    {
        lock (_gate)
        {
            var resumed = after is { } seq && seq >= _firstSeq && seq <= _state.Seq;
            var missed = resumed ? [.. _updates.Where(u => u.Seq > after)] : ImmutableArray<RunUpdate>.Empty;
            if (Ended)
            {
                return new FeedJoin(_state, resumed, missed, null);
            }

            var channel = Channel.CreateUnbounded<RunUpdate>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
            _listeners.Add(channel);
            return new FeedJoin(_state, resumed, missed, channel.Reader);
        }
    }

    /// <summary>Stops listening on a reader from <see cref="Join"/>.</summary>
    public void Leave(ChannelReader<RunUpdate> reader)
    {
        lock (_gate)
        {
            _listeners.RemoveAll(c => c.Reader == reader);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _pump.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await _subscription.DisposeAsync();
        _stop.Dispose();
    }

    private async Task Pump(CancellationToken cancellationToken)
    {
        var finished = _state.Status.IsFinished;
        try
        {
            await foreach (var update in _subscription.ReadAllAsync(cancellationToken))
            {
                lock (_gate)
                {
                    var ticks = update.Tick is { } tick ? _state.Ticks.Add(tick) : _state.Ticks;
                    _state = _state with { Seq = update.Seq, Status = update.Status, Ticks = ticks };
                    _updates.Add(update);
                    foreach (var listener in _listeners)
                    {
                        listener.Writer.TryWrite(update);
                    }
                }

                finished |= update.Status.IsFinished;
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The run or the cluster went away; the tracker is replaced on the next request.
        }
        finally
        {
            lock (_gate)
            {
                Ended = true;
                Broken = !finished;
                foreach (var listener in _listeners)
                {
                    listener.Writer.TryComplete();
                }

                _listeners.Clear();
            }
        }
    }
}
