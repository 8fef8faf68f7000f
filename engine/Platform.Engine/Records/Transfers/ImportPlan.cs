namespace Platform.Engine.Records.Transfers;

/// <summary>
/// What an import was asked to do, fixed when the file is accepted: the field each column fills (by
/// position), the match fields, the duplicate rule, and who asked in which language (a background run
/// writes as that user and words its errors in that language).
/// </summary>
internal sealed record ImportPlan(string?[] Fields, IReadOnlyList<string> MatchOn, string OnDuplicate, string Language, string Role);
