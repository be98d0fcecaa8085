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
        using var services = Build(new() { ["Storage:Provider"] = "Postgres" });

        services.Invoking(provider => provider.GetRequiredService<IStartupValidator>().Validate())
            .Should().Throw<OptionsValidationException>()
            .WithMessage("*Storage:Provider*'Postgres'*'Sqlite'*'Memory'*");
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
