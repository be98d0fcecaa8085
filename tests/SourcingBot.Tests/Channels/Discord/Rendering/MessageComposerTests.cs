using Microsoft.Extensions.DependencyInjection;
using SourcingBot.Channels.Discord.Rendering;
using SourcingBot.Channels.Discord.Rest;
using SourcingBot.Conversations.Engine;
using SourcingBot.Conversations.Turns;
using SourcingBot.Tests.Channels.Discord.Fakes;

namespace SourcingBot.Tests.Channels.Discord.Rendering;

public sealed class MessageComposerTests(DiscordBotHost host) : IClassFixture<DiscordBotHost>
{
    [Fact]
    public void Compose_HugeReply_SplitsIntoValidMessagesWithoutLosingAnything()
    {
        var sections = Enumerable.Range(1, 30).Select(i => new ReplySection($"Section {i}", Words(2500, $"s{i}"))).ToArray();
        var reply = new Reply
        {
            Kind = ReplyKind.Answer,
            Title = new string('T', 400),
            Text = Words(10_000, "body") + " @everyone",
            Sections = sections,
            Table = new ReplyTable("Figures", ["Figure", "What it shows", "Source"], Enumerable.Range(1, 40).Select(i => (IReadOnlyList<string>)[$"{i}%", Words(200, "fig"), "Someone (2024)"]).ToArray()),
            Choices = Enumerable.Range(1, 30).Select(i => new ReplyAction(new string('c', 120) + i, ActionValues.AskEntry($"entry-{i}"))).ToArray(),
            Suggestions = Enumerable.Range(1, 30).Select(i => new ReplyAction($"Suggestion {i}", ActionValues.AskEntry($"other-{i}"))).ToArray(),
            Sources = Enumerable.Range(1, 40).Select(i => new Citation($"Publisher {i}", Words(150, "title"), "2024", new Uri($"https://example.org/{i}"), null)).ToArray(),
        };

        foreach (var mode in new[] { RenderMode.Buttons, RenderMode.Flow, RenderMode.Text })
        {
            var pages = MessageComposer.Compose([reply], mode, flags: 64);

            pages.Count.Should().BeGreaterThan(1);
            pages.SelectMany(page => MessageValidator.Validate(page)).Should().BeEmpty();
            pages.Skip(1).Should().OnlyContain(page => page.Components!.Count == 0, "components go on the first message only");
            var text = string.Concat(pages.SelectMany(page => page.Embeds!).Select(Text));
            foreach (var section in sections)
            {
                text.Should().Contain(section.Heading);
            }

            text.Should().Contain("s30w2499", "long sections are split, not cut");
            text.Should().Contain("bodyw9999");
        }
    }

    [Fact]
    public async Task Compose_EveryKnowledgeEntryAndComparison_IsValidInEveryMode()
    {
        var engine = host.Services.GetRequiredService<ITurnHandler>();
        var knowledge = host.Services.GetRequiredService<IKnowledgeProvider>().Current.Knowledge;
        var values = knowledge.Entries.Select(entry => ActionValues.AskEntry(entry.Id))
            .Concat(knowledge.Strategies.SelectMany(first => knowledge.Strategies.Where(second => second != first)
                .Select(second => ActionValues.CompareStrategies(first.Id, second.Id))))
            .ToArray();

        foreach (var value in values)
        {
            var result = await engine.HandleAsync(new IncomingTurn("discord", "discord:render-test", "tester", null, value), CancellationToken.None);
            foreach (var mode in new[] { RenderMode.Buttons, RenderMode.Flow, RenderMode.Text })
            {
                var pages = MessageComposer.Compose(result.Replies, mode);
                pages.SelectMany(page => MessageValidator.Validate(page)).Should().BeEmpty($"{string.Join(",", value.Values)} in {mode}");
            }
        }
    }

    [Fact]
    public void Notice_LongText_IsCutToTheContentLimit()
    {
        var notice = MessageComposer.Notice(new string('x', 5000), 64);

        MessageValidator.Validate(notice).Should().BeEmpty();
        notice.Content!.Length.Should().BeLessThanOrEqualTo(2000);
    }

    [Fact]
    public void Validate_BrokenMessage_NamesEveryProblem()
    {
        var message = new DiscordMessage
        {
            Content = new string('x', 2001),
            Embeds = [new Embed { Title = new string('t', 257), Fields = Enumerable.Range(0, 26).Select(_ => new EmbedField("n", new string('v', 1025))).ToArray() }],
            Components = Enumerable.Range(0, 6).Select(_ => new Component
            {
                Type = ComponentTypes.ActionRow,
                Components = Enumerable.Range(0, 6).Select(i => new Component { Type = ComponentTypes.Button, Style = 1, Label = "b", CustomId = "same" }).ToArray(),
            }).ToArray(),
            AllowedMentions = new AllowedMentions(["everyone"]),
        };

        var problems = MessageValidator.Validate(message);

        problems.Should().Contain(p => p.Contains("content", StringComparison.Ordinal))
            .And.Contain(p => p.Contains("title", StringComparison.Ordinal))
            .And.Contain(p => p.Contains("26 fields", StringComparison.Ordinal))
            .And.Contain(p => p.Contains("value must be 1-1024", StringComparison.Ordinal))
            .And.Contain(p => p.Contains("6 action rows", StringComparison.Ordinal))
            .And.Contain(p => p.Contains("up to 5 buttons", StringComparison.Ordinal))
            .And.Contain(p => p.Contains("repeated", StringComparison.Ordinal))
            .And.Contain(p => p.Contains("allowed_mentions", StringComparison.Ordinal));
    }

    private static string Words(int count, string prefix) => string.Join(' ', Enumerable.Range(0, count).Select(i => $"{prefix}w{i}"));

    private static string Text(Embed embed) =>
        $"{embed.Title} {embed.Description} {string.Join(' ', embed.Fields?.Select(field => $"{field.Name} {field.Value}") ?? [])} {embed.Footer?.Text}";
}
