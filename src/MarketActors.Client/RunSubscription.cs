using System.Threading.Channels;
using MarketActors.Contracts;

namespace MarketActors.Client;

/// <summary>
/// A run's live feed for one subscriber. It starts from a <see cref="Snapshot"/>; <see cref="ReadAllAsync"/> then
/// yields each later update once, in sequence order, with no gap: updates that arrive out of order are held
/// back, missing ones are fetched from the run, repeats are dropped. The feed ends after the update that
/// finishes the run (completed, failed or stopped).
/// </summary>
public sealed class RunSubscription : IRunObserver, IAsyncDisposable
{
    private static readonly TimeSpan RenewEvery = TimeSpan.FromSeconds(30);
    private readonly IClusterClient _grains;
    private readonly IRunGrain _run;
    private readonly Channel<RunUpdate> _inbound = Channel.CreateUnbounded<RunUpdate>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Channel<RunUpdate> _ordered = Channel.CreateUnbounded<RunUpdate>(new UnboundedChannelOptions { SingleWriter = true });
    private readonly SortedDictionary<long, RunUpdate> _early = [];
    private readonly CancellationTokenSource _stop = new();
    private IRunObserver? _reference;
    private Task _pump = Task.CompletedTask;
    private long _next;
    private bool _finished;

    private RunSubscription(IClusterClient grains, IRunGrain run)
    {
        _grains = grains;
        _run = run;
    }

    /// <summary>The run as it stood when the subscription began.</summary>
    public RunSnapshot Snapshot { get; private set; } = null!;

    /// <summary>The sequence number of the last update delivered (the snapshot's, before any).</summary>
    public long LastSeq => _next - 1;

    /// <summary>The updates after the snapshot, each once, in order, until the run finishes.</summary>
    public IAsyncEnumerable<RunUpdate> ReadAllAsync(CancellationToken cancellationToken = default) => _ordered.Reader.ReadAllAsync(cancellationToken);

    /// <inheritdoc />
    Task IRunObserver.OnUpdate(RunUpdate update)
    {
        _inbound.Writer.TryWrite(update);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _pump;
        }
        catch (OperationCanceledException)
        {
        }

        if (_reference is not null)
        {
            try
            {
                await _run.Unsubscribe(_reference);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // The run may be gone; its subscription lapses on its own.
            }

            _grains.DeleteObjectReference<IRunObserver>(_reference);
        }

        _ordered.Writer.TryComplete();
        _stop.Dispose();
    }

    internal static async Task<RunSubscription> StartAsync(IClusterClient grains, IRunGrain run, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var subscription = new RunSubscription(grains, run);
        subscription._reference = grains.CreateObjectReference<IRunObserver>(subscription);
        try
        {
            subscription.Snapshot = await run.Subscribe(subscription._reference);
        }
        catch
        {
            grains.DeleteObjectReference<IRunObserver>(subscription._reference);
            throw;
        }

        subscription._next = subscription.Snapshot.Seq + 1;
        if (subscription.Snapshot.Status.IsFinished)
        {
            subscription._ordered.Writer.TryComplete();
        }
        else
        {
            subscription._pump = subscription.Pump(subscription._stop.Token);
        }

        return subscription;
    }

    private async Task Pump(CancellationToken cancellationToken)
    {
        using var renew = new PeriodicTimer(RenewEvery);
        var tick = renew.WaitForNextTickAsync(cancellationToken).AsTask();
        try
        {
            while (!_finished && !cancellationToken.IsCancellationRequested)
            {
                var read = _inbound.Reader.WaitToReadAsync(cancellationToken).AsTask();
                if (await Task.WhenAny(read, tick) == tick)
                {
                    // Renew the subscription, and catch up on any update whose push was lost.
                    await tick;
                    await _run.Renew(_reference!);
                    await FillFrom(_next, cancellationToken);
                    tick = renew.WaitForNextTickAsync(cancellationToken).AsTask();
                    continue;
                }

                if (!await read)
                {
                    break;
                }

                while (_inbound.Reader.TryRead(out var update))
                {
                    if (update.Seq >= _next)
                    {
                        _early[update.Seq] = update;
                    }
                }

                // Deliver what is next in sequence; whatever is still held back waits for an update that has not
                // come (lost, or late): fetch it now rather than at the next renewal.
                Deliver();
                if (!_finished && _early.Count > 0)
                {
                    await FillFrom(_next, cancellationToken);
                }
            }
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // A fetch or a renewal that failed ends the feed with its error, not as if the run had finished.
            _ordered.Writer.TryComplete(ex);
        }
        finally
        {
            _ordered.Writer.TryComplete();
        }
    }

    /// <summary>Fetches the updates from <paramref name="from"/> on, to fill a gap.</summary>
    private async Task FillFrom(long from, CancellationToken cancellationToken)
    {
        const int Batch = 1_000;
        while (true)
        {
            var updates = await _run.GetUpdates(from - 1, Batch);
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var update in updates)
            {
                _early[update.Seq] = update;
            }

            Deliver();
            if (updates.Length < Batch)
            {
                return;
            }

            from += Batch;
        }
    }

    /// <summary>Delivers every held update that is next in sequence, and ends the feed after a finishing one.</summary>
    private void Deliver()
    {
        while (!_finished && _early.Remove(_next, out var update))
        {
            _ordered.Writer.TryWrite(update);
            _next++;
            if (update.Status.IsFinished)
            {
                _finished = true;
                _ordered.Writer.TryComplete();
            }
        }
    }
}
