using Microsoft.Bot.Connector;
using Microsoft.Rest;
using Newtonsoft.Json;

namespace SourcingBot.Channels.Teams.Connector;

/// <summary>A shared connector client lent to one turn: the turn's <c>using</c> must not dispose it.</summary>
internal sealed class SharedConnectorClient(IConnectorClient inner) : IConnectorClient
{
    public Uri BaseUri
    {
        get => inner.BaseUri;
        set => throw new NotSupportedException("A shared connector client's address cannot change.");
    }

    public JsonSerializerSettings SerializationSettings => inner.SerializationSettings;

    public JsonSerializerSettings DeserializationSettings => inner.DeserializationSettings;

    public ServiceClientCredentials Credentials => inner.Credentials;

    public IAttachments Attachments => inner.Attachments;

    public IConversations Conversations => inner.Conversations;

    public void Dispose()
    {
        // Owned by ReusedConnectorClients.
    }
}
