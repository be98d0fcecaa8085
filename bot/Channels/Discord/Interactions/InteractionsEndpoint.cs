using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace SourcingBot.Channels.Discord.Interactions;

/// <summary>
/// <c>POST /api/discord/interactions</c>: verifies the Ed25519 signature over the raw body before reading
/// anything in it, then answers PING, slash commands, components, autocomplete and modals, each
/// interaction once however often it is delivered.
/// </summary>
internal static partial class InteractionsEndpoint
{
    public const string Path = "/api/discord/interactions";

    public static async Task HandleAsync(
        HttpContext context,
        SignatureVerifier verifier,
        InteractionHandler handler,
        InteractionDeliveries deliveries,
        FollowUpQueue followUps,
        IOptions<DiscordOptions> options,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(InteractionsEndpoint).FullName!);
        var (problem, interaction) = await VerifyAsync(context, verifier, options.Value, logger, cancellationToken);
        if (problem is not null)
        {
            await problem.ExecuteAsync(context);
            return;
        }

        // PING and autocomplete change nothing, and autocomplete comes with every keystroke: both are answered
        // afresh, without a trip to the store. Everything else is handled once per interaction id.
        var result = interaction!.Type switch
        {
            InteractionTypes.Ping => InteractionResult.Of(new MessageResponse(InteractionTypes.Pong), DiscordJsonContext.Default.MessageResponse),
            InteractionTypes.Autocomplete => await handler.HandleAsync(interaction, cancellationToken),
            _ => await deliveries.HandleOnceAsync(interaction, handler.HandleAsync, cancellationToken),
        };
        if (result is null)
        {
            await Problem(StatusCodes.Status409Conflict, "Interaction in progress", "This interaction is already being answered.").ExecuteAsync(context);
            return;
        }

        if (result.After is { } after)
        {
            // Follow-ups may only be sent once Discord has the first response.
            context.Response.OnCompleted(() =>
            {
                followUps.Enqueue(after);
                return Task.CompletedTask;
            });
        }

        await TypedResults.Text(result.Body, "application/json", System.Text.Encoding.UTF8).ExecuteAsync(context);
    }

    // The verified, well-formed interaction, or the problem to answer with instead.
    private static async Task<(ProblemHttpResult? Problem, Interaction? Interaction)> VerifyAsync(
        HttpContext context, SignatureVerifier verifier, DiscordOptions options, ILogger logger, CancellationToken cancellationToken)
    {
        if (!verifier.IsConfigured)
        {
            return (Problem(StatusCodes.Status503ServiceUnavailable, "Discord is not configured", "Set Discord:PublicKey to the application's public key."), null);
        }

        var body = await ReadAsync(context.Request.BodyReader, options.MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            return (Problem(StatusCodes.Status413PayloadTooLarge, "Request too large", $"The body must be at most {options.MaxBodyBytes} bytes."), null);
        }

        var headers = context.Request.Headers;
        var check = verifier.Check(headers["X-Signature-Ed25519"].ToString(), headers["X-Signature-Timestamp"].ToString(), body);
        if (check != SignatureCheck.Valid)
        {
            Log.Refused(logger, check);
            return (Problem(StatusCodes.Status401Unauthorized, "Invalid request signature", "The request is not signed by this application's key, or its timestamp is too old."), null);
        }

        Interaction? interaction;
        try
        {
            interaction = JsonSerializer.Deserialize(body, DiscordJsonContext.Default.Interaction);
        }
        catch (JsonException)
        {
            return (Problem(StatusCodes.Status400BadRequest, "Malformed JSON", "The body is not a Discord interaction."), null);
        }

        if (interaction is null)
        {
            return (Problem(StatusCodes.Status400BadRequest, "Malformed JSON", "The body must be a JSON object."), null);
        }

        if (interaction.Type == InteractionTypes.Ping)
        {
            return (null, interaction);
        }

        if (interaction.Type is < InteractionTypes.ApplicationCommand or > InteractionTypes.ModalSubmit)
        {
            return (Problem(StatusCodes.Status400BadRequest, "Unknown interaction type", $"Interaction type {interaction.Type} is not supported."), null);
        }

        if (interaction.Actor?.Id is not { Length: > 0 } || string.IsNullOrEmpty(interaction.Token) || interaction.ChannelIdOrNull is null || interaction.Data is null)
        {
            return (Problem(StatusCodes.Status400BadRequest, "Incomplete interaction", "An interaction needs data, a user, a channel and a token."), null);
        }

        Log.Received(logger, interaction.Type, interaction.Id);
        return (null, interaction);
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

    private static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(detail, statusCode: status, title: title);

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "Refused a Discord interaction: signature {Check}")]
        public static partial void Refused(ILogger logger, SignatureCheck check);

        [LoggerMessage(2, LogLevel.Debug, "Discord interaction of type {Type} ({Id})")]
        public static partial void Received(ILogger logger, int type, string? id);
    }
}
