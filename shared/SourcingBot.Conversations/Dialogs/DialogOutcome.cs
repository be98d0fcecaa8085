using SourcingBot.Conversations.State;
using SourcingBot.Conversations.Turns;

namespace SourcingBot.Conversations.Dialogs;

// The result of one turn: the state to keep and what to say. Forget erases the conversation instead of saving.
internal sealed record DialogOutcome(DialogState State, IReadOnlyList<Reply> Replies, bool Forget = false);
