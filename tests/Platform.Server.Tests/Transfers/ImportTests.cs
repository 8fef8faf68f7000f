using System.Net;
using System.Text;
using MiniExcelLibs;
using Platform.Server.Tests.Infrastructure;

namespace Platform.Server.Tests.Transfers;

public sealed class ImportTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    static ImportTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public async Task DryRun_Returns200WithCountsErrorsAndColumns_AndWritesNothing()
    {
        using var admin = await factory.AdminAsync();
        var slug = await admin.CreateLeadEntityAsync();

        var response = await admin.ImportCsvAsync(slug, "Name,Email,Budget,Notes\nAnn,ann@x.io,\"1,200\",a\nBea,not-an-email,5,b\nCid,,lots,c\n");

        var report = await response.ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("completed", report.GetProperty("status").GetString());
        Assert.Equal((1, 0, 0, 2), (report.GetProperty("created").GetInt32(), report.GetProperty("updated").GetInt32(),
            report.GetProperty("skipped").GetInt32(), report.GetProperty("failed").GetInt32()));
        Assert.Equal((3, 3), (report.GetProperty("total").GetInt32(), report.GetProperty("processed").GetInt32()));
        Assert.Equal([(3, "email"), (4, "budget")], report.GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("field").GetString()!)));
        var columns = report.GetProperty("columns").EnumerateArray().ToList();
        Assert.Equal(["name", "email", "budget", null], columns.Select(c => c.GetProperty("field").GetString()));
        Assert.Equal(["Ann", "Bea", "Cid"], columns[0].GetProperty("samples").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(0, await admin.CountAsync(slug));
    }

    [Fact]
    public async Task Commit_Returns202_ThenRunsInTheBackgroundToTheEnd()
    {
        using var admin = await factory.AdminAsync();
        var slug = await admin.CreateLeadEntityAsync();
        var csv = "Name,Budget\n" + string.Join('\n', Enumerable.Range(1, 1_200).Select(i => $"n{i},{(i % 100 == 0 ? "x" : i)}"));

        var response = await admin.ImportCsvAsync(slug, csv, "commit");

        var accepted = await response.ReadJsonAsync(HttpStatusCode.Accepted);
        var id = accepted.GetProperty("id").GetString()!;
        Assert.Contains(accepted.GetProperty("status").GetString(), new[] { "queued", "running" });
        Assert.EndsWith($"/api/imports/{id}", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        var report = await admin.FinishedAsync(id);
        Assert.Equal(("completed", 1_188, 12, 1_200), (report.GetProperty("status").GetString(), report.GetProperty("created").GetInt32(),
            report.GetProperty("failed").GetInt32(), report.GetProperty("processed").GetInt32()));
        Assert.Equal(1_188, await admin.CountAsync(slug));
    }

    [Fact]
    public async Task Commit_ReadsAGbkCsv_AsExcelInChinaSavesIt()
    {
        using var admin = await factory.AdminAsync();
        var slug = Seed.Slug("gbk");
        await admin.CreateEntityAsync($$$"""{"slug":"{{{slug}}}","label":{"zh-CN":"客户"},"fields":[{"slug":"name","type":"text","label":{"zh-CN":"姓名"}},{"slug":"city","type":"text","label":{"zh-CN":"城市"}}]}""");
        var gbk = Encoding.GetEncoding("GBK").GetBytes("姓名,城市\r\n张三,上海\r\n");

        var accepted = await (await admin.ImportAsync(slug, gbk, "客户.csv", "commit")).ReadJsonAsync(HttpStatusCode.Accepted);
        await admin.FinishedAsync(accepted.GetProperty("id").GetString()!);

        var record = Assert.Single((await admin.ListAsync(slug)).Items());
        Assert.Equal(("张三", "上海"), (record.GetProperty("name").GetString(), record.GetProperty("city").GetString()));
    }

    [Fact]
    public async Task Commit_ReadsAnXlsxWorkbook()
    {
        using var admin = await factory.AdminAsync();
        var slug = await admin.CreateLeadEntityAsync();
        using var workbook = new MemoryStream();
        await workbook.SaveAsAsync(new[]
        {
            new Dictionary<string, object?> { ["Name"] = "Ann", ["Budget"] = 1200d, ["Source"] = "Fair" },
            new Dictionary<string, object?> { ["Name"] = "Bea", ["Budget"] = 30d, ["Source"] = "web" },
        });

        var accepted = await (await admin.ImportAsync(slug, workbook.ToArray(), "leads.xlsx", "commit")).ReadJsonAsync(HttpStatusCode.Accepted);
        var report = await admin.FinishedAsync(accepted.GetProperty("id").GetString()!);

        Assert.Equal(2, report.GetProperty("created").GetInt32());
        var page = await admin.ListAsync(slug, "sort=name");
        Assert.Equal(["Ann", "Bea"], page.Strings("name"));
        Assert.Equal(["fair", "web"], page.Strings("source"));
    }

    [Fact]
    public async Task MatchOn_UpdatesTheMatchingRecord_WhenOnDuplicateIsUpdate()
    {
        using var admin = await factory.AdminAsync();
        var slug = await admin.CreateLeadEntityAsync();
        var id = await admin.CreateRecordIdAsync(slug, new { name = "Ann", email = "ann@x.io", budget = 5 });

        var report = await admin.CommitAsync(slug, "Email,Budget\nann@x.io,99\nnew@x.io,1\n", matchOn: "email", onDuplicate: "update");

        Assert.Equal((1, 1), (report.GetProperty("created").GetInt32(), report.GetProperty("updated").GetInt32()));
        var ann = await admin.GetJsonAsync($"/api/entities/{slug}/records/{id}");
        Assert.Equal((99m, "Ann"), (ann.GetProperty("budget").GetDecimal(), ann.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task ErrorsCsv_HoldsTheBadRowsWithTheirNumbersAndReasons_ReadyToFixAndImportAgain()
    {
        using var admin = await factory.AdminAsync("zh-CN");
        var slug = await admin.CreateLeadEntityAsync();
        var report = await (await admin.ImportCsvAsync(slug, "Name,Email\nAnn,ann@x.io\n\"Wang, Bea\",bad\n")).ReadJsonAsync(HttpStatusCode.OK);

        var response = await admin.GetAsync($"/api/imports/{report.GetProperty("id").GetString()}/errors.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Name,Email,行号,错误", lines[0]);
        Assert.Equal("\"Wang, Bea\",bad,3,Email: 不是有效的邮箱地址。", lines[1]);
        Assert.Equal(2, lines.Length);
    }

    [Fact]
    public async Task Import_Returns400KeyedByMapping_WhenItNamesAColumnTheFileLacks()
    {
        using var admin = await factory.AdminAsync();
        var slug = await admin.CreateLeadEntityAsync();

        var response = await admin.ImportCsvAsync(slug, "Name\nAnn\n", mapping: """{"Nom":"name"}""");

        await response.ReadValidationErrorAsync("mapping");
    }

    [Fact]
    public async Task Import_Returns400KeyedByFile_WhenNoFileIsSent()
    {
        using var admin = await factory.AdminAsync();
        var slug = await admin.CreateLeadEntityAsync();
        using var form = new MultipartFormDataContent { { new StringContent("dryRun"), "mode" } };

        var response = await admin.PostAsync($"/api/entities/{slug}/imports", form);

        await response.ReadValidationErrorAsync("file");
    }

    [Fact]
    public async Task Import_Returns401_WhenAnonymous()
    {
        using var anonymous = factory.Anonymous();

        var response = await anonymous.ImportCsvAsync("lead", "Name\nAnn\n");

        await response.ReadProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task GetImport_Returns404ForAnotherMember_ButAnswersItsCreatorAndAnAdmin()
    {
        using var admin = await factory.AdminAsync();
        var slug = await admin.CreateLeadEntityAsync();
        var (owner, _) = await factory.UserAsync(admin);
        var (other, _) = await factory.UserAsync(admin);
        var id = (await (await owner.ImportCsvAsync(slug, "Name\nAnn\n")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("id").GetString();

        await (await other.GetAsync($"/api/imports/{id}")).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await other.GetAsync($"/api/imports/{id}/errors.csv")).ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(id, (await owner.GetJsonAsync($"/api/imports/{id}")).GetProperty("id").GetString());
        Assert.Equal(id, (await admin.GetJsonAsync($"/api/imports/{id}")).GetProperty("id").GetString());
    }

    [Fact]
    public async Task Import_AcceptsAFileLargerThanTheOneMegabyteBodyLimit()
    {
        using var admin = await factory.AdminAsync();
        var slug = await admin.CreateLeadEntityAsync();
        var csv = "Name,Notes\n" + string.Join('\n', Enumerable.Range(1, 6_000).Select(i => $"n{i},{new string('x', 200)}"));

        var report = await (await admin.ImportCsvAsync(slug, csv, mapping: """{"Notes":null}""")).ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal(6_000, report.GetProperty("created").GetInt32());
    }
}
