namespace Platform.Server.Tests.Recovery;

/// <summary>The crash test classes share one <see cref="CrashServerFixture"/> and run one after another.</summary>
[CollectionDefinition(Collection)]
public sealed class CrashServerCollection : ICollectionFixture<CrashServerFixture>
{
    public const string Collection = "crash server";
}
