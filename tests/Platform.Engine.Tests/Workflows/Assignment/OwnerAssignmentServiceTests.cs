using Platform.Engine.Common;
using Platform.Engine.Records.Pipelines;
using Platform.Engine.Workflows.Assignment;

namespace Platform.Engine.Tests.Workflows.Assignment;

public sealed class OwnerAssignmentServiceTests : AssignmentTest
{
    [Fact]
    public async Task RoundRobin_GivesEachCandidateATurnInOrder_AndSetsTheOwner()
    {
        var alice = await UserAsync("Alice");
        var bob = await UserAsync("Bob");
        var carol = await UserAsync("Carol");
        await UserAsync("Olga", team: "support");

        var owners = new List<long?>();
        for (var i = 0; i < 6; i++)
        {
            var id = await LeadAsync();
            var decision = await AssignAsync(Request(id));
            Assert.Equal(decision.UserId, await OwnerOfAsync(id));
            owners.Add(decision.UserId);
        }

        Assert.Equal([alice.Id, bob.Id, carol.Id, alice.Id, bob.Id, carol.Id], owners);
    }

    [Fact]
    public async Task RoundRobin_ExplainsTheTurn_InChineseAndEnglish()
    {
        await UserAsync("Alice");
        await UserAsync("Bob", active: false);
        await UserAsync("Carol");

        var decision = await AssignAsync(Request(await LeadAsync()));

        Assert.Equal("Round-robin: Alice is next in turn among the available candidates (2). Skipped: 1 inactive.", decision.Reason);
        Assert.Equal("轮流分配：在可分配的候选人（2 位）中轮到 Alice。已跳过：1 位已停用。", decision.Reasons["zh-CN"]);
        Assert.Equal(decision.Reason, decision.Reasons["en"]);
    }

    [Fact]
    public async Task RoundRobin_NeverChoosesAnInactiveUser_AndTurnsGoOnWithoutThem()
    {
        var alice = await UserAsync("Alice");
        await UserAsync("Bob", active: false);
        var carol = await UserAsync("Carol");

        var owners = new List<long?>();
        for (var i = 0; i < 4; i++)
        {
            owners.Add((await AssignAsync(Request(await LeadAsync()))).UserId);
        }

        Assert.Equal([alice.Id, carol.Id, alice.Id, carol.Id], owners);
    }

    [Fact]
    public async Task RoundRobin_KeepsOneTurnOrderPerCandidateSet()
    {
        var alice = await UserAsync("Alice");
        var bob = await UserAsync("Bob");
        var olga = await UserAsync("Olga", team: "support");
        var pete = await UserAsync("Pete", team: "support");

        var sales1 = await AssignAsync(Request(await LeadAsync()));
        var support1 = await AssignAsync(Request(await LeadAsync(), team: "support"));
        var sales2 = await AssignAsync(Request(await LeadAsync()));
        var support2 = await AssignAsync(Request(await LeadAsync(), team: "support"));

        Assert.Equal([alice.Id, bob.Id], [sales1.UserId!.Value, sales2.UserId!.Value]);
        Assert.Equal([olga.Id, pete.Id], [support1.UserId!.Value, support2.UserId!.Value]);
    }

    [Fact]
    public async Task RoundRobin_ChoosesAmongListedUsersAndTeamMembers_WhenBothAreGiven()
    {
        var alice = await UserAsync("Alice");
        await UserAsync("Bob", team: "support");
        var carol = await UserAsync("Carol", team: null);

        var request = Request(await LeadAsync()) with { Candidates = new AssignmentCandidates { Team = "SALES", Users = [carol.Id] } };
        var first = await AssignAsync(request);
        var second = await AssignAsync(request with { RecordId = await LeadAsync() });

        Assert.Equal([alice.Id, carol.Id], [first.UserId!.Value, second.UserId!.Value]);
        Assert.Equal([alice.Id, carol.Id], first.Candidates);
    }

    [Fact]
    public async Task LeastOpen_CountsOnlyLiveRecordsInOpenStages()
    {
        var alice = await UserAsync("Alice");
        var bob = await UserAsync("Bob");
        await OwnedAsync(alice);
        await OwnedAsync(alice, "qualified");
        await OwnedAsync(bob, "won");
        await OwnedAsync(bob, "lost");
        await OwnedAsync(bob);
        var deleted = await OwnedAsync(bob);
        Assert.True((await Engine.Records.DeleteAsync(Lead, deleted, null, EngineFixture.Admin, CancellationToken.None)).IsSuccess);

        var decision = await AssignAsync(Request(await LeadAsync(), AssignmentStrategies.LeastOpen));

        Assert.Equal(bob.Id, decision.UserId);
        Assert.Equal("Fewest open records: Bob has 1 open, the fewest among the available candidates (2).", decision.Reason);
        Assert.Equal("最少未结记录：Bob 有 1 条未结记录，是可分配的候选人（2 位）中最少的。", decision.Reasons["zh-CN"]);
    }

    [Fact]
    public async Task LeastOpen_CountsEveryLiveRecord_WhenTheEntityHasNoStage()
    {
        await Engine.EntityAsync("""{"slug":"ticket","label":{"en":"Ticket"},"fields":[{"slug":"title","type":"text"}]}""");
        var alice = await UserAsync("Alice");
        var bob = await UserAsync("Bob");
        await Engine.CreateAsync("ticket", $$"""{"title":"a","ownerId":{{alice.Id}}}""");
        await Engine.CreateAsync("ticket", $$"""{"title":"b","ownerId":{{alice.Id}}}""");
        await Engine.CreateAsync("ticket", $$"""{"title":"c","ownerId":{{bob.Id}}}""");
        var id = (long)(await Engine.CreateAsync("ticket", """{"title":"new"}"""))["id"]!;

        var decision = await AssignAsync(Request(id, AssignmentStrategies.LeastOpen) with { Entity = "ticket" });

        Assert.Equal(bob.Id, decision.UserId);
    }

    [Fact]
    public async Task LeastOpen_DoesNotCountTheRecordBeingReassigned()
    {
        var alice = await UserAsync("Alice", capacity: 1);
        await UserAsync("Bob", capacity: 1, active: false);
        var id = await OwnedAsync(alice);

        var decision = await AssignAsync(Request(id, AssignmentStrategies.LeastOpen));

        Assert.Equal(alice.Id, decision.UserId);
        Assert.Contains("Alice has 0 open", decision.Reason);
    }

    [Fact]
    public async Task Capacity_SkipsCandidatesWhoOwnAsManyOpenRecordsAsTheyMayCarry()
    {
        var alice = await UserAsync("Alice", capacity: 1);
        var bob = await UserAsync("Bob", capacity: 2);
        await OwnedAsync(alice);
        await OwnedAsync(alice, "won");
        await OwnedAsync(bob);

        var decision = await AssignAsync(Request(await LeadAsync()));

        Assert.Equal(bob.Id, decision.UserId);
        Assert.Equal("Round-robin: Bob is next in turn among the available candidates (1). Skipped: 1 at capacity.", decision.Reason);
    }

    [Fact]
    public async Task Capacity_IsIgnored_WhenTheRequestSaysSo()
    {
        var alice = await UserAsync("Alice", capacity: 1);
        await OwnedAsync(alice);

        var decision = await AssignAsync(Request(await LeadAsync()) with { RespectCapacity = false });

        Assert.Equal(alice.Id, decision.UserId);
    }

    [Fact]
    public async Task RuleMatch_ChoosesASeniorExpertInTheRecordsIndustry_SameRegionFirst()
    {
        var alice = await UserAsync("Alice", region: "East", industries: ["finance", "retail"], seniority: 3);
        await UserAsync("Bob", region: "West", industries: ["Finance"], seniority: 4);
        await UserAsync("Carol", region: "East", industries: ["education"], seniority: 5);
        await UserAsync("Dan", region: "East", industries: ["finance"], seniority: 1);
        await OwnedAsync(alice);
        var id = await LeadAsync("""{"name":"Bank","region":"East","industry":"finance"}""");

        var decision = await AssignAsync(Request(id, AssignmentStrategies.RuleMatch) with
        {
            Rules = new AssignmentRules { RegionField = "region", IndustryField = "industry", MinSeniority = 2 },
        });

        Assert.Equal(alice.Id, decision.UserId);
        Assert.Equal("Rule match: Alice fits region East, industry finance, seniority 3 ≥ 2 and has 1 open, the best among the matching candidates (2)."
            + " Skipped: 2 not matching the rules.", decision.Reason);
        Assert.Equal("规则匹配：Alice 符合区域 East、行业 finance、资历 3 ≥ 2，有 1 条未结记录，是符合条件的候选人（2 位）中最合适的。已跳过：2 位不符合规则。",
            decision.Reasons["zh-CN"]);
    }

    [Fact]
    public async Task RuleMatch_GoesOutsideTheRegion_WhenNobodyThereIsAvailable_UnlessTheRegionIsRequired()
    {
        var alice = await UserAsync("Alice", region: "East", industries: ["finance"], capacity: 1);
        var bob = await UserAsync("Bob", region: "West", industries: ["finance"]);
        var dana = await UserAsync("Dana", team: "marketing");
        await OwnedAsync(alice);
        var rules = new AssignmentRules { Region = "East", Industry = "finance" };

        var preferred = await AssignAsync(Request(await LeadAsync(), AssignmentStrategies.RuleMatch) with { Rules = rules });
        var required = await AssignAsync(Request(await LeadAsync(), AssignmentStrategies.RuleMatch) with
        {
            Rules = rules with { RequireRegion = true }, DefaultOwnerId = dana.Id,
        });

        Assert.Equal(bob.Id, preferred.UserId);
        Assert.StartsWith("Rule match: Bob fits outside region East (nobody there was available), industry finance", preferred.Reason);
        Assert.Equal(dana.Id, required.UserId);
        Assert.True(required.ByDefault);
    }

    [Fact]
    public async Task RuleMatch_AmongEqualFits_PrefersFewerOpenRecordsThenSeniority()
    {
        var alice = await UserAsync("Alice", industries: ["retail"], seniority: 5);
        var bob = await UserAsync("Bob", industries: ["retail"], seniority: 2);
        var carol = await UserAsync("Carol", industries: ["retail"], seniority: 3);
        await OwnedAsync(alice);
        var rules = new AssignmentRules { Industry = "retail" };

        var first = await AssignAsync(Request(await LeadAsync(), AssignmentStrategies.RuleMatch) with { Rules = rules });
        var second = await AssignAsync(Request(await LeadAsync(), AssignmentStrategies.RuleMatch) with { Rules = rules });

        Assert.Equal(carol.Id, first.UserId);
        Assert.Equal(bob.Id, second.UserId);
    }

    [Fact]
    public async Task RuleMatch_IgnoresARuleWhoseRecordFieldIsEmpty()
    {
        var alice = await UserAsync("Alice", industries: ["retail"]);

        var decision = await AssignAsync(Request(await LeadAsync(), AssignmentStrategies.RuleMatch) with
        {
            Rules = new AssignmentRules { IndustryField = "industry" },
        });

        Assert.Equal(alice.Id, decision.UserId);
        Assert.StartsWith("Rule match: Alice fits (no rules given)", decision.Reason);
    }

    [Fact]
    public async Task DefaultOwner_GetsTheRecord_WhenNoCandidateIsAvailable_AndTheReasonSaysWhy()
    {
        var alice = await UserAsync("Alice", capacity: 1);
        await UserAsync("Bob", active: false);
        var dana = await UserAsync("Dana", team: "marketing", capacity: 0);
        await OwnedAsync(alice);
        var id = await LeadAsync();

        var decision = await AssignAsync(Request(id) with { DefaultOwnerId = dana.Id });

        Assert.Equal(dana.Id, decision.UserId);
        Assert.Equal(dana.Id, await OwnerOfAsync(id));
        Assert.True(decision.ByDefault);
        Assert.Equal("No candidate matched (candidates: 2; 1 inactive, 1 at capacity); assigned to the default owner Dana.", decision.Reason);
        Assert.Equal("没有可分配的候选人（候选人 2 位，其中 1 位已停用、1 位已满额）；分配给默认负责人 Dana。", decision.Reasons["zh-CN"]);
    }

    [Fact]
    public async Task NobodyAvailable_WithoutADefaultOwner_LeavesTheOwnerAndKeepsTheReason()
    {
        var alice = await UserAsync("Alice", active: false);
        var id = await OwnedAsync(alice);

        var decision = await AssignAsync(Request(id));

        Assert.Null(decision.UserId);
        Assert.False(decision.ByDefault);
        Assert.Equal(alice.Id, await OwnerOfAsync(id));
        Assert.Equal("No candidate matched (candidates: 1; 1 inactive) and there is no default owner; the owner stays as it was.", decision.Reason);
        var entry = Assert.Single(await HistoryAsync(id));
        Assert.Null(entry.UserId);
        Assert.Equal(decision.Reasons, entry.Reason);
    }

    [Fact]
    public async Task InactiveDefaultOwner_IsNeverChosen()
    {
        await UserAsync("Alice", active: false);
        var dana = await UserAsync("Dana", team: "marketing", active: false);
        var id = await LeadAsync();

        var decision = await AssignAsync(Request(id) with { DefaultOwnerId = dana.Id });

        Assert.Null(decision.UserId);
        Assert.Equal(EngineFixture.Admin.UserId, await OwnerOfAsync(id));
        Assert.Equal("No candidate matched (candidates: 1; 1 inactive); the default owner Dana is inactive, so the owner stays as it was.", decision.Reason);
    }

    [Fact]
    public async Task History_KeepsEveryAssignmentNewestFirst_WithBothLanguagesAndTheWorkflowInstance()
    {
        var alice = await UserAsync("Alice");
        var bob = await UserAsync("Bob");
        var id = await LeadAsync();
        await AssignAsync(Request(id) with { WorkflowInstanceId = "wf-1" });
        Engine.Clock.Advance(TimeSpan.FromHours(1));
        await AssignAsync(Request(id) with { Actor = EngineFixture.Admin });

        var history = await HistoryAsync(id);

        Assert.Equal([bob.Id, alice.Id], history.Select(h => h.UserId!.Value));
        Assert.Equal(["Bob", "Alice"], history.Select(h => h.UserName));
        Assert.Equal("轮流分配：在可分配的候选人（2 位）中轮到 Bob。", history[0].Reason["zh-CN"]);
        Assert.Equal("Round-robin: Bob is next in turn among the available candidates (2).", history[0].Reason["en"]);
        Assert.Equal(Engine.Clock.GetUtcNow(), history[0].At);
        Assert.Equal((EngineFixture.Admin.UserId, "Admin"), (history[0].ByUserId!.Value, history[0].ByUserName));
        Assert.Equal(("wf-1", (long?)null), (history[1].WorkflowInstanceId, history[1].ByUserId));
        Assert.Equal([alice.Id, bob.Id], history[1].Candidates);
    }

    [Fact]
    public async Task Timeline_ShowsTheAssignmentWithTheNewOwnerAndTheReason()
    {
        var alice = await UserAsync("Alice");
        var id = await LeadAsync();
        Engine.Clock.Advance(TimeSpan.FromMinutes(5));

        var decision = await AssignAsync(Request(id) with { WorkflowInstanceId = "wf-7" });

        var timeline = (await Engine.Get<TimelineService>().TimelineAsync(Lead, id, CancellationToken.None)).Value!;
        var item = Assert.Single(timeline, i => i.Kind == "assignment");
        Assert.Equal(Engine.Clock.GetUtcNow(), item.At);
        Assert.Null(item.UserId);
        var assignment = item.Assignment!;
        Assert.Equal((alice.Id, "Alice", AssignmentStrategies.RoundRobin, false), (assignment.OwnerId!.Value, assignment.OwnerName, assignment.Strategy, assignment.ByDefault));
        Assert.Equal(decision.Reasons, assignment.Reason);
    }

    [Fact]
    public async Task OwnerChange_IsAuditedLikeAnyOtherChange()
    {
        var alice = await UserAsync("Alice");
        var id = await LeadAsync();

        await AssignAsync(Request(id) with { Actor = EngineFixture.Admin });

        var history = (await Engine.Reader.HistoryAsync(Lead, id, CancellationToken.None)).Value!;
        var change = Assert.Single(history, h => h.Action == "update");
        var owner = Assert.Single(change.Changes);
        Assert.Equal("ownerId", owner.Field);
        Assert.Equal($"{EngineFixture.Admin.UserId} -> {alice.Id}", $"{owner.Old} -> {owner.New}");
    }

    [Theory]
    [InlineData("random", null, "strategy")]
    [InlineData(AssignmentStrategies.RoundRobin, "industry", "rules")]
    [InlineData(AssignmentStrategies.RuleMatch, "sector", "rules.industryField")]
    public async Task BadRequest_IsRefusedByField_AndWritesNothing(string strategy, string? industryField, string key)
    {
        var alice = await UserAsync("Alice");
        var id = await LeadAsync();

        var refused = await TryAssignAsync(Request(id, strategy) with
        {
            Rules = industryField is null ? null : new AssignmentRules { IndustryField = industryField },
        });

        Assert.Contains(key, Assert.IsType<ValidationFailure>(refused.Failure).Errors.Keys);
        Assert.Equal(EngineFixture.Admin.UserId, await OwnerOfAsync(id));
        Assert.Empty(await HistoryAsync(id));
        Assert.Equal(alice.Id, (await AssignAsync(Request(id))).UserId);
    }

    [Fact]
    public async Task UnknownCandidateOrDefaultOwner_IsRefused()
    {
        var id = await LeadAsync();

        var refused = await TryAssignAsync(Request(id) with { Candidates = new AssignmentCandidates { Users = [404] }, DefaultOwnerId = 405 });

        var errors = Assert.IsType<ValidationFailure>(refused.Failure).Errors;
        Assert.Equal(["User 404 was not found."], errors["candidates.users"]);
        Assert.Equal(["User 405 was not found."], errors["defaultOwnerId"]);
    }

    [Fact]
    public async Task DeletedOrMissingRecord_IsRefused()
    {
        await UserAsync("Alice");
        var id = await LeadAsync();
        await Engine.Records.DeleteAsync(Lead, id, null, EngineFixture.Admin, CancellationToken.None);

        Assert.IsType<ConflictFailure>((await TryAssignAsync(Request(id))).Failure);
        Assert.IsType<NotFoundFailure>((await TryAssignAsync(Request(id + 100))).Failure);
        Assert.IsType<NotFoundFailure>((await TryAssignAsync(Request(id) with { Entity = "nothing" })).Failure);
    }

    private async Task<IReadOnlyList<AssignmentEntry>> HistoryAsync(long id)
    {
        var history = await Engine.Get<AssignmentReader>().HistoryAsync(Lead, id, CancellationToken.None);
        Assert.True(history.IsSuccess, EngineFixture.Describe(history.Failure));
        return history.Value;
    }
}
