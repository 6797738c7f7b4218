namespace MarketActors.Client;

/// <summary>No silo answered at the gateways given.</summary>
public sealed class ConnectionFailedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ConnectionFailedException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public ConnectionFailedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public ConnectionFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
