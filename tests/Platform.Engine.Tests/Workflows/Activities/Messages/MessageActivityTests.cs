using System.Text.Json.Nodes;
using Platform.Engine.Notifications.Outbox;
using Platform.Engine.Tests.Notifications.Outbox;
using Platform.Engine.Workflows.Activities.Messages;
using Platform.Engine.Workflows.Execution;

namespace Platform.Engine.Tests.Workflows.Activities.Messages;

public sealed class MessageActivityTests : OutboxTest
{
    private static readonly JsonObject LeadInput = new()
    {
        ["entity"] = "lead",
        ["recordId"] = 42,
        ["record"] = new JsonObject { ["id"] = 42, ["name"] = "Acme 公司", ["email"] = "buyer@acme.example" },
    };

    private IActivityHandler Handler(string type) => Engine.Get<IEnumerable<IActivityHandler>>().Single(h => h.Type == type);

    [Fact]
    public async Task SendEmail_RendersItsTemplatesOverRecordVariablesAndWorkflow_AndSendsOnceCommitted()
    {
        var context = await RunAsync("Platform.SendEmail", new()
        {
            ["to"] = "{{ record.email }}, sales@example.com",
            ["cc"] = new JsonArray("boss@example.com"),
            ["subject"] = "New lead: {{ record.name }}",
            ["body"] = "Score {{ variables.Score }} in {{ workflow.definitionId }} v{{ workflow.version }}",
            ["htmlBody"] = "<p>{{ input.entity }} {{ input.recordId }}</p>",
        });

        Assert.Empty(Assert.IsType<string[]>(context.Outcomes));
        Assert.Equal("wf-instance-1:act-instance-1", context.Outputs["result"]!["idempotencyKey"]!.GetValue<string>());
        Assert.Single(context.Notes);
        await RunDueAsync();
        var mail = Assert.Single(Smtp.Received).Parse();
        Assert.Equal(["buyer@acme.example", "sales@example.com"], mail.To.Mailboxes.Select(m => m.Address));
        Assert.Equal(["boss@example.com"], mail.Cc.Mailboxes.Select(m => m.Address));
        Assert.Equal("New lead: Acme 公司", mail.Subject);
        Assert.Equal("Score 87 in lead-intake v3", mail.TextBody?.Trim());
        Assert.Equal("<p>lead 42</p>", mail.HtmlBody?.Trim());
        Assert.Equal("wf-instance-1:act-instance-1", mail.Headers[EmailSender.IdempotencyHeader]);
    }

    [Fact]
    public async Task SendEmail_QueuesOneMessage_WhenTheSameExecutionRunsAgain_AndAnotherForANewExecution()
    {
        Dictionary<string, JsonNode?> inputs = new() { ["to"] = "li@example.com", ["subject"] = "Reminder", ["body"] = "Call Acme" };

        await RunAsync("Platform.SendEmail", inputs);
        await RunAsync("Platform.SendEmail", inputs);
        await RunAsync("Platform.SendEmail", inputs, activityInstanceId: "act-instance-2");
        await RunDueAsync();

        Assert.Equal(2, Smtp.Received.Count);
        Assert.Equal(["wf-instance-1:act-instance-1", "wf-instance-1:act-instance-2"],
            Smtp.Received.Select(m => m.Parse().Headers[EmailSender.IdempotencyHeader]).Order());
    }

    [Fact]
    public async Task SendEmail_Faults_NamingTheInput_WhenATemplateIsBrokenOrAnAddressIsBad()
    {
        var broken = await Assert.ThrowsAsync<InvalidOperationException>(() => RunAsync("Platform.SendEmail",
            new() { ["to"] = "li@example.com", ["subject"] = "Hello {% if %}", ["body"] = "x" }));
        var noAddress = await Assert.ThrowsAsync<InvalidOperationException>(() => RunAsync("Platform.SendEmail",
            new() { ["to"] = "{{ record.missing }}", ["subject"] = "Hello", ["body"] = "x" }));

        Assert.StartsWith("subject:", broken.Message);
        Assert.StartsWith("to:", noAddress.Message);
        Assert.Empty((await Outbox.ListAsync(null, 10, CancellationToken.None)).Value!);
    }

    [Fact]
    public async Task SendWebhook_PostsThePayloadSignedWithTheNamedSecret()
    {
        var context = await RunAsync("Platform.SendWebhook", new()
        {
            ["url"] = Receiver.Url.ToString(),
            ["payload"] = new JsonObject { ["lead"] = 42, ["grade"] = "A" },
            ["event"] = "lead.qualified",
            ["secret"] = "crm",
        });
        await RunDueAsync();

        var request = Assert.Single(Receiver.Received);
        Assert.Equal("""{"lead":42,"grade":"A"}""", request.Body);
        Assert.Equal("lead.qualified", request.Headers["X-Platform-Event"]);
        Assert.Equal("wf-instance-1:act-instance-1", request.Headers["Idempotency-Key"]);
        Assert.Equal(Signature(CrmSecret, request.Headers["X-Platform-Timestamp"], request.Body), request.Headers["X-Platform-Signature"]);
        Assert.Equal(OutboxStatuses.Pending, context.Outputs["result"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task SendWebhook_SendsTheWorkflowInputAsWorkflowEvent_SignedWithTheDefaultSecret_WhenOnlyAUrlIsGiven()
    {
        await RunAsync("Platform.SendWebhook", new() { ["url"] = Receiver.Url.ToString() });
        await RunDueAsync();

        var request = Assert.Single(Receiver.Received);
        Assert.True(JsonNode.DeepEquals(LeadInput, JsonNode.Parse(request.Body)));
        Assert.Equal(SendWebhookActivity.DefaultEvent, request.Headers["X-Platform-Event"]);
        Assert.Equal(Signature(DefaultSecret, request.Headers["X-Platform-Timestamp"], request.Body), request.Headers["X-Platform-Signature"]);
    }

    [Fact]
    public async Task SendWebhook_Faults_WhenItsSecretIsNotConfigured()
    {
        var fault = await Assert.ThrowsAsync<InvalidOperationException>(() => RunAsync("Platform.SendWebhook",
            new() { ["url"] = Receiver.Url.ToString(), ["secret"] = "partner" }));

        Assert.StartsWith("secret:", fault.Message);
        Assert.Contains("Platform:Webhooks:Secrets:partner", fault.Message);
    }

    [Fact]
    public async Task MessageActivities_Fault_WhenTheRunCannotWrite()
    {
        var context = new TestActivityContext("Platform.SendWebhook", new Dictionary<string, JsonNode?> { ["url"] = "https://example.com/" }, null, Engine.Clock);

        await Assert.ThrowsAsync<InvalidOperationException>(async () => await Handler("Platform.SendWebhook").ExecuteAsync(context, CancellationToken.None));
    }

    // Runs the handler inside a write, as a burst does; a fault rolls the write back.
    private async Task<TestActivityContext> RunAsync(string type, Dictionary<string, JsonNode?> inputs, string activityInstanceId = "act-instance-1")
    {
        TestActivityContext? context = null;
        var result = await WriteAsync(async scope =>
        {
            context = new TestActivityContext(type, inputs, scope, Engine.Clock, activityInstanceId: activityInstanceId);
            context.Workflow.Input = (JsonObject)LeadInput.DeepClone();
            context.Workflow.Variables["v-score"] = 87;
            context.VariableIds["Score"] = "v-score";
            await Handler(type).ExecuteAsync(context, CancellationToken.None);
            return true;
        });
        Assert.True(result.IsSuccess);
        return context!;
    }
}
