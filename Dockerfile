# SourcingBot: a multi-stage build of the bot for production (docker build -t sourcingbot .).
# Configuration comes from environment variables, e.g. Storage__Provider=Postgres and
# ConnectionStrings__Postgres=...; see the README's configuration table.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props BannedSymbols.txt .editorconfig ./
COPY build/ build/
COPY shared/ shared/
COPY bot/ bot/
RUN dotnet publish bot/SourcingBot.csproj -c Release -o /app --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# curl for the health check; tzdata for the time-zone overlaps of the recommendation.
RUN apt-get update && apt-get install -y --no-install-recommends curl tzdata && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
# The SQLite file (the default store) lives in /data; mount a volume there, or use PostgreSQL.
RUN mkdir /data && chown app:app /data
USER app
# "Urls" (not ASPNETCORE_URLS) so it outranks the localhost default in appsettings.json.
ENV Urls=http://+:8080 \
    Storage__SqlitePath=/data/sourcingbot.db \
    DOTNET_gcServer=1
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s --retries=3 CMD curl -fsS http://localhost:8080/healthz || exit 1
ENTRYPOINT ["dotnet", "SourcingBot.dll"]
