namespace MarketActors.Scenarios.Schema;

/// <summary>What each top-level section of a scenario file holds, for the schema and the reference alike.</summary>
internal static class SectionDocs
{
    /// <summary>One line on a section; generation fails for a section nobody described.</summary>
    public static string Describe(string section) => section switch
    {
        "scenario" => "The scenario's id, lower-case kebab-case (stargate-2025).",
        "title" => "The title readers see.",
        "description" => "A paragraph for readers: what the story covers.",
        "sources" => "The sources events cite, by key: each key maps to a title, or to { title: ..., date: ..., publisher: ..., url: ..., language: ... }.",
        "catalog" => "The GPU models that events name, and the basis of H100-equivalents.",
        "actors" => "The actors: companies, investors and projects, each with books of its own. At least one.",
        "people" => "The people who speak or report (by: fields); they hold no books.",
        "events" => "The events, each dated, typed and sourced; written in any order, run by date then as written.",
        _ => throw new InvalidOperationException($"No one has described the section '{section}'."),
    };
}
