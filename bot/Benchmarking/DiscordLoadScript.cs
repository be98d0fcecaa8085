using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Org.BouncyCastle.Math.EC.Rfc8032;

namespace SourcingBot.Benchmarking;

// /ask slash commands to /api/discord/interactions, signed as Discord signs them (Ed25519 over timestamp +
// body) with the private key whose public key the bot was started with. Every body is signed before the
// load starts and the rounds are then replayed in turn, so signing costs the measured bot nothing; the bot
// accepts a signature for five minutes, which bounds a run.
internal sealed class DiscordLoadScript : ILoadScript
{
    public const string Path = "/api/discord/interactions";

    private readonly LoadRequest[][] _rounds;
    private long _next = -1;

    public DiscordLoadScript(IReadOnlyList<string> questions, string privateKeyHex, int rounds, TimeProvider timeProvider)
    {
        var privateKey = Convert.FromHexString(privateKeyHex);
        if (privateKey.Length != Ed25519.SecretKeySize)
        {
            throw new ArgumentException($"--private-key must be {Ed25519.SecretKeySize * 2} hex digits (from `bench discord-key`).");
        }

        var timestamp = timeProvider.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        _rounds = Enumerable.Range(0, rounds)
            .Select(round => questions.Select((question, turn) => Signed(Interaction(round, turn, question), timestamp, privateKey)).ToArray())
            .ToArray();
    }

    /// <summary>A new key pair: the public key for <c>Discord:PublicKey</c>, the private one for the load test.</summary>
    public static (string PublicKey, string PrivateKey) NewKeyPair()
    {
        var privateKey = new byte[Ed25519.SecretKeySize];
        Ed25519.GeneratePrivateKey(new Org.BouncyCastle.Security.SecureRandom(), privateKey);
        var publicKey = new byte[Ed25519.PublicKeySize];
        Ed25519.GeneratePublicKey(privateKey, 0, publicKey, 0);
        return (Convert.ToHexStringLower(publicKey), Convert.ToHexStringLower(privateKey));
    }

    public IReadOnlyList<LoadRequest> Round(string conversationId) => _rounds[Interlocked.Increment(ref _next) % _rounds.Length];

    private static LoadRequest Signed(byte[] body, string timestamp, byte[] privateKey)
    {
        var message = Encoding.UTF8.GetBytes(timestamp).Concat(body).ToArray();
        var signature = new byte[Ed25519.SignatureSize];
        Ed25519.Sign(privateKey, 0, message, 0, message.Length, signature, 0);
        return new LoadRequest(Path, body, [new("X-Signature-Ed25519", Convert.ToHexStringLower(signature)), new("X-Signature-Timestamp", timestamp)]);
    }

    // A user of a server asking in a channel of their own: one conversation per round.
    private static byte[] Interaction(int round, int turn, string question)
    {
        var id = (900_000_000_000_000_000L + ((long)round * 1_000) + turn).ToString(CultureInfo.InvariantCulture);
        var user = (700_000_000_000_000_000L + round).ToString(CultureInfo.InvariantCulture);
        var interaction = new JsonObject
        {
            ["id"] = id,
            ["application_id"] = "100000000000000001",
            ["type"] = 2,
            ["data"] = new JsonObject
            {
                ["id"] = "1",
                ["name"] = "ask",
                ["type"] = 1,
                ["options"] = new JsonArray(new JsonObject { ["name"] = "question", ["type"] = 3, ["value"] = question }),
            },
            ["guild_id"] = "300000000000000003",
            ["channel_id"] = "400000000000000004",
            ["channel"] = new JsonObject { ["id"] = "400000000000000004", ["type"] = 0 },
            ["member"] = new JsonObject
            {
                ["user"] = new JsonObject { ["id"] = user, ["username"] = "bench", ["global_name"] = "Bench" },
                ["roles"] = new JsonArray(),
                ["permissions"] = "0",
            },
            ["token"] = $"token-{id}",
            ["version"] = 1,
            ["locale"] = "en-US",
        };
        return Encoding.UTF8.GetBytes(interaction.ToJsonString());
    }
}
