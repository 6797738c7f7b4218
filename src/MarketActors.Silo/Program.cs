using MarketActors.Silo;

return await SiloHost.RunAsync(args);
