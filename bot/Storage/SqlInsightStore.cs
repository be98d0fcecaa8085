using System.Data.Common;
using SourcingBot.Conversations.Insights;

namespace SourcingBot.Storage;

// Recorded questions, usage events and leads in the conversation store's database, SQLite or PostgreSQL: the same
// SQL on both, each unit of writes atomic (IDatabaseWrites), with instants as Unix milliseconds in SQLite and as timestamptz in PostgreSQL. Leads are inserted
// once per id, so the engine may record the same lead twice without storing it twice.
internal sealed class SqlInsightStore(Func<CancellationToken, Task<DbConnection>> open, IDatabaseWrites writes, bool unixMilliseconds) : IInsightStore
{
    private const string LeadColumns =
        "id, created_at, channel, conversation_id, user_id, name, email, company, contact_time, strategy, delivered_at, attempts";

    public static SqlInsightStore ForSqlite(SqliteDatabase database) => new(async token => await database.OpenAsync(token), database, unixMilliseconds: true);

    public static SqlInsightStore ForPostgres(PostgresDatabase database) => new(async token => await database.OpenAsync(token), database, unixMilliseconds: false);

    public async Task RecordAsync(TurnRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.IsEmpty)
        {
            return;
        }

        await writes.WriteAsync(async (connection, transaction, token) =>
        {
            foreach (var question in record.Questions)
            {
                await ExecuteAsync(connection, transaction, """
                    INSERT INTO recorded_questions (asked_at, channel, text, topic, confidence, outcome, user_id)
                    VALUES (@at, @channel, @text, @topic, @confidence, @outcome, @user);
                    """, token,
                    ("@at", Time(question.AskedAt)), ("@channel", question.Channel), ("@text", question.Text), ("@topic", question.Topic),
                    ("@confidence", question.Confidence), ("@outcome", question.Outcome), ("@user", question.UserId));
            }

            foreach (var usage in record.Usage)
            {
                await ExecuteAsync(connection, transaction, "INSERT INTO usage_events (at, kind, value, channel) VALUES (@at, @kind, @value, @channel);",
                    token, ("@at", Time(usage.At)), ("@kind", usage.Kind), ("@value", usage.Value), ("@channel", usage.Channel));
            }

            if (record.Lead is { } lead)
            {
                var details = lead.Details;
                await ExecuteAsync(connection, transaction, """
                    INSERT INTO leads (id, created_at, channel, conversation_id, user_id, name, email, company, contact_time, strategy, next_attempt_at)
                    VALUES (@id, @at, @channel, @conversation, @user, @name, @email, @company, @time, @strategy, @at)
                    ON CONFLICT (id) DO NOTHING;
                    """, token,
                    ("@id", lead.Id), ("@at", Time(lead.CreatedAt)), ("@channel", lead.Channel), ("@conversation", lead.ConversationId),
                    ("@user", lead.UserId), ("@name", details.Name), ("@email", details.Email), ("@company", details.Company),
                    ("@time", details.ContactTime), ("@strategy", details.Strategy));
            }

            return 0;
        }, cancellationToken);
    }

    public Task ForgetAsync(string conversationId, string userId, CancellationToken cancellationToken) =>
        writes.WriteAsync(async (connection, transaction, token) =>
            await ExecuteAsync(connection, transaction, "DELETE FROM leads WHERE user_id = @user OR conversation_id = @conversation;",
                token, ("@user", userId), ("@conversation", conversationId))
            + await ExecuteAsync(connection, transaction, "DELETE FROM recorded_questions WHERE user_id = @user;", token, ("@user", userId)),
            cancellationToken);

    public Task<IReadOnlyList<RecordedQuestion>> QuestionsAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        QueryAsync(
            "SELECT text, asked_at, channel, topic, confidence, outcome, user_id FROM recorded_questions WHERE asked_at >= @since ORDER BY asked_at, id;",
            reader => new RecordedQuestion(
                reader.GetString(0), ReadTime(reader, 1), reader.GetString(2), Text(reader, 3), reader.GetDouble(4), reader.GetString(5), Text(reader, 6)),
            cancellationToken, ("@since", Time(since)));

    public Task<IReadOnlyList<UsageEvent>> UsageAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        QueryAsync(
            "SELECT kind, value, channel, at FROM usage_events WHERE at >= @since ORDER BY at, id;",
            reader => new UsageEvent(reader.GetString(0), Text(reader, 1), reader.GetString(2), ReadTime(reader, 3)),
            cancellationToken, ("@since", Time(since)));

    public Task<IReadOnlyList<StoredLead>> LeadsAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        QueryAsync($"SELECT {LeadColumns} FROM leads WHERE created_at >= @since ORDER BY created_at, id;", ReadLead, cancellationToken, ("@since", Time(since)));

    public Task<IReadOnlyList<StoredLead>> DueDeliveriesAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken) =>
        QueryAsync(
            $"SELECT {LeadColumns} FROM leads WHERE delivered_at IS NULL AND next_attempt_at <= @now ORDER BY created_at, id LIMIT @limit;",
            ReadLead, cancellationToken, ("@now", Time(now)), ("@limit", limit));

    public Task<int> DeleteBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        writes.WriteAsync(async (connection, transaction, token) =>
            await ExecuteAsync(connection, transaction, "DELETE FROM recorded_questions WHERE asked_at < @cutoff;", token, ("@cutoff", Time(cutoff)))
            + await ExecuteAsync(connection, transaction, "DELETE FROM usage_events WHERE at < @cutoff;", token, ("@cutoff", Time(cutoff))),
            cancellationToken);

    public Task MarkDeliveredAsync(string leadId, DateTimeOffset deliveredAt, CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE leads SET delivered_at = @at, attempts = attempts + 1 WHERE id = @id;", cancellationToken,
            ("@id", leadId), ("@at", Time(deliveredAt)));

    public Task MarkFailedAsync(string leadId, DateTimeOffset nextAttemptAt, CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE leads SET next_attempt_at = @next, attempts = attempts + 1 WHERE id = @id;", cancellationToken,
            ("@id", leadId), ("@next", Time(nextAttemptAt)));

    private StoredLead ReadLead(DbDataReader reader) => new(
        new Lead(reader.GetString(0), ReadTime(reader, 1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
            new LeadDetails(reader.GetString(5), reader.GetString(6), reader.GetString(7), reader.GetString(8), Text(reader, 9))),
        reader.IsDBNull(10) ? null : ReadTime(reader, 10),
        reader.GetInt32(11));

    private Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters) =>
        writes.WriteAsync((connection, transaction, token) => ExecuteAsync(connection, transaction, sql, token, parameters), cancellationToken);

    private static async Task<int> ExecuteAsync(
        DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<IReadOnlyList<T>> QueryAsync<T>(
        string sql, Func<DbDataReader, T> read, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await open(cancellationToken);
        await using var command = Command(connection, null, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private object Time(DateTimeOffset instant) => unixMilliseconds ? instant.ToUnixTimeMilliseconds() : instant.ToUniversalTime();

    private DateTimeOffset ReadTime(DbDataReader reader, int ordinal) =>
        unixMilliseconds ? DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(ordinal)) : reader.GetFieldValue<DateTimeOffset>(ordinal);

    private static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
