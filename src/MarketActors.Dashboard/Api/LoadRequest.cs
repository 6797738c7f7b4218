namespace MarketActors.Dashboard.Api;

/// <summary>The body of <c>POST /api/runs</c>: a scenario file of the scenarios folder, or YAML text.</summary>
internal sealed class LoadRequest
{
    /// <summary>The file name of a scenario in the scenarios folder (GET /api/scenarios).</summary>
    public string? Scenario { get; set; }

    /// <summary>The scenario's YAML text, when no file is named.</summary>
    public string? Yaml { get; set; }

    /// <summary>The name diagnostics give the YAML text (default pasted.yaml).</summary>
    public string? Name { get; set; }

    /// <summary>A what-if overlay of the scenarios folder to apply (GET /api/scenarios lists them as what-if/name.yaml).</summary>
    public string? Overlay { get; set; }

    /// <summary>The run's seed (default 0).</summary>
    public long? Seed { get; set; }

    /// <summary>The last date to replay, YYYY-MM-DD.</summary>
    public string? Until { get; set; }

    /// <summary>Replay the story as known at this date, YYYY-MM-DD (only the events and revisions known by then); by default as later revised.</summary>
    public string? AsKnownAt { get; set; }

    /// <summary>The run's id; by default one is made from the file name.</summary>
    public string? RunId { get; set; }
}
