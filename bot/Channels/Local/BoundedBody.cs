namespace SourcingBot.Channels.Local;

// Reads a request body up to a limit, whatever the server, so an oversized body costs at most the limit.
internal static class BoundedBody
{
    /// <summary>The body, or null when it is larger than <paramref name="maximumBytes"/>.</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, int maximumBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maximumBytes)
        {
            return null;
        }

        var buffer = new byte[Math.Min(maximumBytes + 1, (int?)request.ContentLength + 1 ?? 4096)];
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                if (length > maximumBytes)
                {
                    return null;
                }

                Array.Resize(ref buffer, Math.Min(buffer.Length * 2, maximumBytes + 1));
            }

            var read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken);
            if (read == 0)
            {
                break;
            }

            length += read;
            if (length > maximumBytes)
            {
                return null;
            }
        }

        return buffer.AsSpan(0, length).ToArray();
    }
}
