using System.Text;
using MiniExcelLibs;
using Platform.Engine.Identity;
using Platform.Engine.Records.Transfers;

namespace Platform.Engine.Tests.Records.Transfers;

public sealed class ImportConversionTests : ImportTest
{
    private long _companyId;
    private long _repId;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _companyId = (long)(await Engine.CreateAsync("company", """{"name":"星辰科技"}"""))["id"]!;
        var rep = await Engine.Get<IdentityService>().CreateAsync(
            new UserInput { Email = "li.lei@example.com", Name = "李雷", Password = "Secret123!", Role = Roles.Member }, CancellationToken.None);
        _repId = rep.Value!.Id;
    }

    private static object? Value(IDictionary<string, object?> record, string field) => record[field];

    [Fact]
    public async Task Import_ConvertsEachFieldType_FromHowPeopleWriteThemInChinese()
    {
        var report = await ImportAsync("""
            姓名,邮箱,预算,折扣,来源,标签,见面日期,回访时间,有效,评分,销售,公司
            张三,zs@example.com,"¥1,234.50",12%,官网,重要客户、新客,2026年6月15日,2026/6/16 9:30,是,4,李雷,星辰科技
            """);

        Assert.Equal(1, report.Created);
        var lead = Assert.Single(await LeadsAsync());
        Assert.Equal(1234.50m, Value(lead, "budget"));
        Assert.Equal(12m, Value(lead, "discount"));
        Assert.Equal("web", Value(lead, "source"));
        Assert.Equal(["vip", "new"], (string[])Value(lead, "tags")!);
        Assert.Equal("2026-06-15", Value(lead, "met_on"));
        Assert.Equal("2026-06-16T01:30:00.000Z", Value(lead, "call_at"));
        Assert.Equal(true, Value(lead, "active"));
        Assert.Equal(4L, Value(lead, "score"));
        Assert.Equal(_repId, Value(lead, "rep"));
        Assert.Equal(_companyId, Value(lead, "company"));
    }

    [Fact]
    public async Task Import_ReadsEnglishLabelsAndValues_Too()
    {
        var report = await ImportAsync($$"""
            Name,Source,Tags,Active,Sales rep,Company
            Ann,trade fair,"VIP, new",no,li.lei@example.com,{{_companyId}}
            """);

        Assert.Equal(1, report.Created);
        var lead = Assert.Single(await LeadsAsync());
        Assert.Equal(("fair", false, _repId, _companyId), ((string)Value(lead, "source")!, (bool)Value(lead, "active")!, (long)Value(lead, "rep")!, (long)Value(lead, "company")!));
        Assert.Equal(["vip", "new"], (string[])Value(lead, "tags")!);
    }

    [Theory]
    [InlineData("来源", "电视", "source")]
    [InlineData("标签", "重要客户|老客", "tags")]
    [InlineData("见面日期", "6/15/2026", "met_on")]
    [InlineData("有效", "也许", "active")]
    [InlineData("评分", "4.5", "score")]
    [InlineData("评分", "9", "score")]
    [InlineData("销售", "韩梅梅", "rep")]
    [InlineData("公司", "不存在公司", "company")]
    [InlineData("公司", "999", "company")]
    [InlineData("邮箱", "not-an-email", "email")]
    [InlineData("预算", "1.234", "budget")]
    public async Task Import_RefusesTheRowKeyedByField_WhenAValueCannotConvert(string column, string cell, string field)
    {
        var report = await ImportAsync($"姓名,{column}\n张三,\"{cell}\"\n");

        Assert.Equal(1, report.Failed);
        var error = Assert.Single(report.Errors);
        Assert.Equal((2, field), (error.Row, error.Field!));
        Assert.Empty(await LeadsAsync());
    }

    [Fact]
    public async Task Import_ReadsAGbkFile_AsExcelInChinaSavesCsv()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gbk = Encoding.GetEncoding("GBK").GetBytes("姓名,来源\r\n王芳,展会\r\n");

        var report = await ImportBytesAsync(gbk, "线索.csv");

        Assert.Equal(1, report.Created);
        var lead = Assert.Single(await LeadsAsync());
        Assert.Equal(("王芳", "fair"), ((string)Value(lead, "name")!, (string)Value(lead, "source")!));
    }

    [Fact]
    public async Task Import_ReadsAnXlsxWorkbook_WithNumberDateAndBooleanCells()
    {
        var rows = new[]
        {
            new Dictionary<string, object?> { ["姓名"] = "张三", ["预算"] = 1234.5, ["见面日期"] = new DateTime(2026, 6, 15), ["回访时间"] = new DateTime(2026, 6, 16, 9, 30, 0), ["有效"] = true },
            new Dictionary<string, object?> { ["姓名"] = "李四", ["预算"] = 88d, ["见面日期"] = null, ["回访时间"] = null, ["有效"] = false },
        };
        using var workbook = new MemoryStream();
        await workbook.SaveAsAsync(rows);

        var report = await ImportBytesAsync(workbook.ToArray(), "leads.xlsx");

        Assert.Equal(2, report.Created);
        var leads = await LeadsAsync();
        Assert.Equal((1234.5m, "2026-06-15", "2026-06-16T01:30:00.000Z", true),
            ((decimal)Value(leads[0], "budget")!, (string)Value(leads[0], "met_on")!, (string)Value(leads[0], "call_at")!, (bool)Value(leads[0], "active")!));
        Assert.Equal(("李四", 88m, false), ((string)Value(leads[1], "name")!, (decimal)Value(leads[1], "budget")!, (bool)Value(leads[1], "active")!));
    }

    [Fact]
    public async Task Columns_ListEachHeaderWithItsFieldAndFirstValues()
    {
        var report = await ImportAsync("Name,邮箱,Phone,source\nAnn,a@x.io,1,官网\nBea,b@x.io,2,展会\nCid,c@x.io,3,官网\nDan,d@x.io,4,官网\n", ImportModes.DryRun);

        Assert.Equal(["Name", "邮箱", "Phone", "source"], report.Columns.Select(c => c.Name));
        Assert.Equal(["name", "email", null, "source"], report.Columns.Select(c => c.Field));
        Assert.Equal(["Ann", "Bea", "Cid"], report.Columns[0].Samples);
    }

    [Fact]
    public async Task Mapping_ChoosesTheFieldOfAColumn_AndNullLeavesItOut()
    {
        var report = await ImportAsync("Kunde,邮箱,Quelle\nAnn,a@x.io,web\n", mapping: """{"Kunde":"name","邮箱":null,"Quelle":"source"}""");

        Assert.Equal([("Kunde", "name"), ("邮箱", null), ("Quelle", "source")], report.Columns.Select(c => (c.Name, c.Field)));
        var lead = Assert.Single(await LeadsAsync());
        Assert.Equal(("Ann", null, "web"), ((string)Value(lead, "name")!, Value(lead, "email"), (string)Value(lead, "source")!));
    }

    [Fact]
    public async Task Owner_IsSetFromAnOwnerColumn_ByNameOrEmail()
    {
        await ImportAsync("姓名,负责人\n张三,李雷\n");

        Assert.Equal(_repId, Assert.Single(await LeadsAsync())["ownerId"]);
    }
}
