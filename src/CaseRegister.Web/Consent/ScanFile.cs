namespace CaseRegister.Web.Consent;

public enum ScanFileType { Pdf, Jpeg, Png }

// Content is the whole file, only on success; the caller encrypts and stores it under a
// server-generated name (SPEC §4.8).
public sealed record ScanCheckResult(ScanFileType? Type, byte[]? Content, ConsentMessage? Error)
{
    public bool IsAccepted => Error is null;

    public string? ContentType => Type switch
    {
        ScanFileType.Pdf => "application/pdf",
        ScanFileType.Jpeg => "image/jpeg",
        ScanFileType.Png => "image/png",
        _ => null,
    };

    public string? Extension => Type switch
    {
        ScanFileType.Pdf => ".pdf",
        ScanFileType.Jpeg => ".jpg",
        ScanFileType.Png => ".png",
        _ => null,
    };
}

// Checks an uploaded scan of a signed consent form. The type comes from the first bytes, never
// from the file name or the browser's content type, and the size limit is enforced while reading:
// at most MaxBytes + 1 bytes are read, so an oversized upload is never buffered whole.
public static class ScanFile
{
    public const int MaxBytes = 10 * 1024 * 1024;

    private static readonly (ScanFileType Type, byte[] Magic)[] Signatures =
    [
        (ScanFileType.Pdf, "%PDF-"u8.ToArray()),
        (ScanFileType.Jpeg, [0xFF, 0xD8, 0xFF]),
        (ScanFileType.Png, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
    ];

    private const int HeaderLength = 8;

    public static async Task<ScanCheckResult> CheckAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        var header = new byte[HeaderLength];
        var headerRead = await ReadUpToAsync(stream, header, cancellationToken);
        var type = Detect(header.AsSpan(0, headerRead));
        if (type is null)
            return new ScanCheckResult(null, null, new ConsentMessage(ConsentTexts.ScanWrongType));

        if (stream.CanSeek && stream.Length - stream.Position + headerRead > MaxBytes)
            return TooLarge();

        // Read in chunks and never ask for more than one byte past the limit: that byte tells a file
        // of exactly 10 MB from a larger one, and an oversized upload is never buffered whole.
        using var content = new MemoryStream();
        content.Write(header, 0, headerRead);
        var chunk = new byte[81920];
        while (content.Length <= MaxBytes)
        {
            var wanted = (int)Math.Min(chunk.Length, MaxBytes + 1 - content.Length);
            var read = await stream.ReadAsync(chunk.AsMemory(0, wanted), cancellationToken);
            if (read == 0) break;
            content.Write(chunk, 0, read);
        }
        if (content.Length > MaxBytes)
            return TooLarge();
        return new ScanCheckResult(type, content.ToArray(), null);
    }

    public static ScanFileType? Detect(ReadOnlySpan<byte> header)
    {
        foreach (var (type, magic) in Signatures)
            if (header.StartsWith(magic)) return type;
        return null;
    }

    private static ScanCheckResult TooLarge() => new(null, null, new ConsentMessage(ConsentTexts.ScanTooLarge));

    private static async Task<int> ReadUpToAsync(Stream stream, Memory<byte> buffer, CancellationToken cancellationToken)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var read = await stream.ReadAsync(buffer[total..], cancellationToken);
            if (read == 0) break;
            total += read;
        }
        return total;
    }
}
