using Spectre.Console;

namespace MarketActors.Cli.Rendering;

/// <summary>A progress bar for long work on an interactive console; on a redirected one, the work alone.</summary>
public static class ConsoleProgress
{
    /// <summary>Runs <paramref name="work"/>, showing how much of <paramref name="total"/> it has reported done.</summary>
    public static async Task<T> RunAsync<T>(IAnsiConsole console, string label, int total, Func<IProgress<int>?, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(work);
        if (!console.Profile.Capabilities.Interactive)
        {
            return await work(null);
        }

        T result = default!;
        await console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask(label, maxValue: Math.Max(1, total));
                result = await work(new Progress<int>(done => task.Value = done));
                task.Value = task.MaxValue;
            });
        return result;
    }
}
