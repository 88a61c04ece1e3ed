namespace CaseRegister.Web.Consent;

// A bad consent template or policy file stops the app at start-up (SPEC §4.9): one exception that
// carries every error found, each naming file and line, so the coordinator fixes them in one go.
public sealed class ConsentFileException : Exception
{
    public ConsentFileException()
        : this([])
    {
    }

    public ConsentFileException(string message)
        : this([new ConsentMessage(message)])
    {
    }

    public ConsentFileException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [new ConsentMessage(message)];
    }

    public ConsentFileException(IReadOnlyList<ConsentMessage> errors)
        : base(string.Join(Environment.NewLine, errors.Select(e => e.ToString())))
    {
        Errors = errors;
    }

    public IReadOnlyList<ConsentMessage> Errors { get; }
}
