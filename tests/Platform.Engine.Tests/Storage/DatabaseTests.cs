using Dapper;
using Microsoft.Extensions.Options;
using Platform.Engine.Common;
using Platform.Engine.Storage;

namespace Platform.Engine.Tests.Storage;

public sealed class DatabaseTests : EngineTest
{
    [Fact]
    public async Task File_UsesWal_WhenOpened()
    {
        await using var connection = await Engine.Database.OpenAsync(CancellationToken.None);
        Assert.Equal("wal", await connection.ExecuteScalarAsync<string>("PRAGMA journal_mode"));
    }

    [Fact]
    public async Task Writes_EnforceForeignKeys() =>
        await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => Engine.Database.WriteAsync<bool>(async s =>
        {
            await s.Connection.ExecuteAsync(
                "INSERT INTO sys_api_keys (user_id, name, prefix, key_hash, created_at) VALUES (999, 'k', 'p', 'h', 't')", transaction: s.Transaction);
            return true;
        }, CancellationToken.None));

    [Fact]
    public async Task Migrations_AreRecordedAndNotReapplied_WhenRunTwice()
    {
        var again = await Engine.Get<MigrationRunner>().ApplyAsync(SystemMigrations.All, CancellationToken.None);
        Assert.Empty(again);
        await using var connection = await Engine.Database.OpenAsync(CancellationToken.None);
        var recorded = (await connection.QueryAsync<int>("SELECT number FROM sys_migrations ORDER BY number")).ToList();
        Assert.Equal(SystemMigrations.All.Select(m => m.Number), recorded);
    }

    [Fact]
    public async Task Write_RollsBackEverything_WhenTheWorkFails()
    {
        var result = await Engine.Database.WriteAsync<bool>(async scope =>
        {
            await scope.Connection.ExecuteAsync("INSERT INTO sys_views (id, entity, name, definition, created_at, updated_at) VALUES ('v1', 'x', 'n', '{}', 't', 't')", transaction: scope.Transaction);
            return new ConflictFailure("no");
        }, CancellationToken.None);
        Assert.False(result.IsSuccess);
        await using var connection = await Engine.Database.OpenAsync(CancellationToken.None);
        Assert.Equal(0L, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM sys_views"));
    }

    [Fact]
    public async Task Writes_AllSucceed_When64WritersInTwoProcessesShareTheFile()
    {
        // A second Database on the same file stands in for a second process: it has its own writer
        // connection, so the two only meet in SQLite's lock, where BEGIN IMMEDIATE and the busy timeout act.
        await using var other = new Database(Options.Create(new StorageOptions { Path = Engine.Database.FilePath }), new SqliteDialect());
        await Engine.Database.WriteAsync<bool>(async s =>
        {
            await s.Connection.ExecuteAsync("CREATE TABLE hits (n INTEGER NOT NULL)", transaction: s.Transaction);
            return true;
        }, CancellationToken.None);
        var writers = Enumerable.Range(0, 64).Select(i => Task.Run(async () =>
        {
            var database = i % 2 == 0 ? Engine.Database : other;
            for (var k = 0; k < 20; k++)
            {
                var result = await database.WriteAsync<bool>(async s =>
                {
                    var n = await s.Connection.ExecuteScalarAsync<long>("SELECT count(*) FROM hits", transaction: s.Transaction);
                    await s.Connection.ExecuteAsync("INSERT INTO hits (n) VALUES (@n)", new { n }, s.Transaction);
                    return true;
                }, CancellationToken.None);
                Assert.True(result.IsSuccess);
            }
        }));
        await Task.WhenAll(writers);
        await using var connection = await Engine.Database.OpenAsync(CancellationToken.None);
        Assert.Equal(64L * 20, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM hits"));
        // Each write saw all earlier ones: no two transactions interleaved.
        Assert.Equal(64L * 20, await connection.ExecuteScalarAsync<long>("SELECT count(DISTINCT n) FROM hits"));
    }

    [Fact]
    public async Task Writes_AreUndoneAlone_WhenTheyFailWhileSharingATransaction()
    {
        await Engine.Database.WriteAsync<bool>(async s =>
        {
            await s.Connection.ExecuteAsync("CREATE TABLE marks (n INTEGER NOT NULL)", transaction: s.Transaction);
            return true;
        }, CancellationToken.None);
        // Many writers at once land in shared transactions; every third refuses and every fifth throws
        // after writing its row.
        var writes = Enumerable.Range(1, 90).Select(n => Engine.Database.WriteAsync<int>(async s =>
        {
            await s.Connection.ExecuteAsync("INSERT INTO marks (n) VALUES (@n)", new { n }, s.Transaction);
            if (n % 5 == 0)
            {
                throw new InvalidOperationException("boom " + n);
            }
            return n % 3 == 0 ? new ConflictFailure("no") : n;
        }, CancellationToken.None)).ToList();
        await Task.WhenAll(writes.Select(w => w.ContinueWith(_ => { }, TaskScheduler.Default)));

        var expected = Enumerable.Range(1, 90).Where(n => n % 5 != 0 && n % 3 != 0).ToList();
        Assert.Equal(expected, writes.Where(w => w.IsCompletedSuccessfully && w.Result.IsSuccess).Select(w => w.Result.Value));
        Assert.Equal(18, writes.Count(w => w.IsFaulted));
        await using var connection = await Engine.Database.OpenAsync(CancellationToken.None);
        Assert.Equal(expected, (await connection.QueryAsync<int>("SELECT n FROM marks ORDER BY n")).ToList());
    }
}
