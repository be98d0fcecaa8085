using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SourcingBot.Knowledge.Loading;

namespace SourcingBot.Tests.Hosting;

// With Knowledge:Path set, edits go live without a restart; broken edits are refused and the last good
// version keeps answering.
public sealed class KnowledgeReloadTests : IDisposable
{
    private const string Original = "A US company using a team in Mexico is a common example.";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"sourcingbot-knowledge-{Guid.NewGuid():N}");

    public KnowledgeReloadTests()
    {
        Directory.CreateDirectory(_folder);
        foreach (var file in KnowledgeLoader.ReadEmbeddedFiles())
        {
            File.WriteAllText(Path.Combine(_folder, file.Name), file.Text);
        }
    }

    [Fact]
    public async Task EditedKnowledge_GoesLiveWithoutRestart_AndABrokenEditIsRefused()
    {
        var logs = new ScopedLogCapture();
        await using var factory = new BotFactory().With("Knowledge:Path", _folder).With("Knowledge:ReloadDelay", "00:00:00.1")
            .WithServices(services => services.AddSingleton<ILoggerProvider>(logs));
        var chat = new ChatClient(factory.CreateClient());
        var before = await chat.SayAsync("what is nearshoring?");
        ChatClient.Text(before[0]!, "text").Should().Contain(Original);
        var assessment = new ChatClient(factory.CreateClient());
        (await assessment.SayAsync("recommend")).AskedStep().Should().Be("goals");

        Edit("definitions.yaml", Original, "A German company using a team in Poland is a common example.");
        (await AnswerWithinAsync(chat, "Poland")).Should().BeTrue("a valid edit goes live within seconds");
        (await assessment.SayAsync("cost and talent")).AskedStep().Should().Be("function", "a conversation in flight carries on after a reload");

        Edit("definitions.yaml", "    answer: |", "    answr: |");
        (await WithinAsync(() => logs.Entries.Any(entry => entry.Level == LogLevel.Warning && entry.Message.StartsWith("Knowledge edit rejected", StringComparison.Ordinal))))
            .Should().BeTrue("a broken edit is refused");
        logs.Entries.Should().Contain(entry => entry.Level == LogLevel.Error && entry.Message.StartsWith("Knowledge problem:", StringComparison.Ordinal)
            && entry.Message.Contains("definitions.yaml", StringComparison.Ordinal), "each validation problem is logged with its file");
        var during = await chat.SayAsync("what is nearshoring?");
        ChatClient.Text(during[0]!, "text").Should().Contain("Poland", "the last good version stays live");

        Edit("definitions.yaml", "    answr: |", "    answer: |");
        Edit("definitions.yaml", "in Poland", "in Portugal");
        (await AnswerWithinAsync(chat, "Portugal")).Should().BeTrue("a fixed file is picked up again");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void Edit(string file, string from, string to)
    {
        var path = Path.Combine(_folder, file);
        File.WriteAllText(path, File.ReadAllText(path).Replace(from, to, StringComparison.Ordinal));
    }

    private static async Task<bool> WithinAsync(Func<bool> condition)
    {
        for (var attempt = 0; attempt < 50 && !condition(); attempt++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }

        return condition();
    }

    private static async Task<bool> AnswerWithinAsync(ChatClient chat, string expected)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var replies = await chat.SayAsync("what is nearshoring?");
            if (ChatClient.Text(replies[0]!, "text").Contains(expected, StringComparison.Ordinal))
            {
                return true;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }

        return false;
    }
}
