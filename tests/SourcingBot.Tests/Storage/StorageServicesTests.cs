using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SourcingBot.Conversations.State;
using SourcingBot.Storage;

namespace SourcingBot.Tests.Storage;

public sealed class StorageServicesTests
{
    [Fact]
    public void AddConversationStore_NoConfiguration_UsesSqliteAtTheDefaultPath()
    {
        using var services = Build([]);

        services.GetRequiredService<IStartupValidator>().Validate();
        var store = services.GetRequiredService<IConversationStore>();

        store.Should().BeOfType<SqliteConversationStore>()
            .Which.DatabasePath.Should().Be(Path.GetFullPath(Path.Combine("data", "sourcingbot.db")));
    }

    [Fact]
    public void AddConversationStore_ProviderMemoryInAnyCase_UsesTheInMemoryStore()
    {
        using var services = Build(new() { ["Storage:Provider"] = "memory", ["Storage:IdleExpiry"] = "01:00:00" });

        services.GetRequiredService<IStartupValidator>().Validate();

        services.GetRequiredService<IConversationStore>().Should().BeOfType<InMemoryConversationStore>();
    }

    [Fact]
    public void AddConversationStore_UnknownProvider_FailsAtStartNamingTheAllowedValues()
    {
        using var services = Build(new() { ["Storage:Provider"] = "Oracle" });

        services.Invoking(provider => provider.GetRequiredService<IStartupValidator>().Validate())
            .Should().Throw<OptionsValidationException>()
            .WithMessage("*Storage:Provider*'Oracle'*'Sqlite'*'Postgres'*'Memory'*");
    }

    [Fact]
    public void AddConversationStore_ProviderPostgres_UsesThePostgresStoresWithoutConnectingYet()
    {
        using var services = Build(new()
        {
            ["Storage:Provider"] = "Postgres",
            ["ConnectionStrings:Postgres"] = "Host=db.invalid;Database=sourcingbot;Username=bot;Password=secret",
        });

        services.GetRequiredService<IStartupValidator>().Validate();

        services.GetRequiredService<IConversationStore>().Should().BeOfType<PostgresConversationStore>();
        services.GetRequiredService<IIdempotencyStore>().Should().BeOfType<PostgresIdempotencyStore>();
        services.GetRequiredService<PostgresDatabase>().Server.Should().Be("db.invalid:5432/sourcingbot");
    }

    [Theory]
    [InlineData("Sqlite", typeof(SqliteIdempotencyStore))]
    [InlineData("Memory", typeof(InMemoryIdempotencyStore))]
    public void AddConversationStore_EachProvider_KeepsIdempotencyKeysInTheSameStore(string provider, Type expected)
    {
        using var services = Build(new() { ["Storage:Provider"] = provider });

        services.GetRequiredService<IIdempotencyStore>().Should().BeOfType(expected);
    }

    [Fact]
    public void AddConversationStore_PostgresWithoutConnectionString_FailsAtStartNamingTheSetting()
    {
        using var services = Build(new() { ["Storage:Provider"] = "postgres" });

        services.Invoking(provider => provider.GetRequiredService<IStartupValidator>().Validate())
            .Should().Throw<OptionsValidationException>()
            .WithMessage("*ConnectionStrings:Postgres*required*");
    }

    [Fact]
    public void AddConversationStore_PostgresWithMalformedConnectionString_FailsWithoutQuotingIt()
    {
        using var services = Build(new()
        {
            ["Storage:Provider"] = "Postgres",
            ["ConnectionStrings:Postgres"] = "Host=db;Pasword=hunter2-secret",
        });

        var failure = services.Invoking(provider => provider.GetRequiredService<IStartupValidator>().Validate())
            .Should().Throw<OptionsValidationException>().Which;

        failure.Message.Should().Contain("ConnectionStrings:Postgres").And.NotContain("hunter2-secret");
    }

    [Fact]
    public void AddConversationStore_DefaultIdempotencyWindow_IsOneDay()
    {
        using var services = Build([]);

        services.GetRequiredService<IOptions<ConversationStoreOptions>>().Value.IdempotencyWindow.Should().Be(TimeSpan.FromDays(1));
    }

    [Fact]
    public void AddConversationStore_ZeroIdleExpiry_FailsAtStart()
    {
        using var services = Build(new() { ["Storage:IdleExpiry"] = "00:00:00" });

        services.Invoking(provider => provider.GetRequiredService<IStartupValidator>().Validate())
            .Should().Throw<OptionsValidationException>()
            .WithMessage("*IdleExpiry*");
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddConversationStore()
            .BuildServiceProvider();
    }
}
