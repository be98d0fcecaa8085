namespace SourcingBot.Knowledge.Recommending;

/// <summary>A single different answer that would change the recommended strategy.</summary>
/// <param name="Field">The answer that would change.</param>
/// <param name="Answer">The different answer, e.g. "daily real-time collaboration".</param>
/// <param name="StrategyId">The strategy that would then lead.</param>
/// <param name="StrategyName">Its display name.</param>
/// <param name="Text">The whole statement, e.g. "If you needed daily real-time collaboration, nearshore outsourcing would lead instead of offshore outsourcing."</param>
public sealed record Counterfactual(ProfileField Field, string Answer, string StrategyId, string StrategyName, string Text);
