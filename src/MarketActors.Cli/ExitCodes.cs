namespace MarketActors.Cli;

/// <summary>What the command's exit code means.</summary>
public static class ExitCodes
{
    /// <summary>Done.</summary>
    public const int Ok = 0;

    /// <summary>Something failed inside; not the user's input.</summary>
    public const int InternalFailure = 1;

    /// <summary>The input was invalid: a scenario's diagnostics, or bad arguments.</summary>
    public const int InvalidInput = 2;
}
