namespace SourcingBot.Benchmarking;

// What `bench http` drives: which endpoint, how many concurrent keep-alive clients, for how long.
internal sealed record LoadTestOptions(Uri BaseAddress, string Target, string Scenario, int Clients, TimeSpan Duration, TimeSpan WarmUp);
