namespace SourcingBot.Knowledge.Answering;

// Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps.
internal static class EditDistance
{
    public static int Compute(string first, string second)
    {
        var rows = first.Length + 1;
        var columns = second.Length + 1;
        Span<int> table = rows * columns <= 1024 ? stackalloc int[rows * columns] : new int[rows * columns];
        for (var i = 0; i < rows; i++)
        {
            table[i * columns] = i;
        }

        for (var j = 0; j < columns; j++)
        {
            table[j] = j;
        }

        for (var i = 1; i < rows; i++)
        {
            for (var j = 1; j < columns; j++)
            {
                var cost = first[i - 1] == second[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(table[((i - 1) * columns) + j] + 1, table[(i * columns) + j - 1] + 1),
                    table[((i - 1) * columns) + j - 1] + cost);
                if (i > 1 && j > 1 && first[i - 1] == second[j - 2] && first[i - 2] == second[j - 1])
                {
                    value = Math.Min(value, table[((i - 2) * columns) + j - 2] + 1);
                }

                table[(i * columns) + j] = value;
            }
        }

        return table[(rows * columns) - 1];
    }
}
