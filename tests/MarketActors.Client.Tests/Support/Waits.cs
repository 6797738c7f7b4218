using MarketActors.Contracts;

namespace MarketActors.Client.Tests.Support;

/// <summary>Waits on runs and feeds, with a deadline that only turns a hang into a failure (it asserts no duration).</summary>
internal static class Waits
{
    public static readonly TimeSpan Deadline = TimeSpan.FromMinutes(2);

    public static async Task<RunStatus> Finished(RunHandle run)
    {
        using var deadline = new CancellationTokenSource(Deadline);
        return await run.WaitAsync(cancellationToken: deadline.Token);
    }

    /// <summary>Every update of a feed until it ends.</summary>
    public static async Task<List<RunUpdate>> ReadToEnd(RunSubscription feed)
    {
        using var deadline = new CancellationTokenSource(Deadline);
        var updates = new List<RunUpdate>();
        await foreach (var update in feed.ReadAllAsync(deadline.Token))
        {
            updates.Add(update);
        }

        return updates;
    }

    /// <summary>Reads a feed until an update matches, and returns every update read.</summary>
    public static async Task<List<RunUpdate>> ReadUntil(RunSubscription feed, Func<RunUpdate, bool> match)
    {
        using var deadline = new CancellationTokenSource(Deadline);
        var updates = new List<RunUpdate>();
        await foreach (var update in feed.ReadAllAsync(deadline.Token))
        {
            updates.Add(update);
            if (match(update))
            {
                return updates;
            }
        }

        throw new InvalidOperationException($"The feed ended after {updates.Count} update(s) without the one awaited.");
    }

    public static Task<T> Within<T>(Task<T> task) => task.WaitAsync(Deadline);

    public static Task Within(Task task) => task.WaitAsync(Deadline);
}
