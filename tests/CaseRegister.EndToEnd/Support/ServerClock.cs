namespace CaseRegister.EndToEnd.Support;

// The server's clock: real time, unless a test moves it on (for waves that fall due, sessions that
// expire). Browser tests otherwise see the app exactly as it runs in production.
public sealed class ServerClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
}
