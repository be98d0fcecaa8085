using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using SourcingBot.Tests.Hosting;

namespace SourcingBot.Tests.Channels.Local;

public sealed class ChatApiTests(BotFactory factory) : IClassFixture<BotFactory>
{
    [Fact]
    public async Task PostChat_Question_ReturnsAnswerWithTopicConfidenceSourcesAndSuggestions()
    {
        var chat = new ChatClient(factory.CreateClient());

        var replies = await chat.SayAsync("What is nearshoring?");

        var answer = replies.Should().ContainSingle().Subject!;
        ChatClient.Text(answer, "kind").Should().Be("answer");
        ChatClient.Text(answer, "topic").Should().Be("define-nearshoring");
        answer["confidence"]!.GetValue<double>().Should().BeInRange(0.5, 1.0);
        ChatClient.Text(answer, "title").Should().NotBeEmpty();
        ChatClient.Text(answer, "text").Should().ContainEquivalentOf("nearshor");
        var sources = answer["sources"]!.AsArray();
        sources.Should().NotBeEmpty();
        foreach (var source in sources)
        {
            ChatClient.Text(source!, "publisher").Should().NotBeEmpty();
            ChatClient.Text(source!, "year").Should().MatchRegex(@"^(\d{4}|n\.d\.)$");
            ChatClient.Text(source!, "url").Should().StartWith("http");
        }

        var suggestions = answer["suggestions"]!.AsArray();
        suggestions.Count.Should().BeInRange(2, 4);
        suggestions.SkipLast(1).Should().OnlyContain(s => ChatClient.Text(s!["value"]!, "action") == "ask");
        ChatClient.Text(suggestions[^1]!["value"]!, "action").Should().Be("assess", "every answer ends with the way to a recommendation");
    }

    [Fact]
    public async Task PostChat_ClickedSuggestion_AnswersThatEntry()
    {
        var chat = new ChatClient(factory.CreateClient());
        var first = await chat.SayAsync("what's the difference between outsourcing and offshoring");
        var suggestion = first[0]!["suggestions"]!.AsArray()[0]!;

        var replies = await chat.ClickAsync(suggestion);

        var answer = replies.Should().ContainSingle().Subject!;
        ChatClient.Text(answer, "title").Should().Be(ChatClient.Text(suggestion, "label"));
        answer["confidence"]!.GetValue<double>().Should().Be(1.0);
    }

    [Fact]
    public async Task PostChat_CompareRequest_ReturnsSideBySideTable()
    {
        var chat = new ChatClient(factory.CreateClient());

        var replies = await chat.SayAsync("compare nearshore outsourcing and a captive centre");

        var comparison = replies.Should().ContainSingle().Subject!;
        ChatClient.Text(comparison, "kind").Should().Be("comparison");
        var table = comparison["table"]!;
        table["columns"]!.AsArray().Select(c => c!.GetValue<string>()).Should().Equal("", "Nearshore outsourcing", "Captive offshore centre");
        table["rows"]!.AsArray().Should().HaveCount(9);
        comparison["sources"]!.AsArray().Should().NotBeEmpty();
    }

    [Fact]
    public async Task PostChat_OffTopicWithDomainWords_IsDeclinedWithAWayForward()
    {
        var chat = new ChatClient(factory.CreateClient());

        var replies = await chat.SayAsync("how do I open an offshore bank account");

        var decline = replies.Should().ContainSingle().Subject!;
        ChatClient.Text(decline, "kind").Should().Be("decline");
        ChatClient.Text(decline, "topic").Should().Be("off-topic");
        decline["suggestions"]!.AsArray().Should().NotBeEmpty();
    }

    [Fact]
    public async Task PostChat_UnknownButton_ExplainsAndOffersSuggestions()
    {
        var chat = new ChatClient(factory.CreateClient());

        var replies = await chat.ClickAsync(new JsonObject { ["label"] = "", ["value"] = new JsonObject { ["action"] = "bogus" } });

        ChatClient.Text(replies[0]!, "text").Should().Contain("don't recognise");
        replies[0]!["suggestions"]!.AsArray().Should().NotBeEmpty();
    }

    [Theory]
    [InlineData("text/plain", "{\"conversationId\":\"c1\",\"userId\":\"u1\",\"text\":\"hi\"}", HttpStatusCode.UnsupportedMediaType, "Content-Type: application/json")]
    [InlineData("application/json", "{\"conversationId\": ", HttpStatusCode.BadRequest, "not a valid chat request")]
    [InlineData("application/json", "[1,2,3]", HttpStatusCode.BadRequest, "not a valid chat request")]
    [InlineData("application/json", "null", HttpStatusCode.BadRequest, "must be a JSON object")]
    [InlineData("application/json", "{\"conversationId\":5,\"userId\":\"u1\",\"text\":\"hi\"}", HttpStatusCode.BadRequest, "not a valid chat request")]
    [InlineData("application/json", "{\"userId\":\"u1\",\"text\":\"hi\"}", HttpStatusCode.BadRequest, "conversationId")]
    [InlineData("application/json", "{\"conversationId\":\"c 1\",\"userId\":\"u1\",\"text\":\"hi\"}", HttpStatusCode.BadRequest, "conversationId")]
    [InlineData("application/json", "{\"conversationId\":\"c1\",\"userId\":\"u1\",\"text\":\"   \"}", HttpStatusCode.BadRequest, "text is required")]
    [InlineData("application/json", "{\"conversationId\":\"c1\",\"userId\":\"u1\",\"value\":{\"a\":{\"b\":1}}}", HttpStatusCode.BadRequest, "Values must be strings")]
    public async Task PostChat_BadInput_Returns4xxProblemWithClearMessage(string contentType, string body, HttpStatusCode expected, string message)
    {
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);

        using var response = await factory.CreateClient().PostAsync("/api/chat", content);

        response.StatusCode.Should().Be(expected);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await response.Content.ReadAsStringAsync()).Should().Contain(message);
    }

    [Fact]
    public async Task PostChat_TextOverTheLimit_Returns400()
    {
        var body = new JsonObject { ["conversationId"] = "c1", ["userId"] = "u1", ["text"] = new string('a', 2001) };

        using var response = await factory.CreateClient().PostAsync("/api/chat", Json(body.ToJsonString()));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("At most 2000 characters");
    }

    [Fact]
    public async Task PostChat_BodyOverTheLimit_Returns413()
    {
        var body = new JsonObject { ["conversationId"] = "c1", ["userId"] = "u1", ["text"] = "hi", ["padding"] = new string('x', 20_000) };

        using var response = await factory.CreateClient().PostAsync("/api/chat", Json(body.ToJsonString()));

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task PostChat_InvalidUtf8_Returns400()
    {
        using var content = new ByteArrayContent([.. "{\"conversationId\":\"c1\",\"userId\":\"u1\",\"text\":\""u8, 0xC3, 0x28, .. "\"}"u8]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using var response = await factory.CreateClient().PostAsync("/api/chat", content);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
