using System.Net;
using System.Text;
using MiniExcelLibs;
using Platform.Server.Tests.Infrastructure;

namespace Platform.Server.Tests.Transfers;

public sealed class ExportTests(ShanghaiServer server) : IClassFixture<ShanghaiServer>
{
    private readonly PlatformFactory _factory = server.Factory;

    /// <summary>An entity with Chinese labels, an option list, a date-time and a link to a user.</summary>
    private static async Task<string> CreateDealsAsync(HttpClient admin)
    {
        var slug = Seed.Slug("deal");
        await admin.CreateEntityAsync($$$"""
            {"slug":"{{{slug}}}","label":{"zh-CN":"商机","en":"Deal"},"fields":[
              {"slug":"name","type":"text","label":{"zh-CN":"名称","en":"Name"}},
              {"slug":"stage","type":"select","label":{"zh-CN":"阶段","en":"Stage"},
               "options":[{"value":"new","label":{"zh-CN":"新建","en":"New"}},{"value":"won","label":{"zh-CN":"赢单","en":"Won"}}]},
              {"slug":"amount","type":"currency","label":{"zh-CN":"金额","en":"Amount"}},
              {"slug":"closes_at","type":"datetime","label":{"zh-CN":"截止时间","en":"Closes at"}},
              {"slug":"rep","type":"user","label":{"zh-CN":"销售","en":"Rep"}}]}
            """);
        return slug;
    }

    private static async Task<string[]> CsvLinesAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        return Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }

    [Fact]
    public async Task ExportCsv_StartsWithTheBom_AndShowsChineseLabelsAndValuesAsPeopleReadThem()
    {
        using var admin = await _factory.AdminAsync("zh-CN");
        var slug = await CreateDealsAsync(admin);
        var me = (await admin.GetJsonAsync("/api/auth/me")).GetProperty("id").GetInt64();
        await admin.CreateRecordAsync(slug, new { name = "华东项目", stage = "won", amount = 12000.5, closes_at = "2026-06-15T01:30:00Z", rep = me });

        var response = await admin.GetAsync($"/api/entities/{slug}/records/export?format=csv");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = await CsvLinesAsync(response);
        Assert.Equal(["名称,阶段,金额,截止时间,销售", "华东项目,赢单,12000.5,2026-06-15 09:30,Admin"], lines);
    }

    [Fact]
    public async Task ExportCsv_SpeaksTheLanguageNamedByLang_OverTheBrowsersAcceptLanguage()
    {
        using var admin = await _factory.AdminAsync("zh-CN");
        var slug = await CreateDealsAsync(admin);
        await admin.CreateRecordAsync(slug, new { name = "East", stage = "won" });

        var lines = await CsvLinesAsync(await admin.GetAsync($"/api/entities/{slug}/records/export?format=csv&fields=name,stage&lang=en"));

        Assert.Equal(["Name,Stage", "East,Won"], lines);
    }

    [Fact]
    public async Task ExportCsv_HonoursFilterSortAndFields_LikeTheRecordList()
    {
        using var admin = await _factory.AdminAsync();
        var slug = await CreateDealsAsync(admin);
        foreach (var (name, stage, amount) in new[] { ("A", "new", 30), ("B", "won", 10), ("C", "won", 20) })
        {
            await admin.CreateRecordAsync(slug, new { name, stage, amount });
        }

        var filter = Uri.EscapeDataString("""{"field":"stage","op":"eq","value":"won"}""");
        var lines = await CsvLinesAsync(await admin.GetAsync($"/api/entities/{slug}/records/export?filter={filter}&sort=-amount&fields=amount,name"));

        Assert.Equal(["Amount,Name", "20,C", "10,B"], lines);
    }

    [Fact]
    public async Task ExportCsv_HoldsEveryMatchingRecord_NotOnlyOnePage()
    {
        using var admin = await _factory.AdminAsync();
        var slug = await admin.CreateLeadEntityAsync();
        await admin.PostJsonAsync($"/api/entities/{slug}/records/bulk", new { records = Enumerable.Range(1, 450).Select(i => new { name = $"n{i:D3}" }) });

        var lines = await CsvLinesAsync(await admin.GetAsync($"/api/entities/{slug}/records/export?sort=name&fields=name"));

        Assert.Equal(451, lines.Length);
        Assert.Equal(Enumerable.Range(1, 450).Select(i => $"n{i:D3}"), lines[1..]);
    }

    [Fact]
    public async Task ExportXlsx_OpensWithMiniExcel_WithTheRowsAndTypedCells()
    {
        using var admin = await _factory.AdminAsync();
        var slug = await CreateDealsAsync(admin);
        await admin.CreateRecordAsync(slug, new { name = "East", stage = "new", amount = 99.5, closes_at = "2026-06-15T01:30:00Z" });
        await admin.CreateRecordAsync(slug, new { name = "West", stage = "won", amount = 7 });

        var response = await admin.GetAsync($"/api/entities/{slug}/records/export?format=xlsx&sort=name");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var workbook = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = workbook.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal(("East", "New", 99.5), ((string)rows[0]["Name"]!, (string)rows[0]["Stage"]!, (double)rows[0]["Amount"]!));
        Assert.Equal(new DateTime(2026, 6, 15, 9, 30, 0), rows[0]["Closes at"]);
        Assert.Equal(("West", "Won", 7d), ((string)rows[1]["Name"]!, (string)rows[1]["Stage"]!, (double)rows[1]["Amount"]!));
    }

    [Fact]
    public async Task Export_TakesTheSavedViewsFilterColumnsAndSort()
    {
        using var admin = await _factory.AdminAsync();
        var slug = await CreateDealsAsync(admin);
        foreach (var (name, stage) in new[] { ("A", "won"), ("B", "new"), ("C", "won") })
        {
            await admin.CreateRecordAsync(slug, new { name, stage });
        }
        var view = await (await admin.PostJsonAsync($"/api/entities/{slug}/views",
            """{"name":"Won","filter":{"field":"stage","op":"eq","value":"won"},"columns":["name","stage"],"sort":"-name"}""")).ReadJsonAsync(HttpStatusCode.Created);

        var lines = await CsvLinesAsync(await admin.GetAsync($"/api/entities/{slug}/records/export?view={view.GetProperty("id").GetString()}"));

        Assert.Equal(["Name,Stage", "C,Won", "A,Won"], lines);
    }

    [Fact]
    public async Task Export_NamesTheFileAfterTheEntity_AsAnAttachment()
    {
        using var admin = await _factory.AdminAsync("zh-CN");
        var slug = await CreateDealsAsync(admin);

        var response = await admin.GetAsync($"/api/entities/{slug}/records/export?format=xlsx");

        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.StartsWith("商机-", disposition.FileNameStar, StringComparison.Ordinal);
        Assert.EndsWith(".xlsx", disposition.FileNameStar, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_Returns400KeyedByFilter_WhenTheFilterIsInvalid()
    {
        using var admin = await _factory.AdminAsync();
        var slug = await CreateDealsAsync(admin);

        var response = await admin.GetAsync($"/api/entities/{slug}/records/export?filter={Uri.EscapeDataString("""{"field":"nope","op":"eq","value":1}""")}");

        await response.ReadValidationErrorAsync("filter");
    }

    [Fact]
    public async Task Export_Returns400KeyedByFormat_WhenTheFormatIsUnknown()
    {
        using var admin = await _factory.AdminAsync();
        var slug = await CreateDealsAsync(admin);

        await (await admin.GetAsync($"/api/entities/{slug}/records/export?format=pdf")).ReadValidationErrorAsync("format");
    }

    [Fact]
    public async Task Export_Returns401_WhenAnonymous()
    {
        using var anonymous = _factory.Anonymous();

        await (await anonymous.GetAsync("/api/entities/lead/records/export")).ReadProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ExportedCsv_ImportsBackUnchanged_IntoAnEmptyCopy()
    {
        using var admin = await _factory.AdminAsync("zh-CN");
        var source = await CreateDealsAsync(admin);
        var me = (await admin.GetJsonAsync("/api/auth/me")).GetProperty("id").GetInt64();
        await admin.CreateRecordAsync(source, new { name = "华东, 项目", stage = "won", amount = 12000.5, closes_at = "2026-06-15T01:30:00Z", rep = me });
        var csv = await (await admin.GetAsync($"/api/entities/{source}/records/export")).Content.ReadAsByteArrayAsync();
        var copy = await CreateDealsAsync(admin);

        var accepted = await (await admin.ImportAsync(copy, csv, "deals.csv", "commit")).ReadJsonAsync(HttpStatusCode.Accepted);
        await admin.FinishedAsync(accepted.GetProperty("id").GetString()!);

        var original = Assert.Single((await admin.ListAsync(source)).Items());
        var imported = Assert.Single((await admin.ListAsync(copy)).Items());
        foreach (var field in new[] { "name", "stage", "amount", "closes_at", "rep" })
        {
            Assert.Equal(original.GetProperty(field).ToString(), imported.GetProperty(field).ToString());
        }
    }
}
