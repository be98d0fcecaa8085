using SourcingBot.Storage;

namespace SourcingBot.Tests.Insights;

public sealed class InMemoryInsightStoreTests : InsightStoreContractTests
{
    internal override IInsightStore CreateStore() => new InMemoryInsightStore();
}
