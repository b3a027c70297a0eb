using System.Threading.Channels;
using MutualAid.Web.Data;
using Npgsql;

namespace MutualAid.Web.Hosting;

// Several instances over one PostgreSQL database each keep their own signed-out page copies. An
// eviction here is told to the others through PostgreSQL's NOTIFY, and each evicts its copies as
// the notice arrives, within milliseconds of the write's commit. An instance that lost its
// listening connection evicts everything once it listens again, since it may have missed notices;
// until then its copies live no longer than their 30-second slot. On SQLite there is one instance
// and nothing to tell. See docs/decisions: several instances.
public sealed partial class SignedOutPagesAcrossInstances : BackgroundService
{
    private const string NoticeChannel = "mutualaid_signed_out_pages";
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(2);

    // Coalesced: evictions made while one notice is being sent make one more notice, not many.
    private readonly Channel<bool> toSend = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    private readonly string self = Guid.NewGuid().ToString("N");
    private readonly DatabaseLocation location;
    private readonly SignedOutPageEviction eviction;
    private readonly ILogger<SignedOutPagesAcrossInstances> logger;

    public SignedOutPagesAcrossInstances(DatabaseLocation location, SignedOutPageEviction eviction, ILogger<SignedOutPagesAcrossInstances> logger)
    {
        this.location = location;
        this.eviction = eviction;
        this.logger = logger;
        eviction.EvictedByWrite += Announce;
    }

    public void Announce()
    {
        if (!location.IsSqlite)
        {
            toSend.Writer.TryWrite(true);
        }
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        location.IsSqlite ? Task.CompletedTask : Task.WhenAll(KeepAsync(ListenAsync, stoppingToken), KeepAsync(SendAsync, stoppingToken));

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        await using var connection = new NpgsqlConnection(location.ConnectionString);
        await connection.OpenAsync(stoppingToken);
        var heard = false;
        connection.Notification += (_, notice) => heard |= notice.Payload != self;
        await RunAsync(connection, $"LISTEN {NoticeChannel}", stoppingToken);
        await eviction.EvictHereAsync();
        while (!stoppingToken.IsCancellationRequested)
        {
            await connection.WaitAsync(stoppingToken);
            if (heard)
            {
                heard = false;
                await eviction.EvictHereAsync();
            }
        }
    }

    private async Task SendAsync(CancellationToken stoppingToken)
    {
        await foreach (var _ in toSend.Reader.ReadAllAsync(stoppingToken))
        {
            await using var connection = new NpgsqlConnection(location.ConnectionString);
            await connection.OpenAsync(stoppingToken);
            await RunAsync(connection, $"NOTIFY {NoticeChannel}, '{self}'", stoppingToken);
        }
    }

    private async Task KeepAsync(Func<CancellationToken, Task> loop, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await loop(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogLost(logger, e.Message);
                await Task.Delay(RetryAfter, stoppingToken);
            }
        }
    }

    private static async Task RunAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Signed-out pages are not being kept in step with other instances ({Error}); trying again.")]
    private static partial void LogLost(ILogger logger, string error);
}
