using Platform.Engine.Records.Transfers;

namespace Platform.Engine.Tests.Records.Transfers;

public sealed class ImportMatchTests : ImportTest
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Engine.CreateAsync("lead", """{"name":"Ann","email":"ann@x.io","budget":100,"source":"web"}""");
    }

    private const string File = "name,email,budget,source\nAnn B.,ann@x.io,,fair\nBea,bea@x.io,200,web\n";

    [Fact]
    public async Task Skip_LeavesTheMatchingRecordAlone_AndCountsTheRowSkipped()
    {
        var report = await ImportAsync(File, matchOn: ["email"], onDuplicate: DuplicateActions.Skip);

        Assert.Equal((1L, 0L, 1L, 0L), (report.Created, report.Updated, report.Skipped, report.Failed));
        var ann = (await LeadsAsync()).Single(l => (string)l["email"]! == "ann@x.io");
        Assert.Equal(("Ann", "web"), ((string)ann["name"]!, (string)ann["source"]!));
    }

    [Fact]
    public async Task Update_WritesTheRowsNonEmptyValues_IntoTheMatchingRecord()
    {
        var report = await ImportAsync(File, matchOn: ["email"], onDuplicate: DuplicateActions.Update);

        Assert.Equal((1L, 1L, 0L, 0L), (report.Created, report.Updated, report.Skipped, report.Failed));
        var leads = await LeadsAsync();
        Assert.Equal(2, leads.Count);
        var ann = leads.Single(l => (string)l["email"]! == "ann@x.io");
        Assert.Equal(("Ann B.", "fair", 100m), ((string)ann["name"]!, (string)ann["source"]!, (decimal)ann["budget"]!));
        Assert.Equal(2L, ann["version"]);
    }

    [Fact]
    public async Task Create_CreatesAnyway_AndTheUniqueFieldRefusesTheCopy()
    {
        var report = await ImportAsync("name,email\nAnn,ann2@x.io\nAnn,ann@x.io\n", matchOn: ["name"], onDuplicate: DuplicateActions.Create);

        Assert.Equal((1L, 0L, 0L, 1L), (report.Created, report.Updated, report.Skipped, report.Failed));
        Assert.Equal(2, (await LeadsAsync()).Count(l => (string)l["name"]! == "Ann"));
        Assert.Equal((3, "email"), (report.Errors[0].Row, report.Errors[0].Field!));
    }

    [Fact]
    public async Task Skip_MatchesAnEarlierRowOfTheSameFile_InTheDryRunAsInTheRealRun()
    {
        var rows = Enumerable.Range(1, ImportRunner.BatchSize + 20).Select(i => $"n{i},e{(i > ImportRunner.BatchSize ? i - ImportRunner.BatchSize : i)}@y.io");
        var csv = "name,email\n" + string.Join('\n', rows);

        var dry = await ImportAsync(csv, ImportModes.DryRun, matchOn: ["email"], onDuplicate: DuplicateActions.Skip);
        var real = await ImportAsync(csv, matchOn: ["email"], onDuplicate: DuplicateActions.Skip);

        Assert.Equal((ImportRunner.BatchSize * 1L, 20L), (dry.Created, dry.Skipped));
        Assert.Equal((dry.Created, dry.Skipped), (real.Created, real.Skipped));
    }

    [Fact]
    public async Task Update_IsRefusedForTheRow_WhenSeveralRecordsMatch()
    {
        await Engine.CreateAsync("lead", """{"name":"Ann","email":"ann3@x.io"}""");

        var report = await ImportAsync("name,budget\nAnn,5\n", matchOn: ["name"], onDuplicate: DuplicateActions.Update);

        Assert.Equal(1, report.Failed);
        Assert.Null(Assert.Single(report.Errors).Field);
    }

    [Fact]
    public async Task MatchOn_UsesEveryListedField_WhenThereAreSeveral()
    {
        var report = await ImportAsync("name,email,budget\nAnn,ann@x.io,1\nAnn,other@x.io,2\n", matchOn: ["name", "email"], onDuplicate: DuplicateActions.Skip);

        Assert.Equal((1L, 1L), (report.Created, report.Skipped));
    }

    [Fact]
    public async Task MatchOn_ComparesConvertedValues_SoLabelsMatchStoredOptions()
    {
        var report = await ImportAsync("name,来源\nAnn,官网\n", matchOn: ["name", "source"], onDuplicate: DuplicateActions.Skip);

        Assert.Equal(1, report.Skipped);
    }
}
