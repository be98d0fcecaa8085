using System.Net.Http.Headers;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using SourcingBot.Channels.Discord.Gateway;

namespace SourcingBot.Channels.Discord.Rest;

// The REST calls the bot makes (API v10). Rate limits and retries live in the handlers beneath
// (RateLimitHandler, then the resilience pipeline); this class only shapes requests and reads answers.
internal sealed class DiscordRestClient
{
    private readonly HttpClient _http;
    private readonly DiscordOptions _options;

    public DiscordRestClient(HttpClient http, IOptions<DiscordOptions> options)
    {
        _http = http;
        _options = options.Value;
        _http.BaseAddress = new Uri(_options.ApiBaseUrl.TrimEnd('/') + "/");
        var version = typeof(DiscordRestClient).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "1.0";
        _http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", $"DiscordBot ({_options.UserAgentUrl}, {version})");
    }

    public Task CreateMessageAsync(string channelId, DiscordMessage message, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"channels/{channelId}/messages", Body(message), authorized: true, cancellationToken);

    /// <summary>Edits the first response of an interaction (after a deferral, or to replace it).</summary>
    public Task EditOriginalResponseAsync(string interactionToken, DiscordMessage message, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Patch, $"webhooks/{ApplicationId}/{Uri.EscapeDataString(interactionToken)}/messages/@original", Body(message), authorized: false, cancellationToken);

    public Task CreateFollowUpAsync(string interactionToken, DiscordMessage message, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"webhooks/{ApplicationId}/{Uri.EscapeDataString(interactionToken)}", Body(message), authorized: false, cancellationToken);

    public async Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Get, "gateway/bot", null, authorized: true, cancellationToken);
        return await response.Content.ReadFromJsonAsync(DiscordJsonContext.Default.GatewayBotInfo, cancellationToken)
            ?? throw new DiscordRestException(response.StatusCode, "GET /gateway/bot returned no body.");
    }

    public async Task<JsonArray> GetCommandsAsync(string? guildId, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Get, CommandsPath(guildId), null, authorized: true, cancellationToken);
        return await response.Content.ReadFromJsonAsync(DiscordJsonContext.Default.JsonArray, cancellationToken) ?? [];
    }

    /// <summary>Replaces every global (or guild) command with <paramref name="commands"/> in one request.</summary>
    public async Task<JsonArray> OverwriteCommandsAsync(string? guildId, JsonArray commands, CancellationToken cancellationToken)
    {
        var content = new StringContent(commands.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
        using var response = await SendAsync(HttpMethod.Put, CommandsPath(guildId), content, authorized: true, cancellationToken);
        return await response.Content.ReadFromJsonAsync(DiscordJsonContext.Default.JsonArray, cancellationToken) ?? [];
    }

    private string ApplicationId => string.IsNullOrEmpty(_options.ApplicationId)
        ? throw new InvalidOperationException("Set Discord:ApplicationId to the application's id.")
        : _options.ApplicationId;

    private string CommandsPath(string? guildId) =>
        guildId is null ? $"applications/{ApplicationId}/commands" : $"applications/{ApplicationId}/guilds/{guildId}/commands";

    private static JsonContent Body(DiscordMessage message) => JsonContent.Create(message, DiscordJsonContext.Default.DiscordMessage);

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, HttpContent? content, bool authorized, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        if (authorized)
        {
            if (string.IsNullOrEmpty(_options.BotToken))
            {
                throw new InvalidOperationException("Set Discord:BotToken to the bot's token.");
            }

            request.Headers.Authorization = new AuthenticationHeaderValue("Bot", _options.BotToken);
        }

        var response = await _http.SendAsync(request, cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            ErrorBody? error = null;
            try
            {
                error = await response.Content.ReadFromJsonAsync(DiscordJsonContext.Default.ErrorBody, cancellationToken);
            }
            catch (Exception exception) when (exception is JsonException or NotSupportedException)
            {
                // Not a JSON error body: the status says enough.
            }

            throw new DiscordRestException(response.StatusCode,
                $"{DiscordRoutes.Key(method, path)} failed with {(int)response.StatusCode}: {error?.Message ?? response.ReasonPhrase}", error?.Code);
        }
    }
}
