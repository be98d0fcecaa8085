using BenchmarkDotNet.Attributes;
using SourcingBot.Conversations.Engine;
using SourcingBot.Conversations.State;
using SourcingBot.Conversations.Turns;
using SourcingBot.Knowledge.Loading;

namespace SourcingBot.Benchmarks;

// One assessment turn through the whole engine: load the state, route, read the answer (with
// Microsoft.Recognizers where it applies), build the replies, serialise and save. The store hands out
// the same prepared state every time, so each turn starts from the same step and store I/O is not measured.
[MemoryDiagnoser]
public class AssessmentBenchmarks
{
    private static readonly string[] ToSummary =
    [
        "recommend", "cost and talent", "customer support", "a support function", "yes", "about forty people", "250 employees",
        "$250k a year", "within 3 months", "Berlin", "asynchronous", "none", "no", "no",
    ];

    private readonly Dictionary<string, ConversationEngine> _engines = new(StringComparer.Ordinal);

    [GlobalSetup]
    public async Task Setup()
    {
        var knowledge = new FixedKnowledge(new LoadedKnowledge(KnowledgeLoader.LoadEmbedded().Knowledge!));
        var store = new InMemoryConversationStore(new ConversationStoreOptions(), TimeProvider.System);
        var recorder = new ConversationEngine(knowledge, store, TimeProvider.System);
        var states = new List<string> { DialogStateSerializer.Serialize(DialogState.Empty) };
        foreach (var text in ToSummary.Append("yes"))
        {
            await recorder.HandleAsync(new IncomingTurn("bench", "record", "bench", text), CancellationToken.None);
            states.Add((await store.LoadAsync("record", CancellationToken.None))!.State);
        }

        foreach (var (name, index) in new[] { ("start", 0), ("goals", 1), ("team-size", 5), ("budget", 7), ("summary", 14), ("result", 15) })
        {
            _engines[name] = new ConversationEngine(knowledge, new FixedStateStore(states[index]), TimeProvider.System);
        }
    }

    [Benchmark]
    public Task<TurnResult> StartAssessment() => Turn("start", "I'd like a recommendation for my company");

    [Benchmark]
    public Task<TurnResult> AnswerGoals() => Turn("goals", "cost and talent");

    [Benchmark]
    public Task<TurnResult> AnswerNumber() => Turn("team-size", "about forty people");

    [Benchmark]
    public Task<TurnResult> AnswerMoney() => Turn("budget", "$250k a year");

    [Benchmark]
    public Task<TurnResult> Digression() => Turn("budget", "wait, what's nearshoring?");

    [Benchmark]
    public Task<TurnResult> ConfirmAndRecommend() => Turn("summary", "yes");

    [Benchmark]
    public Task<TurnResult> WhatIf() => Turn("result", "what if our budget were $100k?");

    private async Task<TurnResult> Turn(string engine, string text) =>
        await _engines[engine].HandleAsync(new IncomingTurn("bench", "bench", "bench", text), CancellationToken.None);

    // Always returns the same state and accepts every save, so each benchmarked turn starts alike.
    private sealed class FixedStateStore(string state) : IConversationStore
    {
        private readonly StoredConversation _stored = new("bench", 1, state, DateTimeOffset.UnixEpoch);

        public Task<StoredConversation?> LoadAsync(string conversationId, CancellationToken cancellationToken) =>
            Task.FromResult<StoredConversation?>(_stored);

        public Task<SaveResult> SaveAsync(string conversationId, string state, long expectedVersion, CancellationToken cancellationToken) =>
            Task.FromResult(new SaveResult(SaveOutcome.Saved, expectedVersion + 1));

        public Task<bool> DeleteAsync(string conversationId, CancellationToken cancellationToken) => Task.FromResult(true);

        public Task<int> DeleteIdleAsync(CancellationToken cancellationToken) => Task.FromResult(0);
    }
}
