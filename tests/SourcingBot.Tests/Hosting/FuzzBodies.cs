using System.Text;
using System.Text.Json.Nodes;

namespace SourcingBot.Tests.Hosting;

/// <summary>
/// Malformed request bodies made from a valid one, reproducibly from a seed: truncated, bytes flipped, invalid
/// UTF-8, wrongly typed values, odd Unicode, deep nesting, oversized, and plain garbage.
/// </summary>
public sealed class FuzzBodies(int seed)
{
    private static readonly string[] OddStrings =
    [
        "", " ", "\u0000", "\u202Eevil\u202C", "\u200B\u200D\uFEFF", "e\u0301\u0301\u0301\u0301", "💥🏳️‍🌈👩‍👩‍👧‍👦",
        "\uD800", "\uDFFF", "<script>alert(1)</script>", "'; DROP TABLE conversations; --", "%s%n%x", "${jndi:ldap://x}",
        "\r\n\r\nHTTP/1.1 200 OK", new string('a', 70_000), "ﷺ", "\u0085\u2028\u2029", "null", "1e309",
    ];

    private static readonly byte[][] InvalidUtf8 =
    [
        [0xFF], [0xC3, 0x28], [0xE2, 0x28, 0xA1], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xC0, 0xAF], [0xF4, 0x90, 0x80, 0x80],
    ];

    private readonly Random _random = new(seed);

    /// <summary>One malformed variant of <paramref name="valid"/>, with a name saying what was done.</summary>
    public (string Kind, byte[] Body) Next(JsonObject valid, int oversizedBytes)
    {
        var bytes = Encoding.UTF8.GetBytes(valid.ToJsonString());
        return _random.Next(10) switch
        {
            0 => ("truncated", bytes[.._random.Next(bytes.Length)]),
            1 => ("flipped bytes", Flip(bytes)),
            2 => ("invalid UTF-8", Splice(bytes, InvalidUtf8[_random.Next(InvalidUtf8.Length)])),
            3 => ("wrong type", Encoding.UTF8.GetBytes(Retyped(valid).ToJsonString())),
            4 => ("odd Unicode", Encoding.UTF8.GetBytes(WithString(valid, OddStrings[_random.Next(OddStrings.Length)]).ToJsonString())),
            5 => ("deeply nested", Nested(_random.Next(2) == 0 ? 100 : 100_000)),
            6 => ("oversized", Oversized(oversizedBytes)),
            7 => ("not an object", Encoding.UTF8.GetBytes(_random.Next(5) switch { 0 => "[]", 1 => "\"text\"", 2 => "42", 3 => "null", _ => "" })),
            8 => ("garbage", Garbage()),
            _ => ("odd Unicode in a value", Encoding.UTF8.GetBytes(WithString(valid, RandomUnicode()).ToJsonString())),
        };
    }

    private byte[] Flip(byte[] bytes)
    {
        var copy = bytes.ToArray();
        for (var i = 0; i < 1 + _random.Next(8); i++)
        {
            copy[_random.Next(copy.Length)] = (byte)_random.Next(256);
        }

        return copy;
    }

    private byte[] Splice(byte[] bytes, byte[] inserted)
    {
        // Inside a string value, where a parser has to decode it.
        var text = Encoding.UTF8.GetString(bytes);
        var at = text.LastIndexOf("\":\"", StringComparison.Ordinal);
        var position = at < 0 ? _random.Next(bytes.Length) : Encoding.UTF8.GetByteCount(text[..(at + 3)]);
        return [.. bytes[..position], .. inserted, .. bytes[position..]];
    }

    // Replaces one value anywhere in the document by a value of another JSON type.
    private JsonObject Retyped(JsonObject valid)
    {
        var copy = valid.DeepClone().AsObject();
        var slots = Slots(copy).ToList();
        var (parent, key) = slots[_random.Next(slots.Count)];
        JsonNode? replacement = _random.Next(7) switch
        {
            0 => null,
            1 => 12345678901234567890m,
            2 => true,
            3 => new JsonArray(1, "two", null),
            4 => new JsonObject { ["nested"] = new JsonObject { ["x"] = -1 } },
            5 => -0.0000001,
            _ => "not-the-right-type",
        };
        parent[key] = replacement;
        return copy;
    }

    private JsonObject WithString(JsonObject valid, string value)
    {
        var copy = valid.DeepClone().AsObject();
        var strings = Slots(copy).Where(slot => slot.Parent[slot.Key] is JsonValue node && node.TryGetValue<string>(out _)).ToList();
        var (parent, key) = strings[_random.Next(strings.Count)];
        parent[key] = value;
        return copy;
    }

    private static IEnumerable<(JsonObject Parent, string Key)> Slots(JsonObject node)
    {
        foreach (var (key, child) in node.ToList())
        {
            yield return (node, key);
            if (child is JsonObject inner)
            {
                foreach (var slot in Slots(inner))
                {
                    yield return slot;
                }
            }
        }
    }

    private byte[] Nested(int depth)
    {
        var builder = new StringBuilder();
        var arrays = _random.Next(2) == 0;
        for (var i = 0; i < depth; i++)
        {
            builder.Append(arrays ? "[" : "{\"text\":");
        }

        builder.Append("\"deep\"");
        for (var i = 0; i < depth; i++)
        {
            builder.Append(arrays ? ']' : '}');
        }

        return Encoding.UTF8.GetBytes(builder.ToString());
    }

    private byte[] Oversized(int bytes)
    {
        var filler = new string((char)('a' + _random.Next(26)), bytes);
        return Encoding.UTF8.GetBytes($"{{\"conversationId\":\"big\",\"userId\":\"big\",\"type\":\"message\",\"text\":\"{filler}\"}}");
    }

    private byte[] Garbage()
    {
        var bytes = new byte[_random.Next(1, 512)];
        _random.NextBytes(bytes);
        return bytes;
    }

    private string RandomUnicode()
    {
        var builder = new StringBuilder();
        for (var i = 0; i < _random.Next(1, 64); i++)
        {
            var codePoint = _random.Next(0x20, 0x10FFFF);
            builder.Append(codePoint is >= 0xD800 and <= 0xDFFF ? "\uFFFD" : char.ConvertFromUtf32(codePoint));
        }

        return builder.ToString();
    }
}
