namespace Platform.Engine.Common;

public static partial class Texts
{
    /// <summary>Messages of the e-mail and webhook outbox.</summary>
    private static Dictionary<string, (string Zh, string En)> Outbox() => new(StringComparer.Ordinal)
    {
        ["outbox.key"] = ("需要幂等键，最多 {0} 个字符。", "An idempotency key of at most {0} characters is required."),
        ["outbox.to"] = ("至少需要一个收件人。", "At least one recipient is required."),
        ["outbox.recipients"] = ("收件人和抄送最多共 {0} 个。", "At most {0} recipients and copies in all."),
        ["outbox.address"] = ("“{0}” 不是有效的邮箱地址。", "\"{0}\" is not a valid e-mail address."),
        ["outbox.subject"] = ("需要一行主题，最多 {0} 个字符。", "A subject of one line and at most {0} characters is required."),
        ["outbox.body"] = ("需要正文。", "A body is required."),
        ["outbox.url"] = ("网址必须是以 http:// 或 https:// 开头的完整地址。", "The address must be a full URL starting with http:// or https://."),
        ["outbox.event"] = ("需要一行事件名称，最多 {0} 个字符。", "An event name of one line and at most {0} characters is required."),
        ["outbox.json"] = ("内容必须是 JSON。", "The payload must be JSON."),
        ["outbox.tooLarge"] = ("内容最多 {0} 字节。", "The payload is at most {0} bytes."),
        ["outbox.secretName"] = ("没有配置名为 “{0}” 的 webhook 密钥（Platform:Webhooks:Secrets:{0}）。", "No webhook secret named \"{0}\" is configured (Platform:Webhooks:Secrets:{0})."),
        ["outbox.secretMissing"] = ("需要签名密钥：填写密钥或密钥名称，或配置 Platform:Webhooks:Secrets:default。", "A signing secret is required: give a secret or a secret name, or configure Platform:Webhooks:Secrets:default."),
        ["outbox.notFound"] = ("找不到外发消息 {0}。", "Outbox message {0} was not found."),
        ["outbox.alreadySent"] = ("消息 {0} 已经发出，不能重试。", "Message {0} has been sent already; there is nothing to retry."),
        ["outbox.status"] = ("状态必须是 pending、sent、failed 或 dead 之一。", "The status is one of pending, sent, failed or dead."),
        ["outbox.limit"] = ("limit 必须在 1 到 {0} 之间。", "The limit is between 1 and {0}."),
    };
}
