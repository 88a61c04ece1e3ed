using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CaseRegister.Tests.Support;
using CaseRegister.Web.Accounts;
using CaseRegister.Web.Data;
using CaseRegister.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseRegister.Tests.Attacks;

// SPEC §4.8 on the consent scan upload (the app's only upload): the size limit holds before the
// body is buffered, also for a body that does not say how long it is; the type is decided by the
// bytes, not the name or the declared type; the client's file name is never used for storage.
// The file checks themselves are unit-tested in Consent/ScanFileTests.
[Collection(AttackHost.Collection)]
public class Spec4_8_UploadAttacks(AttackHost host) : IAsyncLifetime
{
    private const int Megabyte = 1024 * 1024;

    public sealed class World
    {
        public Guid CaseId { get; private init; }
        public string ResearchCode { get; private init; } = "";
        public Guid YouthId { get; private init; }
        public TestBrowser Coordinator { get; private init; } = null!;

        public static async Task<World> CreateAsync(AttackHost host)
        {
            var (caseId, code) = await StudyData.CaseAsync(host, surname: "Upload");
            return new World
            {
                CaseId = caseId,
                ResearchCode = code,
                YouthId = await host.WithScopeAsync(sp => sp.GetRequiredService<CaseRegisterDbContext>().CasePersons.Where(p => p.CaseId == caseId && p.Role == PersonRole.Youth).Select(p => p.Id).SingleAsync()),
                Coordinator = await host.LoginAsync(await host.CreateUserAsync(Roles.Coordinator)),
            };
        }
    }

    private World _world = null!;

    public async Task InitializeAsync() => _world = await host.OnceAsync(nameof(Spec4_8_UploadAttacks), () => World.CreateAsync(host));

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact] // SPEC §4.8 (size limit before buffering, body of unknown length)
    public async Task A_12_MB_upload_streamed_without_a_length_is_refused_before_the_app_has_read_it_all()
    {
        var (response, read) = await SendLargeAsync(declareLength: false);

        Assert.True(response.StatusCode is HttpStatusCode.RequestEntityTooLarge or HttpStatusCode.BadRequest, $"answered {(int)response.StatusCode}");
        Assert.True(read <= 10 * Megabyte + 512 * 1024, $"the app read {read} bytes of a 12 MB body");
        Assert.False(await ScanStoredAsync());
    }

    [Fact] // SPEC §4.8 (size limit before buffering, declared length)
    public async Task An_upload_declaring_more_than_the_limit_is_answered_413_without_reading_the_body()
    {
        var (response, read) = await SendLargeAsync(declareLength: true);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, read);
        Assert.False(await ScanStoredAsync());
    }

    private async Task<(HttpResponseMessage Response, long Read)> SendLargeAsync(bool declareLength)
    {
        using var body = new UploadStream(await FieldsAsync(), "groot.pdf", "application/pdf", "%PDF-1.7\n"u8.ToArray(), 12 * Megabyte);
        using var content = new StreamingContent(body, Boundary, declareLength ? body.Length : null);
        var marker = Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Post, ConsentPath) { Content = content };
        request.Headers.Add(AttackHost.CountingFilter.Header, marker);
        var response = await _world.Coordinator.Client.SendAsync(request);
        return (response, host.BodyBytesRead.GetValueOrDefault(marker, -1));
    }

    [Theory] // SPEC §4.8 (type by magic bytes)
    [InlineData("scan.png", "image/png", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>")]
    [InlineData("scan.pdf", "application/pdf", "<html><script>alert(1)</script></html>")]
    [InlineData("scan.jpg", "image/jpeg", "GIF89a\u0001\u0000\u0001\u0000")]
    [InlineData("scan.pdf", "application/pdf", " %PDF-1.7 behind a space")]
    public async Task A_file_whose_bytes_are_not_a_pdf_jpeg_or_png_is_refused_whatever_its_name_and_declared_type(string name, string type, string bytes)
    {
        var response = await UploadAsync(Encoding.UTF8.GetBytes(bytes), name, type);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("geen PDF, JPEG of PNG", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await ScanStoredAsync());
    }

    [Theory] // SPEC §4.8 (server-generated names)
    [InlineData("../../{0}.pdf")]
    [InlineData("..\\..\\{0}.pdf")]
    [InlineData("/tmp/{0}.pdf")]
    [InlineData("%2e%2e%2f%2e%2e%2f{0}.pdf")]
    public async Task A_path_in_the_file_name_is_ignored_and_nothing_is_written_outside_the_database(string pattern)
    {
        var marker = "scan-" + Guid.NewGuid().ToString("N");
        var filesBefore = FilesUnder(host.DataFolder);

        var response = await UploadAsync("%PDF-1.7\n%echt"u8.ToArray(), string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, marker), "application/pdf");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var scan = await host.WithScopeAsync(sp => sp.GetRequiredService<CaseRegisterDbContext>().ConsentScans.AsNoTracking().OrderByDescending(s => s.UploadedAtUtc).FirstAsync(s => s.CaseId == _world.CaseId));
        Assert.Equal("application/pdf", scan.ContentType);
        // No new file anywhere in the data folder (the scan lives encrypted in the database), and
        // none with the client's name next to it or in the temp folder.
        Assert.DoesNotContain(FilesUnder(host.DataFolder).Except(filesBefore), f => !f.EndsWith("-journal", StringComparison.Ordinal) && !f.EndsWith("-wal", StringComparison.Ordinal) && !f.EndsWith("-shm", StringComparison.Ordinal));
        foreach (var folder in new[] { Path.GetDirectoryName(host.DataFolder)!, Path.GetTempPath(), "/tmp" }.Distinct())
            Assert.Empty(Directory.GetFiles(folder, marker + "*"));

        var download = await _world.Coordinator.GetAsync($"/Cases/Consent?id={_world.CaseId}&handler=Scan&scan={scan.Id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        var name = download.Content.Headers.ContentDisposition?.FileNameStar ?? download.Content.Headers.ContentDisposition?.FileName;
        Assert.Equal($"toestemming-{_world.ResearchCode}.pdf", name);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
    }

    private const string Boundary = "----aanval";

    private string ConsentPath => $"/Cases/Consent?id={_world.CaseId}";

    private async Task<Dictionary<string, string>> FieldsAsync()
    {
        var page = await _world.Coordinator.PageAsync(ConsentPath);
        var token = page.QuerySelector("form[enctype] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return new()
        {
            ["__RequestVerificationToken"] = token,
            ["Input.PersonId"] = _world.YouthId.ToString(),
            ["Input.GivenOn"] = host.Clock.Today.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Method"] = "Paper",
            ["Input.Language"] = "nl",
        };
    }

    private async Task<HttpResponseMessage> UploadAsync(byte[] bytes, string fileName, string contentType)
    {
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in await FieldsAsync()) content.Add(new StringContent(value), name);
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        // Set by hand: MultipartFormDataContent would quote and escape the name its own way.
        file.Headers.TryAddWithoutValidation("Content-Disposition", $"form-data; name=\"Input.Scan\"; filename=\"{fileName}\"");
        content.Add(file);
        return await _world.Coordinator.Client.PostAsync(ConsentPath, content);
    }

    private Task<bool> ScanStoredAsync() =>
        host.WithScopeAsync(sp => sp.GetRequiredService<CaseRegisterDbContext>().ConsentScans.AnyAsync(s => s.CaseId == _world.CaseId && (s.SizeBytes > 10 * Megabyte || s.ContentType != "application/pdf")));

    private static HashSet<string> FilesUnder(string folder) => [.. Directory.GetFiles(folder, "*", SearchOption.AllDirectories)];

    // A multipart body produced as it is read: the form fields, a file part of the given size, the
    // closing boundary.
    private sealed class UploadStream : Stream
    {
        private readonly byte[] _head;
        private readonly byte[] _tail;
        private readonly long _length;
        private long _position;

        public UploadStream(Dictionary<string, string> fields, string fileName, string contentType, byte[] fileStart, long fileSize)
        {
            var head = new StringBuilder();
            foreach (var (name, value) in fields)
                head.Append("--").Append(Boundary).Append("\r\nContent-Disposition: form-data; name=\"").Append(name).Append("\"\r\n\r\n").Append(value).Append("\r\n");
            head.Append("--").Append(Boundary).Append("\r\nContent-Disposition: form-data; name=\"Input.Scan\"; filename=\"").Append(fileName)
                .Append("\"\r\nContent-Type: ").Append(contentType).Append("\r\n\r\n");
            _head = [.. Encoding.UTF8.GetBytes(head.ToString()), .. fileStart];
            _tail = Encoding.UTF8.GetBytes($"\r\n--{Boundary}--\r\n");
            _length = _head.Length + (fileSize - fileStart.Length) + _tail.Length;
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var written = 0;
            while (written < count && _position < _length)
            {
                var tailStart = _length - _tail.Length;
                buffer[offset + written] = _position < _head.Length ? _head[_position] : _position >= tailStart ? _tail[_position - tailStart] : (byte)'0';
                written++;
                _position++;
            }
            return written;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => _length;
        public override long Position { get => _position; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    private sealed class StreamingContent : HttpContent
    {
        private readonly Stream _body;
        private readonly long? _declaredLength;

        public StreamingContent(Stream body, string boundary, long? declaredLength)
        {
            _body = body;
            _declaredLength = declaredLength;
            Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/form-data; boundary={boundary}");
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => _body.CopyToAsync(stream, 16 * 1024);

        protected override bool TryComputeLength(out long length)
        {
            length = _declaredLength ?? 0;
            return _declaredLength is not null;
        }
    }
}
