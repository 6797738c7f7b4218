namespace MarketActors.Dashboard.Api;

/// <summary>The body of <c>POST /api/runs/{id}/pace</c>.</summary>
internal sealed class PaceRequest
{
    /// <summary>Virtual days per wall-clock second; 0 for as fast as possible.</summary>
    public decimal? VirtualDaysPerSecond { get; set; }
}
