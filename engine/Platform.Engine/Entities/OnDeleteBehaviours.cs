namespace Platform.Engine.Entities;

public static class OnDeleteBehaviours
{
    public const string Restrict = "restrict";
    public const string SetNull = "set_null";
    public const string Cascade = "cascade";

    public static bool IsKnown(string value) => value is Restrict or SetNull or Cascade;
}
