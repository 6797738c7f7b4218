using System.Collections.Immutable;
using MarketActors.Contracts;

namespace MarketActors.Client;

/// <summary>The silo refused a scenario; <see cref="Problems"/> lists every problem as file:line:col: message.</summary>
public sealed class ScenarioInvalidException : Exception
{
    /// <summary>Creates the exception for the problems found.</summary>
    public ScenarioInvalidException(ImmutableArray<ScenarioProblem> problems)
        : base($"The scenario has {problems.Length} problem(s); the first: {(problems.IsDefaultOrEmpty ? "none" : problems[0].ToString())}")
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
}
