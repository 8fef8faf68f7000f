using Platform.Engine.Common;

namespace Platform.Server.Endpoints;

/// <summary>Maps the engine's expected failures onto HTTP problems, in one place.</summary>
public static class Problems
{
    public static IResult ToProblem(this Failure failure) => failure switch
    {
        ValidationFailure v => TypedResults.ValidationProblem(v.Errors, v.Detail, title: Texts.Get("validation.failed")),
        NotFoundFailure n => TypedResults.Problem(n.Detail, statusCode: StatusCodes.Status404NotFound),
        ForbiddenFailure f => TypedResults.Problem(f.Detail, statusCode: StatusCodes.Status403Forbidden),
        ConflictFailure c => TypedResults.Problem(c.Detail, statusCode: StatusCodes.Status409Conflict,
            extensions: c.Extensions?.ToDictionary(e => e.Key, e => e.Value)),
        ScriptFailure s => TypedResults.Problem(s.Detail, statusCode: StatusCodes.Status422UnprocessableEntity, title: Texts.Get("script.failedTitle"),
            type: "https://platform.local/problems/script", extensions: new Dictionary<string, object?>
            {
                ["script"] = s.Script, ["scriptKind"] = s.ScriptKind, ["kind"] = s.Kind, ["message"] = s.Message, ["line"] = s.Line, ["column"] = s.Column,
            }),
        GateFailure g => TypedResults.Problem(g.Detail, statusCode: StatusCodes.Status422UnprocessableEntity, title: Texts.Get("stage.gateTitle"),
            type: "https://platform.local/problems/stage-gate", extensions: new Dictionary<string, object?>
            {
                ["field"] = g.Field, ["stage"] = g.Stage,
                ["unmet"] = g.Unmet.Select(u => new Dictionary<string, object?> { ["criterion"] = u.Criterion, ["field"] = u.Field, ["message"] = u.Message }).ToList(),
            }),
        RejectedFailure r => TypedResults.Problem(r.Detail, statusCode: StatusCodes.Status400BadRequest, type: $"https://platform.local/problems/{r.Kind}"),
        _ => TypedResults.Problem(failure.Detail, statusCode: StatusCodes.Status400BadRequest),
    };

    public static IResult Respond<T>(this Result<T> result, Func<T, IResult> ok) =>
        result.IsSuccess ? ok(result.Value) : result.Failure.ToProblem();

    public static IResult Invalid(string key, string message) => ValidationFailure.For(key, message).ToProblem();
}
