using System.Net.Http.Headers;

namespace SourcingBot.Benchmarking;

// One request a simulated user sends: built (and for Discord signed) before it is sent, so the load
// generator spends its time on the wire rather than on preparing bodies.
internal sealed record LoadRequest(string Path, byte[] Body, IReadOnlyList<KeyValuePair<string, string>> Headers)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    public HttpRequestMessage ToMessage()
    {
        var content = new ByteArrayContent(Body);
        content.Headers.ContentType = Json;
        var message = new HttpRequestMessage(HttpMethod.Post, Path) { Content = content };
        foreach (var (name, value) in Headers)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        return message;
    }
}
