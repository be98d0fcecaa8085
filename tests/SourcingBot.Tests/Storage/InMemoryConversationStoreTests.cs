using SourcingBot.Conversations.State;

namespace SourcingBot.Tests.Storage;

public sealed class InMemoryConversationStoreTests : ConversationStoreContractTests
{
    protected override IConversationStore CreateStore(TimeProvider timeProvider) =>
        new InMemoryConversationStore(new ConversationStoreOptions { IdleExpiry = IdleExpiry }, timeProvider);
}
