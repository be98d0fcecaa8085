namespace SourcingBot.Knowledge.Recommending;

/// <summary>An answer that differs between two recommendations.</summary>
/// <param name="Field">Which answer.</param>
/// <param name="Label">Its display label, e.g. "Annual budget".</param>
/// <param name="Before">The earlier answer as text ("unknown" when it was not given).</param>
/// <param name="After">The new answer as text.</param>
public sealed record AnswerChange(ProfileField Field, string Label, string Before, string After);
