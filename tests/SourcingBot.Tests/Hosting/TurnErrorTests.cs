using Microsoft.Extensions.DependencyInjection;
using SourcingBot.Conversations.State;

namespace SourcingBot.Tests.Hosting;

public sealed class TurnErrorTests
{
    [Fact]
    public async Task FailingTurn_RepliesWithAReferenceCode_AndNoExceptionText()
    {
        await using var factory = new BotFactory().WithServices(services => services.AddSingleton<IConversationStore>(new FailingStore()));
        var chat = new ChatClient(factory.CreateClient());

        var replies = await chat.SayAsync("recommend");

        var error = replies.Should().ContainSingle().Subject!;
        ChatClient.Text(error, "kind").Should().Be("error");
        var text = ChatClient.Text(error, "text");
        text.Should().MatchRegex(@"reference \*\*[A-Z2-9]{8}\*\*").And.NotContain(FailingStore.Secret).And.NotContain("Exception");
        (await chat.SayAsync("what is offshoring?"))[0]!.Kind().Should().Be("answer", "questions alone do not need the store");
    }

    private sealed class FailingStore : IConversationStore
    {
        public const string Secret = "Host=db.internal;Password=hunter2";

        public Task<StoredConversation?> LoadAsync(string conversationId, CancellationToken cancellationToken) =>
            Task.FromResult<StoredConversation?>(null);

        public Task<SaveResult> SaveAsync(string conversationId, string state, long expectedVersion, CancellationToken cancellationToken) =>
            throw new InvalidOperationException($"could not connect: {Secret}");

        public Task<bool> DeleteAsync(string conversationId, CancellationToken cancellationToken) => Task.FromResult(false);

        public Task<int> DeleteIdleAsync(CancellationToken cancellationToken) => Task.FromResult(0);
    }
}
