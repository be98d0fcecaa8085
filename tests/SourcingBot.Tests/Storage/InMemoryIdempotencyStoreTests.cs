using SourcingBot.Conversations.State;

namespace SourcingBot.Tests.Storage;

public sealed class InMemoryIdempotencyStoreTests : IdempotencyStoreContractTests
{
    protected override IIdempotencyStore CreateStore(TimeProvider timeProvider) => new InMemoryIdempotencyStore(timeProvider);
}
