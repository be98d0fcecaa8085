using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;

namespace SourcingBot.Channels.Teams;

/// <summary>
/// <c>POST /api/messages</c>: the Bot Framework endpoint. The activity is read here (bounded, on Bot
/// Builder's own Newtonsoft settings) and handed to the adapter, which authenticates it and runs the turn;
/// replies go to the activity's service URL, or into the response body for <c>expectReplies</c>.
/// </summary>
internal static partial class MessagesEndpoint
{
    public static async Task<IResult> HandleAsync(
        HttpContext context,
        TeamsAdapter adapter,
        IBot bot,
        IOptions<TeamsOptions> options,
        ILogger<TeamsAdapter> logger,
        CancellationToken cancellationToken)
    {
        if (!context.Request.HasJsonContentType())
        {
            return Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", "Send the activity as JSON.");
        }

        var body = await ReadBoundedAsync(context.Request, options.Value.MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, "Request too large", $"An activity must be at most {options.Value.MaxBodyBytes} bytes.");
        }

        var activity = Parse(body);
        if (activity is null || !IsWellFormed(activity))
        {
            return Problem(StatusCodes.Status400BadRequest, "Not an activity",
                "The body must be a Bot Framework activity with a type, an http(s) serviceUrl and, if any, channelData as an object.");
        }

        InvokeResponse? response;
        try
        {
            response = await adapter.ProcessIncomingAsync(context.Request.Headers.Authorization.ToString(), activity, bot, cancellationToken);
        }
        catch (UnauthorizedAccessException exception)
        {
            Log.Rejected(logger, exception.Message, activity.ChannelId);
            Log.RejectedDetail(logger, exception.InnerException ?? exception);
            return Problem(StatusCodes.Status401Unauthorized, "Unauthorized", "The request's token is missing or not valid.");
        }

        return new InvokeResult(response);
    }

    private static Activity? Parse(byte[] body)
    {
        try
        {
            using var reader = new JsonTextReader(new StreamReader(new MemoryStream(body), Encoding.UTF8));
            return BotJson.Serializer.Deserialize<Activity>(reader);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // What the adapter relies on before any of our code runs: it would fail with a 500 otherwise.
    private static bool IsWellFormed(Activity activity) =>
        !string.IsNullOrEmpty(activity.Type)
        && Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl) && serviceUrl.Scheme is "http" or "https"
        && activity.ChannelData is null or Newtonsoft.Json.Linq.JObject;

    private static async Task<byte[]?> ReadBoundedAsync(HttpRequest request, int maximumBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maximumBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16_384];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maximumBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(detail, statusCode: status, title: title);

    // The adapter's answer: 200 for ordinary activities, the invoke response (or the buffered replies of
    // an expectReplies request), serialized the way Bot Builder expects.
    private sealed class InvokeResult(InvokeResponse? response) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext) =>
            BotJson.WriteAsync(httpContext.Response, response?.Status ?? StatusCodes.Status200OK, response?.Body, httpContext.RequestAborted);
    }

    private static partial class Log
    {
        [LoggerMessage(10, LogLevel.Warning, "Rejected a request to /api/messages (channel {ChannelId}): {Reason}")]
        public static partial void Rejected(ILogger logger, string reason, string? channelId);

        [LoggerMessage(11, LogLevel.Debug, "Why the request was rejected")]
        public static partial void RejectedDetail(ILogger logger, Exception exception);
    }
}
