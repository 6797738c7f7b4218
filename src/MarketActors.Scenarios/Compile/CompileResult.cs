using MarketActors.Scenarios.Diagnostics;

namespace MarketActors.Scenarios.Compile;

/// <summary>The outcome of compiling a scenario: the scenario, or every problem found.</summary>
/// <param name="Scenario">The compiled scenario; null when there are diagnostics.</param>
/// <param name="Diagnostics">Every problem, in file order.</param>
public sealed record CompileResult(CompiledScenario? Scenario, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>
    /// What the dry run of the scenario's plan on the reference replayer produced, when the loader ran one: the same
    /// output a replay of that plan on the reference replayer gives, so that it need not run twice.
    /// </summary>
    public Domain.Output.RunOutput? DryRun { get; init; }

    /// <summary>True when the scenario compiled.</summary>
    public bool Ok => Scenario is not null;
}
