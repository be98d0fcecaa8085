namespace SourcingBot.Knowledge.Answering;

// Splits text into lower-case words, expanding short forms ("n" → "and", "b/w" → "between"). Text is
// read as spans, and a word the knowledge already uses comes back as the knowledge's own string, so
// reading a question allocates only for the words the knowledge has never seen.
internal sealed class WordSplitter
{
    private const string OuterPunctuation = "?!.,;:\"()";
    private const string Punctuation = "?!.,;:\"()[]*“”";
    private const int StackLimit = 512;

    private readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> _shortForms;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _known;

    public WordSplitter(Dictionary<string, string[]> shortForms, IEnumerable<string> knownWords)
    {
        _shortForms = shortForms.GetAlternateLookup<ReadOnlySpan<char>>();
        _known = new HashSet<string>(knownWords, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public List<string> Split(ReadOnlySpan<char> text)
    {
        var words = new List<string>();
        Span<char> withoutApostrophes = text.Length <= StackLimit ? stackalloc char[text.Length] : new char[text.Length];
        Span<char> lowerCase = text.Length <= StackLimit ? stackalloc char[text.Length] : new char[text.Length];
        foreach (var range in text.SplitAny(ReadOnlySpan<char>.Empty))
        {
            var token = WithoutApostrophes(text[range], withoutApostrophes);
            if (token.IsEmpty)
            {
                continue;
            }

            // "IT" in capitals is information technology, not the pronoun the lower-case word would become.
            if (token.Trim(OuterPunctuation) is "IT")
            {
                AddToken("information-technology", words);
                continue;
            }

            var length = token.ToLowerInvariant(lowerCase);
            AddToken(lowerCase[..length].Trim(Punctuation), words);
        }

        return words;
    }

    private void AddToken(ReadOnlySpan<char> token, List<string> words)
    {
        if (_shortForms.TryGetValue(token, out var expansion))
        {
            words.AddRange(expansion);
            return;
        }

        // "40-person" is two words, "b/w" a short form after all.
        while (!token.IsEmpty)
        {
            var start = IndexOfLetterOrDigit(token, 0);
            if (start < 0)
            {
                return;
            }

            var end = IndexOfLetterOrDigit(token, start, wanted: false);
            var word = token[start..(end < 0 ? token.Length : end)];
            token = end < 0 ? [] : token[end..];
            if (_shortForms.TryGetValue(word, out var wordExpansion))
            {
                words.AddRange(wordExpansion);
            }
            else
            {
                words.Add(_known.TryGetValue(word, out var known) ? known : word.ToString());
            }
        }
    }

    private static ReadOnlySpan<char> WithoutApostrophes(ReadOnlySpan<char> token, Span<char> buffer)
    {
        if (token.IndexOfAny('\'', '’') < 0)
        {
            return token;
        }

        var length = 0;
        foreach (var character in token)
        {
            if (character is not ('\'' or '’'))
            {
                buffer[length++] = character;
            }
        }

        return buffer[..length];
    }

    private static int IndexOfLetterOrDigit(ReadOnlySpan<char> text, int from, bool wanted = true)
    {
        for (var index = from; index < text.Length; index++)
        {
            if (char.IsLetterOrDigit(text[index]) == wanted)
            {
                return index;
            }
        }

        return -1;
    }
}
