namespace CaseRegister.Web.Protocols;

// Line is 1-based; it is null only when the problem is about a whole folder or a missing file.
public sealed record ProtocolError(string File, int? Line, string Message)
{
    public override string ToString() => Line is { } line ? $"{File}, regel {line}: {Message}" : $"{File}: {Message}";
}

public sealed class ProtocolFileException : Exception
{
    public ProtocolFileException()
        : this([])
    {
    }

    public ProtocolFileException(string message)
        : base(message)
    {
        Errors = [];
    }

    public ProtocolFileException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    public ProtocolFileException(IReadOnlyList<ProtocolError> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    public IReadOnlyList<ProtocolError> Errors { get; }

    private static string Describe(IReadOnlyList<ProtocolError> errors) =>
        errors.Count == 0
            ? "De protocollen konden niet worden geladen."
            : $"De protocollen bevatten {errors.Count} {(errors.Count == 1 ? "fout" : "fouten")}:"
              + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => "- " + e));
}
