using SourcingBot.Conversations.Insights;
using SourcingBot.Conversations.State;
using SourcingBot.Conversations.Turns;

namespace SourcingBot.Conversations.Dialogs;

// The result of one turn: the state to keep and what to say. Forget erases the conversation instead of saving;
// NewLead holds the details a user just agreed to leave with "Talk to an expert".
internal sealed record DialogOutcome(DialogState State, IReadOnlyList<Reply> Replies, bool Forget = false, LeadDetails? NewLead = null);
