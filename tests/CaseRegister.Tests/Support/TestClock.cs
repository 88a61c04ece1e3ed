namespace CaseRegister.Tests.Support;

// A clock the tests move by hand: sessions, TOTP steps, invitations and schedules all read it.
public sealed class TestClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public TestClock() : this(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero))
    {
    }

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;

    public DateOnly Today => DateOnly.FromDateTime(_now.UtcDateTime);
}
