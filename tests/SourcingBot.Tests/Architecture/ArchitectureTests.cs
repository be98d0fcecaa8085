using NetArchTest.Rules;
using SourcingBot.Conversations.Engine;
using SourcingBot.Knowledge.Model;

namespace SourcingBot.Tests.Architecture;

public sealed class ArchitectureTests
{
    [Fact]
    public void Knowledge_DependsOnNothingOfOursNorOnAspNet()
    {
        var result = Types.InAssembly(typeof(KnowledgeBase).Assembly)
            .ShouldNot().HaveDependencyOnAny("SourcingBot.Conversations", "SourcingBot.Channels", "Microsoft.AspNetCore", "Microsoft.Bot")
            .GetResult();

        result.FailingTypeNames.Should().BeNullOrEmpty();
    }

    [Fact]
    public void Conversations_KnowNoChannelNorAspNet()
    {
        var result = Types.InAssembly(typeof(ConversationEngine).Assembly)
            .ShouldNot().HaveDependencyOnAny("SourcingBot.Channels", "SourcingBot.Hosting", "Microsoft.AspNetCore", "Microsoft.Bot")
            .GetResult();

        result.FailingTypeNames.Should().BeNullOrEmpty();
    }

    [Theory]
    [InlineData("SourcingBot.Channels.Local")]
    [InlineData("SourcingBot.Channels.Teams")]
    [InlineData("SourcingBot.Channels.Discord")]
    public void Channels_NeverReferenceEachOther(string channel)
    {
        var others = new[] { "SourcingBot.Channels.Local", "SourcingBot.Channels.Teams", "SourcingBot.Channels.Discord" }
            .Where(other => other != channel)
            .ToArray();

        var result = Types.InAssembly(typeof(Program).Assembly)
            .That().ResideInNamespace(channel)
            .ShouldNot().HaveDependencyOnAny(others)
            .GetResult();

        result.FailingTypeNames.Should().BeNullOrEmpty();
    }
}
