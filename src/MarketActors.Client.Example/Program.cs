using System.Globalization;
using MarketActors.Client;
using MarketActors.Client.Example;

// Usage: dotnet run --project src/MarketActors.Client.Example -- <scenario.yaml> [gateway host:port] [virtual days per second]
if (args.Length is < 1 or > 3)
{
    await Console.Error.WriteLineAsync("usage: MarketActors.Client.Example <scenario.yaml> [gateway, default 127.0.0.1:30000] [virtual days per second, default 30]");
    return 2;
}

var options = new ClientOptions();
if (args.Length > 1)
{
    options.Gateways.Clear();
    options.Gateways.Add(args[1]);
}

var pace = args.Length > 2 ? decimal.Parse(args[2], CultureInfo.InvariantCulture) : 30m;
try
{
    await using var client = await MarketActorsClient.ConnectAsync(options);
    await FollowScenario.RunAsync(client, Console.Out, args[0], pace);
    return 0;
}
catch (ConnectionFailedException ex)
{
    await Console.Error.WriteLineAsync(ex.Message);
    return 1;
}
catch (ScenarioInvalidException ex)
{
    await Console.Error.WriteLineAsync(ex.Message);
    return 2;
}
