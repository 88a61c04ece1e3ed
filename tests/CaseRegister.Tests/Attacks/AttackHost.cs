using System.Collections.Concurrent;
using CaseRegister.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CaseRegister.Tests.Attacks;

// One app shared by the attack classes that do not disturb each other (they run one after the
// other in this collection), so the suite starts the app once instead of once per class. Besides
// the real app it records what the app logs and how much of a marked request body it reads.
public sealed class AttackHost() : AppFactory(settings: new Dictionary<string, string?> { ["Logging:LogLevel:Microsoft.AspNetCore.Hosting"] = "Information" })
{
    public const string Collection = "Attacks on one app";

    private readonly ConcurrentDictionary<string, Lazy<Task<object>>> _worlds = new();

    // Every log message at the levels configured for production, plus the request log (which
    // prints paths and query strings).
    public ConcurrentQueue<string> LogLines { get; } = new();

    // How many bytes of each marked request body the app read, counted at the very front of the
    // pipeline (behind the test server, which itself copies whatever the client sends).
    public ConcurrentDictionary<string, long> BodyBytesRead { get; } = new();

    // The data one test class sets up once for all its tests.
    public async Task<T> OnceAsync<T>(string key, Func<Task<T>> create) where T : class =>
        (T)await _worlds.GetOrAdd(key, _ => new Lazy<Task<object>>(async () => await create())).Value;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // Only captured: the request log would otherwise flood the console of the test run.
        builder.ConfigureLogging(logging => logging.ClearProviders().AddProvider(new CapturingProvider(LogLines)));
        builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter>(new CountingFilter(BodyBytesRead)));
    }

    private sealed class CapturingProvider(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, lines);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)}");
        }
    }

    public sealed class CountingFilter(ConcurrentDictionary<string, long> counts) : IStartupFilter
    {
        public const string Header = "X-Attack-Body";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, nextMiddleware) =>
            {
                if (!context.Request.Headers.TryGetValue(Header, out var marker))
                {
                    await nextMiddleware(context);
                    return;
                }
                var counting = new CountingStream(context.Request.Body);
                context.Request.Body = counting;
                try
                {
                    await nextMiddleware(context);
                }
                finally
                {
                    counts[marker.ToString()] = counting.BytesRead;
                }
            });
            next(app);
        };
    }

    private sealed class CountingStream(Stream inner) : Stream
    {
        public long BytesRead { get; private set; }

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => Count(await inner.ReadAsync(buffer, cancellationToken));

        public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => Count(await inner.ReadAsync(buffer.AsMemory(offset, count), cancellationToken));

        private int Count(int read)
        {
            BytesRead += read;
            return read;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

[CollectionDefinition(AttackHost.Collection)]
public sealed class AttackCollection : ICollectionFixture<AttackHost>;
