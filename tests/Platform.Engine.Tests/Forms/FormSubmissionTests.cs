using Microsoft.Extensions.DependencyInjection;
using Platform.Engine.Common;
using Platform.Engine.Forms;
using Platform.Engine.Records;
using Platform.Engine.Storage;

namespace Platform.Engine.Tests.Forms;

public sealed class FormSubmissionTests : EngineTest
{
    private readonly CollectedEvents _events = new();

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<IRecordEventSink>(_events);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Engine.EntityAsync("""
            {"slug":"lead","label":{"en":"Lead"},"fields":[
              {"slug":"name","type":"text","required":true},
              {"slug":"phone","type":"phone"},
              {"slug":"source","type":"select","options":[{"value":"website","label":{"en":"Website"}},{"value":"sem","label":{"en":"Search ads"}},{"value":"social"}]},
              {"slug":"status","type":"select","options":[{"value":"new"},{"value":"lost"}]}]}
            """);
        await SaveAndPublishAsync("""
            {"slug":"contact-us","public":true,"layout":{"sections":[{"id":"a","fields":["name","phone","status"]}]},
             "hiddenFields":[{"field":"source","param":"utm_source","map":{"baidu":"sem"},"default":"website"}],
             "submission":{"ownerId":1,"thankYou":{"en":"Thanks!"}}}
            """);
    }

    private FormSubmissionService Submissions => Engine.Get<FormSubmissionService>();

    private async Task SaveAndPublishAsync(string json, bool create = true)
    {
        var forms = Engine.Get<FormService>();
        var definition = Json.Deserialize<FormDefinition>(json);
        var saved = create
            ? await forms.CreateAsync("lead", definition, CancellationToken.None)
            : await forms.UpdateAsync("lead", definition.Slug, definition, CancellationToken.None);
        Assert.True(saved.IsSuccess, EngineFixture.Describe(saved.Failure));
        Assert.True((await forms.PublishAsync("lead", definition.Slug, EngineFixture.Admin, CancellationToken.None)).IsSuccess);
    }

    private Task<Result<FormReceipt>> SubmitAsync(string json) =>
        Submissions.SubmitAsync("contact-us", EngineFixture.Parse(json), CancellationToken.None);

    private async Task<List<IDictionary<string, object?>>> LeadsAsync() =>
        [.. (await Engine.ListAsync("lead", new RecordQuery())).Items];

    [Theory]
    [InlineData("""{"data":{"name":"Wang"},"params":{"utm_source":"baidu"}}""", "sem")]
    [InlineData("""{"data":{"name":"Wang"},"params":{"utm_source":"social"}}""", "social")]
    [InlineData("""{"data":{"name":"Wang"},"params":{"utm_source":"somewhere"}}""", "website")]
    [InlineData("""{"data":{"name":"Wang"}}""", "website")]
    [InlineData("""{"name":"Wang","utm_source":"baidu"}""", "sem")]
    public async Task Submit_FillsTheHiddenFieldFromTheUrlParameter(string body, string source)
    {
        var receipt = await SubmitAsync(body);

        Assert.True(receipt.IsSuccess, EngineFixture.Describe(receipt.Failure));
        var lead = Assert.Single(await LeadsAsync());
        Assert.Equal(source, lead["source"]);
        Assert.Equal(1L, lead["ownerId"]);
        Assert.Equal("Thanks!", receipt.Value!.Message);
    }

    [Fact]
    public async Task Submit_IsRejectedAndWritesNothing_WhenTheHoneypotIsFilled()
    {
        var result = await SubmitAsync("""{"data":{"name":"Bot"},"_honeypot":"http://spam.example"}""");

        Assert.Equal("spam", Assert.IsType<RejectedFailure>(result.Failure).Kind);
        Assert.Empty(await LeadsAsync());
        Assert.Empty(_events.All);
    }

    [Fact]
    public async Task Submit_RefusesMembersTheFormDoesNotShow_AlongWithOtherErrors()
    {
        var result = await SubmitAsync("""{"data":{"owner_id":9,"source":"sem","phone":"x"}}""");

        var errors = Assert.IsType<ValidationFailure>(result.Failure).Errors;
        Assert.Equal(new[] { "owner_id", "source", "phone", "name" }.Order(), errors.Keys.Order());
        Assert.Empty(await LeadsAsync());
    }

    [Fact]
    public async Task Submit_IsCheckedAgainstTheVersionThePageWasBuiltFrom()
    {
        await SaveAndPublishAsync("""
            {"slug":"contact-us","public":true,"layout":{"sections":[{"id":"a","fields":["name","phone","status"]}]},
             "fields":{"phone":{"required":true}}}
            """, create: false);

        var old = await SubmitAsync("""{"version":1,"data":{"name":"Old page"}}""");
        var current = await SubmitAsync("""{"version":2,"data":{"name":"New page"}}""");

        Assert.True(old.IsSuccess, EngineFixture.Describe(old.Failure));
        Assert.Equal(1, old.Value!.Version);
        Assert.Equal(["phone"], Assert.IsType<ValidationFailure>(current.Failure).Errors.Keys);
        Assert.IsType<NotFoundFailure>((await SubmitAsync("""{"version":7,"data":{"name":"Nope"}}""")).Failure);
    }

    [Fact]
    public async Task Submit_RaisesFormSubmittedWithTheVersionAndReceipt_InsideTheWrite()
    {
        var receipt = (await SubmitAsync("""{"data":{"name":"Wang"}}""")).Value!;

        var submitted = Assert.Single(_events.All, e => e.Kind == RecordEventKinds.FormSubmitted);
        Assert.Equal(new FormSubmissionInfo("contact-us", 1, receipt.Receipt), submitted.Form);
        Assert.Equal("Wang", submitted.Record["name"]);
        Assert.Contains(_events.All, e => e.Kind == RecordEventKinds.Created && e.RecordId == submitted.RecordId);
        Assert.True(_events.InTransaction);
    }

    [Fact]
    public async Task Submit_IsNotFound_ForAFormThatIsNotPublic()
    {
        await SaveAndPublishAsync("""{"slug":"internal","layout":{"sections":[{"id":"a","fields":["name"]}]}}""");
        var result = await Submissions.SubmitAsync("internal", EngineFixture.Parse("""{"name":"x"}"""), CancellationToken.None);
        Assert.IsType<NotFoundFailure>(result.Failure);
    }

    private sealed class CollectedEvents : IRecordEventSink
    {
        public List<RecordEvent> All { get; } = [];

        public bool InTransaction { get; private set; } = true;

        public Task OnRecordEventAsync(WriteScope scope, RecordEvent recordEvent, CancellationToken ct)
        {
            InTransaction &= scope.Transaction is not null;
            All.Add(recordEvent);
            return Task.CompletedTask;
        }
    }
}
