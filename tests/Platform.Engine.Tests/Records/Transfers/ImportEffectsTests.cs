using Microsoft.Extensions.DependencyInjection;
using Platform.Engine.Common;
using Platform.Engine.Forms;
using Platform.Engine.Records;
using Platform.Engine.Records.Transfers;
using Platform.Engine.Storage;

namespace Platform.Engine.Tests.Records.Transfers;

/// <summary>An imported record is indistinguishable from one created through the API: same checks, same traces.</summary>
public sealed class ImportEffectsTests : EngineTest
{
    private readonly List<RecordEvent> _events = [];

    private sealed class Recorder(List<RecordEvent> events) : IRecordEventSink
    {
        public Task OnRecordEventAsync(WriteScope scope, RecordEvent recordEvent, CancellationToken ct)
        {
            events.Add(recordEvent);
            return Task.CompletedTask;
        }
    }

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<IRecordEventSink>(new Recorder(_events));

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Engine.EntityAsync("""
            {"slug":"deal","label":{"en":"Deal"},"fields":[
              {"slug":"code","type":"autonumber","pattern":"D-{000}"},
              {"slug":"name","type":"text","required":true},
              {"slug":"grade","type":"select","options":[{"value":"A"},{"value":"B"}]},
              {"slug":"budget","type":"currency"},
              {"slug":"tags","type":"multiselect","options":[{"value":"x"},{"value":"y"}]},
              {"slug":"won","type":"boolean"},
              {"slug":"stage","type":"select","default":"open","options":[{"value":"open"},{"value":"closed"}]},
              {"slug":"notes","type":"longtext"}]}
            """);
    }

    private async Task<ImportReport> ImportAsync(string csv)
    {
        var imports = Engine.Get<ImportService>();
        var upload = await imports.ReceiveAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv)), "deals.csv", CancellationToken.None);
        var started = await imports.StartAsync("deal", upload, new ImportRequest(ImportModes.Commit, null, [], null), EngineFixture.Admin, CancellationToken.None);
        Assert.True(started.IsSuccess, EngineFixture.Describe(started.Failure));
        await Engine.Get<ImportJobs>().RunPendingAsync(CancellationToken.None);
        return (await imports.GetAsync(started.Value.Id, EngineFixture.Admin, CancellationToken.None)).Value!;
    }

    private async Task<(string Changes, string Search)> TracesAsync(long id) =>
        await Engine.Database.ReadAsync(async c =>
        {
            async Task<string> Scalar(string sql)
            {
                await using var command = c.CreateCommand();
                command.CommandText = sql;
                return (string)(await command.ExecuteScalarAsync())!;
            }
            return (await Scalar($"SELECT changes FROM sys_audit WHERE entity = 'deal' AND record_id = {id}"),
                await Scalar($"SELECT body FROM fts_deal WHERE rowid = {id}"));
        }, CancellationToken.None);

    [Fact]
    public async Task Import_LeavesTheSameRecordAuditEntrySearchTextAndEvent_AsACreateThroughTheApi()
    {
        var created = await Engine.CreateAsync("deal", """{"name":"Acme","grade":"A","budget":1200.5,"tags":["x","y"],"won":true,"notes":"call back"}""");
        await ImportAsync("name,grade,budget,tags,won,notes\nAcme,A,\"1,200.50\",\"x,y\",yes,call back\n");

        var imported = (await Engine.ListAsync("deal", new RecordQuery { Sort = "-id", Limit = 1 })).Items[0];
        string[] same = ["name", "grade", "budget", "tags", "won", "stage", "notes", "version", "createdAt", "createdBy", "ownerId", "deletedAt"];
        Assert.Equal(same.Select(f => Json.Serialize(created[f])), same.Select(f => Json.Serialize(imported[f])));
        Assert.Equal(("D-001", "D-002"), ((string)created["code"]!, (string)imported["code"]!));
        var (createdChanges, createdSearch) = await TracesAsync((long)created["id"]!);
        var (importedChanges, importedSearch) = await TracesAsync((long)imported["id"]!);
        Assert.Equal(createdChanges.Replace("D-001", "D-002", StringComparison.Ordinal), importedChanges);
        Assert.Equal(createdSearch.Replace("D-001", "D-002", StringComparison.Ordinal), importedSearch);
        Assert.Equal(2, _events.Count);
        Assert.Equal(Json.Serialize(_events[0].Record).Replace("D-001", "D-002", StringComparison.Ordinal).Replace($"\"id\":{created["id"]}", $"\"id\":{imported["id"]}", StringComparison.Ordinal),
            Json.Serialize(_events[1].Record));
    }

    [Fact]
    public async Task Import_RefusesRowsThatBreakTheEntitysFormRules_AsEveryWriteDoes()
    {
        var forms = Engine.Get<FormService>();
        var rule = """{"slug":"edit","isDefault":true,"rules":[{"when":{"properties":{"grade":{"enum":["A"]}},"required":["grade"]},"effect":"require","field":"budget"}]}""";
        Assert.True((await forms.CreateAsync("deal", Json.Deserialize<FormDefinition>(rule), CancellationToken.None)).IsSuccess);
        Assert.True((await forms.PublishAsync("deal", "edit", EngineFixture.Admin, CancellationToken.None)).IsSuccess);

        var report = await ImportAsync("name,grade,budget\nBig,A,\nSmall,B,\nFunded,A,500\n");

        Assert.Equal((2L, 1L), (report.Created, report.Failed));
        var error = Assert.Single(report.Errors);
        Assert.Equal((2, "budget"), (error.Row, error.Field!));
    }

    [Fact]
    public async Task Import_TakesAutoNumbersInRowOrder_AcrossBatches()
    {
        var csv = "name\n" + string.Join('\n', Enumerable.Range(1, ImportRunner.BatchSize + 3).Select(i => $"n{i}"));

        await ImportAsync(csv);

        var last = (await Engine.ListAsync("deal", new RecordQuery { Sort = "-id", Limit = 1 })).Items[0];
        Assert.Equal(($"n{ImportRunner.BatchSize + 3}", $"D-{ImportRunner.BatchSize + 3}"), ((string)last["name"]!, (string)last["code"]!));
    }
}
