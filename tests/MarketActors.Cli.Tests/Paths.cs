namespace MarketActors.Cli.Tests;

/// <summary>Files of the repository the tests read.</summary>
internal static class Paths
{
    public static string Root { get; } = FindRoot();

    public static string Seed => Path.Combine(Root, "scenarios", "stargate-2025.yaml");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MarketActors.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Cannot find the repository root above " + AppContext.BaseDirectory);
    }
}
