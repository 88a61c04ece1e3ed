using CaseRegister.Web.Consent;

namespace CaseRegister.Tests.Consent;

public class ScanFileTests
{
    private static byte[] FileOf(byte[] header, int length)
    {
        var bytes = new byte[length];
        header.CopyTo(bytes, 0);
        for (var i = header.Length; i < length; i++) bytes[i] = (byte)(i % 251);
        return bytes;
    }

    private static readonly byte[] Pdf = "%PDF-1.7\n"u8.ToArray();
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static TheoryData<byte[], ScanFileType, string, string> Accepted() => new()
    {
        { Pdf, ScanFileType.Pdf, "application/pdf", ".pdf" },
        { Jpeg, ScanFileType.Jpeg, "image/jpeg", ".jpg" },
        { Png, ScanFileType.Png, "image/png", ".png" },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public async Task A_pdf_jpeg_or_png_is_accepted_by_its_first_bytes(byte[] header, ScanFileType type, string contentType, string extension)
    {
        var bytes = FileOf(header, 50_000);

        var result = await ScanFile.CheckAsync(new MemoryStream(bytes));

        Assert.True(result.IsAccepted);
        Assert.Equal(type, result.Type);
        Assert.Equal(contentType, result.ContentType);
        Assert.Equal(extension, result.Extension);
        Assert.Equal(bytes, result.Content);
    }

    [Fact]
    public async Task A_windows_program_named_pdf_is_rejected()
    {
        // The check never sees the name "formulier.pdf": only the bytes count.
        var exe = FileOf("MZ"u8.ToArray(), 4096);

        var result = await ScanFile.CheckAsync(new MemoryStream(exe));

        Assert.False(result.IsAccepted);
        Assert.Null(result.Content);
        Assert.Equal("Het bestand is geen PDF, JPEG of PNG.", result.Error!.ToString());
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46 })]
    [InlineData(new byte[] { 0xFF, 0xD8 })]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A })]
    public async Task An_empty_or_truncated_file_is_rejected(byte[] bytes)
    {
        var result = await ScanFile.CheckAsync(new MemoryStream(bytes));

        Assert.Equal(ConsentTexts.ScanWrongType, result.Error!.Format);
    }

    [Fact]
    public async Task A_12_MB_scan_is_rejected_after_reading_no_more_than_the_limit_plus_one_byte()
    {
        var stream = new CountingStream(FileOf(Pdf, 12 * 1024 * 1024), seekable: false);

        var result = await ScanFile.CheckAsync(stream);

        Assert.False(result.IsAccepted);
        Assert.Equal("Het bestand is groter dan 10 MB.", result.Error!.ToString());
        Assert.True(stream.BytesRead <= ScanFile.MaxBytes + 1, $"read {stream.BytesRead} bytes");
    }

    [Fact]
    public async Task A_seekable_oversized_stream_is_rejected_without_reading_past_the_header()
    {
        var stream = new CountingStream(FileOf(Pdf, 12 * 1024 * 1024), seekable: true);

        var result = await ScanFile.CheckAsync(stream);

        Assert.Equal(ConsentTexts.ScanTooLarge, result.Error!.Format);
        Assert.True(stream.BytesRead <= 8, $"read {stream.BytesRead} bytes");
    }

    [Fact]
    public async Task A_scan_of_exactly_10_MB_is_accepted_and_one_byte_more_is_not()
    {
        var exactly = await ScanFile.CheckAsync(new CountingStream(FileOf(Png, 10 * 1024 * 1024), seekable: false));
        var oneMore = await ScanFile.CheckAsync(new CountingStream(FileOf(Png, 10 * 1024 * 1024 + 1), seekable: false));

        Assert.True(exactly.IsAccepted);
        Assert.Equal(10 * 1024 * 1024, exactly.Content!.Length);
        Assert.Equal(ConsentTexts.ScanTooLarge, oneMore.Error!.Format);
    }

    // A request body as the server sees it: read in pieces, counted, optionally not seekable.
    private sealed class CountingStream(byte[] data, bool seekable) : Stream
    {
        private int _position;

        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => seekable;

        public override bool CanWrite => false;

        public override long Length => seekable ? data.Length : throw new NotSupportedException();

        public override long Position
        {
            get => seekable ? _position : throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            // Hand out at most 4 KB per call, as a network stream does.
            var n = Math.Min(Math.Min(count, 4096), data.Length - _position);
            Array.Copy(data, _position, buffer, offset, n);
            _position += n;
            BytesRead += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
