using Platform.Engine.Common;
using Platform.Engine.Records.Transfers;

namespace Platform.Engine.Tests.Records.Transfers;

public sealed class ImportRunTests : ImportTest
{
    [Fact]
    public async Task DryRun_CountsExactlyAndWritesNothing_WhenTenThousandRowsHoldBadOnes()
    {
        var (csv, good) = LeadFile.Generate(10_000);

        var report = await ImportAsync(csv, ImportModes.DryRun);

        Assert.Equal(ImportStatuses.Completed, report.Status);
        Assert.Equal((10_000L, 10_000L), (report.Total!.Value, report.Processed));
        Assert.Equal(good, report.Created);
        Assert.Equal(10_000 - good, report.Failed);
        Assert.Empty(await LeadsAsync());
    }

    [Fact]
    public async Task Commit_WritesExactlyTheGoodRows_WhenTenThousandRowsHoldBadOnes()
    {
        var (csv, good) = LeadFile.Generate(10_000);

        var report = await ImportAsync(csv);

        Assert.Equal(ImportStatuses.Completed, report.Status);
        Assert.Equal((good, 10_000L - good), (report.Created, report.Failed));
        var leads = await LeadsAsync();
        Assert.Equal(good, leads.Count);
        Assert.Equal(good, leads.Select(l => l["name"]).Distinct().Count());
        Assert.DoesNotContain(leads, l => (string)l["name"]! is "客户97" or "客户89" or "客户127");
        Assert.Equal(2_100m, leads.Single(l => (string)l["name"]! == "客户200")["budget"]);
    }

    [Fact]
    public async Task DryRun_ReportsTheSameCountsAsTheRealRun_ForTheSameFile()
    {
        var (csv, _) = LeadFile.Generate(2_000);

        var dry = await ImportAsync(csv, ImportModes.DryRun);
        var real = await ImportAsync(csv);

        Assert.Equal((dry.Created, dry.Updated, dry.Skipped, dry.Failed), (real.Created, real.Updated, real.Skipped, real.Failed));
        Assert.Equal(dry.Errors.Select(e => (e.Row, e.Field)), real.Errors.Select(e => (e.Row, e.Field)));
    }

    [Fact]
    public async Task Errors_NameTheRowTheFieldAndTheReason_ForEachBadRow()
    {
        var (csv, _) = LeadFile.Generate(130);

        var report = await ImportAsync(csv, ImportModes.DryRun);

        Assert.Equal(
            [(90, "budget"), (98, "email"), (114, "name"), (128, "email")],
            report.Errors.Select(e => (e.Row, e.Field!)));
        Assert.Equal("Required.", report.Errors.Single(e => e.Row == 114).Message);
        Assert.Equal("Another record already has this value.", report.Errors.Single(e => e.Row == 128).Message);
        Assert.Contains("lots", report.Errors.Single(e => e.Row == 90).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Errors_ListEveryProblemOfARow_WhenOneCellCannotBeConverted()
    {
        var report = await ImportAsync("name,email,budget\n,not-an-email,lots", ImportModes.DryRun);

        Assert.Equal(["budget", "email", "name"], report.Errors.Select(e => e.Field!).Order());
        Assert.Equal(1, report.Failed);
    }

    [Fact]
    public async Task DryRun_RefusesAUniqueValueAnEarlierBatchUsed_AsTheRealRunDoes()
    {
        var rows = Enumerable.Range(1, ImportRunner.BatchSize + 10).Select(i => $"n{i},{(i == ImportRunner.BatchSize + 5 ? "e1" : "e" + i)}@x.io");
        var csv = "name,email\n" + string.Join('\n', rows);

        var dry = await ImportAsync(csv, ImportModes.DryRun);

        var error = Assert.Single(dry.Errors);
        Assert.Equal((ImportRunner.BatchSize + 6, "email"), (error.Row, error.Field!));
        Assert.Equal(1, (await ImportAsync(csv)).Failed);
    }

    [Fact]
    public async Task Import_LeavesEmptyCellsOut_SoDefaultsAndEarlierValuesStay()
    {
        var report = await ImportAsync("姓名,邮箱,预算\n张三,,\n");

        Assert.Equal(1, report.Created);
        var lead = Assert.Single(await LeadsAsync());
        Assert.Null(lead["email"]);
        Assert.Null(lead["budget"]);
    }

    [Fact]
    public async Task Import_RefusesARow_WhenItHasMoreCellsThanTheHeader()
    {
        var report = await ImportAsync("name,email\nAnn,a@x.io,extra\nBea,b@x.io\n");

        Assert.Equal((1L, 1L), (report.Created, report.Failed));
        var error = Assert.Single(report.Errors);
        Assert.Equal((2, (string?)null), (error.Row, error.Field));
    }

    [Fact]
    public async Task Start_IsRefusedAndStoresNothing_WhenTheFileIsAnOldXls()
    {
        var result = await StartAsync([0xD0, 0xCF, 0x11, 0xE0, 0, 0, 0, 0], "old.xls", new ImportRequest(ImportModes.Commit, null, [], null));

        Assert.Contains("file", Assert.IsType<ValidationFailure>(result.Failure).Errors.Keys);
        Assert.Empty(Directory.EnumerateFiles(Engine.Get<ImportFiles>().Folder));
    }

    [Fact]
    public async Task Start_IsRefused_WhenMatchOnNamesAFieldNoColumnFills()
    {
        var result = await StartAsync("name\nAnn\n"u8.ToArray(), "a.csv", new ImportRequest(ImportModes.DryRun, null, ["email"], null));

        Assert.Contains("matchOn", Assert.IsType<ValidationFailure>(result.Failure).Errors.Keys);
    }

    [Fact]
    public async Task Start_IsRefused_WhenOnDuplicateOrModeIsUnknown()
    {
        var result = await StartAsync("name\nAnn\n"u8.ToArray(), "a.csv", new ImportRequest("later", null, [], "merge"));

        Assert.Equal(["mode", "onDuplicate"], Assert.IsType<ValidationFailure>(result.Failure).Errors.Keys.Order());
    }

    [Fact]
    public async Task Commit_RemovesTheStoredFile_WhenTheImportEnds()
    {
        var report = await ImportAsync("name\nAnn\n");

        Assert.Equal(ImportStatuses.Completed, report.Status);
        Assert.Empty(Directory.EnumerateFiles(Engine.Get<ImportFiles>().Folder));
    }

    [Fact]
    public async Task Get_IsNotFound_ForAnotherMember()
    {
        var report = await ImportAsync("name\nAnn\n", ImportModes.DryRun);

        var other = await Imports.GetAsync(report.Id, new Identity.Actor(42, Identity.Roles.Member), CancellationToken.None);
        var admin = await Imports.GetAsync(report.Id, new Identity.Actor(43, Identity.Roles.Admin), CancellationToken.None);

        Assert.IsType<NotFoundFailure>(other.Failure);
        Assert.True(admin.IsSuccess);
    }

    [Fact]
    public async Task Commit_FailsWithTheReason_WhenAMappedFieldWasDeletedBeforeTheRunStarted()
    {
        var started = await StartAsync("name,budget\nAnn,5\n"u8.ToArray(), "a.csv", new ImportRequest(ImportModes.Commit, null, [], null));
        Assert.True((await Engine.Fields.DeleteAsync("lead", "budget", confirm: true, CancellationToken.None)).IsSuccess);

        await Engine.Get<ImportJobs>().RunPendingAsync(CancellationToken.None);

        var report = (await Imports.GetAsync(started.Value!.Id, EngineFixture.Admin, CancellationToken.None)).Value!;
        Assert.Equal(ImportStatuses.Failed, report.Status);
        Assert.Contains("budget", report.Message, StringComparison.Ordinal);
        Assert.Empty(await LeadsAsync());
    }
}
