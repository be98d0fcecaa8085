namespace SourcingBot.Knowledge.Model;

/// <summary>A publication that a figure or claim comes from.</summary>
/// <param name="Id">Stable id that entries refer to.</param>
/// <param name="Publisher">Who published it, e.g. "Deloitte".</param>
/// <param name="Title">The publication's title.</param>
/// <param name="Year">A four-digit year, or "n.d." when the publication is undated.</param>
/// <param name="Url">Where it can be read.</param>
/// <param name="Caveat">A warning shown with the citation (e.g. "secondary – verify"), if any.</param>
public sealed record Source(string Id, string Publisher, string Title, string Year, Uri Url, string? Caveat);
