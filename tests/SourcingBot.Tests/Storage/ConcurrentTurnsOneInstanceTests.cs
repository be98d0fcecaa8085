using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using SourcingBot.Tests.Hosting;

namespace SourcingBot.Tests.Storage;

// Several answers of one conversation arriving at once on one instance, through /api/chat onto the SQLite file:
// every one is kept (a save on a stale version is refused and its turn re-runs), none is answered with an error.
public sealed class ConcurrentTurnsOneInstanceTests
{
    private static readonly (string Step, string Options)[] Buttons =
    [
        ("goals", "reduce-costs,access-talent"),
        ("function", "software-development"),
        ("coreness", "support-function"),
        ("overlap", "few-hours"),
        ("data", "none"),
    ];

    [Fact]
    public async Task ConcurrentButtonClicks_OneConversationOnSqlite_AreAllReflected()
    {
        await using var factory = new BotFactory();
        for (var round = 0; round < 10; round++)
        {
            var conversationId = $"race-{round}-{Guid.NewGuid():N}";
            using var client = factory.CreateClient();
            await new ChatClient(client, conversationId).SayAsync("recommend");

            var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var turns = Buttons.Select(button => Task.Run(async () =>
            {
                await start.Task;
                return await new ChatClient(client, conversationId).ClickAsync(new JsonObject
                {
                    ["label"] = button.Step,
                    ["value"] = new JsonObject { ["action"] = "answer", ["step"] = button.Step, ["options"] = button.Options },
                });
            })).ToList();
            start.SetResult();
            var replies = await Task.WhenAll(turns);

            replies.SelectMany(reply => reply).Should().NotContain(reply => reply!.Kind() == "error", $"round {round}");
            var (answers, version) = Stored(factory.DatabasePath, conversationId);
            answers.Should().BeEquivalentTo(Buttons.Select(button => button.Step), $"round {round}");
            version.Should().Be(1 + Buttons.Length);
        }
    }

    private static (IReadOnlyList<string> Answers, long Version) Stored(string path, string conversationId)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT state, version FROM conversations WHERE conversation_id = $id;";
        command.Parameters.AddWithValue("$id", conversationId);
        using var reader = command.ExecuteReader();
        reader.Read().Should().BeTrue();
        var answers = JsonNode.Parse(reader.GetString(0))!["assessment"]!["answers"]!.AsObject().Select(pair => pair.Key).ToList();
        return (answers, reader.GetInt64(1));
    }
}
