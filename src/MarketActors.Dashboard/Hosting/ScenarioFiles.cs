namespace MarketActors.Dashboard.Hosting;

/// <summary>The scenario files the dashboard offers: the *.yaml files of one folder, named by file name only.</summary>
internal sealed class ScenarioFiles
{
    public ScenarioFiles(string? directory)
    {
        Directory = directory;
    }

    /// <summary>The folder, or null when none was found.</summary>
    public string? Directory { get; }

    /// <summary>The folder configured, or the first scenarios/ folder at or above the content root.</summary>
    public static ScenarioFiles Locate(string? configured, string contentRoot)
    {
        if (!string.IsNullOrEmpty(configured))
        {
            return new ScenarioFiles(Path.GetFullPath(configured, contentRoot));
        }

        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "scenarios");
            if (System.IO.Directory.Exists(candidate) && System.IO.Directory.EnumerateFiles(candidate, "*.yaml").Any())
            {
                return new ScenarioFiles(candidate);
            }
        }

        return new ScenarioFiles(null);
    }

    /// <summary>The file names, sorted.</summary>
    public IReadOnlyList<string> Names() =>
        Directory is { } dir && System.IO.Directory.Exists(dir)
            ? [.. System.IO.Directory.EnumerateFiles(dir, "*.yaml").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)]
            : [];

    /// <summary>The folder of what-if overlays, <c>what-if/</c> under the scenarios folder.</summary>
    public const string OverlayFolder = "what-if";

    /// <summary>The overlay files, as <c>what-if/name.yaml</c>, sorted.</summary>
    public IReadOnlyList<string> OverlayNames() =>
        Directory is { } dir && System.IO.Directory.Exists(Path.Combine(dir, OverlayFolder))
            ? [.. System.IO.Directory.EnumerateFiles(Path.Combine(dir, OverlayFolder), "*.yaml").Select(f => OverlayFolder + "/" + Path.GetFileName(f)).Order(StringComparer.Ordinal)]
            : [];

    /// <summary>The text of an overlay named exactly as <see cref="OverlayNames"/> lists it; null for any other name.</summary>
    public async Task<string?> ReadOverlayAsync(string name, CancellationToken cancellationToken)
    {
        if (Directory is not { } dir || !OverlayNames().Contains(name, StringComparer.Ordinal))
        {
            return null;
        }

        return await File.ReadAllTextAsync(Path.Combine(dir, OverlayFolder, Path.GetFileName(name)), cancellationToken);
    }

    /// <summary>The id of the scenario an overlay text names as its base (its <c>base:</c> line), if it has one.</summary>
    public static string? BaseOf(string overlayText)
    {
        foreach (var line in overlayText.Split('\n'))
        {
            if (line.StartsWith("base:", StringComparison.Ordinal))
            {
                return line["base:".Length..].Trim();
            }
        }

        return null;
    }

    /// <summary>The text of a file named exactly as <see cref="Names"/> lists it; null for any other name.</summary>
    public async Task<string?> ReadAsync(string name, CancellationToken cancellationToken)
    {
        // Only names listed are read, so a name can never reach outside the folder.
        if (Directory is not { } dir || !Names().Contains(name, StringComparer.Ordinal))
        {
            return null;
        }

        return await File.ReadAllTextAsync(Path.Combine(dir, name), cancellationToken);
    }
}
