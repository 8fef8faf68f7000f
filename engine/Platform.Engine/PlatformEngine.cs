using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Platform.Engine.Common;
using Platform.Engine.Entities;
using Platform.Engine.Forms;
using Platform.Engine.Identity;
using Platform.Engine.Notifications;
using Platform.Engine.Notifications.Outbox;
using Platform.Engine.Records;
using Platform.Engine.Records.Formulas;
using Platform.Engine.Records.Pipelines;
using Platform.Engine.Records.Rollups;
using Platform.Engine.Records.Rules;
using Platform.Engine.Records.Transfers;
using Platform.Engine.Scripting;
using Platform.Engine.Storage;
using Platform.Engine.Workflows;

namespace Platform.Engine;

/// <summary>Registers the engine's services. Options are bound by the host.</summary>
public static class PlatformEngine
{
    public static IServiceCollection AddPlatformEngine(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<LocalCalendar>();
        services.AddSingleton<ISqlDialect, SqliteDialect>();
        services.AddSingleton<Database>();
        services.AddSingleton<MigrationRunner>();
        services.AddSingleton<EntityStore>();
        services.AddSingleton<EntityCatalog>();
        services.AddSingleton<SchemaStore>();
        services.AddSingleton<SearchIndexStore>();
        services.AddSingleton<SequenceStore>();
        services.AddSingleton<ReferenceStore>();
        services.AddSingleton<EntityService>();
        services.AddSingleton<FieldService>();
        services.AddSingleton<UserStore>();
        services.AddSingleton<IdentityService>();
        services.AddSingleton<RecordStore>();
        services.AddSingleton<RecordChecks>();
        services.AddSingleton<RecordReader>();
        services.AddSingleton<RecordEvents>();
        services.AddSingleton<StageLedgerStore>();
        services.AddSingleton<StageGates>();
        services.AddSingleton<BoardStore>();
        services.AddSingleton<BoardRankStore>();
        services.AddSingleton<IFieldDependents, PipelineFieldChanges>();
        services.AddSingleton<PipelineService>();
        services.AddSingleton<BoardService>();
        services.AddSingleton<StageMoveStore>();
        services.AddSingleton<StageMoveService>();
        services.AddSingleton<TimelineService>();
        services.AddSingleton<RecordService>();
        services.AddRules();
        services.AddFormulas();
        services.AddRollups();
        services.AddSingleton<FormSubmissionService>();
        services.AddSingleton<ViewStore>();
        services.AddSingleton<ViewService>();
        services.AddSingleton<IFieldDependents, ViewFieldReferences>();
        services.AddForms();
        services.AddTransfers();
        services.AddScripting();
        services.AddWorkingCalendar();
        services.AddSingleton<TaskStore>();
        services.AddSingleton<TaskService>();
        services.AddSingleton<NotificationStore>();
        services.AddSingleton<NotificationFeed>();
        services.AddSingleton<NotificationService>();
        services.AddOutbox();
        services.AddWorkflows();
        return services;
    }
}
