namespace Platform.Engine.Notifications.Outbox;

/// <summary>
/// How long to wait after each failed try: 1 min, 5 min, 30 min, 2 h, 6 h. The waits grow so that a receiver
/// that is down for maintenance is not hammered, and stop after about nine hours so that a dead one is noticed.
/// </summary>
public static class RetrySchedule
{
    private static readonly TimeSpan[] Waits =
        [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2), TimeSpan.FromHours(6)];

    /// <summary>Tries in all: the first and one after each wait.</summary>
    public static int MaxAttempts => Waits.Length + 1;

    /// <summary>The wait before the next try after <paramref name="failedAttempts"/> failed ones; null when it is time to give up.</summary>
    public static TimeSpan? After(int failedAttempts) =>
        failedAttempts >= 1 && failedAttempts <= Waits.Length ? Waits[failedAttempts - 1] : null;
}
