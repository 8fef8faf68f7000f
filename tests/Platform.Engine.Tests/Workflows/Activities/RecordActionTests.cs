using System.Text.Json.Nodes;
using Platform.Engine.Records;
using Platform.Engine.Records.Rules;
using Platform.Engine.Scripting;
using Platform.Engine.Workflows.Execution;
using static Platform.Engine.Tests.Workflows.Execution.ElsaJson;

namespace Platform.Engine.Tests.Workflows.Activities;

public sealed class RecordActionTests : ActivityTest
{
    private static readonly JsonObject Deal = Variable("v-deal", "deal", "Object", null);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Engine.EntityAsync("""
            {"slug":"lead","label":{"en":"Lead"},"fields":[{"slug":"name","type":"text","required":true},{"slug":"email","type":"email"},
              {"slug":"status","type":"select","options":[{"value":"new"},{"value":"contacted"}]}]}
            """);
    }

    [Fact]
    public async Task CreateRecord_CreatesTheRecordAndBindsItToAVariable_WhenTheValuesAreValid()
    {
        var create = Node("create", "Platform.CreateRecord", ("entity", Literal("lead", "String")),
            ("values", Expression("Object", """{"name":"王伟","email":"wang@example.com"}""")));
        create["result"] = new JsonObject { ["typeName"] = "Object", ["memoryReference"] = new JsonObject { ["id"] = "v-deal" } };

        await StartAsync(Workflow([create], [], [Deal.DeepClone()]));

        Assert.Equal(WorkflowSubStatus.Finished, Status);
        var lead = Assert.Single((await Engine.ListAsync("lead", new RecordQuery())).Items);
        Assert.Equal("王伟", lead["name"]);
        Assert.Equal((long)lead["id"]!, (long)State.Variables["v-deal"]!["id"]!);
        Assert.Equal("wang@example.com", (string?)State.Variables["v-deal"]!["email"]);
    }

    [Fact]
    public async Task CreateRecord_FaultsNamingEachFieldAndWritesNothing_WhenTheValuesAreRefused()
    {
        await StartAsync(Chain(Node("create", "Platform.CreateRecord", ("entity", Literal("lead", "String")),
            ("values", Expression("Object", """{"email":"not-an-email"}""")))));

        Assert.Equal(WorkflowSubStatus.Faulted, Status);
        var message = Incident().Message;
        Assert.Contains("Platform.CreateRecord", message);
        Assert.Contains("name: Required.", message);
        Assert.Contains("email: Not a valid email address.", message);
        Assert.Empty((await Engine.ListAsync("lead", new RecordQuery())).Items);
    }

    [Fact]
    public async Task CreateRecord_LeavesNoHalfMadeRecord_WhenAnAfterSaveScriptRefusesItAfterTheRowWasWritten()
    {
        var rule = await Engine.Get<RuleService>().CreateAsync("lead",
            new EntityRule { Slug = "audit", Kind = ScriptKinds.AfterSave, Script = "throw new Error('audit service down');" }, CancellationToken.None);
        Assert.True(rule.IsSuccess, EngineFixture.Describe(rule.Failure));

        await StartAsync(Chain(Node("create", "Platform.CreateRecord", ("entity", Literal("lead", "String")),
            ("values", Expression("Object", """{"name":"Half"}""")))));

        Assert.Equal(WorkflowSubStatus.Faulted, Status);
        Assert.Contains("audit service down", Incident().Message);
        Assert.Empty((await Engine.ListAsync("lead", new RecordQuery())).Items);
        Assert.Empty(await Engine.Reader.HistoryAsync("lead", 1, CancellationToken.None) is { IsSuccess: true } history ? history.Value : []);
    }

    [Fact]
    public async Task UpdateRecord_ChangesTheWorkflowsOwnRecord_WhenEntityAndRecordIdAreLeftOut()
    {
        var lead = await Engine.CreateAsync("lead", """{"name":"Li","status":"new"}""");

        await StartAsync(Chain(Node("update", "Platform.UpdateRecord", ("values", Expression("Object", """{"status":"contacted"}""")))),
            RecordInput("lead", lead));

        Assert.Equal(WorkflowSubStatus.Finished, Status);
        Assert.Equal("contacted", (await Engine.Reader.GetAsync("lead", (long)lead["id"]!, CancellationToken.None)).Value!["status"]);
        Assert.Equal("contacted", (string?)OutputsOf("update")!["result"]!["status"]);
        Assert.Equal(2, (long)OutputsOf("update")!["result"]!["version"]!);
    }

    [Fact]
    public async Task UpdateRecord_Faults_WhenTheRecordDoesNotExist()
    {
        await StartAsync(Chain(Node("update", "Platform.UpdateRecord", ("entity", Literal("lead", "String")), ("recordId", Literal(99, "Int64")),
            ("values", Expression("Object", """{"status":"contacted"}""")))));

        Assert.Equal(WorkflowSubStatus.Faulted, Status);
        Assert.Contains("Record 99 was not found.", Incident().Message);
    }

    [Fact]
    public async Task FindRecords_FindsARecordCreatedEarlierInTheSameRun_AndLeavesThroughFound()
    {
        await Engine.CreateAsync("lead", """{"name":"Old","email":"old@example.com"}""");
        var create = Node("create", "Platform.CreateRecord", ("entity", Literal("lead", "String")),
            ("values", Expression("Object", """{"name":"New","email":"new@example.com"}""")));
        var find = Node("find", "Platform.FindRecords", ("entity", Literal("lead", "String")),
            ("filter", Expression("Object", """{"email":["new@example.com","old@example.com"]}""")), ("sort", Literal("-name", "String")));
        var found = WriteLine("found");
        var missing = WriteLine("missing");

        await StartAsync(Workflow([create, find, found, missing],
            [Connect("create", "find"), Connect("find", "found", "Found"), Connect("find", "missing", "NotFound")]));

        Assert.Equal(WorkflowSubStatus.Finished, Status);
        Assert.Equal(["Found", "Done"], OutcomesOf("find"));
        Assert.Equal(["Old", "New"], OutputsOf("find")!["result"]!.AsArray().Select(r => (string?)r!["name"]));
        Assert.NotNull(OutcomesOf("found"));
        Assert.Null(OutcomesOf("missing"));
    }

    [Fact]
    public async Task FindRecords_LeavesThroughNotFoundWithAnEmptyList_WhenNothingMatches()
    {
        await Engine.CreateAsync("lead", """{"name":"Old"}""");

        await StartAsync(Chain(Node("find", "Platform.FindRecords", ("entity", Literal("lead", "String")),
            ("filter", Expression("Object", """{"and":[{"field":"name","op":"starts_with","value":"Z"}]}""")))));

        Assert.Equal(["NotFound", "Done"], OutcomesOf("find"));
        Assert.Empty(OutputsOf("find")!["result"]!.AsArray());
    }

    [Fact]
    public async Task FindRecords_TakesAFilterWrittenAsAScript_OverTheWorkflowsRecord()
    {
        var first = await Engine.CreateAsync("lead", """{"name":"Li","email":"li@example.com"}""");
        await Engine.CreateAsync("lead", """{"name":"Li again","email":"li@example.com"}""");
        await Engine.CreateAsync("lead", """{"name":"Wang","email":"wang@example.com"}""");
        var filter = "({ and: [ { field: 'email', op: 'eq', value: getInput('record').email }, { field: 'id', op: 'ne', value: getInput('recordId') } ] })";

        await StartAsync(Chain(Node("dupes", "Platform.FindRecords", ("entity", Literal("lead", "String")), ("filter", Script(filter)))),
            RecordInput("lead", first));

        Assert.Equal(["Li again"], OutputsOf("dupes")!["result"]!.AsArray().Select(r => (string?)r!["name"]));
    }

    [Theory]
    [InlineData("""{"and":[{"field":"nope","op":"eq","value":1}]}""", "unknown field \"nope\"")]
    [InlineData(null, "The limit must be between 1 and 100.")]
    public async Task FindRecords_FaultsWithTheReason_WhenTheQueryIsNotValid(string? filter, string reason)
    {
        var limit = filter is null ? 500 : 10;
        await StartAsync(Chain(Node("find", "Platform.FindRecords", ("entity", Literal("lead", "String")),
            ("filter", filter is null ? null : Expression("Object", filter)), ("limit", Literal(limit, "Int32")))));

        Assert.Equal(WorkflowSubStatus.Faulted, Status);
        Assert.Contains(reason, Incident().Message);
    }
}
