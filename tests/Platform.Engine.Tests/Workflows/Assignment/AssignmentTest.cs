using Platform.Engine.Common;
using Platform.Engine.Identity;
using Platform.Engine.Workflows.Assignment;

namespace Platform.Engine.Tests.Workflows.Assignment;

/// <summary>
/// A lead entity with a region, an industry and a pipeline with won and lost stages, plus the means to add
/// sales people and assign leads to them.
/// </summary>
public abstract class AssignmentTest : EngineTest
{
    protected const string Lead = "lead";

    protected OwnerAssignmentService Assignments => Engine.Get<OwnerAssignmentService>();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Engine.EntityAsync("""
            {"slug":"lead","label":{"zh-CN":"线索","en":"Lead"},"fields":[
              {"slug":"name","type":"text"},
              {"slug":"region","type":"text"},
              {"slug":"industry","type":"select","options":[{"value":"finance"},{"value":"education"},{"value":"retail"}]},
              {"slug":"stage","type":"stage","stages":[{"value":"new"},{"value":"qualified"},{"value":"won","category":"won"},{"value":"lost","category":"lost"}]}]}
            """);
    }

    protected async Task<User> UserAsync(string name, string? team = "sales", string? region = null, string[]? industries = null,
        int seniority = 0, int? capacity = null, bool active = true)
    {
        var created = await Engine.Get<IdentityService>().CreateAsync(new UserInput
        {
            Email = $"{name.ToLowerInvariant()}@example.com", Name = name, Password = "Secret123!", Team = team, Region = region,
            Industries = industries ?? [], Seniority = seniority, Capacity = capacity, Active = active,
        }, CancellationToken.None);
        Assert.True(created.IsSuccess, EngineFixture.Describe(created.Failure));
        return created.Value;
    }

    protected async Task<long> LeadAsync(string json = """{"name":"Acme"}""") => (long)(await Engine.CreateAsync(Lead, json))["id"]!;

    /// <summary>A lead already owned by <paramref name="owner"/>.</summary>
    protected Task<long> OwnedAsync(User owner, string stage = "new") => LeadAsync($$"""{"name":"Owned","stage":"{{stage}}","ownerId":{{owner.Id}}}""");

    protected Task<Result<AssignmentDecision>> TryAssignAsync(AssignmentRequest request) =>
        Engine.Database.WriteAsync(scope => Assignments.AssignInScopeAsync(scope, request, CancellationToken.None), CancellationToken.None);

    protected async Task<AssignmentDecision> AssignAsync(AssignmentRequest request)
    {
        var decided = await TryAssignAsync(request);
        Assert.True(decided.IsSuccess, EngineFixture.Describe(decided.Failure));
        return decided.Value;
    }

    protected static AssignmentRequest Request(long recordId, string strategy = AssignmentStrategies.RoundRobin, string? team = "sales") => new()
    {
        Entity = Lead, RecordId = recordId, Strategy = strategy, Candidates = team is null ? null : new AssignmentCandidates { Team = team },
    };

    protected async Task<long?> OwnerOfAsync(long id) => (long?)(await Engine.Reader.GetAsync(Lead, id, CancellationToken.None)).Value![Platform.Engine.Records.SystemFields.OwnerId];
}
