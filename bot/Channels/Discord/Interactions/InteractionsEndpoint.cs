using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace SourcingBot.Channels.Discord.Interactions;

/// <summary>
/// <c>POST /api/discord/interactions</c>: verifies the Ed25519 signature over the raw body before reading
/// anything in it, then answers PING, slash commands, components, autocomplete and modals.
/// </summary>
internal static partial class InteractionsEndpoint
{
    public const string Path = "/api/discord/interactions";

    public static async Task HandleAsync(
        HttpContext context,
        SignatureVerifier verifier,
        InteractionHandler handler,
        FollowUpQueue followUps,
        IOptions<DiscordOptions> options,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(InteractionsEndpoint).FullName!);
        var result = await ProcessAsync(context, verifier, handler, options.Value, logger, cancellationToken);
        if (result.After is { } after)
        {
            // Follow-ups may only be sent once Discord has the first response.
            context.Response.OnCompleted(() =>
            {
                followUps.Enqueue(after);
                return Task.CompletedTask;
            });
        }

        await result.Response.ExecuteAsync(context);
    }

    private static async Task<InteractionResult> ProcessAsync(
        HttpContext context, SignatureVerifier verifier, InteractionHandler handler, DiscordOptions options, ILogger logger, CancellationToken cancellationToken)
    {
        if (!verifier.IsConfigured)
        {
            return Problem(StatusCodes.Status503ServiceUnavailable, "Discord is not configured", "Set Discord:PublicKey to the application's public key.");
        }

        var body = await ReadAsync(context.Request.BodyReader, options.MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, "Request too large", $"The body must be at most {options.MaxBodyBytes} bytes.");
        }

        var headers = context.Request.Headers;
        var check = verifier.Check(headers["X-Signature-Ed25519"].ToString(), headers["X-Signature-Timestamp"].ToString(), body);
        if (check != SignatureCheck.Valid)
        {
            Log.Refused(logger, check);
            return Problem(StatusCodes.Status401Unauthorized, "Invalid request signature", "The request is not signed by this application's key, or its timestamp is too old.");
        }

        Interaction? interaction;
        try
        {
            interaction = JsonSerializer.Deserialize(body, DiscordJsonContext.Default.Interaction);
        }
        catch (JsonException)
        {
            return Problem(StatusCodes.Status400BadRequest, "Malformed JSON", "The body is not a Discord interaction.");
        }

        if (interaction is null)
        {
            return Problem(StatusCodes.Status400BadRequest, "Malformed JSON", "The body must be a JSON object.");
        }

        if (interaction.Type == InteractionTypes.Ping)
        {
            return new InteractionResult(TypedResults.Json(new MessageResponse(InteractionTypes.Pong), DiscordJsonContext.Default.MessageResponse));
        }

        if (interaction.Type is < InteractionTypes.ApplicationCommand or > InteractionTypes.ModalSubmit)
        {
            return Problem(StatusCodes.Status400BadRequest, "Unknown interaction type", $"Interaction type {interaction.Type} is not supported.");
        }

        if (interaction.Actor?.Id is not { Length: > 0 } || string.IsNullOrEmpty(interaction.Token) || interaction.ChannelIdOrNull is null || interaction.Data is null)
        {
            return Problem(StatusCodes.Status400BadRequest, "Incomplete interaction", "An interaction needs data, a user, a channel and a token.");
        }

        Log.Received(logger, interaction.Type, interaction.Id);
        return await handler.HandleAsync(interaction, cancellationToken);
    }

    // The raw body up to a limit; null when it is larger.
    private static async Task<byte[]?> ReadAsync(PipeReader reader, int maximumBytes, CancellationToken cancellationToken)
    {
        while (true)
        {
            var read = await reader.ReadAsync(cancellationToken);
            if (read.Buffer.Length > maximumBytes)
            {
                reader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
                return null;
            }

            if (read.IsCompleted)
            {
                var body = read.Buffer.ToArray();
                reader.AdvanceTo(read.Buffer.End);
                return body;
            }

            reader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
        }
    }

    private static InteractionResult Problem(int status, string title, string detail) =>
        new(TypedResults.Problem(detail, statusCode: status, title: title));

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "Refused a Discord interaction: signature {Check}")]
        public static partial void Refused(ILogger logger, SignatureCheck check);

        [LoggerMessage(2, LogLevel.Debug, "Discord interaction of type {Type} ({Id})")]
        public static partial void Received(ILogger logger, int type, string? id);
    }
}
