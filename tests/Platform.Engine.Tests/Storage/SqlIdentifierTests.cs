using Platform.Engine.Storage;

namespace Platform.Engine.Tests.Storage;

public sealed class SqlIdentifierTests
{
    [Theory]
    [InlineData("lead")]
    [InlineData("lead_score_2")]
    [InlineData("a")]
    public void FromSlug_QuotesTheName_WhenSlugIsValid(string slug) =>
        Assert.Equal($"\"{slug}\"", SqlIdentifier.FromSlug(slug).Quoted);

    [Theory]
    [InlineData("Lead", SlugProblem.Malformed)]
    [InlineData("1lead", SlugProblem.Malformed)]
    [InlineData("lead-x", SlugProblem.Malformed)]
    [InlineData("lead\"; DROP TABLE x; --", SlugProblem.Malformed)]
    [InlineData("", SlugProblem.Malformed)]
    [InlineData(null, SlugProblem.Malformed)]
    [InlineData("_lead", SlugProblem.Malformed)]
    [InlineData("线索", SlugProblem.Malformed)]
    [InlineData("select", SlugProblem.ReservedWord)]
    [InlineData("order", SlugProblem.ReservedWord)]
    [InlineData("user", SlugProblem.ReservedWord)]
    [InlineData("id", SlugProblem.ReservedWord)]
    [InlineData("created_at", SlugProblem.ReservedWord)]
    [InlineData("sys_users", SlugProblem.ReservedPrefix)]
    [InlineData("sqlite_master", SlugProblem.ReservedPrefix)]
    [InlineData("fts_lead", SlugProblem.ReservedPrefix)]
    public void TryFromSlug_Refuses_WhenSlugIsUnsafe(string? slug, SlugProblem expected)
    {
        Assert.Null(SqlIdentifier.TryFromSlug(slug, out var problem));
        Assert.Equal(expected, problem);
    }

    [Fact]
    public void TryFromSlug_Refuses_WhenLongerThan63Characters() =>
        Assert.Null(SqlIdentifier.TryFromSlug("a" + new string('b', 63), out _));
}
