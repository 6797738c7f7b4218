using MarketActors.Scenarios.Diagnostics;

namespace MarketActors.Scenarios.Compile;

/// <summary>The outcome of compiling a scenario: the scenario, or every problem found.</summary>
/// <param name="Scenario">The compiled scenario; null when there are diagnostics.</param>
/// <param name="Diagnostics">Every problem, in file order.</param>
public sealed record CompileResult(CompiledScenario? Scenario, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when the scenario compiled.</summary>
    public bool Ok => Scenario is not null;
}
