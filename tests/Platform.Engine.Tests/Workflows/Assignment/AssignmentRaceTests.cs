using Dapper;
using Platform.Engine.Common;
using Platform.Engine.Entities;
using Platform.Engine.Identity;
using Platform.Engine.Workflows.Assignment;

namespace Platform.Engine.Tests.Workflows.Assignment;

/// <summary>
/// A thousand leads arriving at once, each created and assigned in its own concurrent write, as a burst of
/// lead-intake workflows would: the turns, the capacities and the inactive users must hold as if they came one by one.
/// </summary>
public sealed class AssignmentRaceTests : AssignmentTest
{
    private const int Leads = 1_000;

    [Theory]
    [InlineData(AssignmentStrategies.RoundRobin)]
    [InlineData(AssignmentStrategies.LeastOpen)]
    [InlineData(AssignmentStrategies.RuleMatch)]
    public async Task ThousandConcurrentAssignments_SpreadWithinOne_AndNeverReachTheInactive(string strategy)
    {
        var reps = new[] { await UserAsync("Ann", industries: ["finance"]), await UserAsync("Ben", industries: ["finance"]), await UserAsync("Cat", industries: ["finance"]) };
        var off = await UserAsync("Off", industries: ["finance"], active: false);

        var lead = await LeadEntityAsync();

        var decisions = await Task.WhenAll(Enumerable.Range(0, Leads).Select(i => Task.Run(() => CreateAndAssignAsync(lead, i, strategy))));

        var owners = await OwnerCountsAsync();
        Assert.Equal(Leads, owners.Values.Sum());
        Assert.Equal(reps.Select(r => r.Id).Order(), owners.Keys.Order());
        Assert.InRange(owners.Values.Max() - owners.Values.Min(), 0, 1);
        Assert.DoesNotContain(off.Id, owners.Keys);
        Assert.All(decisions, d => Assert.Contains(d.UserId!.Value, owners.Keys));
        Assert.Equal(Leads, await ScalarAsync("SELECT count(*) FROM sys_assignments"));
    }

    [Theory]
    [InlineData(AssignmentStrategies.RoundRobin)]
    [InlineData(AssignmentStrategies.LeastOpen)]
    [InlineData(AssignmentStrategies.RuleMatch)]
    public async Task ThousandConcurrentAssignments_NeverPutAnyoneOverCapacity_AndTheRestGoToTheDefaultOwner(string strategy)
    {
        var reps = new[]
        {
            await UserAsync("Ann", industries: ["finance"], capacity: 300), await UserAsync("Ben", industries: ["finance"], capacity: 300),
            await UserAsync("Cat", industries: ["finance"], capacity: 250),
        };
        var off = await UserAsync("Off", industries: ["finance"], active: false);
        var pool = await UserAsync("Pool", team: "marketing");

        var lead = await LeadEntityAsync();

        await Task.WhenAll(Enumerable.Range(0, Leads).Select(i => Task.Run(() => CreateAndAssignAsync(lead, i, strategy, pool.Id))));

        var owners = await OwnerCountsAsync();
        Assert.All(reps, r => Assert.Equal(r.Capacity, owners[r.Id]));
        Assert.Equal(Leads - 850, owners[pool.Id]);
        Assert.DoesNotContain(off.Id, owners.Keys);
        Assert.Equal(Leads - 850, await ScalarAsync("SELECT count(*) FROM sys_assignments WHERE by_default = 1"));
    }

    [Fact]
    public async Task UserDeactivatedAmidConcurrentAssignments_GetsNoneOfThoseThatFollow()
    {
        await UserAsync("Ann");
        var ben = await UserAsync("Ben");
        await UserAsync("Cat");
        var lead = await LeadEntityAsync();

        // Writes run in the order they are queued: half the leads, the deactivation, then the other half.
        var first = Enumerable.Range(0, Leads / 2).Select(i => CreateAndAssignAsync(lead, i, AssignmentStrategies.RoundRobin)).ToList();
        var deactivated = Engine.Database.WriteAsync<long>(async scope =>
        {
            await Engine.Get<UserStore>().UpdateAsync(scope, ben with { Active = false }, null, CancellationToken.None);
            return await scope.Connection.ExecuteScalarAsync<long>("SELECT coalesce(max(id), 0) FROM sys_assignments", transaction: scope.Transaction);
        }, CancellationToken.None);
        var second = Enumerable.Range(Leads / 2, Leads / 2).Select(i => CreateAndAssignAsync(lead, i, AssignmentStrategies.RoundRobin)).ToList();
        await Task.WhenAll(first.Concat(second));
        var lastBefore = (await deactivated).Value;

        var bens = await Engine.Database.ReadAsync(async c =>
            (await c.QueryAsync<long>("SELECT id FROM sys_assignments WHERE user_id = @id", new { id = ben.Id })).ToList(), CancellationToken.None);
        Assert.Equal(Leads / 2 / 3, bens.Count, tolerance: 1);
        Assert.All(bens, id => Assert.True(id <= lastBefore));
    }

    private async Task<EntityDefinition> LeadEntityAsync() => (await Engine.Get<EntityCatalog>().FindAsync(Lead, CancellationToken.None))!;

    /// <summary>Queues the write before its first await, so writes queue in the order of the calls.</summary>
    private async Task<AssignmentDecision> CreateAndAssignAsync(EntityDefinition entity, int i, string strategy, long? defaultOwnerId = null)
    {
        var decided = await Engine.Database.WriteAsync<AssignmentDecision>(async scope =>
        {
            var created = await Engine.Records.CreateInScopeAsync(scope, entity, EngineFixture.Parse($$"""{"name":"Lead {{i}}","industry":"finance"}"""),
                Actor.System, CancellationToken.None);
            if (!created.IsSuccess)
            {
                return created.Failure;
            }
            return await Assignments.AssignInScopeAsync(scope, Request((long)created.Value["id"]!, strategy) with
            {
                Rules = strategy == AssignmentStrategies.RuleMatch ? new AssignmentRules { IndustryField = "industry" } : null,
                DefaultOwnerId = defaultOwnerId,
            }, CancellationToken.None);
        }, CancellationToken.None);
        Assert.True(decided.IsSuccess, EngineFixture.Describe(decided.Failure));
        return decided.Value;
    }

    private Task<Dictionary<long, int>> OwnerCountsAsync() => Engine.Database.ReadAsync(async c =>
        (await c.QueryAsync<(long Owner, long Count)>(
            $"SELECT owner_id, count(*) FROM {SchemaStore.Table(Lead).Quoted} WHERE deleted_at IS NULL AND owner_id IS NOT NULL GROUP BY owner_id"))
        .ToDictionary(r => r.Owner, r => (int)r.Count), CancellationToken.None);

    private Task<long> ScalarAsync(string sql) => Engine.Database.ReadAsync(c => c.ExecuteScalarAsync<long>(sql), CancellationToken.None);
}
