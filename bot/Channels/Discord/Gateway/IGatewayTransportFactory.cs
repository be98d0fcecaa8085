namespace SourcingBot.Channels.Discord.Gateway;

internal interface IGatewayTransportFactory
{
    IGatewayTransport Create();
}
