using System.Text;
using Platform.Engine.Records;
using Platform.Engine.Records.Transfers;

namespace Platform.Engine.Tests.Records.Transfers;

/// <summary>An engine with a lead entity of every importable field type, and a way to import a file into it.</summary>
public abstract class ImportTest : EngineTest
{
    public const string CompanyDefinition = """
        {"slug":"company","label":{"zh-CN":"公司","en":"Company"},"displayField":"name",
         "fields":[{"slug":"name","type":"text","required":true,"unique":true,"label":{"zh-CN":"名称","en":"Name"}}]}
        """;

    public const string LeadDefinition = """
        {"slug":"lead","label":{"zh-CN":"线索","en":"Lead"},"fields":[
          {"slug":"name","type":"text","required":true,"label":{"zh-CN":"姓名","en":"Name"}},
          {"slug":"email","type":"email","unique":true,"label":{"zh-CN":"邮箱","en":"Email"}},
          {"slug":"budget","type":"currency","label":{"zh-CN":"预算","en":"Budget"}},
          {"slug":"discount","type":"percent","label":{"zh-CN":"折扣","en":"Discount"}},
          {"slug":"source","type":"select","label":{"zh-CN":"来源","en":"Source"},
           "options":[{"value":"web","label":{"zh-CN":"官网","en":"Website"}},{"value":"fair","label":{"zh-CN":"展会","en":"Trade fair"}}]},
          {"slug":"tags","type":"multiselect","label":{"zh-CN":"标签","en":"Tags"},
           "options":[{"value":"vip","label":{"zh-CN":"重要客户","en":"VIP"}},{"value":"new","label":{"zh-CN":"新客","en":"New"}}]},
          {"slug":"met_on","type":"date","label":{"zh-CN":"见面日期","en":"Met on"}},
          {"slug":"call_at","type":"datetime","label":{"zh-CN":"回访时间","en":"Call at"}},
          {"slug":"active","type":"boolean","label":{"zh-CN":"有效","en":"Active"}},
          {"slug":"score","type":"rating","label":{"zh-CN":"评分","en":"Score"}},
          {"slug":"rep","type":"user","label":{"zh-CN":"销售","en":"Sales rep"}},
          {"slug":"company","type":"relation","relation":{"entity":"company"},"label":{"zh-CN":"公司","en":"Company"}}]}
        """;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Engine.EntityAsync(CompanyDefinition);
        await Engine.EntityAsync(LeadDefinition);
    }

    protected ImportService Imports => Engine.Get<ImportService>();

    /// <summary>Imports <paramref name="csv"/> into <c>lead</c> as an admin; a real run is driven to its end before returning.</summary>
    protected Task<ImportReport> ImportAsync(string csv, string mode = ImportModes.Commit, string? mapping = null, string[]? matchOn = null,
        string? onDuplicate = null) =>
        ImportBytesAsync(Encoding.UTF8.GetBytes(csv), "leads.csv", mode, mapping, matchOn, onDuplicate);

    protected async Task<ImportReport> ImportBytesAsync(byte[] file, string fileName, string mode = ImportModes.Commit, string? mapping = null,
        string[]? matchOn = null, string? onDuplicate = null)
    {
        var started = await StartAsync(file, fileName, new ImportRequest(mode, mapping, matchOn ?? [], onDuplicate));
        Assert.True(started.IsSuccess, EngineFixture.Describe(started.Failure));
        if (mode != ImportModes.Commit)
        {
            return started.Value;
        }
        await Engine.Get<ImportJobs>().RunPendingAsync(CancellationToken.None);
        return (await Imports.GetAsync(started.Value.Id, EngineFixture.Admin, CancellationToken.None)).Value!;
    }

    protected async Task<Common.Result<ImportReport>> StartAsync(byte[] file, string fileName, ImportRequest request)
    {
        var upload = await Imports.ReceiveAsync(new MemoryStream(file), fileName, CancellationToken.None);
        return await Imports.StartAsync("lead", upload, request, EngineFixture.Admin, CancellationToken.None);
    }

    protected async Task<List<IDictionary<string, object?>>> LeadsAsync()
    {
        var all = new List<IDictionary<string, object?>>();
        string? cursor = null;
        do
        {
            var page = await Engine.ListAsync("lead", new RecordQuery { Limit = RecordQuery.MaxLimit, Cursor = cursor, Sort = "id" });
            all.AddRange(page.Items);
            cursor = page.NextCursor;
        }
        while (cursor is not null);
        return all;
    }
}
