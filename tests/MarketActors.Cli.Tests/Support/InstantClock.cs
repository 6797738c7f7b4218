using Microsoft.Extensions.Time.Testing;

namespace MarketActors.Cli.Tests.Support;

/// <summary>
/// A fake clock on which every wait ends as soon as it starts: a paced replay (<c>--pace 0.5</c>) runs its
/// waits between ticks without taking wall-clock time. It counts the waits, so a test can tell that the pace was
/// honoured.
/// </summary>
internal sealed class InstantClock : FakeTimeProvider
{
    private int _waits;

    public InstantClock()
        : base(new DateTimeOffset(2025, 1, 25, 0, 0, 0, TimeSpan.Zero))
    {
    }

    /// <summary>How many timed waits have started (and so ended) on this clock.</summary>
    public int Waits => Volatile.Read(ref _waits);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        if (dueTime > TimeSpan.Zero && dueTime != Timeout.InfiniteTimeSpan)
        {
            Interlocked.Increment(ref _waits);
            Advance(dueTime);
        }

        return timer;
    }
}
