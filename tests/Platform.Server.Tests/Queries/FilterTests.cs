using System.Net;
using Platform.Server.Tests.Infrastructure;

namespace Platform.Server.Tests.Queries;

public sealed class FilterTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Theory]
    [InlineData("""{"field":"source","op":"eq","value":"web"}""", "Alpha,Charlie")]
    [InlineData("""{"field":"city","op":"eq","value":"Shanghai"}""", "Alpha,Charlie")]
    [InlineData("""{"field":"source","op":"ne","value":"web"}""", "Bravo,Delta,Echo")]
    [InlineData("""{"field":"source","op":"in","value":["web","fair"]}""", "Alpha,Bravo,Charlie,Echo")]
    [InlineData("""{"field":"budget","op":"in","value":[100,400]}""", "Alpha,Delta")]
    [InlineData("""{"field":"name","op":"contains","value":"ha"}""", "Alpha,Charlie")]
    [InlineData("""{"field":"city","op":"starts_with","value":"Sh"}""", "Alpha,Charlie,Echo")]
    [InlineData("""{"field":"budget","op":"between","value":[200,300]}""", "Bravo,Charlie,Echo")]
    [InlineData("""{"field":"signed","op":"between","value":["2026-02-01","2026-02-28"]}""", "Bravo,Echo")]
    [InlineData("""{"field":"budget","op":"gt","value":200}""", "Charlie,Delta")]
    [InlineData("""{"field":"budget","op":"lte","value":200}""", "Alpha,Bravo,Echo")]
    [InlineData("""{"field":"city","op":"is_empty"}""", "Delta")]
    [InlineData("""{"field":"signed","op":"is_empty"}""", "Charlie")]
    [InlineData("""{"field":"source","op":"not_empty"}""", "Alpha,Bravo,Charlie,Echo")]
    [InlineData("""{"and":[{"field":"source","op":"eq","value":"fair"},{"or":[{"field":"budget","op":"gte","value":300},{"field":"city","op":"eq","value":"Beijing"}]}]}""", "Bravo")]
    [InlineData("""{"or":[{"field":"city","op":"is_empty"},{"and":[{"field":"source","op":"eq","value":"web"},{"field":"budget","op":"gt","value":100}]}]}""", "Charlie,Delta")]
    [InlineData("""{"and":[]}""", "Alpha,Bravo,Charlie,Delta,Echo")]
    public async Task List_ReturnsExactlyTheMatchingRecords_WhenFiltered(string filter, string expected)
    {
        using var admin = await factory.AdminAsync();
        var data = await QueryData.CreateAsync(admin);

        var page = await admin.ListAsync(data.Leads, Seed.Filter(filter) + "&sort=name");

        Assert.Equal(expected.Split(','), page.Strings("name"));
    }

    [Fact]
    public async Task List_FiltersOnSystemFields_WhenGivenById()
    {
        using var admin = await factory.AdminAsync();
        var data = await QueryData.CreateAsync(admin);
        var filter = $$"""{"field":"id","op":"in","value":[{{data.Ids["Bravo"]}},{{data.Ids["Delta"]}}]}""";

        var page = await admin.ListAsync(data.Leads, Seed.Filter(filter));

        Assert.Equal([data.Ids["Delta"], data.Ids["Bravo"]], page.Ids());
    }

    [Theory]
    [InlineData("-budget,name", "Delta,Charlie,Bravo,Echo,Alpha")]
    [InlineData("budget,-name", "Alpha,Echo,Bravo,Charlie,Delta")]
    [InlineData("city,name", "Delta,Bravo,Alpha,Charlie,Echo")]
    [InlineData("-signed,name", "Delta,Echo,Bravo,Alpha,Charlie")]
    public async Task List_OrdersByEverySortField_WhenSortNamesSeveral(string sort, string expected)
    {
        using var admin = await factory.AdminAsync();
        var data = await QueryData.CreateAsync(admin);

        var page = await admin.ListAsync(data.Leads, "sort=" + Uri.EscapeDataString(sort));

        Assert.Equal(expected.Split(','), page.Strings("name"));
    }

    [Fact]
    public async Task List_ReturnsNewestFirst_WhenNoSortIsGiven()
    {
        using var admin = await factory.AdminAsync();
        var data = await QueryData.CreateAsync(admin);

        var page = await admin.ListAsync(data.Leads);

        Assert.Equal(["Echo", "Delta", "Charlie", "Bravo", "Alpha"], page.Strings("name"));
    }

    [Theory]
    [InlineData("{\"field\":\"name\"", "filter")]
    [InlineData("not json at all", "filter")]
    [InlineData("""{"field":"nope","op":"eq","value":1}""", "filter")]
    [InlineData("""{"field":"budget","op":"eq","value":"lots"}""", "filter")]
    [InlineData("""{"field":"budget","op":"wobble","value":1}""", "filter")]
    [InlineData("""{"field":"source","op":"in","value":"web"}""", "filter")]
    [InlineData("""{"field":"budget","op":"between","value":[1]}""", "filter")]
    [InlineData("""[1,2]""", "filter")]
    public async Task List_Returns400KeyedFilter_WhenFilterIsInvalid(string filter, string key)
    {
        using var admin = await factory.AdminAsync();
        var data = await QueryData.CreateAsync(admin);

        await (await admin.GetAsync($"/api/entities/{data.Leads}/records?{Seed.Filter(filter)}")).ReadValidationErrorAsync(key);
    }

    [Theory]
    [InlineData("sort=nope", "sort")]
    [InlineData("sort=-budget,nope", "sort")]
    [InlineData("cursor=garbage", "cursor")]
    [InlineData("fields=name,nope", "fields")]
    [InlineData("expand=name", "expand")]
    public async Task List_Returns400KeyedByParameter_WhenAQueryPartIsInvalid(string query, string key)
    {
        using var admin = await factory.AdminAsync();
        var data = await QueryData.CreateAsync(admin);

        await (await admin.GetAsync($"/api/entities/{data.Leads}/records?{query}")).ReadValidationErrorAsync(key);
    }

    [Fact]
    public async Task List_Returns404Problem_WhenEntityDoesNotExist()
    {
        using var admin = await factory.AdminAsync();

        await (await admin.GetAsync("/api/entities/no_entity/records")).ReadProblemAsync(HttpStatusCode.NotFound);
    }
}
