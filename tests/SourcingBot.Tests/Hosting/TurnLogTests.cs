using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SourcingBot.Conversations.State;
using SourcingBot.Hosting;

namespace SourcingBot.Tests.Hosting;

// Every turn logs within a scope carrying its reference code, the same code a user quotes from an error reply;
// what reaches the log is redacted of secrets and personal data.
public sealed partial class TurnLogTests
{
    private const string Password = "hunter2-very-secret";
    private const string Email = "ana.lima@lima-logistics.com";

    [Fact]
    public async Task FailingTurn_LogsUnderTheReferenceTheUserSees_WithoutSecretsOrEmail()
    {
        var logs = new ScopedLogCapture();
        await using var factory = new BotFactory().WithServices(services =>
        {
            services.AddSingleton<IConversationStore>(new BrokenStore());
            services.AddSingleton<ILoggerProvider>(logs);
        });
        var chat = new ChatClient(factory.CreateClient());

        var replies = await chat.SayAsync("recommend");

        var reference = ReferencePattern().Match(ChatClient.Text(replies[0]!, "text")).Groups[1].Value;
        reference.Should().HaveLength(8);
        var failure = logs.Entries.Should().ContainSingle(entry => entry.Level == LogLevel.Error && entry.Category.EndsWith("TurnErrors", StringComparison.Ordinal)).Subject;
        failure.Scope.Should().Contain("TurnReference", reference).And.Contain("Channel", "api");
        failure.Message.Should().Contain(reference).And.Contain(nameof(InvalidOperationException)).And.Contain(nameof(BrokenStore));
        logs.Entries.Should().NotContain(entry => entry.Message.Contains(Password, StringComparison.Ordinal) || entry.Message.Contains(Email, StringComparison.Ordinal));
        logs.Entries.Should().NotContain(entry => entry.Exception != null && entry.Exception.Message.Contains(Password, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Host=db;Username=bot;Password=hunter2;Database=x", "Host=db;Username=bot;Password=***;Database=x")]
    [InlineData("Authorization: Bearer eyJhbGciOi.abc-def", "Authorization: Bearer ***")]
    [InlineData("lead from ana.lima@lima-logistics.com refused", "lead from ***@*** refused")]
    [InlineData("https://hooks.example/x?sig=abcdef&x=1", "https://hooks.example/x?sig=***&x=1")]
    [InlineData("nothing secret here", "nothing secret here")]
    public void Redact_MasksSecretsAndEmails(string text, string expected)
    {
        LogRedaction.Redact(text).Should().Be(expected);
    }

    [GeneratedRegex(@"reference \*\*([A-Z2-9]{8})\*\*")]
    private static partial Regex ReferencePattern();

    private sealed class BrokenStore : IConversationStore
    {
        public Task<StoredConversation?> LoadAsync(string conversationId, CancellationToken cancellationToken) =>
            Task.FromResult<StoredConversation?>(null);

        public Task<SaveResult> SaveAsync(string conversationId, string state, long expectedVersion, CancellationToken cancellationToken) =>
            throw new InvalidOperationException($"could not connect with Host=db;Password={Password} for {Email}");

        public Task<bool> DeleteAsync(string conversationId, CancellationToken cancellationToken) => Task.FromResult(false);

        public Task<int> DeleteIdleAsync(CancellationToken cancellationToken) => Task.FromResult(0);
    }
}
