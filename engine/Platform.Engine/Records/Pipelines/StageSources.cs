namespace Platform.Engine.Records.Pipelines;

/// <summary>Through what a stage change came, as the stage ledger records it.</summary>
public static class StageSources
{
    public const string Api = "api";
    public const string Import = "import";
    public const string Form = "form";

    /// <summary>A workflow step changed the record.</summary>
    public const string Workflow = "workflow";

    /// <summary>An admin moved every record of a stage while reorganising the pipeline.</summary>
    public const string Designer = "designer";
}
