namespace MarketActors.Benchmarks;

/// <summary>A grain that does nothing: what a grain call costs on this machine, the framework's own limit.</summary>
public interface INoopGrain : IGrainWithIntegerKey
{
    /// <summary>Returns at once.</summary>
    Task Ping();
}

/// <inheritdoc cref="INoopGrain"/>
public sealed class NoopGrain : Grain, INoopGrain
{
    /// <inheritdoc />
    public Task Ping() => Task.CompletedTask;
}
