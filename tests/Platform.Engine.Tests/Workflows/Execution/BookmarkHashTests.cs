using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Engine.Common;
using Platform.Engine.Workflows.Execution;

namespace Platform.Engine.Tests.Workflows.Execution;

public sealed class BookmarkHashTests
{
    public static TheoryData<JsonNode> Values => new()
    {
        JsonValue.Create(new DateTimeOffset(2026, 6, 17, 9, 0, 0, TimeSpan.FromHours(8))),
        JsonValue.Create(Guid.Parse("6e217c3e-1fbc-4e6a-9d1c-2dcd0a0b0c0d")),
        JsonValue.Create("线索已联系 + 跟进"),
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void Hash_IsTheSame_ForAPayloadBuiltInCodeAndOneReadBackFromStorage(JsonNode value)
    {
        var built = new JsonObject { ["at"] = value };
        var stored = JsonSerializer.Deserialize<JsonObject>(JsonSerializer.Serialize(built, Json.Options), Json.Options)!;

        Assert.Equal(BookmarkHash.Compute("Elsa.StartAt", built), BookmarkHash.Compute("Elsa.StartAt", stored));
    }

    [Fact]
    public void Hash_DependsOnTheValues_NotOnTheOrderOfKeys()
    {
        var a = new JsonObject { ["entity"] = "lead", ["field"] = "stage" };
        var b = new JsonObject { ["field"] = "stage", ["entity"] = "lead" };

        Assert.Equal(BookmarkHash.Compute("Platform.StageChanged", a), BookmarkHash.Compute("Platform.StageChanged", b));
        Assert.NotEqual(BookmarkHash.Compute("Platform.StageChanged", a), BookmarkHash.Compute("Platform.StageChanged", new JsonObject { ["entity"] = "deal", ["field"] = "stage" }));
    }
}
