using SourcingBot.Channels.Discord.Rendering;

namespace SourcingBot.Tests.Channels.Discord.Rendering;

public sealed class DiscordTextTests
{
    [Fact]
    public void Truncate_LongText_EndsWithEllipsisWithinTheLimit()
    {
        var text = DiscordText.Truncate(string.Join(' ', Enumerable.Repeat("word", 100)), 50);

        text.Length.Should().BeLessThanOrEqualTo(50);
        text.Should().EndWith("…");
    }

    [Fact]
    public void Truncate_NeverCutsASurrogatePair()
    {
        var text = DiscordText.Truncate(new string('a', 8) + "😀😀😀", 10);

        text.Length.Should().BeLessThanOrEqualTo(10);
        char.IsHighSurrogate(text[^2]).Should().BeFalse();
    }

    [Fact]
    public void Split_PrefersParagraphs_AndKeepsEveryWord()
    {
        var paragraphs = Enumerable.Range(0, 10).Select(i => string.Join(' ', Enumerable.Range(0, 50).Select(j => $"p{i}w{j}"))).ToArray();

        var pieces = DiscordText.Split(string.Join("\n\n", paragraphs), 1024);

        pieces.Should().OnlyContain(piece => piece.Length <= 1024 && piece.Length > 0);
        string.Join(' ', pieces).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Should().Equal(paragraphs.SelectMany(p => p.Split(' ')));
    }

    [Fact]
    public void CodeBlocks_KeepEachBlockWithinTheLimit()
    {
        var blocks = DiscordText.CodeBlocks(string.Join('\n', Enumerable.Repeat("| a | b |", 1000)), "md", 4096);

        blocks.Should().HaveCountGreaterThan(1).And.OnlyContain(block => block.Length <= 4096 && block.StartsWith("```md\n", StringComparison.Ordinal));
    }
}
