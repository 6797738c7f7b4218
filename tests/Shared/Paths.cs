namespace MarketActors.Testing;

/// <summary>Files of the repository the tests read. Linked into every test project.</summary>
internal static class Paths
{
    public static string Root { get; } = FindRoot();

    public static string Seed => Path.Combine(Root, "scenarios", "stargate-2025.yaml");

    public static string Schema => Path.Combine(Root, "scenarios", "scenario.schema.json");

    public static string FormatReference => Path.Combine(Root, "docs", "scenario-format.md");

    /// <summary>Set to 1 to have the tests rewrite the generated files they check, instead of failing.</summary>
    public static bool Regenerate => Environment.GetEnvironmentVariable("MARKETACTORS_REGENERATE") == "1";

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MarketActors.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Cannot find the repository root (MarketActors.sln) above " + AppContext.BaseDirectory);
    }
}
