namespace SourcingBot.Knowledge.Answering;

// Words that carry no topic. Intent words such as "define", "risk", "difference" or "why" are
// deliberately absent: they separate a definition from a comparison or a list of risks.
internal static class StopWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "to", "in", "on", "for", "at", "by", "with", "from", "into", "about", "as",
        "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "doing", "done",
        "what", "whats", "which", "whom", "how", "when", "there", "here", "this", "that", "these",
        "those", "it", "its", "i", "me", "my", "we", "us", "our", "ours", "you", "your", "yours", "they", "them",
        "their", "he", "she", "his", "her", "can", "could", "would", "should", "shall", "will", "may", "might",
        "must", "and", "or", "but", "if", "so", "than", "then", "too", "very", "just", "also", "please",
        "tell", "know", "want", "like", "some", "any", "all", "really", "actually", "exactly", "get", "got",
        "have", "has", "had", "having", "let", "lets", "give", "s", "t", "re", "ve", "ll", "d", "m", "hey",
        "kind", "sort", "thing", "things", "one", "ones", "bit", "quick", "quickly", "briefly", "mean",
        "means", "meaning", "define", "definition", "explain", "describe", "simple", "terms", "words", "okay", "ok", "well",
        "wait", "hmm", "um", "uh", "anyway", "such", "other", "more", "most", "much", "many", "way", "ways",
        "not", "no", "yes", "dont", "cant", "wont", "isnt", "arent", "basically", "properly", "right", "correct",
        "usually", "typically", "typical", "roughly", "main", "common", "ordinary", "plain", "english", "even",
        "still", "again", "ever", "never", "always", "often", "something", "anything", "everything", "someone",
        "anyone", "people", "thanks", "thank", "hi", "hello", "guys", "folks", "etc", "via", "per", "i'm", "im",
        "business", "businesses", "company", "companies", "firm", "firms", "organisation", "organization",
        "organisations", "organizations", "enterprise", "enterprises",
        "we're", "were", "theyre", "youre", "ive", "weve", "id", "wed", "into", "onto", "out", "up", "down",
    };

    public static bool Contains(string word) => Words.Contains(word);

    public static IEnumerable<string> All => Words;
}
