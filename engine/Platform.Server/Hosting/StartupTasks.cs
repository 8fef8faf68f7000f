using Microsoft.Extensions.Options;
using Platform.Engine.Common;
using Platform.Engine.Entities;
using Platform.Engine.Identity;
using Platform.Engine.Storage;

namespace Platform.Server.Hosting;

/// <summary>
/// Before the server listens: apply migrations, bring entity tables' indexes up to date, make sure there is an admin, and put a simulated clock back
/// where it stood before the last stop (before any background job reads it).
/// </summary>
public sealed class StartupTasks(MigrationRunner migrations, EntityService entities, IdentityService identity, IOptions<AdminOptions> admin,
    Database database, ClockAdvance clock, ILogger<StartupTasks> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var applied = await migrations.ApplyAsync(SystemMigrations.All, cancellationToken);
        logger.LogInformation("Database {Path} ready; migrations applied now: {Applied}", database.FilePath, applied);
        await entities.UpgradeIndexesAsync(cancellationToken);
        await clock.ResumeAsync(cancellationToken);
        var generated = await identity.EnsureAdminAsync(admin.Value, cancellationToken);
        if (generated is not null)
        {
            // Shown once: only its hash is kept.
            Console.WriteLine($"""

                ==================================================================
                 First start: an admin was created.
                   email:    {admin.Value.Email}
                   password: {generated}
                 Sign in at the server's address and change it under Users.
                ==================================================================

                """);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
