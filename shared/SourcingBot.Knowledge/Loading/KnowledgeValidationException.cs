namespace SourcingBot.Knowledge.Loading;

/// <summary>Thrown when knowledge content that must be valid is not.</summary>
public sealed class KnowledgeValidationException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    public KnowledgeValidationException(IReadOnlyList<KnowledgeProblem> problems)
        : base(Describe(problems)) => Problems = problems;

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<KnowledgeProblem> Problems { get; }

    private static string Describe(IReadOnlyList<KnowledgeProblem> problems) =>
        $"The knowledge content has {problems.Count} problem(s):{Environment.NewLine}" +
        string.Join(Environment.NewLine, problems.Select(problem => "  " + problem));
}
