using Orleans.Concurrency;

namespace MarketActors.Contracts;

/// <summary>Receives a run's live feed. Updates may arrive out of order; their sequence numbers put them back.</summary>
public interface IRunObserver : IGrainObserver
{
    /// <summary>One update of the feed.</summary>
    [OneWay]
    Task OnUpdate(RunUpdate update);
}
