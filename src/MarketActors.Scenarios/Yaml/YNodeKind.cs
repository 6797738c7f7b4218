namespace MarketActors.Scenarios.Yaml;

/// <summary>The shape of a YAML node.</summary>
public enum YNodeKind
{
    /// <summary>A single value.</summary>
    Scalar,

    /// <summary>A list.</summary>
    Sequence,

    /// <summary>Keys and values.</summary>
    Mapping,
}
