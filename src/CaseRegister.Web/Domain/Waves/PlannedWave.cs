namespace CaseRegister.Web.Domain.Waves;

// One wave as the schedule plans it. Window dates are inclusive: the window is open on
// WindowOpensOn and still open on WindowClosesOn. MonthsAfterBaseline is 0 for T0.
public sealed record PlannedWave(
    string Label,
    WaveKind Kind,
    int MonthsAfterBaseline,
    DateOnly DueOn,
    DateOnly WindowOpensOn,
    DateOnly WindowClosesOn)
{
    public bool WindowIsOpenOn(DateOnly date) => date >= WindowOpensOn && date <= WindowClosesOn;
}
