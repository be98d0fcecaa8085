using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using SourcingBot.Conversations.Turns;
using SourcingBot.Hosting;

namespace SourcingBot.Channels.Local;

/// <summary><c>POST /api/chat</c>: one turn of a conversation as JSON in, replies as JSON out.</summary>
internal static partial class ChatEndpoint
{
    public const string Channel = "api";

    [GeneratedRegex("^[A-Za-z0-9._:@-]{1,128}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    public static async Task<Results<Ok<ChatResponse>, ProblemHttpResult, ValidationProblem>> HandleAsync(
        HttpContext context, TurnErrors engine, TurnRateLimiter limiter, IOptions<ChatOptions> options, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        if (!IsJson(context.Request.ContentType))
        {
            return Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type",
                "Send the request body as JSON with the header Content-Type: application/json.");
        }

        var body = await BoundedBody.ReadAsync(context.Request, limits.MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, "Request too large",
                $"The request body must be at most {limits.MaxBodyBytes} bytes.");
        }

        // Checked whole, because a value of a button is read as raw JSON and decoded only later.
        if (!System.Text.Unicode.Utf8.IsValid(body))
        {
            return Problem(StatusCodes.Status400BadRequest, "Malformed JSON", "The body is not valid UTF-8.");
        }

        ChatRequest? request;
        try
        {
            request = JsonSerializer.Deserialize(body, ChatJsonContext.Default.ChatRequest);
        }
        catch (JsonException exception)
        {
            return Problem(StatusCodes.Status400BadRequest, "Malformed JSON",
                $"The body is not a valid chat request: {exception.Message}");
        }

        if (request is null)
        {
            return Problem(StatusCodes.Status400BadRequest, "Malformed JSON", "The body must be a JSON object.");
        }

        var errors = Validate(request, limits, out var value);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The chat request is not valid");
        }

        var turn = new IncomingTurn(Channel, request.ConversationId!, request.UserId!, request.Text?.Trim(), value);
        if (!limiter.TryAdmit(turn, out var retryAfter))
        {
            var seconds = TurnRateLimiter.Seconds(retryAfter);
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Problem(StatusCodes.Status429TooManyRequests, "Slow down", TurnRateLimiter.SlowDown(retryAfter).Text);
        }

        var result = await engine.HandleAsync(turn, cancellationToken);
        return TypedResults.Ok(new ChatResponse(turn.ConversationId, result.Replies.Select(reply => reply.ToDto()).ToArray()));
    }

    private static Dictionary<string, string[]> Validate(
        ChatRequest request, ChatOptions limits, out IReadOnlyDictionary<string, string>? value)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (request.ConversationId is null || !IdPattern().IsMatch(request.ConversationId))
        {
            errors["conversationId"] = ["Required: 1 to 128 characters from A-Z, a-z, 0-9 and . _ : @ -"];
        }

        if (request.UserId is null || !IdPattern().IsMatch(request.UserId))
        {
            errors["userId"] = ["Required: 1 to 128 characters from A-Z, a-z, 0-9 and . _ : @ -"];
        }

        if (request.Text?.Length > limits.MaxTextLength)
        {
            errors["text"] = [$"At most {limits.MaxTextLength} characters."];
        }

        value = null;
        if (request.Value is { Count: > 0 })
        {
            value = Flatten(request.Value, errors);
        }
        else if (string.IsNullOrWhiteSpace(request.Text))
        {
            errors["text"] = ["Type a message: text is required when no value is given."];
        }

        return errors;
    }

    // Button values are flat string maps; numbers and booleans are accepted as their text.
    private static Dictionary<string, string>? Flatten(Dictionary<string, JsonElement> value, Dictionary<string, string[]> errors)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, element) in value)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.String:
                    result[key] = element.GetString()!;
                    break;
                case JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False:
                    result[key] = element.GetRawText();
                    break;
                case JsonValueKind.Null:
                    break;
                default:
                    errors[$"value.{key}"] = ["Values must be strings, numbers or booleans."];
                    break;
            }
        }

        return errors.Count == 0 ? result : null;
    }

    private static bool IsJson(string? contentType) =>
        contentType is not null
        && Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
        && (mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase));

    private static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(detail, statusCode: status, title: title);
}
