using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using CaseRegister.Web;
using CaseRegister.Web.Accounts;
using CaseRegister.Web.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseRegister.Benchmarks;

// SPEC §5: app memory ≤ 300 MB under 50 concurrent users. The real app (AppHost.Build +
// ConfigurePipeline, as Program.cs runs it, with server GC as the web project's runtimeconfig
// sets it) in a child process on Kestrel over the generated database, so that its memory is its
// own. 50 accounts (40 interviewers, 10 coordinators) sign in through the real login and
// authenticator forms (antiforgery, password, TOTP, server-side session), then each keeps one
// request in flight for the duration: interviewers their dashboard, the case list and their own
// case pages; coordinators the case list (pages, filters) and any case page.
// Reported: p50/p95 per page kind, requests/s, errors (anything but 200), the process's peak
// working set (VmHWM) and peak GC heap. No hand-written SQL baseline for whole pages: the
// server-time ratios are those of the caselist and dashboard rows.
public static partial class HttpScenario
{
    private const string MemoryFileVariable = "CASEREGISTER_BENCH_MEMORY_FILE";

    public static async Task RunAsync(BenchStudy study, Report report, int userCount, int seconds)
    {
        await study.Database.RestoreAsync("settled");
        var users = study.Info.Interviewers.Concat(study.Info.Coordinators).Take(userCount).ToList();
        Dictionary<Guid, Guid[]> casesByInterviewer;
        Guid[] allCases;
        await using (var app = await study.StartAppAsync())
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CaseRegisterDbContext>();
            var rows = await db.Cases.AsNoTracking().Select(c => new { c.Id, c.AssignedInterviewerId }).ToListAsync();
            allCases = [.. rows.Select(r => r.Id)];
            casesByInterviewer = rows.Where(r => r.AssignedInterviewerId != null).GroupBy(r => r.AssignedInterviewerId!.Value).ToDictionary(g => g.Key, g => g.Select(r => r.Id).ToArray());
        }
        BenchDatabase.ClearPools();

        var port = FreePort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}/");
        var memoryFile = Path.Combine(study.Database.Folder, "memory.txt");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(typeof(HttpScenario).Assembly.Location);
        start.ArgumentList.Add("serve");
        foreach (var arg in study.Database.AppArgs("--Urls", baseAddress.ToString().TrimEnd('/'), "--App:PublicUrl", baseAddress.ToString().TrimEnd('/'),
                     "--Security:AuthRequestsPerMinute", "100000", "--Logging:LogLevel:Microsoft.AspNetCore", "Error"))
            start.ArgumentList.Add(arg);
        start.Environment[MemoryFileVariable] = memoryFile;
        // The GC mode the web project ships with (its runtimeconfig), not the benchmark's own.
        var serverGc = WebServerGc();
        start.Environment["DOTNET_gcServer"] = serverGc ? "1" : "0";
        using var server = Process.Start(start) ?? throw new InvalidOperationException("Could not start the app.");
        var serverOutput = new ConcurrentQueue<string>();
        server.OutputDataReceived += (_, e) => { if (e.Data is not null) serverOutput.Enqueue(e.Data); };
        server.ErrorDataReceived += (_, e) => { if (e.Data is not null) serverOutput.Enqueue(e.Data); };
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        try
        {
            await WaitForHealthAsync(baseAddress, server, serverOutput);
            var afterStart = Memory(server.Id);

            // Sign in, ten at a time (password hashing is deliberately slow).
            var login = Stopwatch.StartNew();
            var clients = new Client[users.Count];
            await Parallel.ForEachAsync(Enumerable.Range(0, users.Count), new ParallelOptions { MaxDegreeOfParallelism = 10 }, async (i, _) =>
            {
                clients[i] = new Client(baseAddress);
                await clients[i].LoginAsync(users[i]);
            });
            Console.WriteLine($"  {users.Count} users signed in through the login and authenticator forms in {login.Elapsed.TotalSeconds:F1} s");

            var samples = new ConcurrentBag<(string Kind, double Ms, bool Ok)>();
            var peakSample = Memory(server.Id);
            using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
            var sampler = Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    var sample = Memory(server.Id);
                    if (sample.Rss > peakSample.Rss) peakSample = sample;
                    try { await Task.Delay(200, stop.Token); } catch (OperationCanceledException) { }
                }
            });
            var load = Stopwatch.StartNew();
            await Task.WhenAll(users.Select((user, i) => Task.Run(async () =>
            {
                var random = new Random(i);
                var mine = casesByInterviewer.GetValueOrDefault(user.Id, allCases);
                while (!stop.IsCancellationRequested)
                {
                    var (kind, path) = NextRequest(user, random, mine, allCases);
                    var started = Stopwatch.GetTimestamp();
                    bool ok;
                    try
                    {
                        using var response = await clients[i].GetAsync(path);
                        ok = response.StatusCode == HttpStatusCode.OK;
                    }
                    catch (HttpRequestException)
                    {
                        ok = false;
                    }
                    samples.Add((kind, Stopwatch.GetElapsedTime(started).TotalMilliseconds, ok));
                }
            })));
            var elapsed = load.Elapsed.TotalSeconds;
            await sampler;
            var end = Memory(server.Id);
            var gc = ReadGcPeak(memoryFile);

            var all = samples.ToList();
            var errors = all.Count(s => !s.Ok);
            var timing = new Timing([.. all.Select(s => s.Ms)]);
            var perKind = string.Join("; ", all.GroupBy(s => s.Kind).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => $"{g.Key} {Measure.P50P95(new Timing([.. g.Select(s => s.Ms)]))} ({g.Count():N0})"));
            report.Add(new ResultRow($"HTTP, {users.Count} concurrent signed-in users, {seconds} s (p50 / p95 per request)", "–",
                Measure.P50P95(timing), "–", null, null,
                string.Create(CultureInfo.InvariantCulture, $"{all.Count / elapsed:F0} requests/s, {errors} errors of {all.Count:N0}; {perKind}")));
            var peak = Math.Max(end.Peak, peakSample.Rss);
            report.Add(new ResultRow($"app memory under {users.Count} concurrent users", "≤ 300 MB",
                string.Create(CultureInfo.InvariantCulture, $"peak working set {peak / 1048576.0:F0} MB"), "–", null, peak <= 300L * 1048576,
                string.Create(CultureInfo.InvariantCulture, $"after start {afterStart.Rss / 1048576.0:F0} MB; at the peak {peakSample.Anon / 1048576.0:F0} MB anonymous + {peakSample.File / 1048576.0:F0} MB mapped files, {peakSample.Threads} threads; peak GC heap {gc.Heap / 1048576.0:F0} MB, GC committed {gc.Committed / 1048576.0:F0} MB; {(serverGc ? "server" : "workstation")} GC")));
        }
        finally
        {
            if (!server.HasExited)
            {
                server.Kill(entireProcessTree: true);
                await server.WaitForExitAsync();
            }
        }
    }

    private static (string Kind, string Path) NextRequest(BenchUser user, Random random, Guid[] mine, Guid[] all)
    {
        var roll = random.Next(10);
        if (user.Role == Roles.Interviewer)
        {
            return roll switch
            {
                < 4 => ("dashboard", "/Work"),
                < 7 => ("case list", "/Cases"),
                _ => ("case page", $"/Cases/Details?id={mine[random.Next(mine.Length)]}"),
            };
        }
        return roll switch
        {
            < 3 => ("case list", $"/Cases?page={1 + random.Next(400)}"),
            < 5 => ("case list", $"/Cases?status=Active&page={1 + random.Next(100)}"),
            _ => ("case page", $"/Cases/Details?id={all[random.Next(all.Length)]}"),
        };
    }

    // The app as Program.cs runs it, plus a sampler of this process's memory for the driver.
    public static async Task<int> ServeAsync(string[] args)
    {
        // Razor Pages finds its pages in the application's assembly, which is the entry assembly
        // unless named: name the web project, as WebApplicationFactory does.
        var app = AppHost.Build([.. args, "--applicationName", typeof(AppHost).Assembly.GetName().Name!]);
        await AppHost.PrepareAsync(app.Services, initialiseKeysOnFirstRun: false);
        AppHost.ConfigurePipeline(app);
        var file = Environment.GetEnvironmentVariable(MemoryFileVariable);
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            long heap = 0, committed = 0;
            while (!stop.IsCancellationRequested)
            {
                var info = GC.GetGCMemoryInfo();
                heap = Math.Max(heap, info.HeapSizeBytes);
                committed = Math.Max(committed, info.TotalCommittedBytes);
                if (file is not null) await File.WriteAllTextAsync(file, string.Create(CultureInfo.InvariantCulture, $"{heap} {committed}"));
                try { await Task.Delay(200, stop.Token); } catch (OperationCanceledException) { }
            }
        });
        await app.RunAsync();
        await stop.CancelAsync();
        await sampler;
        return 0;
    }

    private static bool WebServerGc()
    {
        var file = Path.Combine(AppContext.BaseDirectory, "CaseRegister.Web.runtimeconfig.json");
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(file));
        return json.RootElement.GetProperty("runtimeOptions").TryGetProperty("configProperties", out var properties)
            && properties.TryGetProperty("System.GC.Server", out var server) && server.GetBoolean();
    }

    private static (long Heap, long Committed) ReadGcPeak(string file)
    {
        if (!File.Exists(file)) return (0, 0);
        var parts = File.ReadAllText(file).Split(' ');
        return (long.Parse(parts[0], CultureInfo.InvariantCulture), long.Parse(parts[1], CultureInfo.InvariantCulture));
    }

    // Resident set size now and its peak (VmHWM), from /proc.
    private static (long Rss, long Peak, long Anon, long File, int Threads) Memory(int pid)
    {
        long rss = 0, peak = 0, anon = 0, file = 0;
        var threads = 0;
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal)) rss = Kilobytes(line);
                else if (line.StartsWith("VmHWM:", StringComparison.Ordinal)) peak = Kilobytes(line);
                else if (line.StartsWith("RssAnon:", StringComparison.Ordinal)) anon = Kilobytes(line);
                else if (line.StartsWith("RssFile:", StringComparison.Ordinal)) file = Kilobytes(line);
                else if (line.StartsWith("Threads:", StringComparison.Ordinal)) threads = int.Parse(line.Split(':')[1].Trim(), CultureInfo.InvariantCulture);
            }
        }
        catch (IOException)
        {
        }
        return (rss, peak, anon, file, threads);

        static long Kilobytes(string line) => 1024 * long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
    }

    private static async Task WaitForHealthAsync(Uri baseAddress, Process server, ConcurrentQueue<string> output)
    {
        using var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(120))
        {
            if (server.HasExited) throw new InvalidOperationException("The app stopped: " + string.Join(Environment.NewLine, output));
            try
            {
                using var response = await http.GetAsync(new Uri("/health", UriKind.Relative));
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(250);
        }
        throw new TimeoutException("The app did not answer /health within 120 s: " + string.Join(Environment.NewLine, output));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    // One signed-in browser: its own cookies (kept by hand: the app's cookies are __Host-/Secure,
    // which HttpClient's CookieContainer does not send over http://127.0.0.1, where the app treats
    // loopback as a secure context), no automatic redirects.
    private sealed class Client(Uri baseAddress)
    {
        private readonly HttpClient _http = new(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
        private readonly Dictionary<string, string> _cookies = new(StringComparer.Ordinal);

        public Task<HttpResponseMessage> GetAsync(string path) => SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative)));

        public async Task LoginAsync(BenchUser user)
        {
            await PostFormAsync("/Account/Login", new() { ["Input.Email"] = user.Email, ["Input.Password"] = NationalStudy.Password });
            var step = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30;
            await PostFormAsync("/Account/TwoFactor", new() { ["Input.Code"] = Authenticator.Code(Base32.Decode(user.AuthenticatorKey), step) });
            using var check = await GetAsync(user.Role == Roles.Interviewer ? "/Work" : "/Cases");
            if (check.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"{user.Email} is not signed in: {(int)check.StatusCode} {check.Headers.Location}");
        }

        private async Task PostFormAsync(string path, Dictionary<string, string> fields)
        {
            using var form = await GetAsync(path);
            var html = await form.Content.ReadAsStringAsync();
            var token = AntiforgeryToken().Match(html);
            if (!token.Success) throw new InvalidOperationException($"No form on {path} ({(int)form.StatusCode}).");
            fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value);
            using var content = new FormUrlEncodedContent(fields);
            using var response = await SendAsync(new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = content });
            if (response.StatusCode != HttpStatusCode.Redirect && response.StatusCode != HttpStatusCode.Found)
                throw new InvalidOperationException($"POST {path} answered {(int)response.StatusCode}.");
        }

        private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
        {
            using (request)
            {
                lock (_cookies)
                {
                    if (_cookies.Count > 0) request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
                }
                var response = await _http.SendAsync(request);
                if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
                {
                    lock (_cookies)
                    {
                        foreach (var header in setCookies)
                        {
                            var pair = header.Split(';', 2)[0];
                            var eq = pair.IndexOf('=', StringComparison.Ordinal);
                            var (name, value) = (pair[..eq].Trim(), pair[(eq + 1)..].Trim());
                            if (value.Length == 0 || header.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase)) _cookies.Remove(name);
                            else _cookies[name] = value;
                        }
                    }
                }
                // Read the body inside the timing, as a browser would.
                await response.Content.LoadIntoBufferAsync();
                return response;
            }
        }
    }
}
