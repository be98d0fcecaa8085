namespace SourcingBot.Knowledge.Loading;

/// <summary>One thing wrong with the knowledge content.</summary>
/// <param name="File">The file it is in.</param>
/// <param name="Item">The entry, source or strategy id it concerns, if any.</param>
/// <param name="Message">What is wrong.</param>
public sealed record KnowledgeProblem(string File, string? Item, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Item is null ? $"{File}: {Message}" : $"{File}: {Item}: {Message}";
}
