using System.Collections.Immutable;
using MarketActors.Contracts;

namespace MarketActors.Client;

/// <summary>The silo refused a scenario; <see cref="Problems"/> lists every problem as file:line:col: message.</summary>
public sealed class ScenarioInvalidException : Exception
{
    /// <summary>Creates the exception for the problems found; its message lists them all, one per line.</summary>
    public ScenarioInvalidException(ImmutableArray<ScenarioProblem> problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    /// <summary>Creates the exception.</summary>
    public ScenarioInvalidException()
        : this([])
    {
    }

    /// <summary>Creates the exception.</summary>
    public ScenarioInvalidException(string message)
        : base(message)
    {
        Problems = [];
    }

    /// <summary>Creates the exception.</summary>
    public ScenarioInvalidException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [];
    }

    /// <summary>Every problem, in file order.</summary>
    public ImmutableArray<ScenarioProblem> Problems { get; }

    private static string Describe(ImmutableArray<ScenarioProblem> problems) => problems.IsDefaultOrEmpty
        ? "The scenario was refused."
        : $"The scenario has {problems.Length} problem(s):" + string.Concat(problems.Select(p => Environment.NewLine + p));
}
