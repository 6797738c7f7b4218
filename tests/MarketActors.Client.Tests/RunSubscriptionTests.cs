using MarketActors.Client.Tests.Support;
using MarketActors.Contracts;

namespace MarketActors.Client.Tests;

/// <summary>
/// The subscription's ordering on its own, against a scripted run: updates pushed out of order, twice, or not at
/// all still come out of the reader once each, in sequence, the missing ones fetched from the run.
/// </summary>
public sealed class RunSubscriptionTests
{
    [Fact]
    public async Task Updates_out_of_order_repeated_or_missing_are_read_once_each_in_order()
    {
        var run = FakeRun.Story(snapshotSeq: 2, lastSeq: 8);
        var (client, _) = FakeClusterClient.Over(run);
        await using var feed = await new MarketActorsClient(client).Run("fake").SubscribeAsync();
        IRunObserver observer = feed;

        await observer.OnUpdate(run.Publish(4));
        await observer.OnUpdate(run.Publish(3));
        await observer.OnUpdate(run.Update(3));
        await observer.OnUpdate(run.Publish(5));
        await observer.OnUpdate(run.Update(4));
        await observer.OnUpdate(run.Publish(7));
        await observer.OnUpdate(run.Update(5));
        await observer.OnUpdate(run.Publish(8));
        await observer.OnUpdate(run.Update(7));
        await observer.OnUpdate(new RunUpdate(2, feed.Snapshot.Status, null));
        var read = await Waits.ReadToEnd(feed);

        // Update 6 was never pushed: the subscription fetched it from the run, as soon as 7 and 8 were held back
        // behind it, not at its next renewal (every 30 seconds).
        Assert.Equal([3L, 4, 5, 6, 7, 8], read.Select(u => u.Seq));
        Assert.Contains(6L, run.Fetched);
        Assert.Equal(0, run.Renewals);
        Assert.Equal(RunState.Completed, read[^1].Status.State);
        Assert.Equal(8, feed.LastSeq);
    }

    [Fact]
    public async Task A_feed_whose_updates_all_arrive_in_order_fetches_nothing()
    {
        var run = FakeRun.Story(snapshotSeq: 5, lastSeq: 9);
        var (client, _) = FakeClusterClient.Over(run);
        await using var feed = await new MarketActorsClient(client).Run("fake").SubscribeAsync();
        IRunObserver observer = feed;

        for (var seq = 6; seq <= 9; seq++)
        {
            await observer.OnUpdate(run.Publish(seq));
        }

        var read = await Waits.ReadToEnd(feed);

        Assert.Equal([6L, 7, 8, 9], read.Select(u => u.Seq));
        Assert.Empty(run.Fetched);
    }

    [Fact]
    public async Task Updates_after_the_one_that_finishes_the_run_are_not_read()
    {
        var run = FakeRun.Story(snapshotSeq: 0, lastSeq: 2);
        var (client, _) = FakeClusterClient.Over(run);
        await using var feed = await new MarketActorsClient(client).Run("fake").SubscribeAsync();
        IRunObserver observer = feed;

        await observer.OnUpdate(run.Publish(1));
        await observer.OnUpdate(run.Publish(2));
        await observer.OnUpdate(new RunUpdate(3, run.Update(2).Status with { Seq = 3 }, null));
        var read = await Waits.ReadToEnd(feed);

        Assert.Equal([1L, 2], read.Select(u => u.Seq));
    }

    [Fact]
    public async Task A_failed_fetch_ends_the_feed_with_the_error_rather_than_as_if_the_run_had_finished()
    {
        var run = FakeRun.Story(snapshotSeq: 2, lastSeq: 8);
        var (client, _) = FakeClusterClient.Over(run);
        await using var feed = await new MarketActorsClient(client).Run("fake").SubscribeAsync();
        run.FetchFails = new TimeoutException("The silo did not answer.");

        await ((IRunObserver)feed).OnUpdate(run.Publish(4));
        var failed = await Assert.ThrowsAsync<TimeoutException>(() => Waits.ReadToEnd(feed));

        Assert.Equal("The silo did not answer.", failed.Message);
    }

    [Fact]
    public async Task Disposing_a_subscription_unsubscribes_and_releases_its_observer()
    {
        var run = FakeRun.Story(snapshotSeq: 2, lastSeq: 8);
        var (client, fake) = FakeClusterClient.Over(run);
        var feed = await new MarketActorsClient(client).Run("fake").SubscribeAsync();

        await feed.DisposeAsync();

        Assert.Empty(await Waits.ReadToEnd(feed));
        Assert.Equal(1, run.Unsubscribed);
        Assert.Equal((1, 1), (fake.ReferencesCreated, fake.ReferencesDeleted));
    }

    [Fact]
    public async Task A_refused_subscription_releases_its_observer()
    {
        var run = FakeRun.Story(snapshotSeq: 0, lastSeq: 1);
        run.SubscribeFails = new InvalidOperationException("Run 'fake' has no scenario loaded.");
        var (client, fake) = FakeClusterClient.Over(run);

        await Assert.ThrowsAsync<InvalidOperationException>(() => new MarketActorsClient(client).Run("fake").SubscribeAsync());

        Assert.Equal((1, 1), (fake.ReferencesCreated, fake.ReferencesDeleted));
    }
}
