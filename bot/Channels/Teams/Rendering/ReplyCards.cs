using SourcingBot.Channels.Teams.Cards;
using SourcingBot.Conversations.Turns;

namespace SourcingBot.Channels.Teams.Rendering;

// One reply as one Adaptive Card: title, text, sections, table, the assessment form, choices, sources and
// follow-ups. Questions and comparisons ("ask" and "compare" actions) become clickable rows, since their
// labels are long; commands become buttons.
internal static class ReplyCards
{
    public static AdaptiveCard Build(Reply reply, RenderContext context)
    {
        var body = new List<CardElement>();
        var header = Header(reply).ToList();
        body.AddRange(reply.Kind switch
        {
            ReplyKind.Recommendation => [new Container(header) { Style = "good" }],
            ReplyKind.Error => [new Container(header) { Style = "attention" }],
            _ => header,
        });

        foreach (var section in reply.Sections)
        {
            body.Add(new TextBlock(section.Heading) { Weight = "bolder", Separator = true, Spacing = "medium" });
            body.Add(new TextBlock(section.Text) { Spacing = "small" });
        }

        if (reply.Table is { } table)
        {
            body.AddRange(TableElements(reply.Kind, table));
        }

        if (reply.Prompt is { } prompt)
        {
            body.AddRange(AssessmentForm.For(prompt));
        }
        else if (reply.Choices.Count > 0)
        {
            body.AddRange(Choices(reply, context));
        }

        var (rows, buttons) = Split(reply.Suggestions);
        if (rows.Count > 0)
        {
            body.Add(new TextBlock("You could also ask") { Weight = "bolder", Size = "small", Separator = true, Spacing = "medium" });
            body.AddRange(rows.Select(action => ActionCards.Row(action, context)));
        }

        if (reply.Sources.Count > 0)
        {
            body.Add(new TextBlock("Sources") { Weight = "bolder", Size = "small", Separator = true, Spacing = "medium" });
            body.Add(new TextBlock(string.Join("\n", reply.Sources.Select(Source))) { Size = "small", IsSubtle = true, Spacing = "small" });
        }

        return new AdaptiveCard(body)
        {
            Actions = Actions(reply, buttons, context),
            FallbackText = PlainText.Render(reply),
        };
    }

    private static IEnumerable<CardElement> Header(Reply reply)
    {
        if (reply.Title is not null)
        {
            yield return new TextBlock(reply.Title) { Size = "medium", Weight = "bolder", Style = "heading" };
        }

        if (!string.IsNullOrWhiteSpace(reply.Text))
        {
            yield return new TextBlock(reply.Text);
        }
    }

    private static IEnumerable<CardElement> TableElements(ReplyKind kind, ReplyTable table)
    {
        if (table.Caption is not null)
        {
            yield return new TextBlock(table.Caption) { Weight = "bolder", Size = "small", Separator = true, Spacing = "medium" };
        }

        // Two columns of labels and values (the summary of answers) read best as facts.
        if (kind == ReplyKind.Summary && table.Columns.Count == 2)
        {
            yield return new FactSet(table.Rows.Select(row => new Fact(Cell(row, 0), Cell(row, 1))).ToArray());
            yield break;
        }

        var rows = table.Rows.Prepend(table.Columns).ToArray();
        yield return new Table(rows)
        {
            // Clients without tables (schema below 1.5) show each row as one line.
            Fallback = new Container(table.Rows.Select(row => (CardElement)new TextBlock(Line(table.Columns, row)) { Size = "small" }).ToArray()),
        };
    }

    // "Cost · Nearshore outsourcing: moderate · Captive centre: high": each cell named by its column.
    private static string Line(IReadOnlyList<string> columns, IReadOnlyList<string> row) =>
        string.Join(" · ", row.Select((cell, i) => string.IsNullOrEmpty(Cell(columns, i)) ? cell : $"{columns[i]}: {cell}"));

    private static IEnumerable<CardElement> Choices(Reply reply, RenderContext context)
    {
        // The summary: confirming is the main way on; changing one of many answers fits a drop-down.
        if (reply.Kind == ReplyKind.Summary && reply.Choices.Count > 1)
        {
            yield return new ActionSet([ActionCards.Button(reply.Choices[0], context) with { Style = "positive" }]);
            foreach (var element in ActionCards.DropDown(reply.Choices.Skip(1).ToArray(), "Or change an answer", "Change"))
            {
                yield return element;
            }

            yield break;
        }

        if (reply.Choices.Count > 2 * ActionCards.MaximumButtons)
        {
            foreach (var element in ActionCards.DropDown(reply.Choices, "Pick one", "Go"))
            {
                yield return element;
            }

            yield break;
        }

        foreach (var choice in reply.Choices)
        {
            yield return ActionCards.Row(choice, context);
        }
    }

    private static List<CardAction> Actions(Reply reply, IReadOnlyList<ReplyAction> buttons, RenderContext context)
    {
        var room = ActionCards.MaximumButtons - (reply.Kind == ReplyKind.Recommendation ? 1 : 0);
        var actions = buttons.Take(room)
            .Select(action => ActionCards.Button(action, context, Title(reply, action)))
            .ToList();
        if (reply.Kind == ReplyKind.Recommendation)
        {
            actions.Add(WhatIf());
        }

        return actions;
    }

    // "What if …?" opens a one-line form; its text is read like a typed what-if question.
    private static ShowCardAction WhatIf() =>
        new("What if…", new AdaptiveCard(
        [
            new TextInput
            {
                Id = CardData.TextKey,
                Label = "Change one answer and see whether the recommendation holds",
                Placeholder = "e.g. what if our budget were $100k?",
                MaxLength = 200,
                IsRequired = true,
                ErrorMessage = "Type a what-if, for example: what if we needed daily real-time collaboration?",
            },
        ])
        {
            Actions = [new SubmitAction("Ask", new Dictionary<string, string>(StringComparer.Ordinal))],
        });

    // The Markdown summary of a recommendation is how it is shared in Teams: paste it into a chat or email.
    private static string? Title(Reply reply, ReplyAction action) =>
        reply.Kind == ReplyKind.Recommendation
        && DialogCommands.Parse(action.Value.GetValueOrDefault(ActionValues.CommandKey)) == DialogCommand.Summary
            ? "Share"
            : null;

    private static (IReadOnlyList<ReplyAction> Rows, IReadOnlyList<ReplyAction> Buttons) Split(IReadOnlyList<ReplyAction> suggestions)
    {
        static bool IsQuestion(ReplyAction action) =>
            action.Value.GetValueOrDefault(ActionValues.ActionKey) is ActionValues.Ask or ActionValues.Compare;

        return (suggestions.Where(IsQuestion).ToArray(), suggestions.Where(action => !IsQuestion(action)).ToArray());
    }

    private static string Source(Citation source)
    {
        var caveat = source.Caveat is null ? string.Empty : $" — {source.Caveat}";
        return $"- [{Escape(source.Publisher)} ({source.Year}): {Escape(source.Title)}]({source.Url.AbsoluteUri}){caveat}";
    }

    // Square brackets would end the link text early.
    private static string Escape(string text) => text.Replace('[', '(').Replace(']', ')');

    private static string Cell(IReadOnlyList<string> row, int index) => index < row.Count ? row[index] : string.Empty;
}
