using MarketActors.Dashboard;

return await DashboardHost.RunAsync(args);
