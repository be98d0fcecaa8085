using System.Net;
using System.Text.Json.Nodes;

namespace SourcingBot.Tests.Channels.Teams.Fakes;

/// <summary>The answer to one activity: its status and, for expectReplies, the replies in the body.</summary>
public sealed record TeamsResponse(HttpStatusCode Status, IReadOnlyList<JsonObject> Replies, string Body);
