using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace MarketActors.Client.Tests.Support;

/// <summary>
/// Stands in for an OpenTelemetry collector that speaks OTLP over HTTP: it accepts every POST on a loopback port
/// and keeps its path and body. Protobuf carries strings as UTF-8 bytes, so a span's or metric's names can be
/// looked for in the body as they are.
/// </summary>
internal sealed class OtlpSink : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<(string Path, string ContentType, byte[] Body)> _received = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private readonly Task _serving;

    public OtlpSink(int port)
    {
        Endpoint = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(Endpoint.ToString());
        _listener.Start();
        _serving = Task.Run(Serve);
    }

    public Uri Endpoint { get; }

    /// <summary>
    /// Waits until a request to <paramref name="path"/> carries <paramref name="text"/>, looking again each time a request
    /// arrives; returns its content type.
    /// </summary>
    public async Task<string> WaitFor(string path, string text, TimeSpan deadline)
    {
        using var timeout = new CancellationTokenSource(deadline);
        var bytes = Encoding.UTF8.GetBytes(text);
        while (true)
        {
            foreach (var request in _received)
            {
                if (request.Path == path && request.Body.AsSpan().IndexOf(bytes) >= 0)
                {
                    return request.ContentType;
                }
            }

            try
            {
                await _arrived.WaitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                var seen = string.Join(", ", _received.Select(r => $"{r.Path} ({r.Body.Length} bytes)"));
                throw new TimeoutException($"no request to {path} carried '{text}'; received: {(seen.Length == 0 ? "nothing" : seen)}");
            }
        }
    }

    public void Dispose()
    {
        _listener.Close();
        _serving.Wait(TimeSpan.FromSeconds(10));
        _arrived.Dispose();
    }

    private async Task Serve()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            _received.Enqueue((context.Request.Url!.AbsolutePath, context.Request.ContentType ?? string.Empty, body.ToArray()));
            _arrived.Release();
            context.Response.StatusCode = 200;
            context.Response.Close();
        }
    }
}
