using SourcingBot.Knowledge.Assessment;

namespace SourcingBot.Conversations.Tests.Assessment.Reading;

// Steps like the assessment's, built here so the tests do not depend on the content files.
internal static class TestSteps
{
    public static readonly DateOnly Today = new(2026, 11, 29);

    public static AssessmentStep Goals { get; } = Step("goals", StepKind.MultipleChoice, "Goals", ["goals", "goal", "objectives"]) with
    {
        Options =
        [
            Option("reduce-costs", "Reduce costs", "cost", "cheaper", "save money", "cut costs"),
            Option("focus-on-core", "Focus on our core business", "focus", "core business"),
            Option("access-talent", "Access specialised talent", "talent", "skills", "specialists"),
            Option("scale-flexibly", "Scale quickly and flexibly", "scale", "flexibility"),
        ],
    };

    public static AssessmentStep Function { get; } = Step("function", StepKind.SingleChoice, "Kind of work", ["kind of work", "function"]) with
    {
        Options =
        [
            Option("customer-support", "Customer support", "customer service", "call centre", "helpdesk"),
            Option("software-development", "Software development and IT", "software", "developers", "programming"),
            Option("finance-accounting", "Finance and accounting", "finance", "accounting", "bookkeeping"),
        ],
    };

    public static AssessmentStep Coreness { get; } = Step("coreness", StepKind.SingleChoice, "How core it is", ["coreness", "how core"]) with
    {
        Options =
        [
            Option("core-differentiator", "It's what sets us apart", "differentiator", "competitive advantage"),
            Option("support-function", "A support function", "support", "back office", "routine"),
        ],
    };

    public static AssessmentStep Requirements { get; } = Step("requirements", StepKind.YesNo, "Measurable requirements", ["requirements", "service levels"]);

    public static AssessmentStep TeamSize { get; } = Step("team-size", StepKind.Number, "Team size", ["team", "team size", "people", "seats", "headcount"]) with
    {
        Unit = "people",
        Minimum = 1,
        Maximum = 100_000,
    };

    public static AssessmentStep CompanySize { get; } = Step("company-size", StepKind.Number, "Company size", ["company size", "employees"]) with
    {
        Unit = "employees",
        Minimum = 1,
    };

    public static AssessmentStep Budget { get; } = Step("budget", StepKind.Money, "Annual budget", ["budget", "cost", "spend"]);

    public static AssessmentStep Start { get; } = Step("start", StepKind.Duration, "Start", ["timeline", "deadline", "how soon"]);

    public static AssessmentStep Headquarters { get; } = Step("headquarters", StepKind.TimeZone, "Headquarters", ["headquarters", "hq", "based", "time zone"]);

    public static AssessmentStep Overlap { get; } = Step("overlap", StepKind.SingleChoice, "Shared working hours", ["overlap", "shared hours"]) with
    {
        Options =
        [
            Option("daily-real-time", "Daily real-time collaboration", "real time", "daily", "meetings"),
            Option("few-hours", "A few shared hours a day", "a few hours", "some overlap"),
            Option("asynchronous", "Mostly asynchronous work", "async", "independently"),
        ],
    };

    public static AssessmentStep Data { get; } = Step("data", StepKind.MultipleChoice, "Sensitive data", ["data", "sensitive", "privacy"]) with
    {
        Options =
        [
            Option("none", "No sensitive data", "none", "nothing sensitive") with { Exclusive = true },
            Option("personal-data", "Personal data", "personal", "customer data"),
            Option("gdpr", "Personal data under GDPR (EU)", "gdpr", "eu data"),
            Option("financial", "Financial data", "financial", "banking", "payments"),
        ],
    };

    public static AssessmentStep Offshore { get; } = Step("offshore-share", StepKind.Percentage, "Offshore share", ["offshore share", "share"]);

    public static AssessmentStep Notes { get; } = Step("notes", StepKind.FreeText, "Notes", ["notes"]);

    public static AssessmentStep Ownership { get; } = Step("ownership", StepKind.YesNo, "Long-term ownership", ["ownership", "own the team"]);

    public static AssessmentDefinition Definition { get; } = new()
    {
        Intro = "Let's start.",
        Steps = [Goals, Function, Coreness, Requirements, TeamSize, CompanySize, Budget, Start, Headquarters, Overlap, Data, Ownership],
    };

    public static StepOption Option(string value, string label, params string[] synonyms) =>
        new() { Value = value, Label = label, Synonyms = synonyms };

    private static AssessmentStep Step(string id, StepKind kind, string label, IReadOnlyList<string> keywords) => new()
    {
        Id = id,
        Kind = kind,
        Label = label,
        Prompt = label + "?",
        Why = "Because it matters.",
        Expected = "an answer",
        Keywords = keywords,
    };
}
