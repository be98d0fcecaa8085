namespace SourcingBot.Hosting;

// Tells /readyz whether start-up work (knowledge loaded, answering warmed up) has finished.
internal sealed class Readiness
{
    private volatile bool _ready;

    public bool IsReady => _ready;

    public void MarkReady() => _ready = true;
}
