namespace MarketActors.Dashboard.Runs;

/// <summary>A run, an actor or a scenario file the request names does not exist; answered with 404.</summary>
internal sealed class NotFoundException : Exception
{
    public NotFoundException(string message)
        : base(message)
    {
    }

    public NotFoundException()
    {
    }

    public NotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
