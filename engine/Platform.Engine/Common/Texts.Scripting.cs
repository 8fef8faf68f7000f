namespace Platform.Engine.Common;

public static partial class Texts
{
    /// <summary>Messages of scripts, rules and formulas.</summary>
    private static Dictionary<string, (string Zh, string En)> Scripting() => new(StringComparer.Ordinal)
    {
        ["script.syntax"] = ("语法错误：{0}", "Syntax error: {0}"),
        ["script.statements"] = ("脚本执行的语句超过 {0} 条（可能是死循环）。", "The script ran more than {0} statements (an endless loop?)."),
        ["script.memory"] = ("脚本占用的内存超过 {0} MB。", "The script used more than {0} MB of memory."),
        ["script.recursion"] = ("脚本的函数调用嵌套超过 {0} 层。", "The script nested function calls more than {0} deep."),
        ["script.timeout"] = ("脚本运行超过 {0} 毫秒。", "The script ran longer than {0} ms."),
        ["script.cancelled"] = ("脚本被取消。", "The script was cancelled."),
        ["script.result"] = ("脚本返回了无法保存的值：{0}。", "The script returned a value that cannot be stored: {0}."),
    };
}
