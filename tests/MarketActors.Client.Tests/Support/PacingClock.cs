using Microsoft.Extensions.Time.Testing;

namespace MarketActors.Client.Tests.Support;

/// <summary>
/// A fake clock that tells when a wait of a given length starts, so that a test advances it only once the run
/// is waiting on it (advancing earlier would move time past a wait that does not exist yet).
/// </summary>
public sealed class PacingClock : FakeTimeProvider
{
    private readonly Lock _lock = new();
    private readonly List<(TimeSpan Due, TaskCompletionSource Started)> _waiters = [];

    public PacingClock()
        : base(new DateTimeOffset(2025, 1, 25, 0, 0, 0, TimeSpan.Zero))
    {
    }

    /// <summary>Completes when the next wait of <paramref name="due"/> starts. Arm it before the action that starts the wait.</summary>
    public Task WaitStarted(TimeSpan due)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            _waiters.Add((due, started));
        }

        return started.Task;
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        lock (_lock)
        {
            var index = _waiters.FindIndex(w => w.Due == dueTime);
            if (index >= 0)
            {
                _waiters[index].Started.TrySetResult();
                _waiters.RemoveAt(index);
            }
        }

        return timer;
    }
}
