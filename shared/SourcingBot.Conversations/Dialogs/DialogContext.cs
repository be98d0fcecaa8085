using SourcingBot.Conversations.Engine;
using SourcingBot.Conversations.Turns;
using SourcingBot.Knowledge.Assessment;
using SourcingBot.Knowledge.Model;

namespace SourcingBot.Conversations.Dialogs;

// Everything one turn may consult: the live knowledge, today's date (for deadlines and daylight saving) and who reads along.
internal sealed class DialogContext(LoadedKnowledge loaded, DateOnly today, ConversationScope scope = ConversationScope.Personal)
{
    public LoadedKnowledge Loaded { get; } = loaded;

    public KnowledgeBase Knowledge => Loaded.Knowledge;

    public AssessmentDefinition Assessment => Loaded.Knowledge.Assessment;

    public bool CanAssess => !Assessment.IsEmpty && Loaded.Recommender is not null;

    public DateOnly Today { get; } = today;

    public ConversationScope Scope { get; } = scope;

    public ReplyBuilder Replies { get; } = new(loaded.Knowledge);
}
