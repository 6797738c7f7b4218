return await MarketActors.Cli.MarketActorsApp.RunAsync(args);
