using System.Collections.Immutable;

namespace MarketActors.Contracts;

/// <summary>The outcome of loading a scenario into a run: the run, or every problem in the file.</summary>
/// <param name="Run">The run, when the scenario was valid.</param>
/// <param name="Problems">Every problem, in file order, when it was not.</param>
[GenerateSerializer, Immutable, Alias("ma.load-result")]
public sealed record LoadResult([property: Id(0)] RunInfo? Run, [property: Id(1)] ImmutableArray<ScenarioProblem> Problems)
{
    /// <summary>True when the run was loaded.</summary>
    public bool Ok => Run is not null;
}
