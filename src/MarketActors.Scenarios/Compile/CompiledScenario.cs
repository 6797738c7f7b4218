using System.Collections.Immutable;
using MarketActors.Domain.Engine;
using MarketActors.Scenarios.Diagnostics;

namespace MarketActors.Scenarios.Compile;

/// <summary>A scenario that passed validation: its run plan, and where each scheduled event was written.</summary>
/// <param name="File">The file as the user named it.</param>
/// <param name="Plan">The run plan.</param>
/// <param name="Locations">Where each event of the plan was written, by <c>Seq</c>.</param>
/// <param name="Sources">The sources it declares, by key, with their titles.</param>
public sealed record CompiledScenario(string File, RunPlan Plan, ImmutableArray<SourceSpan> Locations, ImmutableSortedDictionary<string, string> Sources)
{
    /// <summary>A diagnostic pointing at the event with schedule position <paramref name="seq"/>.</summary>
    public Diagnostic At(int seq, string message)
    {
        var at = seq >= 0 && seq < Locations.Length ? Locations[seq] : SourceSpan.Start;
        return new Diagnostic(at.File ?? File, at.Line, at.Column, message);
    }
}
