using System.Collections.Concurrent;

namespace MarketActors.Client.Tests.Support;

/// <summary>
/// Holds a run's supersteps at its actors' door until opened, so that a test decides how long a tick stays in
/// flight (see <see cref="TickGateFilter"/>). Disposing the gate opens it.
/// </summary>
public sealed class TickGate : IDisposable
{
    private static readonly ConcurrentDictionary<string, TickGate> Closed = new(StringComparer.Ordinal);
    private readonly string _runId;
    private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _opened = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _snapshotAsked = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _received = new(StringComparer.Ordinal);

    private TickGate(string runId)
    {
        _runId = runId;
    }

    /// <summary>Completes when a superstep of the run has reached the gate: a tick is then in flight.</summary>
    public Task Reached => _reached.Task;

    /// <summary>Completes when the run's coordinator has asked an actor for its books while the gate was closed.</summary>
    public Task SnapshotAsked => _snapshotAsked.Task;

    /// <summary>Completes when the run's coordinator has received a call of <paramref name="method"/> (it then handles it before anything else).</summary>
    public Task Received(string method) => Call(method).Task;

    /// <summary>Closes the gate of a run: its next superstep waits at an actor until <see cref="Open"/>.</summary>
    public static TickGate Close(string runId)
    {
        var gate = new TickGate(runId);
        return Closed.TryAdd(runId, gate) ? gate : throw new InvalidOperationException($"The gate of run '{runId}' is already closed.");
    }

    /// <summary>Lets every held superstep of the run go on, and every later one pass.</summary>
    public void Open()
    {
        Closed.TryRemove(KeyValuePair.Create(_runId, this));
        _opened.TrySetResult();
    }

    public void Dispose() => Open();

    internal static void Receiving(string runId, string method)
    {
        if (Closed.TryGetValue(runId, out var gate))
        {
            gate.Call(method).TrySetResult();
        }
    }

    internal static void AskingSnapshot(string runId)
    {
        if (Closed.TryGetValue(runId, out var gate))
        {
            gate._snapshotAsked.TrySetResult();
        }
    }

    internal static Task Pass(string runId)
    {
        if (!Closed.TryGetValue(runId, out var gate))
        {
            return Task.CompletedTask;
        }

        gate._reached.TrySetResult();
        return gate._opened.Task;
    }

    private TaskCompletionSource Call(string method) =>
        _received.GetOrAdd(method, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}
