using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace MarketActors.Dashboard.Tests;

/// <summary>
/// Binding and token rules: on loopback nothing is needed; beyond it, every POST and the cluster view need the token,
/// and the dashboard refuses to start without one.
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed class TokenTests(DashboardFixture fixture)
{
    private const string Token = "test-token-0123456789abcdef";

    [Theory]
    [InlineData("http://0.0.0.0:0")]
    [InlineData("http://*:5080")]
    [InlineData("http://127.0.0.1:5080;http://[::]:5081")]
    public async Task Beyond_loopback_without_a_token_it_refuses_to_start_with_exit_code_2(string urls)
    {
        using var error = new StringWriter();

        var exitCode = await DashboardHost.RunAsync([.. fixture.ClusterArgs(), "--urls", urls], error);

        Assert.Equal(2, exitCode);
        Assert.Contains("refusing to start", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("MarketActors:Dashboard:Token", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_too_short_is_refused_too()
    {
        using var error = new StringWriter();

        var exitCode = await DashboardHost.RunAsync([.. fixture.ClusterArgs(), "--urls", "http://0.0.0.0:0", "--MarketActors:Dashboard:Token=short"], error);

        Assert.Equal(2, exitCode);
        Assert.Contains("at least 16 characters", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Beyond_loopback_a_post_needs_the_token_and_reads_do_not()
    {
        await using var dashboard = await fixture.StartDashboardAsync("--urls=http://0.0.0.0:0", $"--MarketActors:Dashboard:Token={Token}");
        var http = dashboard.Http;

        var without = await http.PostAsJsonAsync("/api/runs", new { scenario = "stargate-2025.yaml" });
        using var wrong = Post("/api/runs", "not-the-token-at-all");
        var wrongResponse = await http.SendAsync(wrong);
        using var right = Post("/api/runs", Token);
        var rightResponse = await http.SendAsync(right);
        var runs = await http.GetAsync(new Uri("/api/runs", UriKind.Relative));
        var home = await http.GetAsync(new Uri("/", UriKind.Relative));

        var problem = await Api.Json(without, HttpStatusCode.Unauthorized);
        Assert.Contains("Authorization: Bearer", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, wrongResponse.StatusCode);
        Assert.Equal(HttpStatusCode.Created, rightResponse.StatusCode);
        Assert.Equal(HttpStatusCode.OK, runs.StatusCode);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
    }

    [Fact]
    public async Task Beyond_loopback_the_cluster_view_needs_the_token_and_a_token_link_sets_the_cookie()
    {
        await using var dashboard = await fixture.StartDashboardAsync("--urls=http://0.0.0.0:0", $"--MarketActors:Dashboard:Token={Token}");
        using var cookies = new HttpClientHandler { CookieContainer = new CookieContainer() };
        using var http = new HttpClient(cookies) { BaseAddress = dashboard.Address };

        var closed = await http.GetAsync(new Uri("/cluster/", UriKind.Relative));
        var link = await http.GetAsync(new Uri($"/?token={Token}", UriKind.Relative));
        var open = await http.GetAsync(new Uri("/cluster/", UriKind.Relative));
        var post = await http.PostAsJsonAsync("/api/runs", new { scenario = "stargate-2025.yaml" });
        using var foreign = new HttpRequestMessage(HttpMethod.Post, "/api/runs") { Content = JsonContent.Create(new { scenario = "stargate-2025.yaml" }) };
        foreign.Headers.Add("Origin", "http://elsewhere.example");
        var foreignResponse = await http.SendAsync(foreign);

        Assert.Equal(HttpStatusCode.Unauthorized, closed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, link.StatusCode);
        Assert.Contains(cookies.CookieContainer.GetCookies(dashboard.Address), c => c.Name == "token" && c.HttpOnly);
        Assert.Equal(HttpStatusCode.OK, open.StatusCode);
        Assert.Equal(HttpStatusCode.Created, post.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, foreignResponse.StatusCode);
    }

    [Fact]
    public async Task On_loopback_no_token_is_needed_for_control_or_the_cluster_view()
    {
        var cluster = await fixture.Http.GetAsync(new Uri("/cluster/", UriKind.Relative));
        var load = await fixture.Http.PostAsJsonAsync("/api/runs", new { scenario = "stargate-2025.yaml" });

        Assert.Equal(HttpStatusCode.OK, cluster.StatusCode);
        Assert.Equal(HttpStatusCode.Created, load.StatusCode);
    }

    private static HttpRequestMessage Post(string path, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(new { scenario = "stargate-2025.yaml" }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }
}
