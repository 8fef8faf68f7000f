using Platform.Engine.Workflows.Execution;
using static Platform.Engine.Tests.Workflows.Runtime.Flows;

namespace Platform.Engine.Tests.Workflows.Runtime;

public sealed class WorkflowJournalTests : RuntimeTest
{
    [Fact]
    public async Task Journal_KeepsEveryLineOfABurstInOrder_WithTextExactlyAsWritten()
    {
        const string text = "跟进 \"张伟\" \\ 上海星辰云计算 <b>&amp;</b> 😀 \u2028 tab\tend";
        var unnamed = WriteLine("c", "last");
        unnamed.Remove("name");
        await PublishAsync(Chain("journal", null, WriteLine("a", text), WriteLine("b", "second"), unnamed));

        var instance = await RunAsync("journal");

        var journal = (await InstanceAsync(instance.Id)).Journal;
        Assert.Equal(
            [
                ("flowchart", JournalEvents.Started), ("a", JournalEvents.Started), ("a", JournalEvents.Completed),
                ("b", JournalEvents.Started), ("b", JournalEvents.Completed), ("c", JournalEvents.Started), ("c", JournalEvents.Completed),
                ("flowchart", JournalEvents.Completed),
            ],
            journal.Select(j => (j.ActivityId, j.Event)));
        var started = journal.Single(j => j.ActivityId == "a" && j.Event == JournalEvents.Started);
        var completed = journal.Single(j => j.ActivityId == "a" && j.Event == JournalEvents.Completed);
        Assert.Equal(text, started.Inputs?["text"]?.GetValue<string>());
        Assert.Equal(text, completed.Message);
        Assert.Equal(["Done"], completed.Outcomes);
        Assert.NotNull(completed.DurationMs);
        Assert.Equal("a", completed.ActivityName);
        Assert.Null(journal.Single(j => j.ActivityId == "c" && j.Event == JournalEvents.Completed).ActivityName);
        Assert.All(journal, j => Assert.Equal(Engine.Clock.GetUtcNow(), j.At));
    }
}
