using System.Text.Json.Nodes;
using Platform.Engine.Common;
using Platform.Engine.Entities;
using Platform.Engine.Records;
using Platform.Engine.Workflows.Activities;

namespace Platform.Engine.Tests.Workflows.Activities;

public sealed class RecordStimuliTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private static readonly DateTimeOffset Now = new(2026, 6, 15, 9, 0, 0, TimeSpan.Zero);

    private static readonly EntityDefinition Deal = Json.Deserialize<EntityDefinition>("""
        {"slug":"deal","fields":[{"slug":"name","type":"text"},{"slug":"close","type":"date"},
          {"slug":"stage","type":"stage","stages":[{"value":"new"},{"value":"won","category":"won"}]}]}
        """);

    private static RecordEvent Event(string kind, string close = "2026-07-10", IReadOnlyList<FieldChange>? changes = null) =>
        new(kind, "deal", 42, Now, 7, new Dictionary<string, object?> { ["id"] = 42L, ["name"] = "Acme", ["close"] = close, ["stage"] = "won" }, changes);

    [Fact]
    public void For_SendsRecordUpdatedAndOneStageChangedPerStageField_CorrelatedToTheRecord()
    {
        var stimuli = RecordStimuli.For(Event(RecordEventKinds.Updated, changes: [new("stage", "new", "won"), new("name", "A", "Acme")]), Deal);

        Assert.Equal(["Platform.RecordUpdated", "Platform.StageChanged"], stimuli.Select(s => s.Name));
        Assert.All(stimuli, s => Assert.Equal("deal:42", s.CorrelationId));
        Assert.Equal("""{"entity":"deal"}""", stimuli[0].Payload.ToJsonString());
        Assert.Equal("""{"entity":"deal","field":"stage"}""", stimuli[1].Payload.ToJsonString());
        var input = stimuli[1].Input!;
        Assert.Equal("stage", (string?)input["field"]);
        Assert.Equal(42, (long)input["recordId"]!);
        Assert.Equal(7, (long)input["userId"]!);
        Assert.Equal("Acme", (string?)input["record"]!["name"]);
        Assert.Equal("""[{"field":"stage","old":"new","new":"won"},{"field":"name","old":"A","new":"Acme"}]""", input["changes"]!.ToJsonString());
    }

    [Fact]
    public void For_HashesLikeTheTriggerIndex_SoAStimulusFindsThePublishedTrigger()
    {
        var stimulus = RecordStimuli.For(Event(RecordEventKinds.Created), Deal).Single();

        Assert.Equal(new Platform.Engine.Workflows.Execution.TriggerPayload("Platform.RecordCreated", new JsonObject { ["entity"] = "deal" }).Hash, stimulus.Hash);
    }

    [Fact]
    public void For_SendsFormSubmittedByFormSlug_WhenAFormWasSubmitted()
    {
        var submitted = Event(RecordEventKinds.FormSubmitted) with { Form = new FormSubmissionInfo("contact-us", 3, "R-1") };

        var stimulus = RecordStimuli.For(submitted, Deal).Single();

        Assert.Equal("Platform.FormSubmitted", stimulus.Name);
        Assert.Equal("""{"form":"contact-us"}""", stimulus.Payload.ToJsonString());
        Assert.Equal("""{"slug":"contact-us","version":3,"receipt":"R-1"}""", stimulus.Input!["form"]!.ToJsonString());
    }

    [Fact]
    public void DateFires_SchedulesOneFirePerDistinctRule_AtTheRulesMomentForThisRecord()
    {
        var rule = new DateRule("deal", "close", TimeSpan.FromDays(-3), new TimeOnly(9, 0)).Payload();
        var other = new DateRule("other", "close", TimeSpan.Zero, null).Payload();

        var fires = RecordStimuli.DateFires(Event(RecordEventKinds.Created), [rule, (JsonObject)rule.DeepClone(), other], Shanghai, Now);

        var fire = Assert.Single(fires);
        Assert.Equal(new DateTimeOffset(2026, 7, 7, 1, 0, 0, TimeSpan.Zero), fire.DueAt);
        Assert.Equal("Platform.DateReached", fire.Stimulus!.Name);
        Assert.Equal(rule.ToJsonString(), fire.Stimulus.Payload.ToJsonString());
        Assert.Equal("deal:42", fire.Stimulus.CorrelationId);
        Assert.Equal("2026-07-07T01:00:00.000Z", (string?)fire.Stimulus.Input!["dueAt"]);
        Assert.EndsWith(":deal:42", fire.Key);
    }

    [Fact]
    public void DateFires_OnlyDropsTheFire_WhenTheRecordIsDeletedOrItsMomentHasPassed()
    {
        var rule = new DateRule("deal", "close", TimeSpan.FromDays(-3), null).Payload();

        var deleted = RecordStimuli.DateFires(Event(RecordEventKinds.Deleted), [rule], Shanghai, Now).Single();
        var passed = RecordStimuli.DateFires(Event(RecordEventKinds.Updated, close: "2026-06-17"), [rule], Shanghai, Now).Single();
        var moved = RecordStimuli.DateFires(Event(RecordEventKinds.Updated, close: "2026-06-19"), [rule], Shanghai, Now).Single();

        Assert.Equal((null, null), (deleted.DueAt, deleted.Stimulus));
        Assert.Equal((null, null), (passed.DueAt, passed.Stimulus));
        Assert.Equal(deleted.Key, passed.Key);
        Assert.Equal(new DateTimeOffset(2026, 6, 15, 16, 0, 0, TimeSpan.Zero), moved.DueAt);
    }
}
