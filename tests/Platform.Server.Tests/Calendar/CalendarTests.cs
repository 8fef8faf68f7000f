using System.Net;
using System.Text.Json;
using Platform.Server.Tests.Infrastructure;

namespace Platform.Server.Tests.Calendar;

public sealed class CalendarTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string Url = "/api/settings/calendar";

    private const string NationalDay = """
        {"weekend":["saturday","sunday"],"holidays":[{"date":"2026-10-01","name":"国庆节"},{"date":"2026-10-02","name":"国庆节"}],
         "workingDays":[{"date":"2026-09-20","name":"国庆节调休"}],"dayStart":"08:30","dayEnd":"17:30"}
        """;

    [Fact]
    public async Task PutCalendar_Returns200AndIsReadBackByAMember_WhenValid()
    {
        using var admin = await factory.AdminAsync();
        using var member = (await factory.UserAsync(admin)).Client;

        var saved = await (await admin.PutAsync(Url, HttpJson.Content(NationalDay))).ReadJsonAsync(HttpStatusCode.OK);
        var read = await member.GetJsonAsync(Url);

        Assert.Equal(saved.GetRawText(), read.GetRawText());
        Assert.Equal(["saturday", "sunday"], read.GetProperty("weekend").EnumerateArray().Select(d => d.GetString()!));
        Assert.Equal(["2026-10-01", "2026-10-02"], read.GetProperty("holidays").EnumerateArray().Select(d => d.GetProperty("date").GetString()!));
        Assert.Equal("国庆节调休", read.GetProperty("workingDays")[0].GetProperty("name").GetString());
        Assert.Equal("08:30", read.GetProperty("dayStart").GetString());
        Assert.Equal("17:30", read.GetProperty("dayEnd").GetString());
    }

    [Fact]
    public async Task PutCalendar_Returns403AndChangesNothing_WhenCallerIsAMember()
    {
        using var admin = await factory.AdminAsync();
        using var member = (await factory.UserAsync(admin)).Client;
        var before = (await admin.GetJsonAsync(Url)).GetRawText();

        await (await member.PutAsync(Url, HttpJson.Content("""{"weekend":["friday"]}"""))).ReadProblemAsync(HttpStatusCode.Forbidden);

        Assert.Equal(before, (await admin.GetJsonAsync(Url)).GetRawText());
    }

    [Theory]
    [InlineData("GET", Url)]
    [InlineData("PUT", Url)]
    [InlineData("GET", Url + "/presets")]
    public async Task Calendar_Returns401Problem_WhenNotSignedIn(string method, string url)
    {
        using var anonymous = factory.Anonymous();

        var response = await anonymous.SendAsync(new HttpRequestMessage(new HttpMethod(method), url) { Content = HttpJson.Content("{}") });

        await response.ReadProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("""{"weekend":["monday","tuesday","wednesday","thursday","friday","saturday","sunday"]}""", "weekend")]
    [InlineData("""{"weekend":["someday"]}""", "weekend")]
    [InlineData("""{"holidays":[{"date":"2026-10-01"},{"date":"2026-10-01"},{"date":"2026-13-01"}]}""", "holidays[2].date")]
    [InlineData("""{"holidays":[{"date":"2026-10-01"}],"workingDays":[{"date":"2026-10-01"}]}""", "workingDays[0].date")]
    [InlineData("""{"dayStart":"9:00"}""", "dayStart")]
    [InlineData("""{"dayStart":"18:00","dayEnd":"09:00"}""", "dayEnd")]
    public async Task PutCalendar_Returns400KeyedAtTheFaultAndChangesNothing_WhenInvalid(string body, string key)
    {
        using var admin = await factory.AdminAsync();
        var before = (await admin.GetJsonAsync(Url)).GetRawText();

        await (await admin.PutAsync(Url, HttpJson.Content(body))).ReadValidationErrorAsync(key);

        Assert.Equal(before, (await admin.GetJsonAsync(Url)).GetRawText());
    }

    [Fact]
    public async Task PutCalendar_ExplainsInChinese_WhenTheCallerAsksForChinese()
    {
        using var admin = await factory.AdminAsync("zh-CN");

        var messages = await (await admin.PutAsync(Url, HttpJson.Content("""{"dayStart":"18:00","dayEnd":"09:00"}"""))).ReadValidationErrorAsync("dayEnd");

        Assert.Equal("下班时间必须晚于上班时间。", Assert.Single(messages));
    }

    [Fact]
    public async Task Presets_ListChina2025And2026_WithTheirDays()
    {
        using var admin = await factory.AdminAsync();
        using var member = (await factory.UserAsync(admin)).Client;

        var presets = (await member.GetJsonAsync(Url + "/presets")).EnumerateArray().ToList();

        Assert.Equal(["cn-2025", "cn-2026"], presets.Select(p => p.GetProperty("id").GetString()!));
        var china2026 = presets[1];
        Assert.Equal("中国法定节假日 2026", china2026.GetProperty("label").GetProperty("zh-CN").GetString());
        Assert.Equal("China public holidays 2026", china2026.GetProperty("label").GetProperty("en").GetString());
        Assert.Contains(china2026.GetProperty("holidays").EnumerateArray(), d => d.GetProperty("date").GetString() == "2026-10-01");
        Assert.Contains(china2026.GetProperty("workingDays").EnumerateArray(), d => d.GetProperty("date").GetString() == "2026-10-10");
    }

    [Fact]
    public async Task Presets_SaveAsTheyAre_WhenPutIntoTheCalendar()
    {
        using var admin = await factory.AdminAsync();
        var preset = (await admin.GetJsonAsync(Url + "/presets"))[1];
        var body = JsonSerializer.Serialize(new { holidays = preset.GetProperty("holidays"), workingDays = preset.GetProperty("workingDays") });

        var saved = await (await admin.PutAsync(Url, HttpJson.Content(body))).ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal(preset.GetProperty("holidays").GetArrayLength(), saved.GetProperty("holidays").GetArrayLength());
    }
}
