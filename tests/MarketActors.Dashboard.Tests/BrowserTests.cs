using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace MarketActors.Dashboard.Tests;

/// <summary>
/// The dashboard end to end in Debian's Chromium, headless: load the seed, watch it run, pause, step one tick, open
/// an actor. Every wait is on a condition with a deadline. Screenshots go to docs/screenshots/ with
/// MARKETACTORS_SCREENSHOTS=1, else to a temporary folder.
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed partial class BrowserTests(DashboardFixture fixture)
{
    private const string Chromium = "/usr/bin/chromium";
    private static readonly float Deadline = (float)TimeSpan.FromSeconds(60).TotalMilliseconds;

    [Fact]
    public async Task An_analyst_loads_the_seed_watches_it_run_pauses_steps_one_tick_and_opens_an_actor()
    {
        Assert.True(File.Exists(Chromium), $"Chromium is not installed at {Chromium}: install it with 'apt-get update && apt-get install -y chromium' (tests/run does this when it is missing).");
        var shots = Screenshots();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, BaseURL = fixture.Dashboard.Address.ToString() });
        page.SetDefaultTimeout(Deadline);
        Assertions.SetDefaultExpectTimeout(Deadline);

        // Home: pick the seed and load it; the run page opens.
        await page.GotoAsync("/");
        await page.SelectOptionAsync("#scenario", "stargate-2025.yaml");
        await page.ClickAsync("#load-file-button");
        await page.WaitForURLAsync(RunPage());
        var runId = Uri.UnescapeDataString(new Uri(page.Url).Segments[^1]);
        await Assertions.Expect(page.Locator("#state")).ToHaveTextAsync("ready");

        // Slow enough to watch: half a virtual day per second, so that the seed's January days are two seconds apart.
        await page.SelectOptionAsync("#pace-mode", "days");
        await page.FillAsync("#pace-days", "0.5");
        await page.ClickAsync("#pace-set");
        await Assertions.Expect(page.Locator("#pace")).ToHaveTextAsync("0.5 virtual days per second");
        await page.ClickAsync("#start");
        await Assertions.Expect(page.Locator("#state")).ToHaveTextAsync("running");
        await Assertions.Expect(page.Locator("#timeline tbody tr").First).ToBeVisibleAsync();

        // The Stargate figures and the compute league appear as their ticks land.
        var answers = page.Locator("#answers");
        var stargate = answers.Locator("section.report", new LocatorLocatorOptions { HasText = "Capital of Stargate by date" });
        await Assertions.Expect(stargate).ToContainTextAsync("$500B");
        await Assertions.Expect(stargate).ToContainTextAsync("$100B");
        await Assertions.Expect(stargate).ToContainTextAsync("< $10B secured by SoftBank Group");
        var compute = answers.Locator("section.report", new LocatorLocatorOptions { HasText = "Who holds the most compute, by date" });
        await Assertions.Expect(compute.Locator("tr", new LocatorLocatorOptions { HasText = "Abilene campus" }).Last).ToContainTextAsync(new Regex(@"100,000\s*700,000"));
        await Assertions.Expect(compute.Locator("tr", new LocatorLocatorOptions { HasText = "Colossus" }).Last).ToContainTextAsync(new Regex(@"200,000\s*1,000,000"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "run-page.png"), FullPage = true });

        // Pause, then step: exactly one more tick, and the run stays paused.
        await page.ClickAsync("#pause");
        await Assertions.Expect(page.Locator("#state")).ToHaveTextAsync("paused");
        var done = int.Parse(await page.Locator("#ticks-done").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(done < 12, $"the run should pause before its last tick, not after tick {done}");
        var rows = await page.Locator("#timeline tbody tr").CountAsync();
        var nextTickEvents = (await Api.GetAsync(fixture.Http, $"/api/runs/{runId}/events"))["events"]!.AsArray().Count(e => e!["tick"]!.GetValue<int>() < done + 1);
        await page.ClickAsync("#step");
        await Assertions.Expect(page.Locator("#ticks-done")).ToHaveTextAsync((done + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Assertions.Expect(page.Locator("#state")).ToHaveTextAsync(done + 1 == 12 ? "completed" : "paused");
        var status = (await Api.GetAsync(fixture.Http, $"/api/runs/{runId}"))["status"]!;
        Assert.Equal(done + 1, status["ticksDone"]!.GetValue<int>());
        var allEvents = (await Api.GetAsync(fixture.Http, $"/api/runs/{runId}/events"))["events"]!.AsArray().Count;
        await Assertions.Expect(page.Locator("#timeline tbody tr")).ToHaveCountAsync(allEvents);
        Assert.True(allEvents >= rows, "the timeline lost rows");
        Assert.True(nextTickEvents <= allEvents);

        // An actor's books at the run's current date, with capacity by GPU model.
        await page.ClickAsync("#actors a:text-is('Abilene campus')");
        await page.WaitForURLAsync(new Regex("/actors/abilene$"));
        await Assertions.Expect(page.Locator("#metrics")).ToContainTextAsync("100,000");
        await Assertions.Expect(page.Locator("#capacity")).ToContainTextAsync("GB200");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "actor-page.png"), FullPage = true });

        // Home lists the run and follows the most recent one.
        await page.GotoAsync("/");
        await Assertions.Expect(page.Locator($"#runs tr[data-run='{runId}']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#follow")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "home.png"), FullPage = true });
    }

    [Fact]
    public async Task Pasted_yaml_with_mistakes_shows_the_silos_diagnostics()
    {
        Assert.True(File.Exists(Chromium), $"Chromium is not installed at {Chromium}: install it with 'apt-get update && apt-get install -y chromium' (tests/run does this when it is missing).");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = fixture.Dashboard.Address.ToString() });
        page.SetDefaultTimeout(Deadline);

        await page.GotoAsync("/");
        await page.ClickAsync("#paste summary");
        await page.FillAsync("#yaml-name", "typo.yaml");
        await page.FillAsync("#yaml", "scenario: typo\ntitle: Typo\nactors:\n  - { id: acme, kind: compnay, name: Acme }\nevents: []\n");
        await page.ClickAsync("#load-yaml-button");

        await Assertions.Expect(page.Locator("#problems")).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = Deadline });
        await Assertions.Expect(page.Locator("#problems-list li").First).ToHaveTextAsync(new Regex(@"^typo\.yaml:\d+:\d+: "), new LocatorAssertionsToHaveTextOptions { Timeout = Deadline });
        await Assertions.Expect(page.Locator("#problems-list")).ToContainTextAsync(new Regex(@"typo\.yaml:4:\d+: .*compnay"), new LocatorAssertionsToContainTextOptions { Timeout = Deadline });
    }

    private static string Screenshots()
    {
        var dir = Environment.GetEnvironmentVariable("MARKETACTORS_SCREENSHOTS") == "1"
            ? Path.Combine(Paths.Root, "docs", "screenshots")
            : Path.Combine(Path.GetTempPath(), "marketactors-screenshots");
        Directory.CreateDirectory(dir);
        return dir;
    }

    [GeneratedRegex(@"/runs/[^/]+$")]
    private static partial Regex RunPage();
}
