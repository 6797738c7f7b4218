namespace MarketActors.Domain.Engine;

/// <summary>
/// A scenario asked for something the rules cannot do (sell more debt than is held, mark a fund valued at its net
/// assets). It names the event, so that the scenario layer can point at the line that caused it.
/// </summary>
[GenerateSerializer, Alias("ma.rule-violation")]
public sealed class RuleViolationException : Exception
{
    /// <summary>Creates the exception for an event.</summary>
    public RuleViolationException(int eventSeq, string message)
        : base(message)
    {
        EventSeq = eventSeq;
    }

    /// <summary>Creates the exception without an event.</summary>
    public RuleViolationException()
    {
        EventSeq = -1;
    }

    /// <summary>Creates the exception without an event.</summary>
    public RuleViolationException(string message)
        : base(message)
    {
        EventSeq = -1;
    }

    /// <summary>Creates the exception without an event.</summary>
    public RuleViolationException(string message, Exception innerException)
        : base(message, innerException)
    {
        EventSeq = -1;
    }

    /// <summary>The schedule position of the event that broke the rule, or -1.</summary>
    [Id(0)]
    public int EventSeq { get; private set; }
}
