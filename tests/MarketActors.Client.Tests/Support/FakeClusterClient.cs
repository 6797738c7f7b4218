using System.Reflection;
using MarketActors.Contracts;

namespace MarketActors.Client.Tests.Support;

/// <summary>
/// A cluster client with no cluster behind it: every run it hands out is one <see cref="FakeRun"/>, and an
/// observer is its own reference. It counts the references made and released.
/// </summary>
public class FakeClusterClient : DispatchProxy
{
    private object _run = null!;

    public int ReferencesCreated { get; private set; }

    public int ReferencesDeleted { get; private set; }

    internal static (IClusterClient Client, FakeClusterClient Fake) Over(FakeRun run)
    {
        var client = Create<IClusterClient, FakeClusterClient>();
        var fake = (FakeClusterClient)(object)client;
        fake._run = run;
        return (client, fake);
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        switch (targetMethod?.Name)
        {
            case nameof(IGrainFactory.GetGrain) when targetMethod.ReturnType == typeof(IRunGrain):
                return _run;
            case nameof(IGrainFactory.CreateObjectReference):
                ReferencesCreated++;
                return args![0];
            case nameof(IGrainFactory.DeleteObjectReference):
                ReferencesDeleted++;
                return null;
            default:
                throw new NotSupportedException(targetMethod?.Name);
        }
    }
}
